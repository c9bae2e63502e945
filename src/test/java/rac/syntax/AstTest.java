package rac.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import rac.base.Edition;
import rac.syntax.ast.*;
import rac.syntax.ast.Enum;
import rac.syntax.ast.Module;

class AstTest {
    private static SourceFile parse(String text) {
        Parse p = Parser.parse(text, Edition.E2024);
        assertEquals(List.of(), p.errors());
        return p.sourceFile();
    }

    private static Fn fn(String text) {
        return (Fn) parse(text).items().get(0);
    }

    /** The tail expression of the first fn's body. */
    private static Expr tail(String body) {
        return fn("fn f() { " + body + " }").body().stmtList().tailExpr();
    }

    @Test
    void fnParts() {
        Fn f = fn("/// doc\npub async fn add<T>(a: i32, b: &T) -> i32 where T: Copy { a }");
        assertEquals("add", f.name().text());
        assertNotNull(f.visibility());
        assertNotNull(f.asyncToken());
        assertNull(f.constToken());
        assertEquals(2, f.paramList().params().size());
        Param a = f.paramList().params().get(0);
        assertEquals("a", ((IdentPat) a.pat()).name().text());
        assertEquals("i32", a.ty().text());
        assertInstanceOf(RefType.class, f.paramList().params().get(1).ty());
        assertEquals("i32", f.retType().ty().text());
        assertEquals(1, f.genericParamList().genericParams().size());
        assertEquals(1, f.whereClause().predicates().size());
        assertEquals("a", f.body().stmtList().tailExpr().text());
        assertTrue(f.syntax().text().startsWith("/// doc"), "doc comments belong to their item");
    }

    @Test
    void selfParam() {
        Fn f = fn("fn m(&mut self, x: u8) {}");
        assertNotNull(f.paramList().selfParam());
        assertNotNull(f.paramList().selfParam().mutToken());
        assertNotNull(f.paramList().selfParam().amp());
        assertEquals(1, f.paramList().params().size());
    }

    @Test
    void statementsAndTail() {
        StmtList body = fn("fn f() { let x: u8 = 1; foo(); if a {} 2 }").body().stmtList();
        List<Stmt> stmts = body.statements();
        assertEquals(3, stmts.size());
        LetStmt let = (LetStmt) stmts.get(0);
        assertEquals("x", let.pat().text());
        assertEquals("u8", let.ty().text());
        assertEquals("1", let.initializer().text());
        assertNotNull(let.semicolon());
        ExprStmt call = (ExprStmt) stmts.get(1);
        assertInstanceOf(CallExpr.class, call.expr());
        ExprStmt ifStmt = (ExprStmt) stmts.get(2);
        assertNull(ifStmt.semicolon());
        assertInstanceOf(IfExpr.class, ifStmt.expr());
        assertEquals("2", body.tailExpr().text());
        assertNull(fn("fn f() { g(); }").body().stmtList().tailExpr());
    }

    @Test
    void letElse() {
        LetStmt let = (LetStmt) fn("fn f() { let Some(x) = o else { return }; }").body().stmtList().statements().get(0);
        assertInstanceOf(TupleStructPat.class, let.pat());
        assertNotNull(let.letElse());
        assertNotNull(let.letElse().blockExpr());
    }

    @Test
    void binaryPrecedenceAndOps() {
        BinExpr e = (BinExpr) tail("a + b * c");
        assertEquals(BinaryOp.ADD, e.opKind());
        assertEquals("a", e.lhs().text());
        BinExpr rhs = (BinExpr) e.rhs();
        assertEquals(BinaryOp.MUL, rhs.opKind());
        BinExpr assign = (BinExpr) tail("x = y = z");
        assertEquals(BinaryOp.ASSIGN, assign.opKind());
        assertEquals("y = z", assign.rhs().text());
        assertEquals(BinaryOp.SHR_ASSIGN, ((BinExpr) tail("x >>= 2")).opKind());
        assertEquals(BinaryOp.AND, ((BinExpr) tail("a && b || c")).lhs() instanceof BinExpr l ? l.opKind() : null);
        assertEquals(BinaryOp.LE, ((BinExpr) tail("a <= b")).opKind());
        CastExpr cast = (CastExpr) tail("-x as u8");
        assertEquals(UnaryOp.NEG, ((PrefixExpr) cast.expr()).opKind());
        assertEquals("u8", cast.ty().text());
    }

