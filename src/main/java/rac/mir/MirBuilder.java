package rac.mir;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import rac.hir.BinaryOp;
import rac.hir.Body;
import rac.hir.Expr;
import rac.hir.Literal;
import rac.hir.Pat;
import rac.hir.RelRange;
import rac.hir.Stmt;
import rac.hir.UnaryOp;
import rac.ty.FnSig;
import rac.ty.InferenceResult;
import rac.base.IntTy;
import rac.ty.Ty;

/**
 * Builds the MIR of one function from its HIR body and inference result. Arithmetic gets rustc's
 * {@code Assert} terminators: overflow (when overflow checks are on), division by zero and
 * {@code MIN / -1} (always), shift amounts (when overflow checks are on; otherwise masked by
 * codegen).
 */
public final class MirBuilder {
    private final Body body;
    private final InferenceResult types;
    private final boolean overflowChecks;
    private final java.util.function.Function<rac.hir.DefId, BigInteger> constValues;
    private final List<LocalDecl> locals = new ArrayList<>();
    private final List<List<Statement>> blockStatements = new ArrayList<>();
    private final List<Terminator> blockTerminators = new ArrayList<>();
    private final int[] bindingLocals;
    private final List<LoopScope> loops = new ArrayList<>();
    private int current;

    private record LoopScope(String label, int breakBlock, int continueBlock, Place destination) { }

    private final java.util.function.Function<rac.hir.DefId, rac.ty.AdtDef> adtDefs;
    /** The text of a `&str` const (null for other consts). */
    private java.util.function.Function<rac.hir.DefId, String> constStrings = d -> null;
    /** The struct or enum a constructor builds; null for definitions that are not constructors. */
    private final java.util.function.Function<rac.hir.DefId, rac.hir.DefId> adtOfCtor;

    private MirBuilder(Body body, InferenceResult types, boolean overflowChecks,
                       java.util.function.Function<rac.hir.DefId, BigInteger> constValues,
                       java.util.function.Function<rac.hir.DefId, rac.ty.AdtDef> adtDefs,
                       java.util.function.Function<rac.hir.DefId, rac.hir.DefId> adtOfCtor) {
        this.adtDefs = adtDefs;
        this.adtOfCtor = adtOfCtor;
        this.body = body;
        this.types = types;
        this.overflowChecks = overflowChecks;
        this.constValues = constValues;
        this.bindingLocals = new int[body.bindings().size()];
        java.util.Arrays.fill(bindingLocals, -1);
    }

    /**
     * Builds the MIR of a function with the given signature and body; {@code constValues} gives the
     * evaluated value of a referenced const.
     */
    public static MirBody build(FnSig sig, Body body, InferenceResult types, boolean overflowChecks,
                                java.util.function.Function<rac.hir.DefId, BigInteger> constValues,
                                java.util.function.Function<rac.hir.DefId, rac.ty.AdtDef> adtDefs,
                                java.util.function.Function<rac.hir.DefId, rac.hir.DefId> adtOfCtor) {
        MirBuilder b = new MirBuilder(body, types, overflowChecks, constValues, adtDefs, adtOfCtor);
        return b.run(sig);
    }

    /** As the other {@code build}, with the texts of `&str` consts. */
    public static MirBody build(FnSig sig, Body body, InferenceResult types, boolean overflowChecks,
                                java.util.function.Function<rac.hir.DefId, BigInteger> constValues,
                                java.util.function.Function<rac.hir.DefId, rac.ty.AdtDef> adtDefs,
                                java.util.function.Function<rac.hir.DefId, rac.hir.DefId> adtOfCtor,
                                java.util.function.Function<rac.hir.DefId, String> constStrings) {
        MirBuilder b = new MirBuilder(body, types, overflowChecks, constValues, adtDefs, adtOfCtor);
        b.constStrings = constStrings;
        return b.run(sig);
    }

    private MirBody run(FnSig sig) {
        locals.add(new LocalDecl(sig.ret(), true, null));
        for (int i = 0; i < sig.params().size(); i++) {
            int patId = body.params().get(i);
            Pat p = body.pat(patId);
            if (isSimpleBind(patId)) {
                Pat.Bind bind = (Pat.Bind) p;
                var binding = body.bindings().get(bind.binding());
                locals.add(new LocalDecl(sig.params().get(i), binding.mutable(), binding.name()));
                bindingLocals[bind.binding()] = locals.size() - 1;
            } else {
                locals.add(new LocalDecl(sig.params().get(i), false, null));
            }
        }
        current = newBlock();
        for (int i = 0; i < sig.params().size(); i++) {
            int patId = body.params().get(i);
            if (!isSimpleBind(patId)) {
                destructure(patId, Place.local(i + 1), sig.params().get(i), new ArrayList<>());
            }
        }
        exprInto(Place.local(0), body.root());
        terminate(new Terminator.Return());
        return SimplifyCfg.run(new MirBody(sig.name(), locals, sig.params().size(), finishBlocks()));
    }

    private List<BasicBlock> finishBlocks() {
        List<BasicBlock> out = new ArrayList<>();
        for (int i = 0; i < blockStatements.size(); i++) {
            Terminator t = blockTerminators.get(i);
            out.add(new BasicBlock(blockStatements.get(i), t == null ? new Terminator.Unreachable() : t));
        }
        return out;
    }

    // ---- building blocks ----

    private int newBlock() {
        blockStatements.add(new ArrayList<>());
        blockTerminators.add(null);
        return blockStatements.size() - 1;
    }

    private void push(Statement s) {
        blockStatements.get(current).add(s);
    }

    private void terminate(Terminator t) {
        if (blockTerminators.get(current) == null) {
            blockTerminators.set(current, t);
        }
    }

    /** Terminates the current block with a diverging terminator and continues in a fresh, dead block. */
    private void diverge(Terminator t) {
        terminate(t);
        current = newBlock();
    }

    private int newTemp(Ty ty) {
        locals.add(new LocalDecl(ty, true, null));
        return locals.size() - 1;
    }

    private Ty typeOf(int expr) {
        return types.exprType(expr);
    }

    private SourceInfo source(int expr) {
        RelRange r = body.exprRange(expr);
        return new SourceInfo(r.start(), r.end());
    }

    private static Operand unit() {
        return new Operand.Constant(new ConstValue.ZeroSized(), Ty.UNIT);
    }

    private static Operand intConst(long v, Ty ty) {
        return new Operand.Constant(new ConstValue.Scalar(BigInteger.valueOf(v)), ty);
    }

    // ---- expressions ----

    /** Evaluates an expression to an operand (copying from a place if it is one). */
    private Operand operand(int id) {
        Expr e = body.expr(id);
        switch (e) {
            case Expr.Lit l -> {
                return literal(l.value(), typeOf(id));
            }
            case Expr.Local l when types.unsize(id) == null && types.autoDeref(id) == 0 -> {
                return new Operand.Copy(Place.local(bindingLocals[l.binding()]));
            }
            default -> {
                Ty ty = types.unsize(id) != null ? types.unsize(id) : typeOf(id);
                for (int i = 0; i < types.autoDeref(id); i++) {
                    ty = ((Ty.Ref) ty).pointee();
                }
                int tmp = newTemp(ty);
                exprInto(Place.local(tmp), id);
                return new Operand.Move(Place.local(tmp));
            }
        }
    }

    private Operand literal(Literal lit, Ty ty) {
        return switch (lit) {
            case Literal.Int i -> new Operand.Constant(new ConstValue.Scalar(i.value()), ty);
            case Literal.Bool b -> new Operand.Constant(new ConstValue.Scalar(b.value() ? BigInteger.ONE
                    : BigInteger.ZERO), Ty.BOOL);
            case Literal.Char c -> new Operand.Constant(new ConstValue.Scalar(BigInteger.valueOf(c.value())),
                    Ty.CHAR);
            case Literal.Str s -> new Operand.Constant(new ConstValue.Str(s.value()), Ty.STR_REF);
            case Literal.Float f -> new Operand.Constant(new ConstValue.Scalar(BigInteger.valueOf(
                    rac.hir.Literals.floatBits(f.text(), ((Ty.Float) ty).bits()))), ty);
        };
    }

    /** Evaluates {@code id} and stores its value into {@code dest}, applying its unsize coercion if any. */
    private void exprInto(Place dest, int id) {
        int derefs = types.autoDeref(id);
        if (derefs > 0) {
            int tmp = newTemp(typeOf(id));
            exprIntoRaw(Place.local(tmp), id);
            List<Place.Projection> proj = new ArrayList<>();
            for (int i = 0; i < derefs; i++) {
                proj.add(new Place.Projection.Deref());
            }
            push(new Statement.Assign(dest, new Rvalue.Use(new Operand.Copy(new Place(tmp, proj)))));
            return;
        }
        Ty unsized = types.unsize(id);
        if (unsized != null) {
            int tmp = newTemp(typeOf(id));
            exprIntoRaw(Place.local(tmp), id);
            push(new Statement.Assign(dest, new Rvalue.Unsize(new Operand.Move(Place.local(tmp)), unsized)));
            return;
        }
        exprIntoRaw(dest, id);
    }

