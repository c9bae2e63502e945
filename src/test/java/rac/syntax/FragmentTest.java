package rac.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import rac.base.Edition;

/** Parsing macro-expansion fragments with {@link Parser#parseFragment}. */
class FragmentTest {
    private static Parse parse(String text, Parser.FragmentKind kind) {
        Parse p = Parser.parseFragment(text, Edition.E2024, kind);
        assertEquals(text, p.tree().text());
        return p;
    }

    private static List<SyntaxKind> childKinds(Parse p) {
        return p.tree().children().stream().map(SyntaxNode::kind).toList();
    }

    @Test
    void eachFragmentKind() {
        assertEquals(List.of(SyntaxKind.BIN_EXPR), childKinds(parse("a + b * 2", Parser.FragmentKind.EXPR)));
        assertEquals(List.of(SyntaxKind.REF_TYPE), childKinds(parse("&'a mut Vec<u8>", Parser.FragmentKind.TYPE)));
        assertEquals(List.of(SyntaxKind.OR_PAT), childKinds(parse("Some(1) | None", Parser.FragmentKind.PAT)));
        assertEquals(List.of(SyntaxKind.PATH), childKinds(parse("std::vec::Vec<u8>", Parser.FragmentKind.PATH)));
        Parse items = parse("fn f() {} struct S;", Parser.FragmentKind.ITEMS);
        assertEquals(SyntaxKind.MACRO_ITEMS, items.tree().kind());
        assertEquals(List.of(SyntaxKind.FN, SyntaxKind.STRUCT), childKinds(items));
        Parse stmts = parse("let x = 1; f(x); x", Parser.FragmentKind.STMTS);
        assertEquals(SyntaxKind.MACRO_STMTS, stmts.tree().kind());
        assertEquals(List.of(SyntaxKind.LET_STMT, SyntaxKind.EXPR_STMT, SyntaxKind.PATH_EXPR), childKinds(stmts));
        assertTrue(items.errors().isEmpty() && stmts.errors().isEmpty());
    }

    @Test
    void leftoverTokensAreReported() {
        Parse p = parse("1 2", Parser.FragmentKind.EXPR);
        assertEquals("macro expansion ignores token `2` and any following", p.errors().get(0).message());
    }
}