    @Test
    void rangesAndIndex() {
        RangeExpr r = (RangeExpr) tail("a..=b");
        assertTrue(r.isInclusive());
        assertEquals("a", r.start().text());
        assertEquals("b", r.end().text());
        RangeExpr open = (RangeExpr) tail("..n");
        assertNull(open.start());
        assertEquals("n", open.end().text());
        IndexExpr idx = (IndexExpr) tail("v[i + 1]");
        assertEquals("v", idx.base().text());
        assertEquals("i + 1", idx.index().text());
    }

    @Test
    void ifElseChain() {
        IfExpr e = (IfExpr) tail("if a { 1 } else if b { 2 } else { 3 }");
        assertEquals("a", e.condition().text());
        assertEquals("{ 1 }", e.thenBranch().text());
        IfExpr elseIf = (IfExpr) e.elseBranch();
        assertEquals("b", elseIf.condition().text());
        assertInstanceOf(BlockExpr.class, elseIf.elseBranch());
        IfExpr letChain = (IfExpr) tail("if let Some(x) = y && x > 0 { }");
        BinExpr cond = (BinExpr) letChain.condition();
        assertInstanceOf(LetExpr.class, cond.lhs());
        assertEquals("y", ((LetExpr) cond.lhs()).expr().text());
    }

    @Test
    void loops() {
        WhileExpr w = (WhileExpr) tail("while i < 10 { i += 1; }");
        assertEquals("i < 10", w.condition().text());
        assertNotNull(w.loopBody());
        ForExpr f = (ForExpr) tail("'a: for (i, x) in v.iter() { continue 'a; }");
        assertEquals("'a", f.label().lifetime().text());
        assertInstanceOf(TuplePat.class, f.pat());
        assertEquals("v.iter()", f.iterable().text());
        LoopExpr l = (LoopExpr) tail("loop { break 5; }");
        ExprStmt brk = (ExprStmt) l.loopBody().stmtList().statements().get(0);
        assertEquals("5", ((BreakExpr) brk.expr()).expr().text());
    }

    @Test
    void matchArms() {
        MatchExpr m = (MatchExpr) tail("match x { 0 | 1 => a, n if n > 5 => { b } _ => c }");
        assertEquals("x", m.expr().text());
        List<MatchArm> arms = m.matchArmList().arms();
        assertEquals(3, arms.size());
        assertInstanceOf(OrPat.class, arms.get(0).pat());
        assertEquals("n > 5", arms.get(1).guard().condition().text());
        assertInstanceOf(WildcardPat.class, arms.get(2).pat());
        assertEquals("c", arms.get(2).expr().text());
    }

    @Test
    void callsAndMethods() {
        MethodCallExpr m = (MethodCallExpr) tail("v.iter().map::<u8, _>(f)");
        assertEquals("map", m.nameRef().text());
        assertEquals("v.iter()", m.receiver().text());
        assertEquals(2, m.genericArgList().genericArgs().size());
        assertEquals(1, m.argList().args().size());
        CallExpr c = (CallExpr) tail("foo::bar(1, 2)");
        Path path = ((PathExpr) c.expr()).path();
        assertEquals(2, path.segments().size());
        assertEquals("foo", path.qualifier().text());
        assertEquals("bar", path.segment().nameRef().text());
        assertEquals(2, c.argList().args().size());
        FieldExpr t = (FieldExpr) tail("x.0.1");
        assertEquals("1", t.nameRef().text());
        assertEquals("x.0", t.expr().text());
    }

    @Test
    void literalKinds() {
        assertEquals(LiteralKind.INT, ((Literal) tail("1u8")).kind());
        assertEquals(LiteralKind.FLOAT, ((Literal) tail("1.5")).kind());
        assertEquals(LiteralKind.STRING, ((Literal) tail("\"s\"")).kind());
        assertEquals(LiteralKind.BYTE_STRING, ((Literal) tail("b\"s\"")).kind());
        assertEquals(LiteralKind.C_STRING, ((Literal) tail("c\"s\"")).kind());
        assertEquals(LiteralKind.CHAR, ((Literal) tail("'c'")).kind());
        assertEquals(LiteralKind.BYTE, ((Literal) tail("b'c'")).kind());
        assertEquals(LiteralKind.BOOL, ((Literal) tail("true")).kind());
        assertEquals("1u8", ((Literal) tail("1u8")).token().text());
    }