    private void exprIntoRaw(Place dest, int id) {
        Expr e = body.expr(id);
        switch (e) {
            case Expr.Missing m -> terminate(new Terminator.Unreachable());
            case Expr.Lit l -> push(new Statement.Assign(dest, new Rvalue.Use(literal(l.value(), typeOf(id)))));
            case Expr.Local l -> push(new Statement.Assign(dest,
                    new Rvalue.Use(new Operand.Copy(Place.local(bindingLocals[l.binding()])))));
            case Expr.FnRef f -> push(new Statement.Assign(dest, new Rvalue.Use(unit())));
            case Expr.ConstRef c -> {
                if (constStrings.apply(c.def()) == null && constValues.apply(c.def()) == null) {
                    // An aggregate const: computed by calling its initializer's MIR.
                    callFn(dest, id, c.def(), List.of(), List.of());
                    return;
                }
                push(new Statement.Assign(dest, new Rvalue.Use(new Operand.Constant(
                        constStrings.apply(c.def()) != null ? new ConstValue.Str(constStrings.apply(c.def()))
                                : new ConstValue.Scalar(constValues.apply(c.def())), typeOf(id)))));
            }
            case Expr.Binary b when isOperatorCall(id) -> callFn(dest, id, types.method(id).method(),
                    List.of(operand(b.lhs()), operand(b.rhs())), types.calleeArgs(id));
            case Expr.Unary u when isOperatorCall(id) -> callFn(dest, id, types.method(id).method(),
                    List.of(operand(u.operand())), types.calleeArgs(id));
            case Expr.AssignOp a when isOperatorCall(id) -> {
                Place lhs = place(a.lhs());
                int ref = newTemp(new Ty.Ref(true, typeOf(a.lhs())));
                push(new Statement.Assign(Place.local(ref), new Rvalue.Ref(true, lhs)));
                callFn(dest, id, types.method(id).method(), List.of(new Operand.Move(Place.local(ref)),
                        operand(a.rhs())), types.calleeArgs(id));
            }
            case Expr.Binary b -> binary(dest, id, b);
            case Expr.Unary u -> unary(dest, id, u);
            case Expr.Assign a -> {
                Place lhs = place(a.lhs());
                Operand v = operand(a.rhs());
                push(new Statement.Assign(lhs, new Rvalue.Use(v)));
                push(new Statement.Assign(dest, new Rvalue.Use(unit())));
            }
            case Expr.AssignOp a -> {
                Place lhs = place(a.lhs());
                Operand rhs = typeOf(a.rhs()) instanceof Ty.Ref && !(typeOf(a.lhs()) instanceof Ty.Ref)
                        ? new Operand.Copy(derefAll(a.rhs())) : operand(a.rhs());
                Operand value = arith(a.op(), new Operand.Copy(lhs), rhs, typeOf(a.lhs()), id);
                push(new Statement.Assign(lhs, new Rvalue.Use(value)));
                push(new Statement.Assign(dest, new Rvalue.Use(unit())));
            }
            case Expr.Call c when types.method(id) != null && types.method(id).builtin() != null -> {
                // `f64::sqrt(x)`: a builtin method called as an associated function.
                Operand recv = operand(c.args().get(0));
                Ty self = typeOf(c.args().get(0));
                if (self instanceof Ty.Ref r) {
                    self = r.pointee();
                    Place p = switch (recv) {
                        case Operand.Copy cp -> cp.place();
                        case Operand.Move mv -> mv.place();
                        case Operand.Constant k -> throw new IllegalStateException("constant reference");
                    };
                    List<Place.Projection> proj = new ArrayList<>(p.projections());
                    proj.add(new Place.Projection.Deref());
                    recv = new Operand.Copy(new Place(p.local(), proj));
                }
                List<Operand> rest = new ArrayList<>();
                for (int a : c.args().subList(1, c.args().size())) {
                    rest.add(operand(a));
                }
                RelRange r = body.exprRange(c.callee());
                BuiltinLowering.lower(builtinCfg(), dest, self, types.method(id).builtin(), recv, rest,
                        new SourceInfo(r.start(), r.end()));
            }
            case Expr.Call c when body.expr(c.callee()) instanceof Expr.StdFn sf -> {
                List<Operand> args = new ArrayList<>();
                for (int a : c.args()) {
                    args.add(operand(a));
                }
                // std::process::exit: the runtime flushes stdout and exits.
                Operand func = new Operand.Constant(new ConstValue.Fn(null, "rac_rt_exit"), Ty.UNIT);
                terminate(new Terminator.Call(func, args, dest, -1, source(id)));
                current = newBlock();
            }
            case Expr.Call c -> {
                Expr callee = body.expr(c.callee());
                List<Operand> args = new ArrayList<>();
                for (int a : c.args()) {
                    args.add(operand(a));
                }
                rac.hir.DefId target = callee instanceof Expr.FnRef f ? f.def()
                        : callee instanceof Expr.CtorRef cr ? cr.ctor() : types.path(c.callee());
                if (callee instanceof Expr.CtorRef || isCtor(target)) {
                    aggregate(dest, target, args, typeOf(id));
                    return;
                }
                callFn(dest, id, target, args, types.calleeArgs(c.callee()));
            }
            case Expr.CtorRef c -> aggregate(dest, c.ctor(), List.of(), typeOf(id));
            case Expr.TypePath tp -> {
                rac.hir.DefId target = types.path(id);
                if (isCtor(target)) {
                    aggregate(dest, target, List.of(), typeOf(id));
                } else if (constStrings.apply(target) != null) {
                    push(new Statement.Assign(dest, new Rvalue.Use(new Operand.Constant(
                            new ConstValue.Str(constStrings.apply(target)), typeOf(id)))));
                } else if (constValues.apply(target) == null) {
                    callFn(dest, id, target, List.of(), List.of());
                } else {
                    push(new Statement.Assign(dest, new Rvalue.Use(new Operand.Constant(
                            new ConstValue.Scalar(constValues.apply(target)), typeOf(id)))));
                }
            }
            case Expr.StructLit sl -> structLit(dest, id, sl);
            case Expr.MethodCall mc -> methodCall(dest, id, mc);
            case Expr.Array a -> {
                List<Operand> ops = new ArrayList<>();
                for (int el : a.elements()) {
                    ops.add(operand(el));
                }
                push(new Statement.Assign(dest, new Rvalue.Array(((Ty.Array) typeOf(id)).element(), ops)));
            }
            case Expr.ArrayRepeat a -> {
                Operand v = operand(a.value());
                push(new Statement.Assign(dest, new Rvalue.Repeat(v, ((Ty.Array) typeOf(id)).len())));
            }
            case Expr.Index ix -> push(new Statement.Assign(dest, new Rvalue.Use(new Operand.Copy(place(id)))));
            case Expr.Range rg -> terminate(new Terminator.Unreachable());
            case Expr.For f -> forLoop(dest, id, f);
            case Expr.StdFn f -> push(new Statement.Assign(dest, new Rvalue.Use(unit())));
            case Expr.Block b -> block(dest, b);
            case Expr.Match m -> matchExpr(dest, m);
            case Expr.If i -> {
                Operand cond = operand(i.cond());
                int thenBlock = newBlock();
                int elseBlock = newBlock();
                int join = newBlock();
                terminate(new Terminator.SwitchInt(cond, List.of(0L), List.of(elseBlock), thenBlock));
                current = thenBlock;
                exprInto(dest, i.then());
                terminate(new Terminator.Goto(join));
                current = elseBlock;
                if (i.otherwise() >= 0) {
                    exprInto(dest, i.otherwise());
                } else {
                    push(new Statement.Assign(dest, new Rvalue.Use(unit())));
                }
                terminate(new Terminator.Goto(join));
                current = join;
            }
            case Expr.Loop l when l.source() == Expr.LoopSource.LABELED_BLOCK -> labeledBlockInto(dest, l);
            case Expr.Loop l -> {
                int head = newBlock();
                int exit = newBlock();
                terminate(new Terminator.Goto(head));
                current = head;
                loops.add(new LoopScope(l.label(), exit, head, dest));
                int tmp = newTemp(Ty.UNIT);
                exprInto(Place.local(tmp), l.body());
                loops.remove(loops.size() - 1);
                terminate(new Terminator.Goto(head));
                current = exit;
                if (l.source() == Expr.LoopSource.WHILE) {
                    push(new Statement.Assign(dest, new Rvalue.Use(unit())));
                }
            }
            case Expr.Break b -> {
                LoopScope scope = findLoop(b.label());
                if (b.value() >= 0) {
                    exprInto(scope.destination(), b.value());
                } else if (!(locals.get(scope.destination().local()).ty() instanceof Ty.Never)) {
                    push(new Statement.Assign(scope.destination(), new Rvalue.Use(unit())));
                }
                diverge(new Terminator.Goto(scope.breakBlock()));
            }
            case Expr.Continue c -> diverge(new Terminator.Goto(findLoop(c.label()).continueBlock()));
            case Expr.Try t -> lowerTry(dest, id, t);
            case Expr.Return r -> {
                if (r.value() >= 0) {
                    exprInto(Place.local(0), r.value());
                } else {
                    push(new Statement.Assign(Place.local(0), new Rvalue.Use(unit())));
                }
                diverge(new Terminator.Return());
            }
            case Expr.Tuple t -> {
                List<Operand> ops = new ArrayList<>();
                for (int e2 : t.elements()) {
                    ops.add(operand(e2));
                }
                push(new Statement.Assign(dest, new Rvalue.Tuple(ops)));
            }
            case Expr.Field f -> push(new Statement.Assign(dest, new Rvalue.Use(new Operand.Copy(place(id)))));
            case Expr.Ref r -> {
                if (body.expr(r.expr()) instanceof Expr.Index ix && body.expr(ix.index()) instanceof Expr.Range rg) {
                    subSlice(dest, typeOf(id), id, ix, rg);
                    return;
                }
                Operand promoted = r.mutable() ? null : promotable(r.expr());
                if (promoted != null) {
                    push(new Statement.Assign(dest, new Rvalue.Use(promoted)));
                    return;
                }
                push(new Statement.Assign(dest, new Rvalue.Ref(r.mutable(), place(r.expr()))));
            }
            case Expr.Cast c -> {
                if (typeOf(c.expr()) instanceof Ty.Adt) {
                    // A fieldless enum cast to an integer: its discriminant.
                    Place p = place(c.expr());
                    int d = newTemp(new Ty.Int(IntTy.ISIZE));
                    push(new Statement.Assign(Place.local(d), new Rvalue.Discriminant(p)));
                    push(new Statement.Assign(dest, new Rvalue.Cast(new Operand.Move(Place.local(d)), typeOf(id))));
                    return;
                }
                Operand v = operand(c.expr());
                push(new Statement.Assign(dest, new Rvalue.Cast(v, typeOf(id))));
            }
            case Expr.InlineAsm a -> inlineAsm(dest, a);
            case Expr.Print p -> {
                // Each argument is evaluated once, in source order (expression ids follow it), as
                // format_args! does, however often the format string uses it.
                java.util.TreeMap<Integer, Operand> args = new java.util.TreeMap<>();
                for (Expr.FmtPiece piece : p.pieces()) {
                    if (piece instanceof Expr.FmtPiece.Arg a) {
                        args.put(a.arg(), null);
                        if (a.spec().widthArg() >= 0) {
                            args.put(a.spec().widthArg(), null);
                        }
                        if (a.spec().precisionArg() >= 0) {
                            args.put(a.spec().precisionArg(), null);
                        }
                    }
                }
                for (var entry : args.entrySet()) {
                    Operand op = operand(entry.getKey());
                    if (op instanceof Operand.Move m) {
                        op = new Operand.Copy(m.place());
                    }
                    entry.setValue(op);
                }
                List<Terminator.PrintPiece> pieces = new ArrayList<>();
                for (Expr.FmtPiece piece : p.pieces()) {
                    switch (piece) {
                        case Expr.FmtPiece.Text t -> pieces.add(new Terminator.PrintPiece.Text(t.text()));
                        case Expr.FmtPiece.Arg a -> pieces.add(new Terminator.PrintPiece.Value(args.get(a.arg()),
                                typeOf(a.arg()), a.spec(), a.spec().widthArg() >= 0 ? args.get(a.spec().widthArg()) : null,
                                a.spec().precisionArg() >= 0 ? args.get(a.spec().precisionArg()) : null));
                    }
                }
                if (p.panic()) {
                    diverge(new Terminator.Print(true, pieces, -1, source(id)));
                    return;
                }
                int next = newBlock();
                if (p.sink() >= 0) {
                    // write!(f, ...): the formatter's first field is the output stream.
                    Place f = place(p.sink());
                    List<Place.Projection> proj = new ArrayList<>(f.projections());
                    if (typeOf(p.sink()) instanceof Ty.Ref) {
                        proj.add(new Place.Projection.Deref());
                    }
                    proj.add(new Place.Projection.Field(0, Ty.I32));
                    terminate(new Terminator.Print(false, pieces, next, null,
                            new Operand.Copy(new Place(f.local(), proj))));
                    current = next;
                    Ty.Adt result = (Ty.Adt) typeOf(id);
                    rac.ty.AdtDef adt = adtDefs.apply(result.def());
                    int ok = 0;
                    for (int v = 0; v < adt.variants().size(); v++) {
                        if (adt.variants().get(v).name().equals("Ok")) {
                            ok = v;
                        }
                    }
                    push(new Statement.Assign(dest, new Rvalue.Aggregate(result, ok, List.of(unit()))));
                    return;
                }
                terminate(new Terminator.Print(p.stderr(), pieces, next));
                current = next;
                push(new Statement.Assign(dest, new Rvalue.Use(unit())));
            }
        }
    }

    /**
     * {@code e?}: switch on the variant; {@code Ok(v)}/{@code Some(v)} continue with {@code v}, the
     * other variant returns {@code Err(From::from(e))} / {@code None} from the function.
     */
    private void lowerTry(Place dest, int id, Expr.Try t) {
        Ty.Adt in = (Ty.Adt) typeOf(t.inner());
        rac.ty.AdtDef adt = adtDefs.apply(in.def());
        boolean option = in.name().equals("Option");
        int good = variantByName(adt, option ? "Some" : "Ok");
        int bad = variantByName(adt, option ? "None" : "Err");
        int tmp = newTemp(in);
        exprInto(Place.local(tmp), t.inner());
        int d = newTemp(new Ty.Int(IntTy.ISIZE));
        push(new Statement.Assign(Place.local(d), new Rvalue.Discriminant(Place.local(tmp))));
        int okBlock = newBlock();
        int errBlock = newBlock();
        terminate(new Terminator.SwitchInt(new Operand.Move(Place.local(d)),
                List.of(adt.variants().get(good).discriminant().longValue()), List.of(okBlock), errBlock));
        current = errBlock;
        Ty.Adt ret = (Ty.Adt) locals.get(0).ty();
        if (option) {
            push(new Statement.Assign(Place.local(0), new Rvalue.Aggregate(ret, bad, List.of())));
        } else {
            Ty e2 = in.args().get(1);
            Operand err = new Operand.Copy(new Place(tmp, List.of(new Place.Projection.Downcast(bad),
                    new Place.Projection.Field(0, e2))));
            rac.hir.DefId from = types.path(id);
            if (from != null) {
                int conv = newTemp(ret.args().get(1));
                int next = newBlock();
                terminate(new Terminator.Call(new Operand.Constant(new ConstValue.Fn(from, "from",
                        types.calleeArgs(id)), Ty.UNIT), List.of(err), Place.local(conv), next, source(id)));
                current = next;
                err = new Operand.Move(Place.local(conv));
            }
            push(new Statement.Assign(Place.local(0), new Rvalue.Aggregate(ret, bad, List.of(err))));
        }
        diverge(new Terminator.Return());
        current = okBlock;
        push(new Statement.Assign(dest, new Rvalue.Use(new Operand.Copy(new Place(tmp, List.of(
                new Place.Projection.Downcast(good), new Place.Projection.Field(0, in.args().get(0))))))));
    }

    /**
     * {@code &e} of a scalar constant (a literal or a const/static) as the address of promoted
     * static memory, or null when {@code e} is not one.
     */
    private Operand promotable(int expr) {
        Ty ty = typeOf(expr);
        boolean scalar = ty instanceof Ty.Int || ty instanceof Ty.Bool || ty instanceof Ty.Char || ty instanceof Ty.Float;
        if (!scalar) {
            return null;
        }
        Expr e = body.expr(expr);
        ConstValue v = null;
        if (e instanceof Expr.Lit l && !(l.value() instanceof Literal.Str)) {
            Operand op = literal(l.value(), ty);
            v = op instanceof Operand.Constant c ? c.value() : null;
        } else if (e instanceof Expr.ConstRef c && constStrings.apply(c.def()) == null
                && constValues.apply(c.def()) != null) {
            v = new ConstValue.Scalar(constValues.apply(c.def()));
        }
        return v == null ? null : new Operand.Constant(new ConstValue.Promoted(v, ty), new Ty.Ref(false, ty));
    }

    private static int variantByName(rac.ty.AdtDef adt, String name) {
        for (int i = 0; i < adt.variants().size(); i++) {
            if (adt.variants().get(i).name().equals(name)) {
                return i;
            }
        }
        return 0;
    }

    /** Whether {@code def} is a struct or variant constructor (rather than a function or const). */
    private boolean isCtor(rac.hir.DefId def) {
        if (def == null) {
            return false;
        }
        return adtOfCtor.apply(def) != null;
    }

    private void aggregate(Place dest, rac.hir.DefId ctor, List<Operand> fields, Ty ty) {
        rac.ty.AdtDef adt = adtDefs.apply(adtOfCtor.apply(ctor));
        push(new Statement.Assign(dest, new Rvalue.Aggregate((Ty.Adt) ty, adt.variantIndex(ctor), fields)));
    }

    private void structLit(Place dest, int id, Expr.StructLit sl) {
        Ty.Adt ty = (Ty.Adt) typeOf(id);
        rac.ty.AdtDef adt = adtDefs.apply(ty.def());
        int variant = sl.ctor() == null ? 0 : adt.variantIndex(sl.ctor());
        rac.ty.AdtDef.VariantDef v = adt.variants().get(variant);
        Operand[] ops = new Operand[v.fields().size()];
        for (Expr.FieldInit f : sl.fields()) {
            int idx = v.fieldIndex(f.name());
            ops[idx] = operand(f.expr());
        }
        if (sl.base() >= 0) {
            Place base = place(sl.base());
            for (int i = 0; i < ops.length; i++) {
                if (ops[i] == null) {
                    List<Place.Projection> proj = new ArrayList<>(base.projections());
                    proj.add(new Place.Projection.Field(i, adt.fieldTy(v, i, ty)));
                    ops[i] = new Operand.Copy(new Place(base.local(), proj));
                }
            }
        }
        push(new Statement.Assign(dest, new Rvalue.Aggregate(ty, variant, List.of(ops))));
    }

    /** An operator on a struct or enum, resolved to its operator trait's impl method. */
    private boolean isOperatorCall(int id) {
        return types.method(id) != null && "operator".equals(types.method(id).builtin());
    }

    private void callFn(Place dest, int id, rac.hir.DefId target, List<Operand> args, List<Ty> generics) {
        callFn(dest, id, target, args, generics, source(id));
    }

    private void callFn(Place dest, int id, rac.hir.DefId target, List<Operand> args, List<Ty> generics,
                        SourceInfo at) {
        Operand func = new Operand.Constant(new ConstValue.Fn(target, null, generics), Ty.UNIT);
        boolean diverges = typeOf(id) instanceof Ty.Never;
        int next = diverges ? -1 : newBlock();
        terminate(new Terminator.Call(func, args, dest, next, at));
        current = diverges ? newBlock() : next;
    }