    @Test
    void macroCalls() {
        ExprStmt s = (ExprStmt) fn("fn f() { println!(\"{}\", x); }").body().stmtList().statements().get(0);
        MacroCall call = ((MacroExpr) s.expr()).macroCall();
        assertEquals("println", call.path().text());
        TokenTree tt = call.tokenTree();
        assertEquals(TokenTree.Delimiter.PAREN, tt.delimiter());
        List<TokenTree.Element> elems = tt.elements();
        assertEquals(3, elems.size());
        assertEquals("\"{}\"", ((TokenTree.Leaf) elems.get(0)).text());
        assertEquals(SyntaxKind.COMMA, ((TokenTree.Leaf) elems.get(1)).kind());
        MacroCall item = (MacroCall) parse("m! { a >>= (b) }").items().get(0);
        List<TokenTree.Element> inner = item.tokenTree().elements();
        // `>>=` arrives as three joint single-character leaves, as proc_macro would see it
        assertEquals(5, inner.size());
        assertTrue(((TokenTree.Leaf) inner.get(1)).joint());
        assertTrue(((TokenTree.Leaf) inner.get(2)).joint());
        assertTrue(!((TokenTree.Leaf) inner.get(3)).joint());
        assertInstanceOf(TokenTree.Subtree.class, inner.get(4));
        MacroRules rules = (MacroRules) parse("macro_rules! m { () => {} }").items().get(0);
        assertEquals("m", rules.name().text());
    }

    @Test
    void itemsOfAllKinds() {
        SourceFile f = parse("""
                use a::{b, c as d};
                mod m;
                struct S { x: u8 }
                struct T(u8);
                enum E { A, B(u8), C = 3 }
                impl<T> Tr for S where T: Copy { fn g(&self) {} }
                trait Tr: Sized { type A; }
                const C: u8 = 1;
                static mut M: u8 = 0;
                type Al = u8;
                extern crate core;
                extern "C" { fn abs(x: i32) -> i32; }
                union U { a: u8 }
                """);
        List<Item> items = f.items();
        assertEquals(13, items.size());
        Use use = (Use) items.get(0);
        assertEquals(2, use.useTree().useTreeList().useTrees().size());
        assertEquals("d", use.useTree().useTreeList().useTrees().get(1).rename().name().text());
        assertNotNull(((Module) items.get(1)).semicolon());
        assertEquals(1, ((Struct) items.get(2)).recordFieldList().fields().size());
        assertEquals(1, ((Struct) items.get(3)).tupleFieldList().fields().size());
        Enum e = (Enum) items.get(4);
        assertEquals(3, e.variantList().variants().size());
        assertEquals("3", e.variantList().variants().get(2).expr().text());
        Impl impl = (Impl) items.get(5);
        assertEquals("Tr", impl.trait().text());
        assertEquals("S", impl.selfTy().text());
        assertEquals(1, impl.assocItemList().items().size());
        assertEquals("Sized", ((Trait) items.get(6)).typeBoundList().text());
        assertEquals("1", ((Const) items.get(7)).body().text());
        assertNotNull(((Static) items.get(8)).mutToken());
        assertEquals("u8", ((TypeAlias) items.get(9)).ty().text());
        assertEquals("core", ((ExternCrate) items.get(10)).nameRef().text());
        assertEquals(1, ((ExternBlock) items.get(11)).externItemList().items().size());
        assertInstanceOf(Union.class, items.get(12));
    }

    @Test
    void exhaustiveSwitchOverSealedExpr() {
        Expr e = tail("(1, 2)");
        String what = switch (e) {
            case TupleExpr t -> "tuple of " + t.fields().size();
            default -> "other";
        };
        assertEquals("tuple of 2", what);
        assertNull(Expr.cast(parse("fn f() {}").syntax()));
    }

    @Test
    void missingPartsAreNullNotExceptions() {
        Parse p = Parser.parse("fn (", Edition.E2024);
        Fn f = (Fn) p.sourceFile().items().get(0);
        assertNull(f.name());
        assertNull(f.body());
        assertNull(f.retType());
        assertTrue(!p.errors().isEmpty());
    }

    @Test
    void debugDumpFormat() {
        String dump = Parser.parse("fn main() {}", Edition.E2024).tree().debugDump();
        assertTrue(dump.startsWith("SOURCE_FILE@0..12\n  FN@0..12\n    FN_KW@0..2 \"fn\"\n    WHITESPACE@2..3 \" \"\n"
                + "    NAME@3..7\n      IDENT@3..7 \"main\"\n"), dump);
    }
}