    private void methodCall(Place dest, int id, Expr.MethodCall mc) {
        InferenceResult.MethodResolution m = types.method(id);
        if (m.builtin() != null && !m.builtin().equals("clone") && builtinPrimitiveMethod(dest, mc, m)) {
            return;
        }
        if (m.builtin() != null) {
            Place p = place(mc.receiver());
            List<Place.Projection> proj = new ArrayList<>(p.projections());
            Ty t = typeOf(mc.receiver());
            for (int i = 0; i < m.derefs(); i++) {
                proj.add(new Place.Projection.Deref());
                t = ((Ty.Ref) t).pointee();
            }
            if (m.builtin().equals("clone")) {
                push(new Statement.Assign(dest, new Rvalue.Use(new Operand.Copy(new Place(p.local(), proj)))));
                return;
            }
            Operand len = lengthOf(new Place(p.local(), proj), t);
            if (m.builtin().equals("len")) {
                push(new Statement.Assign(dest, new Rvalue.Use(len)));
            } else {
                push(new Statement.Assign(dest, new Rvalue.BinaryOp(BinaryOp.EQ, len, usize(0))));
            }
            return;
        }
        Operand recv;
        if (m.autoRef() == InferenceResult.AutoRef.NONE && m.derefs() == 0) {
            recv = operand(mc.receiver());
        } else {
            Place p = place(mc.receiver());
            List<Place.Projection> proj = new ArrayList<>(p.projections());
            Ty t = typeOf(mc.receiver());
            for (int i = 0; i < m.derefs(); i++) {
                proj.add(new Place.Projection.Deref());
                t = ((Ty.Ref) t).pointee();
            }
            Place target = new Place(p.local(), proj);
            if (m.autoRef() == InferenceResult.AutoRef.NONE) {
                recv = new Operand.Copy(target);
            } else {
                boolean mut = m.autoRef() == InferenceResult.AutoRef.MUT;
                int tmp = newTemp(new Ty.Ref(mut, t));
                push(new Statement.Assign(Place.local(tmp), new Rvalue.Ref(mut, target)));
                recv = new Operand.Move(Place.local(tmp));
            }
        }
        List<Operand> args = new ArrayList<>();
        args.add(recv);
        for (int a : mc.args()) {
            args.add(operand(a));
        }
        // A method call's location (for #[track_caller]) is its method name, as in rustc.
        callFn(dest, id, m.method(), args, types.calleeArgs(id), new SourceInfo(mc.nameRange().start(),
                body.exprRange(id).end()));
    }

    /** The array or slice type an indexed expression finally refers to. */
    private Ty baseElementContainer(int expr) {
        Ty t = typeOf(expr);
        while (t instanceof Ty.Ref r) {
            t = r.pointee();
        }
        return t;
    }

    /** The length of the array or slice (or str) in {@code place} of type {@code ty}. */
    private Operand lengthOf(Place place, Ty ty) {
        if (ty instanceof Ty.Array a) {
            return new Operand.Constant(new ConstValue.Scalar(BigInteger.valueOf(a.len())), Ty.USIZE);
        }
        int len = newTemp(Ty.USIZE);
        push(new Statement.Assign(Place.local(len), new Rvalue.Len(place)));
        return new Operand.Copy(Place.local(len));
    }

    /** {@code &base[start..end]} with rustc's checks (end within the length, start not after end). */
    private void subSlice(Place dest, Ty target, int id, Expr.Index ix, Expr.Range rg) {
        Place base = derefAll(ix.base());
        Ty container = baseElementContainer(ix.base());
        Operand len = lengthOf(base, container);
        int start = newTemp(Ty.USIZE);
        int end = newTemp(Ty.USIZE);
        push(new Statement.Assign(Place.local(start), new Rvalue.Use(rg.start() >= 0 ? operand(rg.start())
                : new Operand.Constant(new ConstValue.Scalar(BigInteger.ZERO), Ty.USIZE))));
        Operand shownEnd = null;
        if (rg.end() >= 0) {
            Operand endValue = operand(rg.end());
            if (rg.inclusive()) {
                int raw = newTemp(Ty.USIZE);
                push(new Statement.Assign(Place.local(raw), new Rvalue.Use(endValue)));
                endValue = new Operand.Copy(Place.local(raw));
                shownEnd = new Operand.Copy(Place.local(raw));
                int tmp = newTemp(Ty.USIZE);
                push(new Statement.Assign(Place.local(tmp), new Rvalue.BinaryOp(BinaryOp.ADD, endValue,
                        new Operand.Constant(new ConstValue.Scalar(BigInteger.ONE), Ty.USIZE))));
                endValue = new Operand.Move(Place.local(tmp));
            }
            push(new Statement.Assign(Place.local(end), new Rvalue.Use(endValue)));
        } else {
            push(new Statement.Assign(Place.local(end), new Rvalue.Use(len)));
        }
        Operand s0 = new Operand.Copy(Place.local(start));
        Operand e0 = new Operand.Copy(Place.local(end));
        // rustc locates slicing panics at the `[` (the `Index::index` call).
        SourceInfo at = new SourceInfo(body.exprRange(ix.base()).end(), body.exprRange(ix.index()).end() + 1);
        if (rg.end() >= 0) {
            checkLe(e0, len, AssertKind.SLICE_END, at, List.of(shownEnd != null ? shownEnd : e0, len));
            checkLe(s0, e0, AssertKind.SLICE_ORDER, at, List.of(s0, e0));
        } else {
            checkLe(s0, len, AssertKind.SLICE_START, at, List.of(s0, len));
        }
        push(new Statement.Assign(dest, new Rvalue.SubSlice(base, s0, e0, target)));
    }

    private void checkLe(Operand a, Operand b, AssertKind kind, SourceInfo at, List<Operand> args) {
        int ok = newTemp(Ty.BOOL);
        push(new Statement.Assign(Place.local(ok), new Rvalue.BinaryOp(BinaryOp.LE, a, b)));
        int next = newBlock();
        terminate(new Terminator.Assert(new Operand.Move(Place.local(ok)), true, kind, next, at, args));
        current = next;
    }

    private static Operand usize(long v) {
        return new Operand.Constant(new ConstValue.Scalar(BigInteger.valueOf(v)), Ty.USIZE);
    }

    /** The unsigned integer type as wide as {@code t} (an integer or char). */
    private static Ty unsignedOf(Ty t) {
        if (t instanceof Ty.Int i) {
            return new Ty.Int(switch (i.kind().bits()) {
                case 8 -> IntTy.U8;
                case 16 -> IntTy.U16;
                case 32 -> IntTy.U32;
                case 64 -> i.kind() == IntTy.ISIZE || i.kind() == IntTy.USIZE ? IntTy.USIZE : IntTy.U64;
                default -> IntTy.U128;
            });
        }
        return new Ty.Int(IntTy.U32);
    }

    /**
     * A {@code for} loop as a counting loop: a counter {@code k} runs over {@code 0..=last}; each
     * iteration computes the item from {@code k}, binds the pattern and runs the body; {@code continue}
     * goes to the step, which leaves the loop when {@code k == last}.
     */
    private void forLoop(Place dest, int id, Expr.For f) {
        InferenceResult.ForLoop loop = types.forLoop(id);
        List<Integer> declared = new ArrayList<>();
        int exit = newBlock();
        Ty u = loop.kind() == InferenceResult.ForLoop.Kind.RANGE || loop.kind()
                == InferenceResult.ForLoop.Kind.RANGE_INCLUSIVE ? unsignedOf(loop.element()) : Ty.USIZE;
        int last = newTemp(u);
        int lo = -1;
        int hi = -1;
        Place container = null;
        if (loop.kind() == InferenceResult.ForLoop.Kind.RANGE || loop.kind() == InferenceResult.ForLoop.Kind.RANGE_INCLUSIVE) {
            Expr.Range rg = (Expr.Range) body.expr(loop.source());
            lo = newTemp(loop.element());
            hi = newTemp(loop.element());
            exprInto(Place.local(lo), rg.start());
            exprInto(Place.local(hi), rg.end());
            boolean inclusive = loop.kind() == InferenceResult.ForLoop.Kind.RANGE_INCLUSIVE;
            int nonEmpty = newTemp(Ty.BOOL);
            push(new Statement.Assign(Place.local(nonEmpty), new Rvalue.BinaryOp(inclusive ? BinaryOp.LE : BinaryOp.LT,
                    new Operand.Copy(Place.local(lo)), new Operand.Copy(Place.local(hi)))));
            int start = newBlock();
            terminate(new Terminator.SwitchInt(new Operand.Move(Place.local(nonEmpty)), List.of(0L), List.of(exit), start));
            current = start;
            int ulo = newTemp(u);
            int uhi = newTemp(u);
            push(new Statement.Assign(Place.local(ulo), new Rvalue.Cast(new Operand.Copy(Place.local(lo)), u)));
            push(new Statement.Assign(Place.local(uhi), new Rvalue.Cast(new Operand.Copy(Place.local(hi)), u)));
            int diff = newTemp(u);
            push(new Statement.Assign(Place.local(diff), new Rvalue.BinaryOp(BinaryOp.SUB,
                    new Operand.Move(Place.local(uhi)), new Operand.Move(Place.local(ulo)))));
            if (inclusive) {
                push(new Statement.Assign(Place.local(last), new Rvalue.Use(new Operand.Move(Place.local(diff)))));
            } else {
                push(new Statement.Assign(Place.local(last), new Rvalue.BinaryOp(BinaryOp.SUB,
                        new Operand.Move(Place.local(diff)), new Operand.Constant(new ConstValue.Scalar(BigInteger.ONE), u))));
            }
        } else {
            container = place(loop.source());
            List<Place.Projection> proj = new ArrayList<>(container.projections());
            for (int i = 0; i < loop.derefs(); i++) {
                proj.add(new Place.Projection.Deref());
            }
            container = new Place(container.local(), proj);
            Ty cty = loop.kind() == InferenceResult.ForLoop.Kind.ARRAY
                    ? new Ty.Array(loop.element(), arrayLen(loop.source(), loop.derefs())) : new Ty.Slice(loop.element());
            Operand len = lengthOf(container, cty);
            int nonEmpty = newTemp(Ty.BOOL);
            push(new Statement.Assign(Place.local(nonEmpty), new Rvalue.BinaryOp(BinaryOp.NE, len, usize(0))));
            int start = newBlock();
            terminate(new Terminator.SwitchInt(new Operand.Move(Place.local(nonEmpty)), List.of(0L), List.of(exit), start));
            current = start;
            push(new Statement.Assign(Place.local(last), new Rvalue.BinaryOp(BinaryOp.SUB, len, usize(1))));
        }
        int k = newTemp(u);
        push(new Statement.Assign(Place.local(k), new Rvalue.Use(new Operand.Constant(
                new ConstValue.Scalar(BigInteger.ZERO), u))));
        int bodyBlock = newBlock();
        int step = newBlock();
        terminate(new Terminator.Goto(bodyBlock));
        current = bodyBlock;
        // The position: k, or last - k when reversed.
        Operand pos = new Operand.Copy(Place.local(k));
        if (loop.rev()) {
            int p = newTemp(u);
            push(new Statement.Assign(Place.local(p), new Rvalue.BinaryOp(BinaryOp.SUB, new Operand.Copy(Place.local(last)),
                    new Operand.Copy(Place.local(k)))));
            pos = new Operand.Copy(Place.local(p));
        }
        Ty elemItemTy = loop.enumerate() ? ((Ty.Tuple) loop.item()).elements().get(1) : loop.item();
        int value = newTemp(elemItemTy);
        if (lo >= 0) {
            int ulo = newTemp(u);
            push(new Statement.Assign(Place.local(ulo), new Rvalue.Cast(new Operand.Copy(Place.local(lo)), u)));
            int sum = newTemp(u);
            push(new Statement.Assign(Place.local(sum), new Rvalue.BinaryOp(BinaryOp.ADD, new Operand.Move(Place.local(ulo)),
                    pos)));
            push(new Statement.Assign(Place.local(value), new Rvalue.Cast(new Operand.Move(Place.local(sum)),
                    loop.element())));
        } else {
            int idx = newTemp(Ty.USIZE);
            push(new Statement.Assign(Place.local(idx), new Rvalue.Use(pos)));
            List<Place.Projection> proj = new ArrayList<>(container.projections());
            proj.add(new Place.Projection.Index(idx));
            Place elemPlace = new Place(container.local(), proj);
            push(new Statement.Assign(Place.local(value), switch (loop.mode()) {
                case VALUE -> new Rvalue.Use(new Operand.Copy(elemPlace));
                case REF -> new Rvalue.Ref(false, elemPlace);
                case REF_MUT -> new Rvalue.Ref(true, elemPlace);
            }));
        }
        int item = value;
        if (loop.enumerate()) {
            item = newTemp(loop.item());
            int ki = newTemp(Ty.USIZE);
            push(new Statement.Assign(Place.local(ki), new Rvalue.Cast(new Operand.Copy(Place.local(k)), Ty.USIZE)));
            push(new Statement.Assign(Place.local(item), new Rvalue.Tuple(List.of(new Operand.Move(Place.local(ki)),
                    new Operand.Move(Place.local(value))))));
        }
        destructure(f.pat(), Place.local(item), loop.item(), declared);
        loops.add(new LoopScope(f.label(), exit, step, dest));
        int unit = newTemp(Ty.UNIT);
        exprInto(Place.local(unit), f.body());
        loops.remove(loops.size() - 1);
        for (int i = declared.size() - 1; i >= 0; i--) {
            push(new Statement.StorageDead(declared.get(i)));
        }
        terminate(new Terminator.Goto(step));
        current = step;
        int done = newTemp(Ty.BOOL);
        push(new Statement.Assign(Place.local(done), new Rvalue.BinaryOp(BinaryOp.EQ, new Operand.Copy(Place.local(k)),
                new Operand.Copy(Place.local(last)))));
        int again = newBlock();
        terminate(new Terminator.SwitchInt(new Operand.Move(Place.local(done)), List.of(0L), List.of(again), exit));
        current = again;
        push(new Statement.Assign(Place.local(k), new Rvalue.BinaryOp(BinaryOp.ADD, new Operand.Copy(Place.local(k)),
                new Operand.Constant(new ConstValue.Scalar(BigInteger.ONE), u))));
        terminate(new Terminator.Goto(bodyBlock));
        current = exit;
        push(new Statement.Assign(dest, new Rvalue.Use(unit())));
    }

    private long arrayLen(int source, int derefs) {
        Ty t = typeOf(source);
        for (int i = 0; i < derefs; i++) {
            t = ((Ty.Ref) t).pointee();
        }
        return ((Ty.Array) t).len();
    }

    /** {@code asm!}: operands evaluated in order, then the {@link Terminator.InlineAsm}. */
    private void inlineAsm(Place dest, Expr.InlineAsm a) {
        List<Terminator.AsmOperand> ops = new ArrayList<>();
        for (rac.hir.Asm.Operand op : a.operands()) {
            Operand in = null;
            Place out = null;
            if (op.kind() == rac.hir.Asm.Kind.LABEL) {
                ops.add(new Terminator.AsmOperand(op.kind(), null, false, null, null, newBlock()));
                continue;
            }
            switch (op.kind()) {
                case SYM -> {
                    Expr.FnRef f = (Expr.FnRef) body.expr(op.in());
                    in = new Operand.Constant(new ConstValue.Fn(f.def(), null, List.of()), Ty.UNIT);
                }
                case CONST -> in = new Operand.Constant(new ConstValue.Scalar(asmConst(op.in())), typeOf(op.in()));
                default -> {
                    if (op.in() >= 0) {
                        in = operand(op.in());
                    }
                    if (op.out() >= 0) {
                        out = place(op.out());
                    }
                }
            }
            ops.add(new Terminator.AsmOperand(op.kind(), op.reg(), op.explicit(), in, out));
        }
        if (ops.stream().anyMatch(o -> o.label() >= 0)) {
            // `label` blocks run after the assembly jumps to them, then continue after the `asm!`.
            int join = newBlock();
            terminate(new Terminator.InlineAsm(a.template(), ops, a.options(), a.clobberAbis(),
                    a.options().contains("noreturn") ? -1 : join));
            for (int i = 0; i < ops.size(); i++) {
                if (ops.get(i).label() >= 0) {
                    current = ops.get(i).label();
                    int tmp = newTemp(Ty.UNIT);
                    exprInto(Place.local(tmp), a.operands().get(i).in());
                    terminate(new Terminator.Goto(join));
                }
            }
            current = join;
            push(new Statement.Assign(dest, new Rvalue.Use(unit())));
            return;
        }
        if (a.options().contains("noreturn")) {
            diverge(new Terminator.InlineAsm(a.template(), ops, a.options(), a.clobberAbis(), -1));
            return;
        }
        int next = newBlock();
        terminate(new Terminator.InlineAsm(a.template(), ops, a.options(), a.clobberAbis(), next));
        current = next;
        push(new Statement.Assign(dest, new Rvalue.Use(unit())));
    }

    /** The value of a {@code const} operand of {@code asm!} (inference accepted only these shapes). */
    private BigInteger asmConst(int id) {
        return switch (body.expr(id)) {
            case Expr.Lit l when l.value() instanceof Literal.Int i -> i.value();
            case Expr.Unary u when u.op() == rac.hir.UnaryOp.NEG -> asmConst(u.operand()).negate();
            case Expr.ConstRef c when constValues.apply(c.def()) != null -> constValues.apply(c.def());
            default -> throw new IllegalStateException("asm const operand survived type checking");
        };
    }

    /** A labeled block: the body writes the destination, a {@code break 'label} jumps past it. */
    private void labeledBlockInto(Place dest, Expr.Loop l) {
        int exit = newBlock();
        loops.add(new LoopScope(l.label(), exit, -1, dest));
        exprInto(dest, l.body());
        loops.remove(loops.size() - 1);
        terminate(new Terminator.Goto(exit));
        current = exit;
    }

    private LoopScope findLoop(String label) {
        for (int i = loops.size() - 1; i >= 0; i--) {
            if (label == null && loops.get(i).continueBlock() < 0) {
                continue;
            }
            if (label == null || label.equals(loops.get(i).label())) {
                return loops.get(i);
            }
        }
        throw new IllegalStateException("break outside of a loop survived type checking");
    }

    private Place place(int id) {
        Expr e = body.expr(id);
        if (e instanceof Expr.Local l) {
            return Place.local(bindingLocals[l.binding()]);
        }
        if (e instanceof Expr.Field f) {
            Place base = place(f.base());
            List<Place.Projection> proj = new ArrayList<>(base.projections());
            Ty baseTy = typeOf(f.base());
            while (baseTy instanceof Ty.Ref r) {
                proj.add(new Place.Projection.Deref());
                baseTy = r.pointee();
            }
            int index = baseTy instanceof Ty.Adt adt ? adtDefs.apply(adt.def()).struct().fieldIndex(f.name())
                    : Integer.parseInt(f.name());
            proj.add(new Place.Projection.Field(index, typeOf(id)));
            return new Place(base.local(), proj);
        }
        if (e instanceof Expr.Index ix && body.expr(ix.index()) instanceof Expr.Range rg) {
            // `base[a..b]` as a place: a fat reference to the elements, dereferenced.
            int fat = newTemp(new Ty.Ref(false, typeOf(id)));
            subSlice(Place.local(fat), new Ty.Ref(false, typeOf(id)), id, ix, rg);
            return new Place(fat, List.of(new Place.Projection.Deref()));
        }
        if (e instanceof Expr.Index ix) {
            Place base = derefAll(ix.base());
            Operand idx = operand(ix.index());
            int idxLocal = newTemp(Ty.USIZE);
            push(new Statement.Assign(Place.local(idxLocal), new Rvalue.Use(idx)));
            Operand len = lengthOf(base, baseElementContainer(ix.base()));
            int ok = newTemp(Ty.BOOL);
            push(new Statement.Assign(Place.local(ok), new Rvalue.BinaryOp(BinaryOp.LT,
                    new Operand.Copy(Place.local(idxLocal)), len)));
            int next = newBlock();
            terminate(new Terminator.Assert(new Operand.Move(Place.local(ok)), true, AssertKind.BOUNDS_CHECK, next,
                    source(id), List.of(len, new Operand.Copy(Place.local(idxLocal)))));
            current = next;
            List<Place.Projection> proj = new ArrayList<>(base.projections());
            proj.add(new Place.Projection.Index(idxLocal));
            return new Place(base.local(), proj);
        }
        if (e instanceof Expr.Unary u && u.op() == UnaryOp.DEREF) {
            Place base = place(u.operand());
            List<Place.Projection> proj = new ArrayList<>(base.projections());
            proj.add(new Place.Projection.Deref());
            return new Place(base.local(), proj);
        }
        int tmp = newTemp(typeOf(id));
        exprInto(Place.local(tmp), id);
        return Place.local(tmp);
    }

    private void block(Place dest, Expr.Block b) {
        List<Integer> declared = new ArrayList<>();
        for (Stmt s : b.stmts()) {
            switch (s) {
                case Stmt.Let let -> {
                    Pat p = body.pat(let.pat());
                    if (let.els() >= 0) {
                        letElse(let, declared);
                    } else if (isSimpleBind(let.pat())) {
                        Pat.Bind bind = (Pat.Bind) p;
                        int local = declareBinding(bind.binding(), declared);
                        if (let.init() >= 0) {
                            exprInto(Place.local(local), let.init());
                        }
                    } else if (let.init() >= 0) {
                        // A place initializer is matched in place (`let (ref mut a, _) = t;` borrows `t.0`).
                        Ty ty = typeOf(let.init());
                        destructure(let.pat(), place(let.init()), ty, declared);
                    } else {
                        declareBindings(let.pat(), declared);
                    }
                }
                case Stmt.ExprStmt es -> {
                    int tmp = newTemp(typeOf(es.expr()));
                    exprInto(Place.local(tmp), es.expr());
                }
            }
        }
        if (b.tail() >= 0) {
            exprInto(dest, b.tail());
        } else if (!(locals.get(dest.local()).ty() instanceof Ty.Never)) {
            push(new Statement.Assign(dest, new Rvalue.Use(unit())));
        }
        for (int i = declared.size() - 1; i >= 0; i--) {
            push(new Statement.StorageDead(declared.get(i)));
        }
    }

    private static boolean isStrRef(Ty t) {
        return t instanceof Ty.Ref r && r.pointee() instanceof Ty.Str;
    }

    /** Whether peeling references from {@code t} ends at {@code &str}. */
    private static boolean refToStr(Ty t) {
        while (t instanceof Ty.Ref r) {
            if (r.pointee() instanceof Ty.Str) {
                return true;
            }
            t = r.pointee();
        }
        return false;
    }

    /** The place an expression of reference type finally points to (through every level of `&`). */
    private Place derefAll(int expr) {
        Place p = place(expr);
        List<Place.Projection> proj = new ArrayList<>(p.projections());
        Ty ty = typeOf(expr);
        while (ty instanceof Ty.Ref r) {
            proj.add(new Place.Projection.Deref());
            ty = r.pointee();
        }
        return new Place(p.local(), proj);
    }

    /** Creates the local of a binding (with StorageLive) and records it. */
    private int declareBinding(int binding, List<Integer> declared) {
        var data = body.bindings().get(binding);
        locals.add(new LocalDecl(types.bindingType(binding), data.mutable(), data.name()));
        int local = locals.size() - 1;
        push(new Statement.StorageLive(local));
        declared.add(local);
        bindingLocals[binding] = local;
        return local;
    }

    /** Declares every binding of a pattern without initialising it (or-alternatives share bindings). */
    private void declareBindings(int patId, List<Integer> declared) {
        body.walkPat(patId, id -> {
            if (body.pat(id) instanceof Pat.Bind b && !declaredHere(b.binding(), declared)) {
                declareBinding(b.binding(), declared);
            }
        });
    }

    private boolean declaredHere(int binding, List<Integer> declared) {
        return bindingLocals[binding] >= 0 && declared.contains(bindingLocals[binding]);
    }

    /** Binds an irrefutable pattern to the value in {@code source} of type {@code ty}. */
    private void destructure(int patId, Place source, Ty ty, List<Integer> declared) {
        declareBindings(patId, declared);
        int fail = newBlock();
        blockTerminators.set(fail, new Terminator.Unreachable());
        matchPat(patId, source, fail);
    }

    /** Whether a pattern is a plain by-value binding {@code x} / {@code mut x}. */
    private boolean isSimpleBind(int patId) {
        return body.pat(patId) instanceof Pat.Bind b && b.sub() < 0
                && types.bindingMode(b.binding()) == rac.hir.Binding.ByRef.NO;
    }

    private void binary(Place dest, int id, Expr.Binary b) {
        BinaryOp op = b.op();
        if (op.isLazy()) {
            Operand lhs = operand(b.lhs());
            int rhsBlock = newBlock();
            int shortBlock = newBlock();
            int join = newBlock();
            if (op == BinaryOp.AND) {
                terminate(new Terminator.SwitchInt(lhs, List.of(0L), List.of(shortBlock), rhsBlock));
            } else {
                terminate(new Terminator.SwitchInt(lhs, List.of(0L), List.of(rhsBlock), shortBlock));
            }
            current = shortBlock;
            push(new Statement.Assign(dest, new Rvalue.Use(intConst(op == BinaryOp.AND ? 0 : 1, Ty.BOOL))));
            terminate(new Terminator.Goto(join));
            current = rhsBlock;
            exprInto(dest, b.rhs());
            terminate(new Terminator.Goto(join));
            current = join;
            return;
        }
        Ty cmpTy = typeOf(b.lhs());
        while (cmpTy instanceof Ty.Ref r) {
            cmpTy = r.pointee();
        }
        if ((op == BinaryOp.EQ || op == BinaryOp.NE) && cmpTy instanceof Ty.Tuple tt
                && tt.elements().stream().noneMatch(e -> e instanceof Ty.Tuple || e instanceof Ty.Adt
                || e instanceof Ty.Array)) {
            // Tuples compare element by element (PartialEq for tuples).
            Place l = derefAll(b.lhs());
            Place r = derefAll(b.rhs());
            int acc = newTemp(Ty.BOOL);
            push(new Statement.Assign(Place.local(acc), new Rvalue.Use(intConst(1, Ty.BOOL))));
            for (int i = 0; i < tt.elements().size(); i++) {
                Ty et = tt.elements().get(i);
                int eq = newTemp(Ty.BOOL);
                push(new Statement.Assign(Place.local(eq), new Rvalue.BinaryOp(BinaryOp.EQ,
                        new Operand.Copy(project(l, new Place.Projection.Field(i, et))),
                        new Operand.Copy(project(r, new Place.Projection.Field(i, et))))));
                push(new Statement.Assign(Place.local(acc), new Rvalue.BinaryOp(BinaryOp.BIT_AND,
                        new Operand.Copy(Place.local(acc)), new Operand.Move(Place.local(eq)))));
            }
            push(new Statement.Assign(dest, op == BinaryOp.EQ ? new Rvalue.Use(new Operand.Move(Place.local(acc)))
                    : new Rvalue.UnaryOp(UnaryOp.NOT, new Operand.Move(Place.local(acc)))));
            return;
        }
        if (op.isComparison() && isStrRef(typeOf(b.lhs()))) {
            Operand lhs = operand(b.lhs());
            Operand rhs = operand(b.rhs());
            push(new Statement.Assign(dest, new Rvalue.BinaryOp(op, lhs, rhs)));
            return;
        }
        if (op.isComparison() && typeOf(b.lhs()) instanceof Ty.Ref && !refToStr(typeOf(b.lhs()))) {
            // Comparing references compares the values they point to (PartialEq for &T).
            push(new Statement.Assign(dest, new Rvalue.BinaryOp(op, new Operand.Copy(derefAll(b.lhs())),
                    new Operand.Copy(derefAll(b.rhs())))));
            return;
        }
        Operand lhs = typeOf(b.lhs()) instanceof Ty.Ref && !op.isComparison() ? new Operand.Copy(derefAll(b.lhs()))
                : operand(b.lhs());
        Operand rhs = typeOf(b.rhs()) instanceof Ty.Ref && !op.isComparison() ? new Operand.Copy(derefAll(b.rhs()))
                : operand(b.rhs());
        if (op.isComparison()) {
            push(new Statement.Assign(dest, new Rvalue.BinaryOp(op, lhs, rhs)));
            return;
        }
        push(new Statement.Assign(dest, new Rvalue.Use(arith(op, lhs, rhs, typeOf(id), id))));
    }

    /** Emits an arithmetic operation with rustc's checks and returns the operand holding the result. */
    private Operand arith(BinaryOp op, Operand lhs, Operand rhs, Ty ty, int id) {
        if (!(ty instanceof Ty.Int it)) {
            int tmp = newTemp(ty);
            push(new Statement.Assign(Place.local(tmp), new Rvalue.BinaryOp(op, lhs, rhs)));
            return new Operand.Move(Place.local(tmp));
        }
        IntTy kind = it.kind();
        switch (op) {
            case DIV, REM -> {
                int isZero = newTemp(Ty.BOOL);
                push(new Statement.Assign(Place.local(isZero), new Rvalue.BinaryOp(BinaryOp.EQ, rhs, intConst(0, ty))));
                assertFalse(new Operand.Copy(Place.local(isZero)), op == BinaryOp.DIV ? AssertKind.DIV_BY_ZERO
                        : AssertKind.REM_BY_ZERO, id);
                if (kind.signed() && kind.bits() <= 64) {
                    int isNegOne = newTemp(Ty.BOOL);
                    push(new Statement.Assign(Place.local(isNegOne), new Rvalue.BinaryOp(BinaryOp.EQ, rhs,
                            intConst(-1, ty))));
                    int isMin = newTemp(Ty.BOOL);
                    push(new Statement.Assign(Place.local(isMin), new Rvalue.BinaryOp(BinaryOp.EQ, lhs,
                            intConst(kind.minValue(), ty))));
                    int both = newTemp(Ty.BOOL);
                    push(new Statement.Assign(Place.local(both), new Rvalue.BinaryOp(BinaryOp.BIT_AND,
                            new Operand.Move(Place.local(isNegOne)), new Operand.Move(Place.local(isMin)))));
                    assertFalse(new Operand.Move(Place.local(both)), op == BinaryOp.DIV ? AssertKind.DIV_OVERFLOW
                            : AssertKind.REM_OVERFLOW, id);
                }
                int tmp = newTemp(ty);
                push(new Statement.Assign(Place.local(tmp), new Rvalue.BinaryOp(op, lhs, rhs)));
                return new Operand.Move(Place.local(tmp));
            }
            case ADD, SUB, MUL -> {
                if (!overflowChecks) {
                    int tmp = newTemp(ty);
                    push(new Statement.Assign(Place.local(tmp), new Rvalue.BinaryOp(op, lhs, rhs)));
                    return new Operand.Move(Place.local(tmp));
                }
                int pair = newTemp(new Ty.Tuple(List.of(ty, Ty.BOOL)));
                push(new Statement.Assign(Place.local(pair), new Rvalue.CheckedBinaryOp(op, lhs, rhs)));
                assertFalse(new Operand.Move(new Place(pair, List.of(new Place.Projection.Field(1, Ty.BOOL)))),
                        AssertKind.overflowOf(op), id);
                return new Operand.Move(new Place(pair, List.of(new Place.Projection.Field(0, ty))));
            }
            case SHL, SHR -> {
                if (overflowChecks) {
                    int ok = newTemp(Ty.BOOL);
                    push(new Statement.Assign(Place.local(ok), new Rvalue.BinaryOp(BinaryOp.LT, rhs,
                            new Operand.Constant(new ConstValue.Scalar(BigInteger.valueOf(kind.bits())),
                                    new Ty.Int(IntTy.U32)))));
                    assertTrue(new Operand.Move(Place.local(ok)), op == BinaryOp.SHL ? AssertKind.SHL_OVERFLOW
                            : AssertKind.SHR_OVERFLOW, id);
                }
                int tmp = newTemp(ty);
                push(new Statement.Assign(Place.local(tmp), new Rvalue.BinaryOp(op, lhs, rhs)));
                return new Operand.Move(Place.local(tmp));
            }
            default -> {
                int tmp = newTemp(ty);
                push(new Statement.Assign(Place.local(tmp), new Rvalue.BinaryOp(op, lhs, rhs)));
                return new Operand.Move(Place.local(tmp));
            }
        }
    }

    private void assertFalse(Operand cond, AssertKind kind, int expr) {
        int next = newBlock();
        terminate(new Terminator.Assert(cond, false, kind, next, source(expr)));
        current = next;
    }

    private void assertTrue(Operand cond, AssertKind kind, int expr) {
        int next = newBlock();
        terminate(new Terminator.Assert(cond, true, kind, next, source(expr)));
        current = next;
    }

    private void unary(Place dest, int id, Expr.Unary u) {
        if (u.op() == UnaryOp.DEREF) {
            push(new Statement.Assign(dest, new Rvalue.Use(new Operand.Copy(place(id)))));
            return;
        }
        if (u.op() == UnaryOp.NEG && body.expr(u.operand()) instanceof Expr.Lit lit
                && lit.value() instanceof Literal.Int i) {
            // A negated literal is a negative constant, as in rustc: no runtime negation, no check.
            push(new Statement.Assign(dest, new Rvalue.Use(new Operand.Constant(
                    new ConstValue.Scalar(i.value().negate()), typeOf(id)))));
            return;
        }
        if (u.op() == UnaryOp.NEG && body.expr(u.operand()) instanceof Expr.Lit lit
                && lit.value() instanceof Literal.Float f && typeOf(id) instanceof Ty.Float ft) {
            // A negated float literal is a constant with the sign bit set.
            long bits = rac.hir.Literals.floatBits(f.text(), ft.bits()) ^ (ft.bits() == 32 ? 0x80000000L : Long.MIN_VALUE);
            push(new Statement.Assign(dest, new Rvalue.Use(new Operand.Constant(
                    new ConstValue.Scalar(BigInteger.valueOf(bits)), typeOf(id)))));
            return;
        }
        Operand v = operand(u.operand());
        Ty ty = typeOf(id);
        if (u.op() == UnaryOp.NEG && overflowChecks && ty instanceof Ty.Int it && it.kind().signed()) {
            int isMin = newTemp(Ty.BOOL);
            push(new Statement.Assign(Place.local(isMin), new Rvalue.BinaryOp(BinaryOp.EQ, v,
                    intConst(it.kind().minValue(), ty))));
            assertFalse(new Operand.Move(Place.local(isMin)), AssertKind.NEG_OVERFLOW, id);
        }
        push(new Statement.Assign(dest, new Rvalue.UnaryOp(u.op(), v)));
    }

    // ---- builtin methods of primitive types ----

    /** Lowers a builtin method of an integer, float or char receiver ({@link BuiltinLowering}); false for others. */
    private boolean builtinPrimitiveMethod(Place dest, Expr.MethodCall mc, InferenceResult.MethodResolution m) {
        Ty self = typeOf(mc.receiver());
        Place p = null;
        for (int i = 0; i < m.derefs(); i++) {
            if (p == null) {
                p = place(mc.receiver());
            }
            List<Place.Projection> proj = new ArrayList<>(p.projections());
            proj.add(new Place.Projection.Deref());
            p = new Place(p.local(), proj);
            self = ((Ty.Ref) self).pointee();
        }
        if (!(self instanceof Ty.Int || self instanceof Ty.Float || self instanceof Ty.Char)) {
            return false;
        }
        Operand recv = p == null ? operand(mc.receiver()) : new Operand.Copy(p);
        List<Operand> args = new ArrayList<>();
        for (int a : mc.args()) {
            args.add(operand(a));
        }
        RelRange r = mc.nameRange();
        BuiltinLowering.lower(builtinCfg(), dest, self, m.builtin(), recv, args, new SourceInfo(r.start(), r.end()));
        return true;
    }

    /** The builder operations {@link BuiltinLowering} uses. */
    private BuiltinLowering.Cfg builtinCfg() {
        return new BuiltinLowering.Cfg() {
            @Override
            public int newTemp(Ty ty) {
                return MirBuilder.this.newTemp(ty);
            }

            @Override
            public void push(Statement s) {
                MirBuilder.this.push(s);
            }

            @Override
            public int newBlock() {
                return MirBuilder.this.newBlock();
            }

            @Override
            public void terminate(Terminator t) {
                MirBuilder.this.terminate(t);
            }

            @Override
            public void setCurrent(int block) {
                current = block;
            }

            @Override
            public boolean overflowChecks() {
                return overflowChecks;
            }
        };
    }

    // ---- patterns ----

    /** {@code let pat = init else { els };}: on a mismatch, runs the (diverging) else block. */
    private void letElse(Stmt.Let let, List<Integer> declared) {
        Place source = place(let.init());
        declareBindings(let.pat(), declared);
        int fail = newBlock();
        matchPat(let.pat(), source, fail);
        int success = current;
        current = fail;
        int tmp = newTemp(typeOf(let.els()));
        exprInto(Place.local(tmp), let.els());
        terminate(new Terminator.Unreachable());
        current = success;
    }

    /** A match as a chain of arm tests: each arm's pattern, then its guard, else the next arm. */
    private void matchExpr(Place dest, Expr.Match m) {
        Place scrutinee = place(m.scrutinee());
        int join = newBlock();
        for (Expr.MatchArm arm : m.arms()) {
            int next = newBlock();
            List<Integer> declared = new ArrayList<>();
            declareBindings(arm.pat(), declared);
            matchPat(arm.pat(), scrutinee, next);
            if (arm.guard() >= 0) {
                Operand g = operand(arm.guard());
                int ok = newBlock();
                terminate(new Terminator.SwitchInt(g, List.of(0L), List.of(next), ok));
                current = ok;
            }
            if (arm.body() >= 0) {
                exprInto(dest, arm.body());
            } else if (!(locals.get(dest.local()).ty() instanceof Ty.Never)) {
                push(new Statement.Assign(dest, new Rvalue.Use(unit())));
            }
            for (int i = declared.size() - 1; i >= 0; i--) {
                push(new Statement.StorageDead(declared.get(i)));
            }
            terminate(new Terminator.Goto(join));
            current = next;
        }
        // Exhaustiveness was checked: no value gets here.
        terminate(new Terminator.Unreachable());
        current = join;
    }

    private static Place project(Place p, Place.Projection proj) {
        List<Place.Projection> list = new ArrayList<>(p.projections());
        list.add(proj);
        return new Place(p.local(), list);
    }

    /**
     * Tests pattern {@code patId} against the value at {@code place}, continuing in the current block
     * when it matches (with its bindings assigned) and jumping to {@code fail} when it does not.
     */
    private void matchPat(int patId, Place place, int fail) {
        for (int i = 0; i < types.patAdjustment(patId).size(); i++) {
            place = project(place, new Place.Projection.Deref());
        }
        Ty ty = types.patType(patId);
        switch (body.pat(patId)) {
            case Pat.Missing m -> { }
            case Pat.Wild w -> { }
            case Pat.Bind b -> {
                int local = bindingLocals[b.binding()];
                Rvalue rv = switch (types.bindingMode(b.binding())) {
                    case NO -> new Rvalue.Use(new Operand.Copy(place));
                    case REF -> new Rvalue.Ref(false, place);
                    case REF_MUT -> new Rvalue.Ref(true, place);
                };
                push(new Statement.Assign(Place.local(local), rv));
                if (b.sub() >= 0) {
                    matchPat(b.sub(), place, fail);
                }
            }
            case Pat.Tuple t -> {
                if (!(ty instanceof Ty.Tuple tt)) {
                    return;
                }
                int n = t.elements().size();
                int len = tt.elements().size();
                for (int i = 0; i < n; i++) {
                    int field = t.rest() >= 0 && i >= t.rest() ? len - (n - i) : i;
                    matchPat(t.elements().get(i), project(place, new Place.Projection.Field(field,
                            tt.elements().get(field))), fail);
                }
            }
            case Pat.Lit l -> {
                if (l.value() instanceof Literal.Str str) {
                    int eq = newTemp(Ty.BOOL);
                    push(new Statement.Assign(Place.local(eq), new Rvalue.BinaryOp(BinaryOp.EQ,
                            new Operand.Copy(place), new Operand.Constant(new ConstValue.Str(str.value()), ty))));
                    branchIfFalse(new Operand.Move(Place.local(eq)), fail);
                    return;
                }
                testEqual(place, ty, patValue(patId), fail);
            }
            case Pat.Const c -> testEqual(place, ty, constValues.apply(c.def()), fail);
            case Pat.Range r -> {
                if (r.lo() >= 0) {
                    compareOrFail(BinaryOp.GE, place, ty, patValue(r.lo()), fail);
                }
                if (r.hi() >= 0) {
                    compareOrFail(r.inclusive() ? BinaryOp.LE : BinaryOp.LT, place, ty, patValue(r.hi()), fail);
                }
            }
            case Pat.Ref r -> matchPat(r.inner(), project(place, new Place.Projection.Deref()), fail);
            case Pat.Slice s -> matchSlicePat(s, place, ty, fail);
            case Pat.Adt ap -> {
                if (!(ty instanceof Ty.Adt at)) {
                    return;
                }
                rac.ty.AdtDef adt = adtDefs.apply(at.def());
                int v = ap.variantIn(adt::variantIndex, name -> variantByName(adt, name));
                rac.ty.AdtDef.VariantDef variant = adt.variants().get(v);
                if (adt.isEnum()) {
                    int d = newTemp(new Ty.Int(IntTy.ISIZE));
                    push(new Statement.Assign(Place.local(d), new Rvalue.Discriminant(place)));
                    int ok = newBlock();
                    terminate(new Terminator.SwitchInt(new Operand.Move(Place.local(d)),
                            List.of(variant.discriminant().longValue()), List.of(ok), fail));
                    current = ok;
                }
                Place base = adt.isEnum() ? project(place, new Place.Projection.Downcast(v)) : place;
                int n = ap.fields().size();
                int len = variant.fields().size();
                for (int i = 0; i < n; i++) {
                    int field = ap.kind() == rac.hir.ItemTree.FieldsKind.RECORD ? variant.fieldIndex(ap.names().get(i))
                            : ap.rest() >= 0 && i >= ap.rest() ? len - (n - i) : i;
                    if (field < 0) {
                        continue;
                    }
                    matchPat(ap.fields().get(i), project(base, new Place.Projection.Field(field,
                            adt.fieldTy(variant, field, at))), fail);
                }
            }
            case Pat.Or o -> {
                int matched = newBlock();
                for (int i = 0; i < o.alternatives().size(); i++) {
                    boolean last = i == o.alternatives().size() - 1;
                    int nextAlt = last ? fail : newBlock();
                    matchPat(o.alternatives().get(i), place, nextAlt);
                    terminate(new Terminator.Goto(matched));
                    current = nextAlt;
                }
                current = matched;
            }
        }
    }

    /** The value of a literal or const pattern (integers, chars as code points, bools as 0/1). */
    private BigInteger patValue(int patId) {
        return switch (body.pat(patId)) {
            case Pat.Lit l -> switch (l.value()) {
                case Literal.Int i -> l.negated() ? i.value().negate() : i.value();
                case Literal.Char c -> BigInteger.valueOf(c.value());
                case Literal.Bool b -> b.value() ? BigInteger.ONE : BigInteger.ZERO;
                default -> BigInteger.ZERO;
            };
            case Pat.Const c -> constValues.apply(c.def());
            default -> BigInteger.ZERO;
        };
    }

    private void testEqual(Place place, Ty ty, BigInteger value, int fail) {
        if (ty instanceof Ty.Int it && it.kind().bits() == 128) {
            compareOrFail(BinaryOp.EQ, place, ty, value, fail);
            return;
        }
        int ok = newBlock();
        terminate(new Terminator.SwitchInt(new Operand.Copy(place), List.of(value.longValue()), List.of(ok), fail));
        current = ok;
    }

    private void compareOrFail(BinaryOp op, Place place, Ty ty, BigInteger value, int fail) {
        int cmp = newTemp(Ty.BOOL);
        push(new Statement.Assign(Place.local(cmp), new Rvalue.BinaryOp(op, new Operand.Copy(place),
                new Operand.Constant(new ConstValue.Scalar(value), ty))));
        branchIfFalse(new Operand.Move(Place.local(cmp)), fail);
    }

    /**
     * A slice pattern: a slice's length is tested ({@code ==} without a rest pattern, {@code >=} with
     * one), then the elements are matched by index (from the end after the rest), and a
     * {@code rest @ ..} binding gets the sub-slice ({@code &[T]}) or a copy of the sub-array.
     */
    private void matchSlicePat(Pat.Slice s, Place place, Ty ty, int fail) {
        int n = s.prefix().size() + s.suffix().size();
        Ty elem = ty instanceof Ty.Array a ? a.element() : ty instanceof Ty.Slice sl ? sl.element() : null;
        if (elem == null) {
            return;
        }
        Operand len = lengthOf(place, ty);
        if (ty instanceof Ty.Slice) {
            int ok = newTemp(Ty.BOOL);
            push(new Statement.Assign(Place.local(ok), new Rvalue.BinaryOp(s.hasRest() ? BinaryOp.GE : BinaryOp.EQ,
                    len, usize(n))));
            branchIfFalse(new Operand.Move(Place.local(ok)), fail);
        }
        for (int i = 0; i < s.prefix().size(); i++) {
            int idx = newTemp(Ty.USIZE);
            push(new Statement.Assign(Place.local(idx), new Rvalue.Use(usize(i))));
            matchPat(s.prefix().get(i), project(place, new Place.Projection.Index(idx)), fail);
        }
        for (int j = 0; j < s.suffix().size(); j++) {
            int idx = newTemp(Ty.USIZE);
            push(new Statement.Assign(Place.local(idx), new Rvalue.BinaryOp(BinaryOp.SUB, len,
                    usize(s.suffix().size() - j))));
            matchPat(s.suffix().get(j), project(place, new Place.Projection.Index(idx)), fail);
        }
        if (s.slice() >= 0 && body.pat(s.slice()) instanceof Pat.Bind b) {
            int local = bindingLocals[b.binding()];
            int end = newTemp(Ty.USIZE);
            push(new Statement.Assign(Place.local(end), new Rvalue.BinaryOp(BinaryOp.SUB, len,
                    usize(s.suffix().size()))));
            var mode = types.bindingMode(b.binding());
            if (ty instanceof Ty.Slice) {
                // With match ergonomics the binding is `&[T]`/`&mut [T]`; a by-value `[T]` does not type-check.
                push(new Statement.Assign(Place.local(local), new Rvalue.SubSlice(place, usize(s.prefix().size()),
                        new Operand.Copy(Place.local(end)), types.bindingType(b.binding()))));
                return;
            }
            long restLen = ((Ty.Array) ty).len() - n;
            List<Operand> elems = new ArrayList<>();
            for (long k = 0; k < restLen; k++) {
                int idx = newTemp(Ty.USIZE);
                push(new Statement.Assign(Place.local(idx), new Rvalue.Use(usize(s.prefix().size() + k))));
                elems.add(new Operand.Copy(project(place, new Place.Projection.Index(idx))));
            }
            Rvalue array = new Rvalue.Array(elem, elems);
            if (mode == rac.hir.Binding.ByRef.NO) {
                push(new Statement.Assign(Place.local(local), array));
            } else {
                // `ref rest @ ..` on an array: a reference to a copy (reads only; `ref mut` is rejected earlier).
                int copy = newTemp(new Ty.Array(elem, restLen));
                push(new Statement.Assign(Place.local(copy), array));
                push(new Statement.Assign(Place.local(local), new Rvalue.Ref(false, Place.local(copy))));
            }
        }
    }

    private void branchIfFalse(Operand cond, int fail) {
        int ok = newBlock();
        terminate(new Terminator.SwitchInt(cond, List.of(0L), List.of(fail), ok));
        current = ok;
    }
}
