package rac.ty;

import java.math.BigInteger;
import rac.base.IntTy;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import rac.diag.Diagnostic;
import rac.hir.BinaryOp;
import rac.hir.Body;
import rac.hir.DefId;
import rac.hir.Expr;
import rac.hir.Literal;
import rac.hir.Pat;
import rac.hir.RelDiagnostic;
import rac.hir.RelRange;
import rac.hir.Stmt;
import rac.hir.TypeRef;
import rac.hir.UnaryOp;

/**
 * Infers the types of one body by unification: expected types flow down, integer literals get
 * integer variables that fall back to {@code i32}, {@code !} coerces to anything. Produces an
 * {@link InferenceResult} with rustc's diagnostics (E0308, E0061, E0600, E0369, E0277, E0282).
 */
public final class InferenceContext {
    private final Body body;
    private final FnSig sig;
    private final Function<DefId, FnSig> signatures;
    private final Function<DefId, Ty> constTypes;
    private final TypeLowering.TypeScope typeScope;
    private final Ty[] exprTypes;
    private final Ty[] bindingTypes;
    private final Ty[] patTypes;
    private final List<List<Ty>> patAdjustments;
    private final rac.hir.Binding.ByRef[] bindingModes;
    private final List<RelDiagnostic> diagnostics = new ArrayList<>();
    /** Union-find over inference variables: parent index, and the bound type of each root. */
    private final List<Integer> parent = new ArrayList<>();
    private final List<Ty> bound = new ArrayList<>();
    private final List<Ty.InferKind> kinds = new ArrayList<>();
    /** Stack of enclosing loops: the type of their break values (null for while loops). */
    private final List<LoopFrame> loops = new ArrayList<>();
    /** The initializer of the `let` whose pattern is being bound (-1 elsewhere), for mismatch labels. */
    private int letInit = -1;

    private static final class LoopFrame {
        final String label;
        final boolean isWhile;
        /** A labeled block, which only a labeled {@code break} targets. */
        boolean labeledBlock;
        Ty breakTy;

        LoopFrame(String label, boolean isWhile) {
            this.label = label;
            this.isWhile = isWhile;
        }
    }

    private final TyEnv env;
    private final java.util.Map<Integer, InferenceResult.MethodResolution> methods = new java.util.HashMap<>();
    private final java.util.Map<Integer, DefId> paths = new java.util.HashMap<>();
    private final java.util.Map<Integer, InferenceResult.ForLoop> forLoops = new java.util.HashMap<>();
    private final java.util.Map<Integer, Ty> unsizes = new java.util.HashMap<>();
    private final java.util.Map<Integer, List<Ty>> calleeArgs = new java.util.HashMap<>();
    private final java.util.Map<Integer, Integer> autoDerefs = new java.util.HashMap<>();
    /** Comparisons whose operand type is checked once inference is done: {expr, lhs}. */
    private final List<int[]> deferredComparisons = new ArrayList<>();

    private InferenceContext(Body body, FnSig sig, TyEnv env) {
        this.body = body;
        this.sig = sig;
        this.env = env;
        this.signatures = env::fnSig;
        this.constTypes = env::constType;
        this.typeScope = env.typeScope();
        this.exprTypes = new Ty[body.exprs().size()];
        this.bindingTypes = new Ty[body.bindings().size()];
        this.patTypes = new Ty[body.pats().size()];
        this.patAdjustments = new ArrayList<>();
        for (int i = 0; i < body.pats().size(); i++) {
            patAdjustments.add(List.of());
        }
        this.bindingModes = new rac.hir.Binding.ByRef[body.bindings().size()];
    }

    /**
     * Infers {@code body} of the function with signature {@code sig} (a const initializer is a body
     * with no parameters whose return type is the const's type). {@code constTypes} gives the
     * declared type of a referenced const.
     */
    public static InferenceResult infer(Body body, FnSig sig, TyEnv env) {
        InferenceContext cx = new InferenceContext(body, sig, env);
        return cx.run();
    }

    private InferenceResult run() {
        for (int i = 0; i < body.params().size() && i < sig.params().size(); i++) {
            bindPat(body.params().get(i), sig.params().get(i));
        }
        checkExprCoercing(body.root(), sig.ret());
        for (int[] c : deferredComparisons) {
            checkComparable(c[0], finalType(exprTypes[c[1]]));
        }
        asmSubRegisterLint();
        for (var e : new ArrayList<>(forLoops.entrySet())) {
            InferenceResult.ForLoop l = e.getValue();
            forLoops.put(e.getKey(), new InferenceResult.ForLoop(l.kind(), l.source(), l.derefs(), l.mode(), l.rev(),
                    l.enumerate(), finalType(l.element()), finalType(l.item())));
        }
        for (var e : new ArrayList<>(unsizes.entrySet())) {
            unsizes.put(e.getKey(), finalType(e.getValue()));
        }
        List<Ty> exprs = new ArrayList<>();
        for (int i = 0; i < exprTypes.length; i++) {
            exprs.add(finalType(exprTypes[i]));
        }
        List<Ty> bindings = new ArrayList<>();
        for (int i = 0; i < bindingTypes.length; i++) {
            Ty t = bindingTypes[i] == null ? Ty.ERROR : resolve(bindingTypes[i]);
            if (t instanceof Ty.Infer v && v.kind() == Ty.InferKind.GENERAL && diagnostics.isEmpty()) {
                RelRange r = body.patRange(body.bindings().get(i).pat());
                String name = body.bindings().get(i).name();
                diagnostics.add(new RelDiagnostic(Diagnostic.error("type annotations needed").code("E0282")
                        .primary(RelDiagnostic.rel(r.start(), r.end()), "")
                        .suggestion(rac.diag.Suggestion.of("consider giving `" + name + "` an explicit type",
                                RelDiagnostic.rel(r.end(), r.end()), ": /* Type */",
                                rac.diag.Suggestion.Applicability.HAS_PLACEHOLDERS)
                                .withStyle(rac.diag.Suggestion.Style.SHOW_ALWAYS))
                        .build()));
            }
            bindings.add(finalType(t));
        }
        List<Ty> pts = new ArrayList<>();
        for (Ty t : patTypes) {
            pts.add(finalType(t));
        }
        List<List<Ty>> adjs = new ArrayList<>();
        for (List<Ty> a : patAdjustments) {
            adjs.add(a.stream().map(this::finalType).toList());
        }
        List<rac.hir.Binding.ByRef> modes = new ArrayList<>();
        for (rac.hir.Binding.ByRef m : bindingModes) {
            modes.add(m == null ? rac.hir.Binding.ByRef.NO : m);
        }
        java.util.Map<Integer, List<Ty>> callee = new java.util.HashMap<>();
        calleeArgs.forEach((k, v) -> callee.put(k, v.stream().map(this::finalType).toList()));
        return new InferenceResult(exprs, bindings, diagnostics, methods, paths, forLoops, unsizes, callee,
                pts, adjs, modes, autoDerefs);
    }

    // ---- unification ----

    private Ty newVar(Ty.InferKind kind) {
        int v = parent.size();
        parent.add(v);
        bound.add(null);
        kinds.add(kind);
        return new Ty.Infer(v, kind);
    }

    private int find(int v) {
        while (parent.get(v) != v) {
            parent.set(v, parent.get(parent.get(v)));
            v = parent.get(v);
        }
        return v;
    }

    /** Follows bound variables to the current best-known type (shallow). */
    private Ty resolve(Ty t) {
        if (t instanceof Ty.Infer v) {
            int root = find(v.var());
            Ty b = bound.get(root);
            if (b != null) {
                return resolve(b);
            }
            return new Ty.Infer(root, kinds.get(root));
        }
        return t;
    }

    /** Resolves deeply and applies literal fallback ({integer} to i32, {float} to f64). */
    private Ty finalType(Ty t) {
        if (t == null) {
            return Ty.ERROR;
        }
        t = resolve(t);
        return switch (t) {
            case Ty.Infer v -> switch (v.kind()) {
                case INT -> Ty.I32;
                case FLOAT -> new Ty.Float(64);
                case GENERAL -> Ty.ERROR;
            };
            case Ty.Ref r -> new Ty.Ref(r.mutable(), finalType(r.pointee()));
            case Ty.Array a -> new Ty.Array(finalType(a.element()), a.len());
            case Ty.Slice sl -> new Ty.Slice(finalType(sl.element()));
            case Ty.Adt a -> a.args().isEmpty() ? a
                    : new Ty.Adt(a.def(), a.name(), a.args().stream().map(this::finalType).toList());
            case Ty.Tuple tu -> {
                List<Ty> el = new ArrayList<>();
                for (Ty e : tu.elements()) {
                    el.add(finalType(e));
                }
                yield new Ty.Tuple(el);
            }
            default -> t;
        };
    }

    /** Makes two types equal; returns false when they cannot be. */
    private boolean unify(Ty a, Ty b) {
        a = resolve(a);
        b = resolve(b);
        if (a.equals(b) || a instanceof Ty.Error || b instanceof Ty.Error) {
            return true;
        }
        if (a instanceof Ty.Infer va && b instanceof Ty.Infer vb) {
            Ty.InferKind ka = va.kind();
            Ty.InferKind kb = vb.kind();
            if (ka != Ty.InferKind.GENERAL && kb != Ty.InferKind.GENERAL && ka != kb) {
                return false;
            }
            int ra = find(va.var());
            int rb = find(vb.var());
            parent.set(ra, rb);
            if (kb == Ty.InferKind.GENERAL) {
                kinds.set(rb, ka);
            }
            return true;
        }
        if (a instanceof Ty.Infer va) {
            return bindVar(va, b);
        }
        if (b instanceof Ty.Infer vb) {
            return bindVar(vb, a);
        }
        if (a instanceof Ty.Ref ra && b instanceof Ty.Ref rb) {
            return ra.mutable() == rb.mutable() && unify(ra.pointee(), rb.pointee());
        }
        if (a instanceof Ty.Array xa && b instanceof Ty.Array xb) {
            return xa.len() == xb.len() && unify(xa.element(), xb.element());
        }
        if (a instanceof Ty.Slice xa && b instanceof Ty.Slice xb) {
            return unify(xa.element(), xb.element());
        }
        if (a instanceof Ty.Adt aa && b instanceof Ty.Adt ab) {
            if (!aa.def().equals(ab.def()) || aa.args().size() != ab.args().size()) {
                return false;
            }
            for (int i = 0; i < aa.args().size(); i++) {
                if (!unify(aa.args().get(i), ab.args().get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof Ty.Tuple ta && b instanceof Ty.Tuple tb) {
            if (ta.elements().size() != tb.elements().size()) {
                return false;
            }
            for (int i = 0; i < ta.elements().size(); i++) {
                if (!unify(ta.elements().get(i), tb.elements().get(i))) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    private boolean bindVar(Ty.Infer v, Ty t) {
        switch (v.kind()) {
            case INT -> {
                if (!(t instanceof Ty.Int)) {
                    return false;
                }
            }
            case FLOAT -> {
                if (!(t instanceof Ty.Float)) {
                    return false;
                }
            }
            case GENERAL -> { }
        }
        bound.set(find(v.var()), t);
        return true;
    }

    // ---- diagnostics ----

    private void error(String code, String message, RelRange range, String label, List<String> notes) {
        diagnostics.add(RelDiagnostic.error(code, message, range, label, notes));
    }

    /** rustc's short description of a type in "expected X, found Y" labels. */
    private String sort(Ty t) {
        t = resolve(t);
        if (t instanceof Ty.Infer v) {
            return switch (v.kind()) {
                case INT -> "integer";
                case FLOAT -> "floating-point number";
                case GENERAL -> "`_`";
            };
        }
        if (Ty.isUnit(t)) {
            return "`()`";
        }
        return "`" + Ty.display(t) + "`";
    }

    private String show(Ty t) {
        return Ty.display(resolve(t));
    }

    private void mismatch(int expr, Ty expected, Ty actual) {
        error("E0308", "mismatched types", body.exprRange(expr),
                "expected " + sort(expected) + ", found " + sort(actual), List.of());
    }

    // ---- checking ----

    /** Infers the expression and requires it to coerce to {@code expected}. */
    private Ty checkExprCoercing(int expr, Ty expected) {
        Ty actual = inferExpr(expr, expected);
        Ty ra = resolve(actual);
        if (ra instanceof Ty.Never || ra instanceof Ty.Error) {
            return expected;
        }
        // `&mut T` coerces to `&T`.
        if (resolve(expected) instanceof Ty.Ref er && !er.mutable() && ra instanceof Ty.Ref ar && ar.mutable()
                && unify(er.pointee(), ar.pointee())) {
            return expected;
        }
        // `&&T` coerces to `&T` (deref coercion through references).
        if (resolve(expected) instanceof Ty.Ref er && ra instanceof Ty.Ref ar && resolve(ar.pointee()) instanceof Ty.Ref) {
            int n = 0;
            Ty inner = ar;
            while (resolve(inner) instanceof Ty.Ref r2 && resolve(r2.pointee()) instanceof Ty.Ref r3) {
                inner = r3;
                n++;
            }
            Ty.Ref last = (Ty.Ref) resolve(inner);
            if ((!er.mutable() || last.mutable()) && !(resolve(er.pointee()) instanceof Ty.Infer)
                    && resolve(er.pointee()).equals(finalType(last.pointee()))) {
                autoDerefs.put(expr, n);
                return expected;
            }
        }
        // `&[T; N]` (and `&mut`) coerces to `&[T]`.
        if (resolve(expected) instanceof Ty.Ref er && resolve(er.pointee()) instanceof Ty.Slice es
                && ra instanceof Ty.Ref ar && (ar.mutable() || !er.mutable())
                && resolve(ar.pointee()) instanceof Ty.Array aa && unify(es.element(), aa.element())) {
            unsizes.put(expr, new Ty.Ref(er.mutable(), new Ty.Slice(aa.element())));
            return expected;
        }
        if (!unify(expected, actual)) {
            mismatch(expr, expected, actual);
        }
        return expected;
    }

    private Ty record(int expr, Ty ty) {
        exprTypes[expr] = ty;
        return ty;
    }

    /** Infers the type of an expression, using {@code expected} as a hint (may be null). */
    private Ty inferExpr(int id, Ty expected) {
        Expr e = body.expr(id);
        Ty ty = switch (e) {
            case Expr.Missing m -> Ty.ERROR;
            case Expr.Lit l -> literalType(l.value(), expected);
            case Expr.Local l -> {
                Ty t = bindingTypes[l.binding()];
                yield t == null ? Ty.ERROR : t;
            }
            case Expr.ConstRef c -> constTypes.apply(c.def());
            case Expr.FnRef f -> {
                error(null, "function items as values are not supported by rac yet", body.exprRange(id), "",
                        List.of());
                yield Ty.ERROR;
            }
            case Expr.Binary b -> inferBinary(id, b, expected);
            case Expr.Unary u -> inferUnary(id, u, expected);
            case Expr.Assign a -> {
                Ty lhs = inferExpr(a.lhs(), null);
                checkExprCoercing(a.rhs(), lhs);
                requirePlace(a.lhs(), a.opRange());
                yield Ty.UNIT;
            }
            case Expr.AssignOp a -> {
                requirePlace(a.lhs(), a.opRange());
                Ty lhs = inferExpr(a.lhs(), null);
                if (resolve(lhs) instanceof Ty.Adt) {
                    Ty rhs = inferExpr(a.rhs(), null);
                    operatorCall(id, opTraitName(a.op()) + "Assign", opMethodName(a.op()) + "_assign", lhs, rhs,
                            a.opRange());
                    yield Ty.UNIT;
                }
                if (a.op().isShift()) {
                    Ty rhs = inferExpr(a.rhs(), null);
                    requireInteger(a.rhs(), rhs);
                } else if (resolve(lhs) instanceof Ty.Ref) {
                    checkExprCoercing(a.rhs(), lhs);
                } else {
                    // `x += &y` on numbers, as std's `AddAssign<&i32> for i32`.
                    Ty rhs = inferExpr(a.rhs(), lhs);
                    Ty rd = derefNumeric(rhs);
                    Ty rr = resolve(rhs);
                    if (!(rr instanceof Ty.Never) && !(rr instanceof Ty.Error) && !unify(lhs, rd)) {
                        mismatch(a.rhs(), lhs, rhs);
                    }
                }
                requireArith(id, a.op(), lhs, lhs);
                yield Ty.UNIT;
            }
            case Expr.Call c -> inferCall(id, c);
            case Expr.Block b -> inferBlock(b, expected);
            case Expr.If i -> inferIf(i, expected);
            case Expr.Match m -> inferMatch(id, m, expected);
            case Expr.Loop l -> inferLoop(l, expected);
            case Expr.Break b -> {
                checkUnlabeledInLabeledBlock(id, b.label(), "break");
                LoopFrame frame = findLoop(b.label());
                if (b.value() >= 0) {
                    if (frame != null && frame.isWhile) {
                        inferExpr(b.value(), null);
                        error("E0571", "`break` with value from a `while` loop", body.exprRange(id),
                                "can only break with a value inside `loop` or breakable block", List.of());
                    } else if (frame != null) {
                        if (frame.breakTy == null) {
                            frame.breakTy = newVar(Ty.InferKind.GENERAL);
                        }
                        checkExprCoercing(b.value(), frame.breakTy);
                    } else {
                        inferExpr(b.value(), null);
                    }
                } else if (frame != null && !frame.isWhile) {
                    if (frame.breakTy == null) {
                        frame.breakTy = Ty.UNIT;
                    } else if (!unify(frame.breakTy, Ty.UNIT)) {
                        mismatch(id, frame.breakTy, Ty.UNIT);
                    }
                }
                yield Ty.NEVER;
            }
            case Expr.Continue c -> {
                checkUnlabeledInLabeledBlock(id, c.label(), "continue");
                yield Ty.NEVER;
            }
            case Expr.Try t -> inferTry(id, t);
            case Expr.Return r -> {
                if (r.value() >= 0) {
                    checkExprCoercing(r.value(), sig.ret());
                } else if (!unify(sig.ret(), Ty.UNIT)) {
                    error("E0069", "`return;` in a function whose return type is not `()`", body.exprRange(id),
                            "return type is not `()`", List.of());
                }
                yield Ty.NEVER;
            }
            case Expr.Tuple t -> {
                Ty exp = expected == null ? null : resolve(expected);
                List<Ty> elems = new ArrayList<>();
                for (int i = 0; i < t.elements().size(); i++) {
                    Ty elemExpected = exp instanceof Ty.Tuple et && et.elements().size() == t.elements().size()
                            ? et.elements().get(i) : null;
                    elems.add(inferExpr(t.elements().get(i), elemExpected));
                }
                yield new Ty.Tuple(elems);
            }
            case Expr.Field f -> inferField(id, f);
            case Expr.CtorRef c -> inferCtorValue(id, c.ctor());
            case Expr.StructLit sl -> inferStructLit(id, sl, expected);
            case Expr.TypePath tp -> inferTypePath(id, tp);
            case Expr.MethodCall mc -> inferMethodCall(id, mc);
            case Expr.Array a -> {
                Ty exp = expected == null ? null : resolve(expected);
                Ty elem = exp instanceof Ty.Array ea ? ea.element() : null;
                if (a.elements().isEmpty()) {
                    yield new Ty.Array(elem != null ? elem : newVar(Ty.InferKind.GENERAL), 0);
                }
                Ty first = elem != null ? checkExprCoercing(a.elements().get(0), elem)
                        : inferExpr(a.elements().get(0), null);
                for (int i = 1; i < a.elements().size(); i++) {
                    checkExprCoercing(a.elements().get(i), first);
                }
                yield new Ty.Array(first, a.elements().size());
            }
            case Expr.ArrayRepeat a -> {
                Ty exp = expected == null ? null : resolve(expected);
                Ty elem = inferExpr(a.value(), exp instanceof Ty.Array ea ? ea.element() : null);
                checkExprCoercing(a.count(), Ty.USIZE);
                java.math.BigInteger n = constCount(a.count());
                yield n == null ? Ty.ERROR : new Ty.Array(elem, n.longValue());
            }
            case Expr.Index ix -> inferIndex(id, ix);
            case Expr.Range rg -> {
                if (rg.start() >= 0) {
                    inferExpr(rg.start(), null);
                }
                if (rg.end() >= 0) {
                    inferExpr(rg.end(), null);
                }
                error(null, "ranges as values are not supported by rac yet (only in `for` loops and slicing)",
                        body.exprRange(id), "", List.of());
                yield Ty.ERROR;
            }
            case Expr.For f -> inferFor(id, f);
            case Expr.StdFn f -> {
                error(null, "function items as values are not supported by rac yet", body.exprRange(id), "",
                        List.of());
                yield Ty.ERROR;
            }
            case Expr.Cast c -> inferCast(id, c);
            case Expr.Ref r -> {
                Ty exp = expected == null ? null : resolve(expected);
                Ty inner = inferExpr(r.expr(), exp instanceof Ty.Ref er ? er.pointee() : null);
                yield new Ty.Ref(r.mutable(), inner);
            }
            case Expr.InlineAsm a -> inferInlineAsm(a);
            case Expr.Print p -> {
                java.util.Map<Integer, Ty> argTypes = new java.util.HashMap<>();
                for (Expr.FmtPiece piece : p.pieces()) {
                    if (piece instanceof Expr.FmtPiece.Arg a) {
                        checkFormatArg(a, argTypes);
                    }
                }
                if (p.sink() >= 0) {
                    yield inferWriteSink(id, p.sink());
                }
                yield p.panic() ? Ty.NEVER : Ty.UNIT;
            }
        };
        return record(id, ty);
    }

    /**
     * The destination of {@code write!}: rac supports a {@code fmt::Formatter} (by {@code &mut});
     * the macro's value is a {@code fmt::Result}.
     */
    private Ty inferWriteSink(int id, int sink) {
        Ty t = resolve(inferExpr(sink, null));
        Ty inner = t instanceof Ty.Ref r && r.mutable() ? resolve(r.pointee()) : t;
        Ty result = TypeLowering.lower(new rac.hir.TypeRef.Path(List.of("std", "fmt", "Result")), typeScope, p -> { });
        if (!(inner instanceof Ty.Adt a && a.name().equals("Formatter")) || !(result instanceof Ty.Adt)) {
            if (!(t instanceof Ty.Error)) {
                error(null, "`write!` into a `" + show(t) + "` is not supported by rac yet", body.exprRange(sink), "",
                        List.of());
            }
            return Ty.ERROR;
        }
        return result;
    }

    /**
     * {@code e?} on an {@code Option} in a function returning {@code Option}, or on a
     * {@code Result<T, E2>} in one returning {@code Result<_, E>}: the error goes through
     * {@code From::from} (recorded as the expression's path) when {@code E2} is not {@code E}.
     */
    private Ty inferTry(int id, Expr.Try t) {
        Ty in = resolve(inferExpr(t.inner(), null));
        Ty ret = resolve(sig.ret());
        RelRange r = body.exprRange(id);
        if (in instanceof Ty.Error) {
            return Ty.ERROR;
        }
        if (!(in instanceof Ty.Adt a) || !(a.name().equals("Option") || a.name().equals("Result"))
                || a.args().isEmpty()) {
            error("E0277", "the `?` operator can only be applied to values that implement `Try`", r,
                    "the `?` operator cannot be applied to type `" + show(in) + "`", List.of());
            return Ty.ERROR;
        }
        String kind = a.name();
        if (!(ret instanceof Ty.Adt ra) || !ra.name().equals(kind) || !ra.def().equals(a.def())) {
            String fnKind = "a function that returns `Result` or `Option`";
            error("E0277", "the `?` operator can only be used in " + fnKind
                    + " (or another type that implements `FromResidual`)", r,
                    "cannot use the `?` operator in a function that returns `" + show(ret) + "`", List.of());
            return a.args().get(0);
        }
        if (kind.equals("Result")) {
            Ty e2 = resolve(a.args().get(1));
            Ty e = resolve(ra.args().get(1));
            if (e2 instanceof Ty.Infer || e instanceof Ty.Infer || finalType(e2).equals(finalType(e))) {
                unify(e2, e);
            } else {
                DefId from = env.libraryTrait("From");
                DefId fromFn = null;
                if (from != null) {
                    for (TyEnv.AssocItem ai : env.assocItems(from)) {
                        if (ai.name().equals("from")) {
                            fromFn = ai.def();
                        }
                    }
                }
                if (fromFn == null || solver().select(new TraitRef(from, "From", List.of(e, e2))) == null) {
                    error("E0277", "`?` couldn't convert the error to `" + show(e) + "`", r,
                            "the trait `From<" + show(e2) + ">` is not implemented for `" + show(e) + "`", List.of());
                } else {
                    paths.put(id, fromFn);
                    calleeArgs.put(id, List.of(e, e2));
                }
            }
        }
        return a.args().get(0);
    }

    /** Checks a formatting macro argument with a spec: count arguments are usize, the type implements the trait. */
    private void checkFormatArg(Expr.FmtPiece.Arg a, java.util.Map<Integer, Ty> argTypes) {
        rac.hir.FmtSpec spec = a.spec();
        for (int count : new int[] {spec.widthArg(), spec.precisionArg()}) {
            if (count >= 0) {
                Ty usize = new Ty.Int(IntTy.USIZE);
                Ty known = argTypes.get(count);
                if (known == null) {
                    argTypes.put(count, checkExprCoercing(count, usize));
                } else if (!unify(known, usize)) {
                    mismatch(count, usize, known);
                }
            }
        }
        Ty t = argTypes.get(a.arg());
        if (t == null) {
            t = inferExpr(a.arg(), null);
            argTypes.put(a.arg(), t);
        }
        Ty r = resolve(t);
        while (r instanceof Ty.Ref ref) {
            r = resolve(ref.pointee());
        }
        recursiveDerive = false;
        if (implementsFormat(r, spec.trait())) {
            return;
        }
        RelRange range = body.exprRange(a.arg());
        if (recursiveDerive) {
            error(null, "printing the recursive type `" + show(r) + "` with a derived `Debug` is not supported by rac yet",
                    range, "", List.of());
            return;
        }
        switch (spec.trait()) {
            case DISPLAY -> error("E0277", "`" + show(t) + "` doesn't implement `std::fmt::Display`", range,
                    "`" + show(t) + "` cannot be formatted with the default formatter", List.of());
            case DEBUG -> error("E0277", "`" + show(t) + "` doesn't implement `Debug`", range,
                    "`" + show(t) + "` cannot be formatted using `{:?}`", List.of());
            default -> error("E0277", "the trait bound `" + show(r) + ": " + spec.trait().rustName()
                    + "` is not satisfied", range, "the trait `" + spec.trait().rustName() + "` is not implemented for `"
                    + show(r) + "`", List.of());
        }
    }

    /** Whether values of {@code t} (references already peeled) can be printed with the trait. */
    private boolean implementsFormat(Ty t, rac.hir.FmtSpec.Trait trait) {
        Ty r = resolve(t);
        while (r instanceof Ty.Ref ref && !(resolve(ref.pointee()) instanceof Ty.Str)) {
            r = resolve(ref.pointee());
        }
        boolean isInt = isIntegral(r);
        boolean isFloat = r instanceof Ty.Float || (r instanceof Ty.Infer v && v.kind() == Ty.InferKind.FLOAT);
        if (r instanceof Ty.Adt && (trait == rac.hir.FmtSpec.Trait.DISPLAY || trait == rac.hir.FmtSpec.Trait.DEBUG)) {
            DefId fmtTrait = env.libraryTrait(trait == rac.hir.FmtSpec.Trait.DISPLAY ? "Display" : "Debug");
            if (fmtTrait != null && solver().select(new TraitRef(fmtTrait, "", List.of(r)))
                    instanceof TraitSolver.Selection.Impl) {
                return true;
            }
        }
        if (r instanceof Ty.Param) {
            return switch (trait) {
                case DISPLAY -> paramBound(r, "Display");
                case DEBUG -> paramBound(r, "Debug");
                default -> false;
            };
        }
        return switch (trait) {
            case DISPLAY -> isInt || isFloat || r instanceof Ty.Bool || r instanceof Ty.Char || r instanceof Ty.Str
                    || r instanceof Ty.Error || (r instanceof Ty.Ref ref && resolve(ref.pointee()) instanceof Ty.Str);
            case DEBUG -> implementsFormat(r, rac.hir.FmtSpec.Trait.DISPLAY)
                    || (r instanceof Ty.Tuple tu && tu.elements().stream().allMatch(e -> implementsFormat(e, trait)))
                    || (r instanceof Ty.Array a && implementsFormat(a.element(), trait))
                    || (r instanceof Ty.Slice sl && implementsFormat(sl.element(), trait))
                    || (r instanceof Ty.Adt adt && derivedDebug(adt));
            case LOWER_HEX, UPPER_HEX, OCTAL, BINARY -> isInt || r instanceof Ty.Error;
            case LOWER_EXP, UPPER_EXP -> isInt || isFloat || r instanceof Ty.Error;
        };
    }

    /** {@code #[derive(Debug)]} on the type, and Debug for every field type of this instance. */
    private boolean derivedDebug(Ty.Adt a) {
        AdtDef def = env.adtDef(a.def());
        if (!def.derives("Debug")) {
            return false;
        }
        Ty.Adt inst = (Ty.Adt) finalType(a);
        if (!derivesInProgress.add(inst)) {
            // A type that contains itself (through references): rac's built-in derive inlines the
            // printing code per type and cannot recurse at run time yet.
            recursiveDerive = true;
            return false;
        }
        try {
            return derivedDebugFields(a, def, inst);
        } finally {
            derivesInProgress.remove(inst);
        }
    }

    /** Types whose built-in derive is being checked (to stop at recursive types). */
    private final java.util.Set<Ty> derivesInProgress = new java.util.HashSet<>();
    /** Set when a built-in derive met a recursive type. */
    private boolean recursiveDerive;

    private boolean derivedDebugFields(Ty.Adt a, AdtDef def, Ty.Adt inst) {
        for (AdtDef.VariantDef v : def.variants()) {
            for (int i = 0; i < v.fields().size(); i++) {
                Ty ft = def.fieldTy(v, i, inst);
                if (!ft.equals(a) && !implementsFormat(ft, rac.hir.FmtSpec.Trait.DEBUG)) {
                    return false;
                }
            }
        }
        return true;
    }

    private Ty inferCast(int id, Expr.Cast c) {
        Ty target = TypeLowering.lower(c.ty(), typeScope, problem -> error(problem.code(), problem.message(), body.exprRange(id),
                problem.label(), List.of()));
        Ty from = resolve(inferExpr(c.expr(), null));
        if (target instanceof Ty.Error || from instanceof Ty.Error || from instanceof Ty.Never) {
            return target;
        }
        boolean fromInt = isIntegral(from);
        boolean fromFloat = from instanceof Ty.Float || (from instanceof Ty.Infer fv && fv.kind() == Ty.InferKind.FLOAT);
        boolean ok = switch (target) {
            case Ty.Int ti -> fromInt || fromFloat || from instanceof Ty.Bool || from instanceof Ty.Char || isFieldlessEnum(from);
            case Ty.Float tf -> fromInt || fromFloat;
            case Ty.Char ch -> from instanceof Ty.Int fi && fi.kind() == IntTy.U8 || from instanceof Ty.Char;
            case Ty.Bool bo -> from instanceof Ty.Bool;
            default -> from.equals(target);
        };
        if (!ok && target instanceof Ty.Char && from instanceof Ty.Infer fv && fv.kind() == Ty.InferKind.INT
                && unify(from, new Ty.Int(IntTy.U8))) {
            return target;
        }
        if (ok) {
            return target;
        }
        RelRange r = body.exprRange(id);
        if (target instanceof Ty.Char && (fromInt || fromFloat)) {
            String fromName = from instanceof Ty.Infer ? (fromFloat ? "f64" : "i32") : show(from);
            rac.base.Span span = RelDiagnostic.rel(r.start(), r.end());
            diagnostics.add(new RelDiagnostic(Diagnostic.error("only `u8` can be cast as `char`, not `" + fromName + "`")
                    .code("E0604").primary(span, "invalid cast")
                    .spanHelp(span, "consider using `char::from_u32` instead (via a `u32`)").build()));
            return Ty.ERROR;
        }
        if (target instanceof Ty.Bool && fromInt) {
            Diagnostic.Builder d = Diagnostic.error("cannot cast `" + show(from) + "` as `bool`").code("E0054")
                    .primary(RelDiagnostic.rel(r.start(), r.end()), "");
            diagnostics.add(new RelDiagnostic(d.build()));
        } else {
            String fromText = from instanceof Ty.Ref ref && resolve(ref.pointee()) instanceof Ty.Str && !ref.mutable()
                    ? "&'static str" : show(from);
            Diagnostic.Builder d = Diagnostic.error("casting `" + fromText + "` as `" + show(target) + "` is invalid")
                    .code("E0606").primary(RelDiagnostic.rel(r.start(), r.end()), "");
            if (from instanceof Ty.Ref && target instanceof Ty.Int) {
                d.help("cast through a raw pointer first");
            }
            diagnostics.add(new RelDiagnostic(d.build()));
        }
        return Ty.ERROR;
    }

    // ---- structs, enums, impls ----

    /** rustc's word for an ADT in messages: "struct", "enum". */
    private String adtKind(Ty t) {
        if (t instanceof Ty.Adt a) {
            return env.adtDef(a.def()).isEnum() ? "enum" : "struct";
        }
        return "type";
    }

    /** A unit or tuple constructor used as a value (not called). */
    private Ty inferCtorValue(int id, DefId ctor) {
        return inferCtorValue(id, ctor, null);
    }

    /** A fresh instance of a struct or enum: its generic arguments are new inference variables. */
    private Ty.Adt fresh(AdtDef adt) {
        List<Ty> args = new ArrayList<>();
        for (int i = 0; i < adt.typeParams().size(); i++) {
            args.add(newVar(Ty.InferKind.GENERAL));
        }
        return new Ty.Adt(adt.def(), adt.name(), args);
    }

    /** A struct or enum type written without its generic arguments gets fresh variables for them. */
    private Ty fillArgs(Ty t) {
        if (t instanceof Ty.Adt a && a.args().isEmpty()) {
            AdtDef adt = env.adtDef(a.def());
            if (!adt.typeParams().isEmpty()) {
                return fresh(adt);
            }
        }
        return t;
    }

    private Ty inferCtorValue(int id, DefId ctor, Ty.Adt known) {
        AdtDef adt = env.adtDef(env.adtOfCtor(ctor));
        int v = adt.variantIndex(ctor);
        AdtDef.VariantDef variant = adt.variants().get(v);
        RelRange r = body.exprRange(id);
        switch (variant.kind()) {
            case UNIT -> {
                return known != null ? known : fresh(adt);
            }
            case TUPLE -> {
                error(null, "tuple constructors as function values are not supported by rac yet", r, "", List.of());
                return Ty.ERROR;
            }
            default -> {
                String what = adt.isEnum() ? "struct variant `" + adt.name() + "::" + variant.name() + "`"
                        : "struct `" + adt.name() + "`";
                error(adt.isEnum() ? "E0533" : "E0423", "expected value, found " + what, r,
                        adt.isEnum() ? "not a value" : "", List.of());
                return Ty.ERROR;
            }
        }
    }

    /** {@code Ctor(args)} for a tuple struct or variant. */
    private Ty inferCtorCall(int id, DefId ctor, Expr.Call c) {
        return inferCtorCall(id, ctor, c, null);
    }

    private Ty inferCtorCall(int id, DefId ctor, Expr.Call c, Ty.Adt known) {
        AdtDef adt = env.adtDef(env.adtOfCtor(ctor));
        Ty.Adt inst = known != null ? known : fresh(adt);
        AdtDef.VariantDef variant = adt.variants().get(adt.variantIndex(ctor));
        if (variant.kind() != rac.hir.ItemTree.FieldsKind.TUPLE) {
            for (int a : c.args()) {
                inferExpr(a, null);
            }
            String what = adt.isEnum() ? (variant.kind() == rac.hir.ItemTree.FieldsKind.UNIT ? "unit variant `"
                    : "struct variant `") + adt.name() + "::" + variant.name() + "`"
                    : (variant.kind() == rac.hir.ItemTree.FieldsKind.UNIT ? "unit struct `" : "struct `")
                    + adt.name() + "`";
            if (variant.kind() == rac.hir.ItemTree.FieldsKind.UNIT) {
                error("E0618", "expected function, found " + what, body.exprRange(c.callee()), "", List.of());
            } else {
                error(adt.isEnum() ? "E0533" : "E0423", "expected function, tuple struct or tuple variant, found "
                        + what, body.exprRange(c.callee()), "", List.of());
            }
            return Ty.ERROR;
        }
        record(c.callee(), Ty.UNIT);
        int n = variant.fields().size();
        if (c.args().size() != n) {
            for (int a : c.args()) {
                inferExpr(a, null);
            }
            String takes = n == 1 ? "1 field" : n + " fields";
            String supplied = c.args().size() == 1 ? "1 argument was" : c.args().size() + " arguments were";
            error("E0061", "this " + (adt.isEnum() ? "enum variant" : "struct") + " takes " + takes + " but "
                    + supplied + " supplied", body.exprRange(c.callee()), "", List.of());
            return inst;
        }
        for (int i = 0; i < n; i++) {
            checkExprCoercing(c.args().get(i), adt.fieldTy(variant, i, inst));
        }
        return inst;
    }

    private Ty selfType(RelRange at) {
        Ty t = TypeLowering.lower(new rac.hir.TypeRef.Path(List.of("Self")), typeScope, problem -> error(problem.code(),
                problem.message(), at, problem.label(), List.of()));
        return t;
    }

    private Ty inferStructLit(int id, Expr.StructLit sl, Ty expected) {
        AdtDef adt;
        AdtDef.VariantDef variant;
        Ty.Adt inst;
        RelRange whole = body.exprRange(id);
        if (sl.ctor() == null) {
            Ty self = resolve(selfType(whole));
            if (!(self instanceof Ty.Adt a) || env.adtDef(a.def()).isEnum()) {
                if (!(self instanceof Ty.Error)) {
                    error("E0071", "expected struct, variant or union type, found `" + show(self) + "`", whole,
                            "not a struct", List.of());
                }
                for (Expr.FieldInit f : sl.fields()) {
                    inferExpr(f.expr(), null);
                }
                return Ty.ERROR;
            }
            adt = env.adtDef(a.def());
            variant = adt.struct();
            inst = a;
        } else {
            adt = env.adtDef(env.adtOfCtor(sl.ctor()));
            variant = adt.variants().get(adt.variantIndex(sl.ctor()));
            inst = fresh(adt);
            if (expected != null && resolve(expected) instanceof Ty.Adt ea && ea.def().equals(adt.def())) {
                unify(inst, ea);
            }
        }
        String owner = adt.isEnum() ? adt.name() + "::" + variant.name() : adt.name();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Expr.FieldInit f : sl.fields()) {
            int idx = variant.fieldIndex(f.name());
            if (idx < 0) {
                inferExpr(f.expr(), null);
                String msg = adt.isEnum() ? "variant `" + owner + "` has no field named `" + f.name() + "`"
                        : "struct `" + owner + "` has no field named `" + f.name() + "`";
                List<String> missing = new ArrayList<>();
                for (AdtDef.FieldDef fd : variant.fields()) {
                    boolean given = sl.fields().stream().anyMatch(x -> x.name().equals(fd.name()));
                    if (!given) {
                        missing.add(fd.name());
                    }
                }
                String similar = SimilarNames.find(f.name(), missing);
                Diagnostic.Builder d = Diagnostic.error(msg).code(adt.isEnum() ? "E0559" : "E0560")
                        .primary(RelDiagnostic.rel(f.nameRange().start(), f.nameRange().end()),
                                similar != null ? "unknown field" : "`" + owner + "` does not have this field");
                if (similar != null) {
                    d.suggestion(rac.diag.Suggestion.of("a field with a similar name exists",
                            RelDiagnostic.rel(f.nameRange().start(), f.nameRange().end()), similar,
                            rac.diag.Suggestion.Applicability.MAYBE_INCORRECT).withStyle(rac.diag.Suggestion.Style.SHOW_ALWAYS));
                } else if (missing.isEmpty()) {
                    d.note("all " + (adt.isEnum() ? "enum variant" : "struct") + " fields are already assigned");
                } else {
                    d.note("available fields are: " + missing.stream().map(x -> "`" + x + "`")
                            .collect(java.util.stream.Collectors.joining(", ")));
                }
                diagnostics.add(new RelDiagnostic(d.build()));
                continue;
            }
            if (!seen.add(f.name())) {
                inferExpr(f.expr(), null);
                Expr.FieldInit firstInit = sl.fields().stream().filter(x -> x.name().equals(f.name())).findFirst().get();
                RelRange first = new RelRange(firstInit.nameRange().start(),
                        Math.max(firstInit.nameRange().end(), body.exprRange(firstInit.expr()).end()));
                diagnostics.add(new RelDiagnostic(Diagnostic.error("field `" + f.name() + "` specified more than once")
                        .code("E0062").primary(RelDiagnostic.rel(f.nameRange().start(), f.nameRange().end()),
                                "used more than once")
                        .secondary(RelDiagnostic.rel(first.start(), first.end()), "first use of `" + f.name() + "`")
                        .build()));
                continue;
            }
            checkExprCoercing(f.expr(), adt.fieldTy(variant, idx, inst));
        }
        if (sl.base() >= 0) {
            checkExprCoercing(sl.base(), inst);
        } else {
            List<String> missing = new ArrayList<>();
            for (AdtDef.FieldDef fd : variant.fields()) {
                if (!seen.contains(fd.name())) {
                    missing.add(fd.name());
                }
            }
            if (!missing.isEmpty() && sl.fields().stream().allMatch(f -> variant.fieldIndex(f.name()) >= 0)) {
                String list;
                if (missing.size() == 1) {
                    list = "field `" + missing.get(0) + "`";
                } else if (missing.size() == 2) {
                    list = "fields `" + missing.get(0) + "` and `" + missing.get(1) + "`";
                } else if (missing.size() == 3) {
                    list = "fields `" + missing.get(0) + "`, `" + missing.get(1) + "` and `" + missing.get(2) + "`";
                } else {
                    list = "fields `" + missing.get(0) + "`, `" + missing.get(1) + "`, `" + missing.get(2)
                            + "` and " + (missing.size() - 3) + " other field" + (missing.size() == 4 ? "" : "s");
                }
                RelRange pathRange = structPathRange(id);
                error("E0063", "missing " + list + " in initializer of `" + owner + "`", pathRange,
                        "missing " + list.replace("field `", "`").replace("fields `", "`"), List.of());
            }
        }
        return inst;
    }

    /** rustc points at the path of a struct expression. */
    private RelRange structPathRange(int id) {
        return ((Expr.StructLit) body.expr(id)).pathRange();
    }

    /** {@code Self}, {@code Type::assoc} or {@code Alias::Variant} used as a value. */
    private Ty inferTypePath(int id, Expr.TypePath tp) {
        RelRange r = body.exprRange(id);
        Ty ty = fillArgs(resolve(TypeLowering.lower(tp.ty(), typeScope, problem -> error(problem.code(),
                problem.message(), r, problem.label(), List.of()))));
        if (ty instanceof Ty.Error) {
            return Ty.ERROR;
        }
        if (tp.name() == null) {
            if (ty instanceof Ty.Adt a && !env.adtDef(a.def()).isEnum()) {
                paths.put(id, a.def());
                return inferCtorValue(id, a.def(), a);
            }
            error("E0423", "expected value, found type `" + show(ty) + "`", r, "", List.of());
            return Ty.ERROR;
        }
        DefId item = lookupAssoc(ty, tp.name());
        if (item == null) {
            assocNotFound(ty, tp.name(), tp.nameRange(), "function or associated item");
            return Ty.ERROR;
        }
        paths.put(id, item);
        if (ty instanceof Ty.Adt a && env.adtDef(a.def()).isEnum() && env.adtDef(a.def()).variantIndex(item) >= 0) {
            return inferCtorValue(id, item, a);
        }
        for (TyEnv.AssocItem ai : env.inherentItems(ty)) {
            if (ai.def().equals(item) && !ai.isFn()) {
                return Ty.subst(env.constType(item), implArgs(item, ty));
            }
        }
        error(null, "functions as values are not supported by rac yet", r, "", List.of());
        return Ty.ERROR;
    }

    /** An enum variant or an inherent associated item of {@code ty} named {@code name}. */
    private DefId lookupAssoc(Ty ty, String name) {
        if (ty instanceof Ty.Adt a) {
            AdtDef adt = env.adtDef(a.def());
            if (adt.isEnum()) {
                for (AdtDef.VariantDef v : adt.variants()) {
                    if (v.name().equals(name)) {
                        return v.def();
                    }
                }
            }
        }
        for (TyEnv.AssocItem ai : env.inherentItems(ty)) {
            if (ai.name().equals(name)) {
                return ai.def();
            }
        }
        if (!(resolve(ty) instanceof Ty.Infer)) {
            for (TraitCandidate c : traitCandidates(ty, name, false)) {
                traitItemArgs.put(c.item(), c.traitArgs());
                return c.item();
            }
        }
        return null;
    }

    /** The trait arguments found for the trait items {@link #lookupAssoc} returned last. */
    private final java.util.Map<DefId, List<Ty>> traitItemArgs = new java.util.HashMap<>();

    private void assocNotFound(Ty ty, String name, RelRange at, String what) {
        if (ty instanceof Ty.Adt a && env.adtDef(a.def()).isEnum()) {
            List<String> variants = env.adtDef(a.def()).variants().stream().map(AdtDef.VariantDef::name).toList();
            Diagnostic.Builder d = Diagnostic.error("no variant or associated item named `" + name + "` found for enum `"
                    + show(ty) + "` in the current scope").code("E0599")
                    .primary(RelDiagnostic.rel(at.start(), at.end()), "variant or associated item not found in `"
                            + show(ty) + "`");
            String similar = SimilarNames.find(name, variants);
            if (similar != null) {
                d.suggestion(rac.diag.Suggestion.of("there is a variant with a similar name",
                        RelDiagnostic.rel(at.start(), at.end()), similar,
                        rac.diag.Suggestion.Applicability.MAYBE_INCORRECT).withStyle(rac.diag.Suggestion.Style.SHOW_ALWAYS));
            }
            diagnostics.add(new RelDiagnostic(d.build()));
            return;
        }
        if (ty instanceof Ty.Adt) {
            error("E0599", "no " + what + " named `" + name + "` found for " + adtKind(ty) + " `" + show(ty)
                    + "` in the current scope", at, what + " not found in `" + show(ty) + "`", List.of());
        } else {
            error(null, "associated items of `" + show(ty) + "` are not supported by rac yet", at, "", List.of());
        }
    }

    /** A call whose callee is {@code Type::f}: an associated function, or a tuple variant through a type. */
    private Ty inferAssocCall(int id, Expr.Call c, Expr.TypePath tp) {
        RelRange r = body.exprRange(c.callee());
        Ty ty = fillArgs(resolve(TypeLowering.lower(tp.ty(), typeScope, problem -> error(problem.code(),
                problem.message(), r, problem.label(), List.of()))));
        record(c.callee(), Ty.UNIT);
        DefId item = null;
        if ((ty instanceof Ty.Int || ty instanceof Ty.Float || ty instanceof Ty.Char || ty instanceof Ty.Bool)
                && tp.name() != null && lookupAssoc(ty, tp.name()) == null) {
            return inferBuiltinAssocCall(id, c, ty, tp);
        }
        if (ty instanceof Ty.Error) {
            // reported
        } else if (tp.name() == null) {
            if (ty instanceof Ty.Adt a && !env.adtDef(a.def()).isEnum()) {
                item = a.def();
            } else {
                error("E0423", "expected function, found type `" + show(ty) + "`", r, "", List.of());
            }
        } else {
            item = lookupAssoc(ty, tp.name());
            if (item == null) {
                assocNotFound(ty, tp.name(), tp.nameRange(), "function or associated item");
            }
        }
        if (item == null) {
            for (int a : c.args()) {
                inferExpr(a, null);
            }
            return Ty.ERROR;
        }
        paths.put(c.callee(), item);
        if (ty instanceof Ty.Adt a && env.adtDef(a.def()).variantIndex(item) >= 0) {
            return inferCtorCall(id, item, c, a);
        }
        for (TyEnv.AssocItem ai : env.inherentItems(ty)) {
            if (ai.def().equals(item) && !ai.isFn()) {
                for (int a : c.args()) {
                    inferExpr(a, null);
                }
                error("E0618", "expected function, found `" + show(env.constType(item)) + "`", r, "", List.of());
                return Ty.ERROR;
            }
        }
        List<Ty> args = new ArrayList<>(traitItemArgs.containsKey(item) ? traitItemArgs.get(item)
                : implArgs(item, ty));
        for (int i = args.size(); i < env.typeParams(item).size(); i++) {
            args.add(newVar(Ty.InferKind.GENERAL));
        }
        calleeArgs.put(c.callee(), args);
        return checkCallArgs(id, c, substSig(env.fnSig(item), args), 0);
    }

    private static FnSig substSig(FnSig sig, List<Ty> args) {
        if (args.isEmpty()) {
            return sig;
        }
        return new FnSig(sig.name(), sig.params().stream().map(p -> Ty.subst(p, args)).toList(),
                Ty.subst(sig.ret(), args));
    }

    /**
     * The impl's generic arguments for associated item {@code item} used through type {@code ty}:
     * found by matching the impl's self type against {@code ty} (fresh variables where it says nothing).
     */
    private List<Ty> implArgs(DefId item, Ty ty) {
        int n = env.implParamCount(item);
        Ty self = env.implSelfType(item);
        Ty[] found = new Ty[n];
        if (self != null) {
            matchParams(self, resolve(ty), found);
        }
        List<Ty> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(found[i] != null ? found[i] : newVar(Ty.InferKind.GENERAL));
        }
        return out;
    }

    /**
     * Whether {@code actual} can be an instance of {@code pattern} (whose parameters stand for
     * anything, consistently), recording what each parameter stands for in {@code found}.
     */
    private boolean matchParams(Ty pattern, Ty actual, Ty[] found) {
        return TraitSolver.match(pattern, actual, found, this::resolve);
    }

    private TraitSolver solver;

    /** The trait solver of this body (its where clauses as the param env). */
    private TraitSolver solver() {
        if (solver == null) {
            solver = new TraitSolver(env, this::resolve, env.predicates());
        }
        return solver;
    }

    /** Whether a generic parameter (or {@code Self}) is bounded by a trait named {@code name}. */
    private boolean paramBound(Ty t, String... names) {
        Ty r = resolve(t);
        if (!(r instanceof Ty.Param)) {
            return false;
        }
        for (TraitRef p : solver().paramEnv()) {
            if (resolve(p.self()).equals(r) && java.util.Arrays.asList(names).contains(p.name())) {
                return true;
            }
        }
        return false;
    }

    /** A trait candidate for a method or associated item: the item, its trait, and the trait's arguments. */
    private record TraitCandidate(DefId item, DefId trait, List<Ty> traitArgs) { }

    /**
     * The trait items named {@code name} (methods with {@code self} when {@code method}) of traits
     * that {@code self} implements, or may implement (an inference variable), in trait order.
     */
    private List<TraitCandidate> traitCandidates(Ty self, String name, boolean method) {
        List<TraitCandidate> out = new ArrayList<>();
        for (DefId trait : env.traits()) {
            for (TyEnv.AssocItem ai : env.assocItems(trait)) {
                if (!ai.name().equals(name) || (method && (!ai.isFn() || !ai.hasSelf()))) {
                    continue;
                }
                int n = env.typeParams(trait).size();
                List<Ty> args = new ArrayList<>();
                args.add(self);
                for (int i = 1; i < n; i++) {
                    args.add(newVar(Ty.InferKind.GENERAL));
                }
                TraitRef goal = new TraitRef(trait, "", args);
                TraitSolver.Selection sel = solver().select(goal);
                if (sel == null || sel instanceof TraitSolver.Selection.Ambiguous
                        || (sel instanceof TraitSolver.Selection.Builtin && !ai.name().equals("clone"))) {
                    continue;
                }
                if (sel instanceof TraitSolver.Selection.Param pb) {
                    for (int i = 1; i < n; i++) {
                        unify(args.get(i), pb.bound().args().get(i));
                    }
                } else if (sel instanceof TraitSolver.Selection.Impl im
                        && (n == 1 || solver().matchingImpls(goal) == 1)) {
                    // With several impls that differ in the trait's arguments, the arguments stay
                    // open for the rest of the body to decide (and selection runs again at codegen).
                    TraitRef header = env.implTrait(im.impl());
                    List<Ty> implArgs = new ArrayList<>();
                    for (Ty f : im.args()) {
                        implArgs.add(f != null ? f : newVar(Ty.InferKind.GENERAL));
                    }
                    for (int i = 0; i < n; i++) {
                        unify(args.get(i), Ty.subst(header.args().get(i), implArgs));
                    }
                }
                out.add(new TraitCandidate(ai.def(), trait, args));
            }
        }
        return out;
    }

    private Ty checkCallArgs(int id, Expr.Call c, FnSig callee, int skip) {
        int n = callee.params().size() - skip;
        if (c.args().size() != n) {
            for (int a : c.args()) {
                inferExpr(a, null);
            }
            String takes = n == 1 ? "1 argument" : n + " arguments";
            String supplied = c.args().size() == 1 ? "1 argument was" : c.args().size() + " arguments were";
            error("E0061", "this function takes " + takes + " but " + supplied + " supplied",
                    body.exprRange(c.callee()), "", List.of());
            return callee.ret();
        }
        for (int i = 0; i < n; i++) {
            checkExprCoercing(c.args().get(i), callee.params().get(i + skip));
        }
        return callee.ret();
    }

    /** The receiver type a method's {@code self} parameter expects, with {@code Self} = {@code self}. */
    private Ty inferMethodCall(int id, Expr.MethodCall mc) {
        Ty recv = resolve(inferExpr(mc.receiver(), null));
        if (recv instanceof Ty.Error) {
            for (int a : mc.args()) {
                inferExpr(a, null);
            }
            return Ty.ERROR;
        }
        // Autoderef steps: T, *T, **T, ...; at each, by value, then &, then &mut.
        List<Ty> steps = new ArrayList<>();
        Ty cur = recv;
        steps.add(cur);
        while (cur instanceof Ty.Ref r) {
            cur = resolve(r.pointee());
            steps.add(cur);
        }
        for (int d = 0; d < steps.size(); d++) {
            Ty step = steps.get(d);
            for (Ty owner : ownersOf(step)) {
                for (TyEnv.AssocItem ai : env.inherentItems(owner)) {
                    if (!ai.isFn() || !ai.hasSelf() || !ai.name().equals(mc.name())) {
                        continue;
                    }
                    FnSig msig = env.fnSig(ai.def());
                    Ty selfParam = msig.params().get(0);
                    InferenceResult.AutoRef autoRef;
                    Ty[] found = new Ty[env.typeParams(ai.def()).size()];
                    if (matchParams(selfParam, step, found)) {
                        autoRef = InferenceResult.AutoRef.NONE;
                    } else if (selfParam instanceof Ty.Ref sr && matchParams(sr.pointee(), step,
                            found = new Ty[found.length])) {
                        autoRef = sr.mutable() ? InferenceResult.AutoRef.MUT : InferenceResult.AutoRef.SHARED;
                    } else {
                        continue;
                    }
                    if (found.length > 0) {
                        List<Ty> args = new ArrayList<>();
                        for (Ty f : found) {
                            args.add(f != null ? f : newVar(Ty.InferKind.GENERAL));
                        }
                        calleeArgs.put(id, args);
                        msig = substSig(msig, args);
                        Ty recvTy = autoRef == InferenceResult.AutoRef.NONE ? step
                                : new Ty.Ref(autoRef == InferenceResult.AutoRef.MUT, step);
                        unify(msig.params().get(0), recvTy);
                    }
                    methods.put(id, new InferenceResult.MethodResolution(ai.def(), d, autoRef));
                    int n = msig.params().size() - 1;
                    if (mc.args().size() != n) {
                        for (int a : mc.args()) {
                            inferExpr(a, null);
                        }
                        String takes = n == 1 ? "1 argument" : n + " arguments";
                        String supplied = mc.args().size() == 1 ? "1 argument was" : mc.args().size()
                                + " arguments were";
                        error("E0061", "this method takes " + takes + " but " + supplied + " supplied",
                                mc.nameRange(), "", List.of());
                        return msig.ret();
                    }
                    for (int i = 0; i < n; i++) {
                        checkExprCoercing(mc.args().get(i), msig.params().get(i + 1));
                    }
                    return msig.ret();
                }
            }
            Ty viaTrait = traitMethodCall(id, mc, step, d);
            if (viaTrait != null) {
                return viaTrait;
            }
        }
        Ty base = steps.get(steps.size() - 1);
        if (mc.name().equals("clone") && mc.args().isEmpty() && cloneable(base)) {
            // Clone of a type that derives it (or a primitive): a copy, as rac has no moves yet.
            methods.put(id, new InferenceResult.MethodResolution(null, steps.size() - 1, InferenceResult.AutoRef.NONE,
                    "clone"));
            return base;
        }
        Ty builtin = inferBuiltinMethod(id, mc, recv, base, steps.size() - 1);
        if (builtin != null) {
            return builtin;
        }
        if ((base instanceof Ty.Array || base instanceof Ty.Slice || base instanceof Ty.Str) && mc.args().isEmpty()
                && (mc.name().equals("len") || mc.name().equals("is_empty"))) {
            // Built in until the library provides these methods.
            methods.put(id, new InferenceResult.MethodResolution(null, steps.size() - 1, InferenceResult.AutoRef.NONE,
                    mc.name()));
            return mc.name().equals("len") ? Ty.USIZE : Ty.BOOL;
        }
        for (int a : mc.args()) {
            inferExpr(a, null);
        }
        if (base instanceof Ty.Adt) {
            // A field with that name gets rustc's hint; otherwise plain E0599.
            error("E0599", "no method named `" + mc.name() + "` found for " + adtKind(base) + " `" + show(recv)
                    + "` in the current scope", mc.nameRange(), "method not found in `" + show(recv) + "`", List.of());
        } else {
            error(null, "the method `" + mc.name() + "` of `" + show(base) + "` is not supported by rac yet",
                    mc.nameRange(), "", List.of());
        }
        return Ty.ERROR;
    }

    /**
     * A method call through a trait that {@code step} (the receiver after {@code derefs}
     * dereferences) implements: the trait's method with {@code Self} = {@code step}, by value or
     * with an autoref as its {@code self} parameter asks; null when no trait has the method.
     */
    private Ty traitMethodCall(int id, Expr.MethodCall mc, Ty step, int derefs) {
        if (resolve(step) instanceof Ty.Infer v && v.kind() == Ty.InferKind.GENERAL) {
            return null;
        }
        // As rustc's probe: by value first (a `&X` receiver fits `&self` with Self = X, any receiver
        // fits `self`), then with an autoref (`&self` / `&mut self` with Self = the receiver).
        Ty stepR = resolve(step);
        for (int pass = 0; pass < 3; pass++) {
            Ty self = pass == 0 ? (stepR instanceof Ty.Ref r ? resolve(r.pointee()) : null) : stepR;
            if (self == null || (self instanceof Ty.Infer v && v.kind() == Ty.InferKind.GENERAL)) {
                continue;
            }
            for (TraitCandidate c : traitCandidates(self, mc.name(), true)) {
                Ty selfParam = env.fnSig(c.item()).params().get(0);
                boolean byValue = selfParam instanceof Ty.Param p && p.index() == 0;
                boolean byRef = selfParam instanceof Ty.Ref r && r.pointee() instanceof Ty.Param p && p.index() == 0;
                InferenceResult.AutoRef autoRef;
                if (pass == 0 && byRef && ((Ty.Ref) selfParam).mutable() == ((Ty.Ref) stepR).mutable()) {
                    autoRef = InferenceResult.AutoRef.NONE;
                } else if (pass == 1 && byValue) {
                    autoRef = InferenceResult.AutoRef.NONE;
                } else if (pass == 2 && byRef) {
                    autoRef = ((Ty.Ref) selfParam).mutable() ? InferenceResult.AutoRef.MUT : InferenceResult.AutoRef.SHARED;
                } else {
                    continue;
                }
                Ty r = finishTraitMethodCall(id, mc, c, derefs, autoRef);
                if (r != null) {
                    return r;
                }
            }
        }
        return null;
    }

    private Ty finishTraitMethodCall(int id, Expr.MethodCall mc, TraitCandidate c, int derefs,
                                     InferenceResult.AutoRef autoRef) {
        {
            FnSig sig = env.fnSig(c.item());
            List<Ty> args = new ArrayList<>(c.traitArgs());
            for (int i = args.size(); i < env.typeParams(c.item()).size(); i++) {
                args.add(newVar(Ty.InferKind.GENERAL));
            }
            calleeArgs.put(id, args);
            methods.put(id, new InferenceResult.MethodResolution(c.item(), derefs, autoRef));
            FnSig msig = substSig(sig, args);
            int n = msig.params().size() - 1;
            if (mc.args().size() != n) {
                for (int a : mc.args()) {
                    inferExpr(a, null);
                }
                String takes = n == 1 ? "1 argument" : n + " arguments";
                String supplied = mc.args().size() == 1 ? "1 argument was" : mc.args().size() + " arguments were";
                error("E0061", "this method takes " + takes + " but " + supplied + " supplied", mc.nameRange(), "",
                        List.of());
                return msig.ret();
            }
            for (int i = 0; i < n; i++) {
                checkExprCoercing(mc.args().get(i), msig.params().get(i + 1));
            }
            return msig.ret();
        }
    }

    /**
     * A method of a primitive type built into rac ({@link BuiltinMethods}), an ambiguous numeric
     * receiver (E0689) or an unknown method of a primitive (E0599); null when none applies.
     */
    private Ty inferBuiltinMethod(int id, Expr.MethodCall mc, Ty recv, Ty base, int derefs) {
        if (base instanceof Ty.Infer v && v.kind() != Ty.InferKind.GENERAL) {
            for (int a : mc.args()) {
                inferExpr(a, null);
            }
            boolean isInt = v.kind() == Ty.InferKind.INT;
            String suggested = isInt ? "i32" : "f32";
            Diagnostic.Builder d = Diagnostic.error("can't call method `" + mc.name() + "` on ambiguous numeric type `"
                    + (isInt ? "{integer}" : "{float}") + "`").code("E0689")
                    .primary(RelDiagnostic.rel(mc.nameRange().start(), mc.nameRange().end()), "");
            Expr r = body.expr(mc.receiver());
            if (r instanceof Expr.Lit) {
                RelRange lr = body.exprRange(mc.receiver());
                d.suggestion(rac.diag.Suggestion.of("you must specify a concrete type for this numeric value, like `"
                        + suggested + "`", RelDiagnostic.rel(lr.end(), lr.end()), "_" + suggested,
                        rac.diag.Suggestion.Applicability.MAYBE_INCORRECT).withStyle(rac.diag.Suggestion.Style.SHOW_ALWAYS));
            } else if (r instanceof Expr.Local l) {
                int pat = body.bindings().get(l.binding()).pat();
                RelRange pr = body.patRange(pat);
                String help = "you must specify a type for this binding, like `" + suggested + "`";
                if (isWholeLetPattern(pat)) {
                    d.suggestion(rac.diag.Suggestion.of(help, RelDiagnostic.rel(pr.end(), pr.end()), ": " + suggested,
                            rac.diag.Suggestion.Applicability.MAYBE_INCORRECT)
                            .withStyle(rac.diag.Suggestion.Style.SHOW_ALWAYS));
                } else {
                    // A binding inside a pattern or of a `for` loop: rustc labels it instead.
                    d.secondary(RelDiagnostic.rel(pr.start(), pr.end()), help);
                }
            }
            diagnostics.add(new RelDiagnostic(d.build()));
            return Ty.ERROR;
        }
        BuiltinMethods.Signature sig = BuiltinMethods.signature(base, mc.name());
        if (sig != null && derefs > 0 && base instanceof Ty.Int
                && (mc.name().equals("min") || mc.name().equals("max") || mc.name().equals("clamp"))) {
            // `Ord::min` of the reference itself (`&i32: Ord`) is found first: not built in.
            return null;
        }
        if (sig == null) {
            if ((base instanceof Ty.Int || base instanceof Ty.Float || base instanceof Ty.Char
                    || base instanceof Ty.Bool) && !KNOWN_STD_METHODS.contains(mc.name())) {
                for (int a : mc.args()) {
                    inferExpr(a, null);
                }
                String similar = SimilarNames.find(mc.name(), BuiltinMethods.names(base));
                Diagnostic.Builder d = Diagnostic.error("no method named `" + mc.name() + "` found for type `"
                        + show(base) + "` in the current scope").code("E0599")
                        .primary(RelDiagnostic.rel(mc.nameRange().start(), mc.nameRange().end()),
                                similar != null ? "" : "method not found in `" + show(recv) + "`");
                if (similar != null) {
                    d.suggestion(rac.diag.Suggestion.of("there is a method `" + similar + "` with a similar name",
                            RelDiagnostic.rel(mc.nameRange().start(), mc.nameRange().end()), similar,
                            rac.diag.Suggestion.Applicability.MAYBE_INCORRECT).withStyle(rac.diag.Suggestion.Style.SHOW_ALWAYS));
                }
                diagnostics.add(new RelDiagnostic(d.build()));
                return Ty.ERROR;
            }
            return null;
        }
        methods.put(id, new InferenceResult.MethodResolution(null, derefs, InferenceResult.AutoRef.NONE, mc.name()));
        int n = sig.params().size();
        if (mc.args().size() != n) {
            for (int a : mc.args()) {
                inferExpr(a, null);
            }
            String takes = n == 1 ? "1 argument" : n + " arguments";
            String supplied = mc.args().size() == 1 ? "1 argument was" : mc.args().size() + " arguments were";
            error("E0061", "this method takes " + takes + " but " + supplied + " supplied", mc.nameRange(), "",
                    List.of());
            return sig.ret();
        }
        for (int i = 0; i < n; i++) {
            checkExprCoercing(mc.args().get(i), sig.params().get(i));
        }
        return sig.ret();
    }

    /**
     * {@code f64::sqrt(x)}, {@code i32::pow(x, 2)}: a builtin method of a primitive type called as an
     * associated function, its receiver the first argument (recorded as a builtin method of the call).
     */
    private Ty inferBuiltinAssocCall(int id, Expr.Call c, Ty ty, Expr.TypePath tp) {
        BuiltinMethods.Signature sig = BuiltinMethods.signature(ty, tp.name());
        if (sig == null) {
            for (int a : c.args()) {
                inferExpr(a, null);
            }
            if (KNOWN_STD_METHODS.contains(tp.name())) {
                error(null, "the associated function `" + show(ty) + "::" + tp.name() + "` is not supported by rac yet",
                        tp.nameRange(), "", List.of());
            } else {
                error("E0599", "no function or associated item named `" + tp.name() + "` found for type `" + show(ty)
                        + "` in the current scope", tp.nameRange(), "function or associated item not found in `"
                        + show(ty) + "`", List.of());
            }
            return Ty.ERROR;
        }
        List<Ty> params = new ArrayList<>();
        params.add(ty);
        params.addAll(sig.params());
        methods.put(id, new InferenceResult.MethodResolution(null, 0, InferenceResult.AutoRef.NONE, tp.name()));
        if (c.args().size() != params.size()) {
            for (int a : c.args()) {
                inferExpr(a, null);
            }
            String takes = params.size() == 1 ? "1 argument" : params.size() + " arguments";
            String supplied = c.args().size() == 1 ? "1 argument was" : c.args().size() + " arguments were";
            error("E0061", "this function takes " + takes + " but " + supplied + " supplied",
                    body.exprRange(c.callee()), "", List.of());
            return sig.ret();
        }
        for (int i = 0; i < params.size(); i++) {
            Ty p = params.get(i);
            if (i == 0 && BuiltinMethods.takesRefSelf(tp.name())) {
                p = new Ty.Ref(false, p);
            }
            checkExprCoercing(c.args().get(i), p);
        }
        return sig.ret();
    }

    /** A call of a std function built into rac ({@code std::process::exit(code: i32) -> !}). */
    private Ty inferStdCall(int id, Expr.Call c, Expr.StdFn sf) {
        record(c.callee(), Ty.UNIT);
        List<Ty> params = List.of(Ty.I32);
        Ty ret = Ty.NEVER;
        if (c.args().size() != params.size()) {
            for (int a : c.args()) {
                inferExpr(a, null);
            }
            String takes = params.size() == 1 ? "1 argument" : params.size() + " arguments";
            String supplied = c.args().size() == 1 ? "1 argument was" : c.args().size() + " arguments were";
            error("E0061", "this function takes " + takes + " but " + supplied + " supplied",
                    body.exprRange(c.callee()), "", List.of());
            return ret;
        }
        for (int i = 0; i < params.size(); i++) {
            checkExprCoercing(c.args().get(i), params.get(i));
        }
        return ret;
    }

    /** True if {@code pat} is the whole pattern of a {@code let} statement without a type. */
    private boolean isWholeLetPattern(int pat) {
        for (Expr e : body.exprs()) {
            if (e instanceof Expr.Block b) {
                for (Stmt s : b.stmts()) {
                    if (s instanceof Stmt.Let let && let.pat() == pat && let.ty() == null) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Methods of the primitive types in std that rac does not build in (not E0599, but "not supported"). */
    private static final java.util.Set<String> KNOWN_STD_METHODS = java.util.Set.of("checked_add", "checked_sub",
            "checked_mul", "checked_div", "checked_rem", "checked_pow", "checked_neg", "checked_abs", "checked_shl",
            "checked_shr", "checked_ilog2", "checked_ilog10", "checked_next_power_of_two",
            "overflowing_pow", "overflowing_div", "overflowing_rem", "overflowing_abs", "overflowing_shl",
            "overflowing_shr", "to_string",
            "total_cmp", "partial_cmp", "cmp", "eq", "ne", "lt", "le", "gt", "ge", "clone", "to_digit",
            "to_uppercase", "to_lowercase", "then", "then_some", "to_be_bytes", "to_le_bytes", "to_ne_bytes",
            "encode_utf8", "encode_utf16", "escape_debug", "escape_default", "escape_unicode", "hash", "fmt",
            "into", "try_into", "from", "to_owned", "as_ascii", "midpoint", "next_multiple_of",
            "ilog", "checked_ilog", "to_bits", "sin_cos", "fract", "asinh", "acosh", "atanh", "classify",
            "is_char_boundary", "to_int_unchecked", "default");

    /** The types whose inherent impls a method on {@code step} may come from. */
    private List<Ty> ownersOf(Ty step) {
        return List.of(step);
    }

    private boolean isFieldlessEnum(Ty t) {
        if (!(t instanceof Ty.Adt a)) {
            return false;
        }
        AdtDef adt = env.adtDef(a.def());
        return adt.isEnum() && !adt.variants().isEmpty()
                && adt.variants().stream().allMatch(v -> v.kind() == rac.hir.ItemTree.FieldsKind.UNIT);
    }

    // ---- arrays, slices, for loops ----

    /** The value of an array length or repeat count (a literal or a const). */
    private java.math.BigInteger constCount(int expr) {
        Expr e = body.expr(expr);
        if (e instanceof Expr.Lit l && l.value() instanceof Literal.Int i) {
            return i.value();
        }
        if (e instanceof Expr.ConstRef c) {
            return env.constValue(c.def());
        }
        if (!(e instanceof Expr.Missing)) {
            error(null, "this array length is not supported by rac yet", body.exprRange(expr), "", List.of());
        }
        return null;
    }

    private Ty inferIndex(int id, Expr.Index ix) {
        Ty base = resolve(inferExpr(ix.base(), null));
        while (base instanceof Ty.Ref r) {
            base = resolve(r.pointee());
        }
        Expr idx = body.expr(ix.index());
        if (idx instanceof Expr.Range rg) {
            if (rg.start() >= 0) {
                checkExprCoercing(rg.start(), Ty.USIZE);
            }
            if (rg.end() >= 0) {
                checkExprCoercing(rg.end(), Ty.USIZE);
            }
            record(ix.index(), Ty.UNIT);
            return switch (base) {
                case Ty.Array a -> new Ty.Slice(a.element());
                case Ty.Slice sl -> sl;
                case Ty.Str st -> Ty.STR;
                case Ty.Error e -> Ty.ERROR;
                default -> {
                    error("E0608", "cannot index into a value of type `" + show(base) + "`", body.exprRange(id), "",
                            List.of());
                    yield Ty.ERROR;
                }
            };
        }
        Ty it = inferExpr(ix.index(), Ty.USIZE);
        if (base instanceof Ty.Error) {
            return Ty.ERROR;
        }
        Ty elem = base instanceof Ty.Array a ? a.element() : base instanceof Ty.Slice sl ? sl.element() : null;
        if (elem == null) {
            if (base instanceof Ty.Str) {
                error("E0277", "the type `str` cannot be indexed by `" + show(it) + "`", body.exprRange(ix.index()),
                        "string indices are ranges of `usize`", List.of());
            } else {
                error("E0608", "cannot index into a value of type `" + show(base) + "`", body.exprRange(id), "",
                        List.of());
            }
            return Ty.ERROR;
        }
        if (!unify(it, Ty.USIZE)) {
            Ty ri = resolve(it);
            if (!(ri instanceof Ty.Error)) {
                error("E0277", "the type `" + show(new Ty.Slice(elem)) + "` cannot be indexed by `" + show(ri) + "`",
                        body.exprRange(ix.index()), "slice indices are of type `usize` or ranges of `usize`", List.of());
            }
        }
        return elem;
    }

    private Ty inferFor(int id, Expr.For f) {
        List<String> adapters = new ArrayList<>();
        int it = f.iterable();
        while (body.expr(it) instanceof Expr.MethodCall mc && mc.args().isEmpty()
                && List.of("rev", "enumerate", "iter", "iter_mut", "into_iter").contains(mc.name())) {
            adapters.add(0, mc.name());
            record(it, Ty.UNIT);
            it = mc.receiver();
        }
        InferenceResult.ForLoop loop = null;
        Ty elem = null;
        Ty item = null;
        RelRange where = body.exprRange(f.iterable());
        if (body.expr(it) instanceof Expr.Range rg && rg.start() >= 0 && rg.end() >= 0) {
            record(it, Ty.UNIT);
            Ty lo = inferExpr(rg.start(), null);
            Ty hi = inferExpr(rg.end(), lo);
            if (!unify(lo, hi)) {
                mismatch(rg.end(), lo, hi);
            }
            elem = resolve(lo);
            boolean ok = isIntegral(elem) || elem instanceof Ty.Char || elem instanceof Ty.Error;
            adapters.remove("into_iter");
            boolean rev = !adapters.isEmpty() && adapters.get(0).equals("rev");
            if (rev) {
                adapters.remove(0);
            }
            boolean enumerate = !adapters.isEmpty() && adapters.get(0).equals("enumerate");
            if (enumerate) {
                adapters.remove(0);
            }
            if (!ok) {
                error(null, "iterating over a range of `" + show(elem) + "` is not supported by rac yet", where, "",
                        List.of());
            } else if (!adapters.isEmpty()) {
                error(null, "this `for` loop iterator is not supported by rac yet", where, "", List.of());
            } else {
                item = enumerate ? new Ty.Tuple(List.of(Ty.USIZE, elem)) : elem;
                loop = new InferenceResult.ForLoop(rg.inclusive() ? InferenceResult.ForLoop.Kind.RANGE_INCLUSIVE
                        : InferenceResult.ForLoop.Kind.RANGE, it, 0, InferenceResult.ForLoop.ItemMode.VALUE, rev,
                        enumerate, elem, null);
            }
        } else {
            Ty t = resolve(inferExpr(it, null));
            int derefs = 0;
            boolean viaRef = false;
            boolean mutRef = true;
            Ty base = t;
            while (base instanceof Ty.Ref r) {
                viaRef = true;
                mutRef &= r.mutable();
                base = resolve(r.pointee());
                derefs++;
            }
            InferenceResult.ForLoop.Kind kind = base instanceof Ty.Array ? InferenceResult.ForLoop.Kind.ARRAY
                    : base instanceof Ty.Slice ? InferenceResult.ForLoop.Kind.SLICE : null;
            elem = base instanceof Ty.Array a ? a.element() : base instanceof Ty.Slice sl ? sl.element() : null;
            InferenceResult.ForLoop.ItemMode mode = viaRef ? (mutRef ? InferenceResult.ForLoop.ItemMode.REF_MUT
                    : InferenceResult.ForLoop.ItemMode.REF) : InferenceResult.ForLoop.ItemMode.VALUE;
            boolean rev = false;
            boolean enumerate = false;
            boolean ok = kind != null && !(kind == InferenceResult.ForLoop.Kind.SLICE && !viaRef);
            for (String a : adapters) {
                switch (a) {
                    case "iter" -> mode = enumerate || rev ? null : InferenceResult.ForLoop.ItemMode.REF;
                    case "iter_mut" -> mode = enumerate || rev || (viaRef && !mutRef) ? null
                            : InferenceResult.ForLoop.ItemMode.REF_MUT;
                    case "into_iter" -> { }
                    case "rev" -> {
                        ok &= !enumerate && !rev;
                        rev = true;
                    }
                    case "enumerate" -> {
                        ok &= !enumerate;
                        enumerate = true;
                    }
                    default -> ok = false;
                }
            }
            if (t instanceof Ty.Error) {
                // reported
            } else if (!ok || mode == null) {
                error(null, "iterating over `" + show(t) + "` this way is not supported by rac yet", where, "",
                        List.of());
            } else {
                item = switch (mode) {
                    case VALUE -> elem;
                    case REF -> new Ty.Ref(false, elem);
                    case REF_MUT -> new Ty.Ref(true, elem);
                };
                if (enumerate) {
                    item = new Ty.Tuple(List.of(Ty.USIZE, item));
                }
                loop = new InferenceResult.ForLoop(kind, it, derefs, mode, rev, enumerate, elem, null);
            }
        }
        bindPat(f.pat(), item == null ? Ty.ERROR : item);
        LoopFrame frame = new LoopFrame(f.label(), true);
        loops.add(frame);
        inferExpr(f.body(), Ty.UNIT);
        loops.remove(loops.size() - 1);
        if (loop != null) {
            forLoops.put(id, new InferenceResult.ForLoop(loop.kind(), loop.source(), loop.derefs(), loop.mode(),
                    loop.rev(), loop.enumerate(), finalType(loop.element()), finalType(item)));
        }
        return Ty.UNIT;
    }

    private Ty inferField(int id, Expr.Field f) {
        Ty base = resolve(inferExpr(f.base(), null));
        while (base instanceof Ty.Ref r) {
            base = resolve(r.pointee());
        }
        if (base instanceof Ty.Error) {
            return Ty.ERROR;
        }
        if (base instanceof Ty.Adt a && !env.adtDef(a.def()).isEnum()) {
            AdtDef.VariantDef v = env.adtDef(a.def()).struct();
            int idx = v.fieldIndex(f.name());
            if (idx >= 0) {
                return env.adtDef(a.def()).fieldTy(v, idx, a);
            }
            Diagnostic.Builder d = Diagnostic.error("no field `" + f.name() + "` on type `" + show(base) + "`")
                    .code("E0609").primary(RelDiagnostic.rel(f.nameRange().start(), f.nameRange().end()),
                            "unknown field");
            String similar = SimilarNames.find(f.name(), v.fields().stream().map(AdtDef.FieldDef::name).toList());
            if (similar != null) {
                d.suggestion(rac.diag.Suggestion.of("a field with a similar name exists",
                        RelDiagnostic.rel(f.nameRange().start(), f.nameRange().end()), similar,
                        rac.diag.Suggestion.Applicability.MAYBE_INCORRECT).withStyle(rac.diag.Suggestion.Style.SHOW_ALWAYS));
            } else if (!v.fields().isEmpty() && v.kind() == rac.hir.ItemTree.FieldsKind.RECORD) {
                StringBuilder sb = new StringBuilder("available field");
                sb.append(v.fields().size() == 1 ? " is: " : "s are: ");
                for (int i = 0; i < v.fields().size(); i++) {
                    sb.append(i > 0 ? ", " : "").append('`').append(v.fields().get(i).name()).append('`');
                }
                d.note(sb.toString());
            }
            diagnostics.add(new RelDiagnostic(d.build()));
            return Ty.ERROR;
        }
        if (base instanceof Ty.Tuple t) {
            try {
                int i = Integer.parseInt(f.name());
                if (i >= 0 && i < t.elements().size() && Integer.toString(i).equals(f.name())) {
                    return t.elements().get(i);
                }
            } catch (NumberFormatException e) {
                // not a tuple index: reported below
            }
        }
        Diagnostic.Builder d = Diagnostic.error("no field `" + f.name() + "` on type `" + show(base) + "`").code("E0609")
                .primary(RelDiagnostic.rel(f.nameRange().start(), f.nameRange().end()), "unknown field");
        if (base instanceof Ty.Tuple t && !t.elements().isEmpty()) {
            StringBuilder sb = new StringBuilder("available fields are: ");
            for (int i = 0; i < t.elements().size(); i++) {
                sb.append(i > 0 ? ", " : "").append('`').append(i).append('`');
            }
            d.note(sb.toString());
        }
        diagnostics.add(new RelDiagnostic(d.build()));
        return Ty.ERROR;
    }

    /** rustc's E0070: only places (locals, fields of places, derefs) can be assigned to. */
    private void requirePlace(int lhs, RelRange op) {
        int e = lhs;
        while (body.expr(e) instanceof Expr.Field || body.expr(e) instanceof Expr.Index) {
            e = body.expr(e) instanceof Expr.Field f ? f.base() : ((Expr.Index) body.expr(e)).base();
        }
        Expr root = body.expr(e);
        if (root instanceof Expr.Local || root instanceof Expr.Missing
                || (root instanceof Expr.Unary u && u.op() == UnaryOp.DEREF)) {
            return;
        }
        RelRange l = body.exprRange(lhs);
        diagnostics.add(new RelDiagnostic(Diagnostic.error("invalid left-hand side of assignment").code("E0070")
                .primary(RelDiagnostic.rel(op.start(), op.end()), "")
                .secondary(RelDiagnostic.rel(l.start(), l.end()), "cannot assign to this expression").build()));
    }

    private Ty literalType(Literal lit, Ty expected) {
        return switch (lit) {
            case Literal.Int i -> {
                if (i.suffix() != null) {
                    yield new Ty.Int(i.suffix());
                }
                Ty exp = expected == null ? null : resolve(expected);
                if (exp instanceof Ty.Int) {
                    yield exp;
                }
                yield newVar(Ty.InferKind.INT);
            }
            case Literal.Float f -> f.bits() != 0 ? new Ty.Float(f.bits()) : newVar(Ty.InferKind.FLOAT);
            case Literal.Bool b -> Ty.BOOL;
            case Literal.Char c -> Ty.CHAR;
            case Literal.Str s -> Ty.STR_REF;
        };
    }

    private boolean isIntegral(Ty t) {
        Ty r = resolve(t);
        return r instanceof Ty.Int || (r instanceof Ty.Infer v && v.kind() == Ty.InferKind.INT);
    }

    private void requireInteger(int expr, Ty t) {
        Ty r = resolve(t);
        if (!isIntegral(r) && !(r instanceof Ty.Error) && !(r instanceof Ty.Never)) {
            mismatch(expr, newVar(Ty.InferKind.INT), r);
        }
    }

    private void requireArith(int id, BinaryOp op, Ty lhs, Ty rhs) {
        Ty l = resolve(lhs);
        if (l instanceof Ty.Error || l instanceof Ty.Never) {
            return;
        }
        boolean ok = switch (op) {
            case ADD, SUB, MUL, DIV, REM -> isIntegral(l) || l instanceof Ty.Float
                    || (l instanceof Ty.Infer v && v.kind() == Ty.InferKind.FLOAT);
            case BIT_AND, BIT_OR, BIT_XOR -> isIntegral(l) || l instanceof Ty.Bool;
            case SHL, SHR -> isIntegral(l);
            default -> true;
        };
        if (!ok) {
            binopError(id, op, lhs, rhs);
        }
    }

    private void binopError(int id, BinaryOp op, Ty lhs, Ty rhs) {
        String verb = switch (op) {
            case ADD -> "add";
            case SUB -> "subtract";
            case MUL -> "multiply";
            case DIV -> "divide";
            case REM -> "calculate the remainder of";
            default -> null;
        };
        String lhsName = displayForTrait(lhs);
        String rhsName = displayForTrait(rhs);
        if (verb != null) {
            String msg = op == BinaryOp.REM
                    ? "cannot calculate the remainder of `" + lhsName + "` divided by `" + rhsName + "`"
                    : op == BinaryOp.ADD && lhsName.equals("{float}") && rhsName.equals("{integer}")
                    ? "cannot add an integer to a float"
                    : op == BinaryOp.ADD && lhsName.equals("{integer}") && rhsName.equals("{float}")
                    ? "cannot add a float to an integer"
                    : op == BinaryOp.ADD ? "cannot add `" + rhsName + "` to `" + lhsName + "`"
                    : op == BinaryOp.SUB ? "cannot subtract `" + rhsName + "` from `" + lhsName + "`"
                    : op == BinaryOp.MUL ? "cannot multiply `" + lhsName + "` by `" + rhsName + "`"
                    : "cannot divide `" + lhsName + "` by `" + rhsName + "`";
            error("E0277", msg, opRange(id), "no implementation for `" + lhsName + " " + op.symbol() + " "
                    + rhsName + "`", List.of());
        } else {
            error("E0369", "no implementation for `" + lhsName + " " + op.symbol() + " " + rhsName + "`",
                    body.exprRange(id), "", List.of());
        }
    }

    private String displayForTrait(Ty t) {
        return Ty.display(resolve(t));
    }

    /** Where a binary expression's operator is. */
    private RelRange opRange(int id) {
        Expr e = body.expr(id);
        if (e instanceof Expr.Binary b && b.opRange() != null) {
            return b.opRange();
        }
        return body.exprRange(id);
    }

    private Ty inferBinary(int id, Expr.Binary b, Ty expected) {
        BinaryOp op = b.op();
        if (op.isLazy()) {
            checkExprCoercing(b.lhs(), Ty.BOOL);
            checkExprCoercing(b.rhs(), Ty.BOOL);
            return Ty.BOOL;
        }
        if (op.isComparison()) {
            Ty lhs = inferExpr(b.lhs(), null);
            Ty rhs = inferExpr(b.rhs(), lhs);
            if (!unify(lhs, rhs)) {
                mismatch(b.rhs(), lhs, rhs);
            } else {
                deferredComparisons.add(new int[] {id, b.lhs()});
            }
            return Ty.BOOL;
        }
        if (op.isShift()) {
            Ty lhs = inferExpr(b.lhs(), expected);
            Ty rhs = inferExpr(b.rhs(), null);
            requireInteger(b.rhs(), rhs);
            requireArith(id, op, lhs, rhs);
            return lhs;
        }
        Ty lhs0 = inferExpr(b.lhs(), expected);
        if (resolve(lhs0) instanceof Ty.Adt) {
            Ty rhs = inferExpr(b.rhs(), null);
            return operatorCall(id, opTraitName(op), opMethodName(op), lhs0, rhs, opRange(id));
        }
        Ty lhs = derefNumeric(lhs0);
        Ty rhs = derefNumeric(inferExpr(b.rhs(), lhs));
        Ty rl = resolve(lhs);
        Ty rr = resolve(rhs);
        if (rl instanceof Ty.Error || rr instanceof Ty.Error) {
            return Ty.ERROR;
        }
        if (!unify(lhs, rhs)) {
            binopError(id, op, lhs, rhs);
            return Ty.ERROR;
        }
        requireArith(id, op, lhs, rhs);
        return lhs;
    }

    private static String opTraitName(BinaryOp op) {
        return switch (op) {
            case ADD -> "Add";
            case SUB -> "Sub";
            case MUL -> "Mul";
            case DIV -> "Div";
            case REM -> "Rem";
            case BIT_AND -> "BitAnd";
            case BIT_OR -> "BitOr";
            case BIT_XOR -> "BitXor";
            case SHL -> "Shl";
            case SHR -> "Shr";
            default -> op.name();
        };
    }

    private static String opMethodName(BinaryOp op) {
        return opTraitName(op).toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * An operator on a struct or enum through the library's operator trait ({@code Add} for
     * {@code +}, {@code AddAssign} for {@code +=}, {@code Neg} for unary {@code -}; {@code rhs}
     * null for unary ones): resolved to the impl's method, recorded as the expression's method.
     */
    private Ty operatorCall(int id, String traitName, String method, Ty lhs, Ty rhs, RelRange at) {
        DefId trait = env.libraryTrait(traitName);
        List<Ty> goalArgs = rhs == null ? List.of(lhs) : List.of(lhs, rhs);
        TraitSolver.Selection sel = trait == null ? null : solver().select(new TraitRef(trait, traitName, goalArgs));
        if (sel instanceof TraitSolver.Selection.Impl im) {
            for (TyEnv.AssocItem ai : env.assocItems(im.impl())) {
                if (!ai.isFn() || !ai.name().equals(method)) {
                    continue;
                }
                List<Ty> args = new ArrayList<>();
                for (Ty f : im.args()) {
                    args.add(f != null ? f : newVar(Ty.InferKind.GENERAL));
                }
                FnSig sig = substSig(env.fnSig(ai.def()), args);
                unify(sig.params().get(0), traitName.endsWith("Assign") ? new Ty.Ref(true, lhs) : lhs);
                if (rhs != null && sig.params().size() > 1 && !unify(sig.params().get(1), rhs)) {
                    error("E0308", "mismatched types", at, "expected `" + show(sig.params().get(1)) + "`, found `"
                            + show(rhs) + "`", List.of());
                }
                methods.put(id, new InferenceResult.MethodResolution(ai.def(), 0, InferenceResult.AutoRef.NONE,
                        "operator"));
                calleeArgs.put(id, args);
                return sig.ret();
            }
        }
        String sym = switch (traitName) {
            case "Neg" -> "-";
            case "Not" -> "!";
            default -> null;
        };
        if (sym != null) {
            error("E0600", "cannot apply unary operator `" + sym + "` to type `" + show(lhs) + "`", at,
                    "cannot apply unary operator `" + sym + "`", List.of());
        } else {
            String opSym = ((Expr.Binary) (body.expr(id) instanceof Expr.Binary ? body.expr(id) : null)) != null
                    ? ((Expr.Binary) body.expr(id)).op().symbol()
                    : ((Expr.AssignOp) body.expr(id)).op().symbol() + "=";
            error(traitName.endsWith("Assign") ? "E0368" : "E0369", (traitName.endsWith("Assign")
                    ? "binary assignment operation `" + opSym + "` cannot be applied to type `" + show(lhs) + "`"
                    : "cannot " + verb(traitName) + " `" + show(rhs) + "` to `" + show(lhs) + "`"), at, "", List.of());
        }
        return Ty.ERROR;
    }

    private static String verb(String trait) {
        return switch (trait) {
            case "Add" -> "add";
            case "Sub" -> "subtract";
            case "Mul" -> "multiply";
            case "Div" -> "divide";
            default -> "apply `" + trait + "`";
        };
    }

    /**
     * Whether rac can compare values of type {@code t}: scalars, {@code &str}, references to those,
     * and tuples of them with {@code ==}/{@code !=}; other types need trait support rac lacks.
     */
    private void checkComparable(int id, Ty t) {
        recursiveDerive = false;
        if (comparable(t, ((Expr.Binary) body.expr(id)).op())) {
            return;
        }
        RelRange r = body.exprRange(id);
        BinaryOp op = ((Expr.Binary) body.expr(id)).op();
        if (recursiveDerive) {
            error(null, "comparing the recursive type `" + show(t) + "` with a derived `PartialEq` is not supported by "
                    + "rac yet", r, "", List.of());
        } else if (t instanceof Ty.Adt a) {
            error("E0369", "binary operation `" + op.symbol() + "` cannot be applied to type `" + show(t) + "`", r,
                    "", List.of());
        } else {
            error(null, "comparing values of type `" + show(t) + "` with `" + op.symbol()
                    + "` is not supported by rac yet", r, "", List.of());
        }
    }

    private boolean comparable(Ty t, BinaryOp op) {
        boolean eqOnly = op == BinaryOp.EQ || op == BinaryOp.NE;
        return switch (t) {
            case Ty.Adt a -> eqOnly && derivedPartialEq(a);
            case Ty.Param p -> eqOnly ? paramBound(p, "PartialEq", "Eq", "PartialOrd", "Ord")
                    : paramBound(p, "PartialOrd", "Ord");
            case Ty.Array a -> eqOnly && comparable(a.element(), BinaryOp.EQ);
            case Ty.Int i -> true;
            case Ty.Float f -> true;
            case Ty.Bool b -> true;
            case Ty.Char c -> true;
            case Ty.Error e -> true;
            case Ty.Never n -> true;
            case Ty.Ref r -> r.pointee() instanceof Ty.Str ? op == BinaryOp.EQ || op == BinaryOp.NE
                    : !(r.pointee() instanceof Ty.Ref rr && rr.pointee() instanceof Ty.Str) && comparable(r.pointee(), op);
            case Ty.Tuple tu -> eqOnly && tu.elements().stream().allMatch(e -> comparable(e, BinaryOp.EQ));
            default -> false;
        };
    }

    /** Types whose {@code clone()} rac builds in: derived Clone, primitives, tuples and arrays of those. */
    private boolean cloneable(Ty t) {
        t = resolve(t);
        return switch (t) {
            case Ty.Int i -> true;
            case Ty.Float f -> true;
            case Ty.Bool b -> true;
            case Ty.Char c -> true;
            case Ty.Ref r -> !r.mutable();
            case Ty.Tuple tu -> tu.elements().stream().allMatch(this::cloneable);
            case Ty.Array a -> cloneable(a.element());
            case Ty.Adt a -> env.adtDef(a.def()).derives("Clone");
            case Ty.Param p -> paramBound(p, "Clone", "Copy");
            case Ty.Infer v -> v.kind() != Ty.InferKind.GENERAL;
            default -> false;
        };
    }

    /** {@code #[derive(PartialEq)]} on the type, and equality for every field type of this instance. */
    private boolean derivedPartialEq(Ty.Adt a) {
        AdtDef def = env.adtDef(a.def());
        if (!def.derives("PartialEq")) {
            return false;
        }
        Ty inst = finalType(a);
        if (!derivesInProgress.add(inst)) {
            recursiveDerive = true;
            return false;
        }
        try {
            return derivedPartialEqFields(a, def);
        } finally {
            derivesInProgress.remove(inst);
        }
    }

    private boolean derivedPartialEqFields(Ty.Adt a, AdtDef def) {
        for (AdtDef.VariantDef v : def.variants()) {
            for (int i = 0; i < v.fields().size(); i++) {
                Ty ft = def.fieldTy(v, i, a);
                if (!ft.equals(a) && !comparable(ft, BinaryOp.EQ)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * The operand type of arithmetic on a reference to a number: std implements the operators for
     * {@code &i32 + i32}, {@code i32 + &i32} and {@code &i32 + &i32} as on the values.
     */
    private Ty derefNumeric(Ty t) {
        Ty r = resolve(t);
        if (r instanceof Ty.Ref ref) {
            Ty p = resolve(ref.pointee());
            if (p instanceof Ty.Int || p instanceof Ty.Float || (p instanceof Ty.Infer v && v.kind() != Ty.InferKind.GENERAL)) {
                return p;
            }
        }
        return t;
    }

    private Ty inferUnary(int id, Expr.Unary u, Ty expected) {
        Ty t = inferExpr(u.operand(), u.op() == UnaryOp.DEREF ? null : expected);
        Ty r = resolve(t);
        if (r instanceof Ty.Error || r instanceof Ty.Never) {
            return r;
        }
        if (r instanceof Ty.Adt && (u.op() == UnaryOp.NEG || u.op() == UnaryOp.NOT)) {
            return operatorCall(id, u.op() == UnaryOp.NEG ? "Neg" : "Not", u.op() == UnaryOp.NEG ? "neg" : "not", r,
                    null, body.exprRange(id));
        }
        switch (u.op()) {
            case NEG -> {
                boolean ok = (r instanceof Ty.Int i && i.kind().signed()) || r instanceof Ty.Float
                        || r instanceof Ty.Infer;
                if (!ok) {
                    Diagnostic.Builder d = Diagnostic.error("cannot apply unary operator `-` to type `"
                            + show(r) + "`").code("E0600");
                    RelRange range = body.exprRange(id);
                    d.primary(RelDiagnostic.rel(range.start(), range.end()), "cannot apply unary operator `-`");
                    if (r instanceof Ty.Int) {
                        d.note("unsigned values cannot be negated");
                    }
                    diagnostics.add(new RelDiagnostic(d.build()));
                    return Ty.ERROR;
                }
                return t;
            }
            case NOT -> {
                if (!(r instanceof Ty.Bool) && !isIntegral(r)) {
                    RelRange range = body.exprRange(id);
                    error("E0600", "cannot apply unary operator `!` to type `" + show(r) + "`", range,
                            "cannot apply unary operator `!`", List.of());
                    return Ty.ERROR;
                }
                return t;
            }
            case DEREF -> {
                if (r instanceof Ty.Ref ref) {
                    return ref.pointee();
                }
                error("E0614", "type `" + show(r) + "` cannot be dereferenced", body.exprRange(id), "",
                        List.of());
                return Ty.ERROR;
            }
        }
        return Ty.ERROR;
    }

    private Ty inferCall(int id, Expr.Call c) {
        Expr callee = body.expr(c.callee());
        if (callee instanceof Expr.CtorRef ctor) {
            return inferCtorCall(id, ctor.ctor(), c);
        }
        if (callee instanceof Expr.TypePath tp) {
            return inferAssocCall(id, c, tp);
        }
        if (callee instanceof Expr.StdFn sf) {
            return inferStdCall(id, c, sf);
        }
        if (!(callee instanceof Expr.FnRef f)) {
            inferExpr(c.callee(), null);
            for (int a : c.args()) {
                inferExpr(a, null);
            }
            if (!(callee instanceof Expr.Missing)) {
                error(null, "calling this kind of expression is not supported by rac yet",
                        body.exprRange(c.callee()), "", List.of());
            }
            return Ty.ERROR;
        }
        record(c.callee(), Ty.UNIT);
        FnSig callee2 = signatures.apply(f.def());
        int generics = env.typeParams(f.def()).size();
        if (generics > 0 || !f.generics().isEmpty()) {
            List<Ty> args = new ArrayList<>();
            if (f.generics().size() == generics) {
                for (rac.hir.TypeRef tr : f.generics()) {
                    args.add(fillArgs(TypeLowering.lower(tr, typeScope, problem -> error(problem.code(),
                            problem.message(), body.exprRange(c.callee()), problem.label(), List.of()))));
                }
            } else {
                if (!f.generics().isEmpty()) {
                    error("E0107", "function takes " + generics + " generic argument" + (generics == 1 ? "" : "s")
                            + " but " + f.generics().size() + " generic argument" + (f.generics().size() == 1
                            ? " was" : "s were") + " supplied", body.exprRange(c.callee()), "expected " + generics
                            + " generic argument" + (generics == 1 ? "" : "s"), List.of());
                }
                for (int i = 0; i < generics; i++) {
                    args.add(newVar(Ty.InferKind.GENERAL));
                }
            }
            calleeArgs.put(c.callee(), args);
            callee2 = substSig(callee2, args);
        }
        return checkCallArgs(id, c, callee2, 0);
    }

    private Ty inferBlock(Expr.Block b, Ty expected) {
        boolean diverges = false;
        for (Stmt s : b.stmts()) {
            switch (s) {
                case Stmt.Let let -> {
                    Ty declared = null;
                    if (let.ty() != null) {
                        declared = lowerType(let.ty(), let.pat());
                    }
                    Ty t = declared != null ? declared : newVar(Ty.InferKind.GENERAL);
                    if (let.init() >= 0) {
                        Ty it = declared != null ? checkExprCoercing(let.init(), declared) : inferExpr(let.init(), null);
                        if (declared == null) {
                            t = it;
                        }
                        if (resolve(exprTypes[let.init()]) instanceof Ty.Never) {
                            diverges = true;
                        }
                    }
                    letInit = let.init();
                    bindPat(let.pat(), t);
                    letInit = -1;
                    if (let.els() >= 0) {
                        checkLetElse(let.els());
                    }
                }
                case Stmt.ExprStmt es -> {
                    Expr inner = body.expr(es.expr());
                    Ty t;
                    boolean blockLike = inner instanceof Expr.If || inner instanceof Expr.Block
                            || inner instanceof Expr.Loop || inner instanceof Expr.Match;
                    if (!es.semi() && blockLike) {
                        t = checkExprCoercing(es.expr(), Ty.UNIT);
                        t = exprTypes[es.expr()];
                    } else {
                        t = inferExpr(es.expr(), null);
                    }
                    if (resolve(t) instanceof Ty.Never) {
                        diverges = true;
                    }
                }
            }
        }
        if (b.tail() >= 0) {
            Ty t = expected != null ? checkExprCoercing(b.tail(), expected) : inferExpr(b.tail(), null);
            if (expected != null) {
                Ty actual = exprTypes[b.tail()];
                if (resolve(actual) instanceof Ty.Never) {
                    return Ty.NEVER;
                }
            }
            return t;
        }
        return diverges ? Ty.NEVER : Ty.UNIT;
    }

    private Ty lowerType(TypeRef ref, int pat) {
        return TypeLowering.lower(ref, typeScope, problem -> error(problem.code(), problem.message(), body.patRange(pat),
                problem.label(), List.of()));
    }

    private Ty inferIf(Expr.If i, Ty expected) {
        checkExprCoercing(i.cond(), Ty.BOOL);
        if (i.otherwise() < 0) {
            Ty t = inferExpr(i.then(), Ty.UNIT);
            Ty r = resolve(t);
            if (!(r instanceof Ty.Never) && !unify(t, Ty.UNIT)) {
                mismatch(i.then(), Ty.UNIT, t);
            }
            return Ty.UNIT;
        }
        Ty thenTy = inferExpr(i.then(), expected);
        Ty elseTy = inferExpr(i.otherwise(), expected != null ? expected : thenTy);
        Ty rt = resolve(thenTy);
        Ty re = resolve(elseTy);
        if (rt instanceof Ty.Never) {
            return elseTy;
        }
        if (re instanceof Ty.Never) {
            return thenTy;
        }
        if (!unify(thenTy, elseTy)) {
            error("E0308", "`if` and `else` have incompatible types", body.exprRange(i.otherwise()),
                    "expected " + sort(thenTy) + ", found " + sort(elseTy), List.of());
            return Ty.ERROR;
        }
        return thenTy;
    }

    private Ty inferLoop(Expr.Loop l, Ty expected) {
        if (l.source() == Expr.LoopSource.LABELED_BLOCK) {
            return inferLabeledBlock(l, expected);
        }
        LoopFrame frame = new LoopFrame(l.label(), l.source() == Expr.LoopSource.WHILE);
        loops.add(frame);
        inferExpr(l.body(), Ty.UNIT);
        loops.remove(loops.size() - 1);
        if (frame.isWhile) {
            return Ty.UNIT;
        }
        return frame.breakTy == null ? Ty.NEVER : frame.breakTy;
    }

    /**
     * {@code asm!}: inputs are values, outputs places, {@code inout(..) a => b} gives both one type;
     * {@code const} operands are integers. The expression is {@code ()}, or {@code !} when it does not return.
     */
    private Ty inferInlineAsm(Expr.InlineAsm a) {
        for (rac.hir.Asm.Operand op : a.operands()) {
            switch (op.kind()) {
                case CONST -> {
                    Ty t = inferExpr(op.in(), null);
                    Ty r = resolve(t);
                    if (!(r instanceof Ty.Int) && !(r instanceof Ty.Infer v && v.kind() == Ty.InferKind.INT)
                            && !(r instanceof Ty.Error)) {
                        RelRange e = body.exprRange(op.in());
                        RelRange o = op.range();
                        String shown = show(r);
                        String article = r instanceof Ty.Float || r instanceof Ty.Array ? "an" : "a";
                        diagnostics.add(new RelDiagnostic(rac.diag.Diagnostic.error("invalid type for `const` operand")
                                .primary(RelDiagnostic.rel(o.start(), o.end()))
                                .secondary(RelDiagnostic.rel(e.start(), e.end()), "is " + article + " `" + shown + "`")
                                .help("`const` operands must be of an integer type").build()));
                    } else if (!asmConstShape(op.in())) {
                        error(null, "this `const` operand of `asm!` is not supported by rac yet "
                                + "(only integer literals and integer consts are)", body.exprRange(op.in()), "", List.of());
                    }
                }
                case LABEL -> {
                    Ty t = inferExpr(op.in(), Ty.UNIT);
                    if (!(resolve(t) instanceof Ty.Never) && !unify(t, Ty.UNIT)) {
                        mismatch(op.in(), Ty.UNIT, t);
                    }
                }
                case SYM -> {
                    record(op.in(), Ty.UNIT);
                    if (!(body.expr(op.in()) instanceof Expr.FnRef f && f.generics().isEmpty()
                            && env.typeParams(f.def()).isEmpty())) {
                        error(null, "`sym` operands other than non-generic functions are not supported by rac yet",
                                body.exprRange(op.in()), "", List.of());
                    }
                }
                default -> {
                    Ty inTy = op.in() >= 0 ? inferExpr(op.in(), null) : null;
                    if (op.out() >= 0) {
                        // `inout(reg) a => b`: the output may have another type of the same size.
                        Ty outTy = inferExpr(op.out(), inTy);
                        if (inTy != null && resolve(outTy) instanceof Ty.Infer) {
                            unify(outTy, inTy);
                        }
                    }
                }
            }
        }
        boolean labels = a.operands().stream().anyMatch(o -> o.kind() == rac.hir.Asm.Kind.LABEL);
        if (labels && a.operands().stream().anyMatch(o -> o.kind().isOutput())) {
            error(null, "`label` operands together with outputs are not supported by rac yet",
                    a.operands().get(0).range(), "", List.of());
        }
        return a.options().contains("noreturn") && !labels ? Ty.NEVER : Ty.UNIT;
    }

    /**
     * rustc's {@code asm_sub_register} lint: a value narrower than 64 bits in a general-purpose register
     * written as a placeholder without a modifier (the assembler sees the 64-bit register's name).
     */
    private void asmSubRegisterLint() {
        for (Expr e : body.exprs()) {
            if (!(e instanceof Expr.InlineAsm a)) {
                continue;
            }
            for (int i = 0; i < a.operands().size(); i++) {
                rac.hir.Asm.Operand op = a.operands().get(i);
                if (!asmOperandTypeOk(op)) {
                    continue;
                }
                if (op.kind() == rac.hir.Asm.Kind.CONST || op.kind() == rac.hir.Asm.Kind.SYM
                        || op.kind() == rac.hir.Asm.Kind.LABEL || op.explicit()
                        || !(op.reg().equals("reg") || op.reg().equals("reg_abcd"))) {
                    continue;
                }
                int valueExpr = op.in() >= 0 ? op.in() : op.out();
                if (valueExpr < 0) {
                    continue;
                }
                Ty t = finalType(exprTypes[valueExpr]);
                int bits = t instanceof Ty.Int it && it.kind().bits() < 64 ? it.kind().bits()
                        : t instanceof Ty.Float f && f.bits() == 32 ? 32 : 64;
                if (bits != 16 && bits != 32) {
                    continue;
                }
                Diagnostic.Builder d = Diagnostic.warning("formatting may not be suitable for sub-register argument");
                boolean any = false;
                for (rac.hir.Asm.Piece p : a.template()) {
                    if (p instanceof rac.hir.Asm.Piece.Placeholder ph && ph.operand() == i && ph.modifier() == null
                            && ph.range() != null) {
                        d.primary(RelDiagnostic.rel(ph.range().start(), ph.range().end()));
                        any = true;
                    }
                }
                if (!any) {
                    continue;
                }
                RelRange er = body.exprRange(valueExpr);
                d.secondary(RelDiagnostic.rel(er.start(), er.end()), "for this argument");
                d.help("use `{" + i + ":" + (bits == 16 ? "x" : "e") + "}` to have the register formatted as `"
                        + (bits == 16 ? "ax" : "eax") + "` (for " + bits + "-bit values)");
                d.help("or use `{" + i + ":r}` to keep the default formatting of `rax` (for 64-bit values)");
                d.note("`#[warn(asm_sub_register)]` on by default");
                diagnostics.add(new RelDiagnostic(d.build()));
            }
        }
    }

    /**
     * rustc's checks of an {@code asm!} register operand's type: integers, floats and thin references
     * only, of a size the register class holds (checked for {@code reg}, {@code reg_abcd},
     * {@code reg_byte}); false after reporting an error.
     */
    private boolean asmOperandTypeOk(rac.hir.Asm.Operand op) {
        if (!op.kind().isInput() && !op.kind().isOutput()) {
            return true;
        }
        boolean ok = true;
        for (int e : new int[] {op.in(), op.out()}) {
            if (e < 0 || !ok) {
                continue;
            }
            Ty t = finalType(exprTypes[e]);
            RelRange r = body.exprRange(e);
            if (t instanceof Ty.Error || t instanceof Ty.Never) {
                continue;
            }
            if (t instanceof Ty.Ref ref && (ref.pointee() instanceof Ty.Slice || ref.pointee() instanceof Ty.Str)) {
                diagnostics.add(new RelDiagnostic(Diagnostic.error("cannot use value of unsized pointer type `"
                        + (ref.mutable() ? "*mut " : "*const ") + Ty.display(ref.pointee()) + "` for inline assembly")
                        .primary(RelDiagnostic.rel(r.start(), r.end()))
                        .note("only sized pointers can be used in inline assembly").build()));
                ok = false;
                continue;
            }
            if (!(t instanceof Ty.Int) && !(t instanceof Ty.Float) && !(t instanceof Ty.Ref)) {
                diagnostics.add(new RelDiagnostic(Diagnostic.error("cannot use value of type `" + Ty.display(t)
                        + "` for inline assembly").primary(RelDiagnostic.rel(r.start(), r.end()))
                        .note("only integers, floats, SIMD vectors, pointers and function pointers can be used as "
                                + "arguments for inline assembly").build()));
                ok = false;
                continue;
            }
            if (op.explicit()) {
                continue;
            }
            int bits = t instanceof Ty.Int it ? (it.kind().bits() == 0 ? 64 : it.kind().bits())
                    : t instanceof Ty.Float f ? f.bits() : 64;
            boolean isFloat = t instanceof Ty.Float;
            boolean fits = switch (op.reg()) {
                case "reg", "reg_abcd" -> bits == 16 && !isFloat || bits == 32 || bits == 64;
                case "reg_byte" -> bits == 8 && !isFloat;
                default -> true;
            };
            if (!fits) {
                Diagnostic.Builder d = Diagnostic.error("type `" + Ty.display(t)
                        + "` cannot be used with this register class").primary(RelDiagnostic.rel(r.start(), r.end()))
                        .note("register class `" + op.reg() + "` supports these types: "
                                + (op.reg().equals("reg_byte") ? "i8" : "i16, i32, i64, f16, f32, f64"));
                if (bits == 8 && !op.reg().equals("reg_byte")) {
                    d.help("consider using the `reg_byte` register class instead");
                }
                diagnostics.add(new RelDiagnostic(d.build()));
                ok = false;
            }
        }
        return ok;
    }

    private boolean asmConstShape(int id) {
        return switch (body.expr(id)) {
            case Expr.Lit l -> l.value() instanceof rac.hir.Literal.Int;
            case Expr.Unary u -> u.op() == rac.hir.UnaryOp.NEG && asmConstShape(u.operand());
            case Expr.ConstRef c -> true;
            default -> false;
        };
    }

    /** E0695: an unlabeled {@code break}/{@code continue} whose loop is outside an enclosing labeled block. */
    private void checkUnlabeledInLabeledBlock(int id, String label, String kw) {
        if (label != null) {
            return;
        }
        for (int i = loops.size() - 1; i >= 0; i--) {
            if (loops.get(i).labeledBlock && rac.hir.BodyLowering.isSyntheticLabel(loops.get(i).label)) {
                continue;
            }
            if (loops.get(i).labeledBlock) {
                error("E0695", "unlabeled `" + kw + "` inside of a labeled block", body.exprRange(id),
                        "`" + kw + "` statements that would diverge to or through a labeled block need to bear a label",
                        List.of());
                return;
            }
            return;
        }
    }

    /** A labeled block: its body and every {@code break 'label value} coerce to one type. */
    private Ty inferLabeledBlock(Expr.Loop l, Ty expected) {
        LoopFrame frame = new LoopFrame(l.label(), false);
        frame.labeledBlock = true;
        frame.breakTy = expected != null ? expected : newVar(Ty.InferKind.GENERAL);
        loops.add(frame);
        checkExprCoercing(l.body(), frame.breakTy);
        loops.remove(loops.size() - 1);
        return frame.breakTy;
    }

    private LoopFrame findLoop(String label) {
        for (int i = loops.size() - 1; i >= 0; i--) {
            if (label == null && loops.get(i).labeledBlock) {
                continue;
            }
            if (label == null || label.equals(loops.get(i).label)) {
                return loops.get(i);
            }
        }
        return null;
    }

    private void bindPat(int patId, Ty ty) {
        checkPat(patId, ty, rac.hir.Binding.ByRef.NO);
    }

    /**
     * {@code [a, b]} / {@code [a, rest @ .., z]} against an array (lengths checked: E0527, E0528) or a
     * slice; the rest binding has the sub-array or sub-slice type; anything else is E0529.
     */
    private void checkSlicePat(int patId, Pat.Slice s, Ty ty, rac.hir.Binding.ByRef defMode) {
        int n = s.prefix().size() + s.suffix().size();
        Ty r = resolve(ty);
        RelRange range = body.patRange(patId);
        Ty elem;
        Ty restTy;
        if (r instanceof Ty.Infer v && v.kind() == Ty.InferKind.GENERAL && !s.hasRest()) {
            elem = newVar(Ty.InferKind.GENERAL);
            unify(r, new Ty.Array(elem, n));
            restTy = null;
        } else if (r instanceof Ty.Array a) {
            elem = a.element();
            if (!s.hasRest() && n != a.len()) {
                error("E0527", "pattern requires " + n + " element" + (n == 1 ? "" : "s") + " but array has " + a.len(),
                        range, "expected " + a.len() + " element" + (a.len() == 1 ? "" : "s"), List.of());
            } else if (s.hasRest() && n > a.len()) {
                error("E0528", "pattern requires at least " + n + " element" + (n == 1 ? "" : "s") + " but array has "
                        + a.len(), range, "pattern cannot match array of " + a.len() + " element"
                        + (a.len() == 1 ? "" : "s"), List.of());
            }
            restTy = new Ty.Array(a.element(), Math.max(0, a.len() - n));
        } else if (r instanceof Ty.Slice sl) {
            elem = sl.element();
            restTy = sl;
        } else {
            if (!(r instanceof Ty.Error)) {
                error("E0529", "expected an array or slice, found `" + show(r) + "`", range,
                        "pattern cannot match with input type `" + show(r) + "`", List.of());
            }
            elem = Ty.ERROR;
            restTy = Ty.ERROR;
        }
        for (int e : s.prefix()) {
            checkPat(e, elem, defMode);
        }
        if (s.slice() >= 0) {
            checkPat(s.slice(), restTy, defMode);
            if (restTy instanceof Ty.Array && body.pat(s.slice()) instanceof Pat.Bind b
                    && bindingModes[b.binding()] == rac.hir.Binding.ByRef.REF_MUT) {
                RelRange at = body.patRange(s.slice());
                error(null, "binding a part of an array by `ref mut` is not supported by rac yet", at, "", List.of());
            }
        }
        for (int e : s.suffix()) {
            checkPat(e, elem, defMode);
        }
    }

    private void checkTuplePat(int patId, Pat.Tuple t, Ty ty, rac.hir.Binding.ByRef defMode) {
        Ty r = resolve(ty);
        int n = t.elements().size();
        boolean rest = t.rest() >= 0;
        if (r instanceof Ty.Infer && !rest) {
            List<Ty> vars = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                vars.add(newVar(Ty.InferKind.GENERAL));
            }
            unify(r, new Ty.Tuple(vars));
            r = resolve(ty);
        }
        if (r instanceof Ty.Tuple tt && (rest ? tt.elements().size() >= n : tt.elements().size() == n)) {
            int len = tt.elements().size();
            for (int i = 0; i < n; i++) {
                int field = rest && i >= t.rest() ? len - (n - i) : i;
                checkPat(t.elements().get(i), tt.elements().get(field), defMode);
            }
            return;
        }
        if (!(r instanceof Ty.Error)) {
            RelRange range = body.patRange(patId);
            StringBuilder found = new StringBuilder("(");
            for (int i = 0; i < n; i++) {
                found.append(i > 0 ? ", " : "").append('_');
            }
            if (rest) {
                found.append(n > 0 ? ", .." : "..");
            }
            found.append(n == 1 && !rest ? ",)" : ")");
            String label = r instanceof Ty.Tuple tt
                    ? "expected a tuple with " + tt.elements().size() + " element" + (tt.elements().size() == 1
                    ? "" : "s") + ", found one with " + (rest ? "at least " : "") + n + " element" + (n == 1 ? "" : "s")
                    : "expected " + sort(r) + ", found `" + found + "`";
            Diagnostic.Builder d = Diagnostic.error("mismatched types").code("E0308")
                    .primary(RelDiagnostic.rel(range.start(), range.end()), label);
            originLabel(d);
            String expectedWord = r instanceof Ty.Tuple ? "tuple" : "type";
            d.note("expected " + expectedWord + " `" + show(r) + "`\n" + " ".repeat(expectedWord.length() - 2)
                    + "found tuple `" + found + "`");
            diagnostics.add(new RelDiagnostic(d.build()));
        }
        for (int e : t.elements()) {
            checkPat(e, Ty.ERROR, defMode);
        }
    }

    /** rustc's "this expression has type `T`" on the scrutinee or initializer whose pattern is checked. */
    private void originLabel(Diagnostic.Builder d) {
        if (letInit >= 0) {
            RelRange init = body.exprRange(letInit);
            Ty t = exprTypes[letInit];
            d.secondary(RelDiagnostic.rel(init.start(), init.end()),
                    "this expression has type `" + show(t == null ? Ty.ERROR : t) + "`");
        }
    }

    private void patMismatch(int patId, Ty expected, Ty found) {
        RelRange range = body.patRange(patId);
        Diagnostic.Builder d = Diagnostic.error("mismatched types").code("E0308")
                .primary(RelDiagnostic.rel(range.start(), range.end()),
                        "expected " + sort(expected) + ", found " + sort(found));
        originLabel(d);
        diagnostics.add(new RelDiagnostic(d.build()));
    }

    /**
     * Checks pattern {@code patId} against the type {@code expected} with the default binding mode
     * {@code defMode} (match ergonomics: a non-reference pattern matched against {@code &T} derefs
     * it and makes bindings below bind by reference).
     */
    private void checkPat(int patId, Ty expected, rac.hir.Binding.ByRef defMode) {
        Pat p = body.pat(patId);
        boolean peel = switch (p) {
            case Pat.Lit l -> !(l.value() instanceof Literal.Str);
            case Pat.Range r -> true;
            case Pat.Tuple t -> true;
            case Pat.Slice s -> true;
            case Pat.Adt a -> true;
            case Pat.Const c -> !(resolve(constTypes.apply(c.def())) instanceof Ty.Ref);
            default -> false;
        };
        if (peel) {
            List<Ty> adj = new ArrayList<>();
            Ty r = resolve(expected);
            while (r instanceof Ty.Ref ref) {
                adj.add(r);
                defMode = ref.mutable() && defMode != rac.hir.Binding.ByRef.REF ? rac.hir.Binding.ByRef.REF_MUT
                        : rac.hir.Binding.ByRef.REF;
                expected = ref.pointee();
                r = resolve(expected);
            }
            patAdjustments.set(patId, adj);
        }
        patTypes[patId] = expected;
        switch (p) {
            case Pat.Missing m -> { }
            case Pat.Wild w -> { }
            case Pat.Bind b -> {
                rac.hir.Binding bd = body.bindings().get(b.binding());
                rac.hir.Binding.ByRef mode = bd.byRef() != rac.hir.Binding.ByRef.NO ? bd.byRef()
                        : bd.mutable() ? rac.hir.Binding.ByRef.NO : defMode;
                Ty bt = mode == rac.hir.Binding.ByRef.NO ? expected
                        : new Ty.Ref(mode == rac.hir.Binding.ByRef.REF_MUT, expected);
                if (bindingTypes[b.binding()] == null) {
                    bindingTypes[b.binding()] = bt;
                    bindingModes[b.binding()] = mode;
                } else if (!unify(bindingTypes[b.binding()], bt)) {
                    // An or-pattern alternative binds the name with another type.
                    RelRange range = body.patRange(patId);
                    RelRange first = body.patRange(bd.pat());
                    diagnostics.add(new RelDiagnostic(Diagnostic.error("mismatched types").code("E0308")
                            .primary(RelDiagnostic.rel(range.start(), range.end()),
                                    "expected " + sort(bindingTypes[b.binding()]) + ", found " + sort(bt))
                            .secondary(RelDiagnostic.rel(first.start(), first.end()), "first introduced with type `"
                                    + show(bindingTypes[b.binding()]) + "` here")
                            .note("in the same arm, a binding must have the same type in all alternatives").build()));
                }
                if (b.sub() >= 0) {
                    checkPat(b.sub(), expected, defMode);
                }
            }
            case Pat.Tuple t -> checkTuplePat(patId, t, expected, defMode);
            case Pat.Slice s -> checkSlicePat(patId, s, expected, defMode);
            case Pat.Lit l -> {
                Ty lt = literalType(l.value(), expected);
                if (l.negated() && !(resolve(lt) instanceof Ty.Infer) && !(resolve(lt) instanceof Ty.Int i
                        && i.kind().signed())) {
                    // A negative literal pattern needs `Neg` for its type (rustc's E0277, not E0600).
                    RelRange range = body.patRange(patId);
                    diagnostics.add(new RelDiagnostic(Diagnostic.error("the trait bound `" + show(lt)
                            + ": Neg` is not satisfied").code("E0277")
                            .primary(RelDiagnostic.rel(range.start(), range.end()),
                                    "the trait `Neg` is not implemented for `" + show(lt) + "`")
                            .help("the following other types implement trait `Neg`:\n  &f128\n  &f16\n  &f32\n"
                                    + "  &f64\n  &i128\n  &i16\n  &i32\n  &i64\nand 12 others").build()));
                    return;
                }
                if (!unify(expected, lt)) {
                    patMismatch(patId, expected, lt);
                }
            }
            case Pat.Const c -> {
                Ty ct = constTypes.apply(c.def());
                if (!unify(expected, ct)) {
                    patMismatch(patId, expected, ct);
                }
            }
            case Pat.Range r -> checkRangePat(patId, r, expected);
            case Pat.Ref r -> {
                Ty e = resolve(expected);
                if (e instanceof Ty.Infer) {
                    Ty inner = newVar(Ty.InferKind.GENERAL);
                    unify(e, new Ty.Ref(r.mutable(), inner));
                    e = resolve(expected);
                }
                if (e instanceof Ty.Ref er && er.mutable() == r.mutable()) {
                    checkPat(r.inner(), er.pointee(), rac.hir.Binding.ByRef.NO);
                    return;
                }
                if (!(e instanceof Ty.Error)) {
                    RelRange range = body.patRange(patId);
                    String found = r.mutable() ? "&mut _" : "&_";
                    String kind = e instanceof Ty.Ref er2 ? (er2.mutable() ? "mutable reference" : "reference") : "type";
                    String foundKind = r.mutable() ? "mutable reference" : "reference";
                    int w = Math.max(("expected " + kind).length(), ("found " + foundKind).length());
                    String exp = "expected " + kind;
                    String fnd = "found " + foundKind;
                    boolean differInMutability = e instanceof Ty.Ref er3 && er3.mutable() != r.mutable();
                    Diagnostic.Builder d = Diagnostic.error("mismatched types").code("E0308")
                            .primary(RelDiagnostic.rel(range.start(), range.end()), differInMutability
                                    ? "types differ in mutability" : "expected " + sort(e) + ", found `" + found + "`");
                    originLabel(d);
                    d.note(" ".repeat(w - exp.length()) + exp + " `" + show(e) + "`\n" + " ".repeat(w - fnd.length()) + fnd
                            + " `" + found + "`");
                    if (!(e instanceof Ty.Ref) || (differInMutability && !r.mutable())) {
                        RelRange inner = body.patRange(r.inner());
                        d.suggestion(rac.diag.Suggestion.of("consider removing `" + (r.mutable() ? "&mut" : "&")
                                + "` from the pattern", RelDiagnostic.rel(range.start(), inner.start()), "",
                                rac.diag.Suggestion.Applicability.MAYBE_INCORRECT)
                                .withStyle(rac.diag.Suggestion.Style.SHOW_ALWAYS));
                    }
                    diagnostics.add(new RelDiagnostic(d.build()));
                }
                checkPat(r.inner(), Ty.ERROR, rac.hir.Binding.ByRef.NO);
            }
            case Pat.Or o -> {
                for (int alt : o.alternatives()) {
                    checkPat(alt, expected, defMode);
                }
            }
            case Pat.Adt ap -> checkAdtPat(patId, ap, expected, defMode);
        }
    }

    /** A struct or enum variant pattern against {@code expected} (already dereferenced). */
    private void checkAdtPat(int patId, Pat.Adt ap, Ty expected, rac.hir.Binding.ByRef defMode) {
        RelRange range = body.patRange(patId);
        AdtDef adt;
        AdtDef.VariantDef variant;
        if (ap.ctor() == null) {
            Ty self = resolve(selfType(range));
            boolean wantEnum = ap.selfVariant() != null;
            if (!(self instanceof Ty.Adt sa) || env.adtDef(sa.def()).isEnum() != wantEnum) {
                ap.fields().forEach(f -> checkPat(f, Ty.ERROR, defMode));
                return;
            }
            adt = env.adtDef(sa.def());
            if (wantEnum) {
                variant = adt.variants().stream().filter(v -> v.name().equals(ap.selfVariant())).findFirst()
                        .orElse(null);
                if (variant == null) {
                    assocNotFound(sa, ap.selfVariant(), range, "variant or associated item");
                    ap.fields().forEach(f -> checkPat(f, Ty.ERROR, defMode));
                    return;
                }
            } else {
                variant = adt.struct();
            }
        } else {
            adt = env.adtDef(env.adtOfCtor(ap.ctor()));
            variant = adt.variants().get(adt.variantIndex(ap.ctor()));
        }
        Ty e = resolve(expected);
        Ty.Adt inst;
        if (e instanceof Ty.Adt ea && ea.def().equals(adt.def())) {
            inst = ea;
        } else {
            inst = fresh(adt);
            if (!(e instanceof Ty.Error) && !unify(e, inst)) {
                patMismatch(patId, expected, inst);
                ap.fields().forEach(f -> checkPat(f, Ty.ERROR, defMode));
                return;
            }
        }
        String what = adt.isEnum() ? adt.name() + "::" + variant.name() : adt.name();
        String kindWord = switch (variant.kind()) {
            case UNIT -> adt.isEnum() ? "unit variant" : "unit struct";
            case TUPLE -> adt.isEnum() ? "tuple variant" : "tuple struct";
            case RECORD -> adt.isEnum() ? "struct variant" : "struct";
        };
        switch (ap.kind()) {
            case UNIT -> {
                if (variant.kind() != rac.hir.ItemTree.FieldsKind.UNIT) {
                    error(variant.kind() == rac.hir.ItemTree.FieldsKind.TUPLE ? "E0532" : "E0533",
                            "expected unit struct, unit variant or constant, found " + kindWord + " `" + what + "`",
                            range, "not a unit struct, unit variant or constant", List.of());
                }
            }
            case TUPLE -> {
                if (variant.kind() != rac.hir.ItemTree.FieldsKind.TUPLE) {
                    error(variant.kind() == rac.hir.ItemTree.FieldsKind.UNIT ? "E0532" : "E0769",
                            "expected tuple struct or tuple variant, found " + kindWord + " `" + what + "`", range,
                            "not a tuple struct or tuple variant", List.of());
                    ap.fields().forEach(f -> checkPat(f, Ty.ERROR, defMode));
                    return;
                }
                int n = ap.fields().size();
                int len = variant.fields().size();
                if (ap.rest() < 0 ? n != len : n > len) {
                    String pf = n == 1 ? "1 field" : n + " fields";
                    String vf = len == 1 ? "1 field" : len + " fields";
                    error("E0023", "this pattern has " + pf + ", but the corresponding " + kindWord + " has " + vf,
                            range, "expected " + vf + ", found " + n, List.of());
                    ap.fields().forEach(f -> checkPat(f, Ty.ERROR, defMode));
                    return;
                }
                for (int i = 0; i < n; i++) {
                    int field = ap.rest() >= 0 && i >= ap.rest() ? len - (n - i) : i;
                    checkPat(ap.fields().get(i), adt.fieldTy(variant, field, inst), defMode);
                }
            }
            case RECORD -> {
                java.util.Set<String> mentioned = new java.util.HashSet<>();
                for (int i = 0; i < ap.fields().size(); i++) {
                    String name = ap.names().get(i);
                    int idx = variant.fieldIndex(name);
                    if (idx < 0) {
                        error("E0026", (adt.isEnum() ? "variant `" : "struct `") + what
                                + "` does not have a field named `" + name + "`", body.patRange(ap.fields().get(i)),
                                (adt.isEnum() ? "variant" : "struct") + " `" + what + "` does not have this field",
                                List.of());
                        checkPat(ap.fields().get(i), Ty.ERROR, defMode);
                        continue;
                    }
                    mentioned.add(name);
                    checkPat(ap.fields().get(i), adt.fieldTy(variant, idx, inst), defMode);
                }
                if (ap.rest() < 0 && variant.kind() == rac.hir.ItemTree.FieldsKind.RECORD) {
                    List<String> missing = variant.fields().stream().map(AdtDef.FieldDef::name)
                            .filter(x -> !mentioned.contains(x)).map(x -> "`" + x + "`").toList();
                    if (!missing.isEmpty()) {
                        String list = missing.size() == 1 ? "field " + missing.get(0)
                                : "fields " + String.join(", ", missing.subList(0, missing.size() - 1)) + " and "
                                + missing.get(missing.size() - 1);
                        error("E0027", "pattern does not mention " + list, range, "missing " + list, List.of());
                    }
                }
            }
        }
    }

    /** The type of a range bound (a literal or const pattern), recorded as its pattern type. */
    private Ty rangeBoundType(int bound, Ty expected) {
        Ty t = switch (body.pat(bound)) {
            case Pat.Lit l -> literalType(l.value(), expected);
            case Pat.Const c -> constTypes.apply(c.def());
            default -> Ty.ERROR;
        };
        patTypes[bound] = t;
        return t;
    }

    private void checkRangePat(int patId, Pat.Range r, Ty expected) {
        Ty lo = r.lo() >= 0 ? rangeBoundType(r.lo(), expected) : null;
        Ty hi = r.hi() >= 0 ? rangeBoundType(r.hi(), expected) : null;
        // E0029: only integers and chars (checked before unifying with the scrutinee, as rustc).
        boolean loBad = lo != null && !rangeable(lo);
        boolean hiBad = hi != null && !rangeable(hi);
        if (loBad || hiBad) {
            RelRange range = body.patRange(patId);
            Diagnostic.Builder d = Diagnostic.error("only `char` and numeric types are allowed in range patterns")
                    .code("E0029").primary(RelDiagnostic.rel(range.start(), range.end()), "");
            if (loBad) {
                RelRange lr = body.patRange(r.lo());
                d.secondary(RelDiagnostic.rel(lr.start(), lr.end()), "this is of type `" + boundTypeName(r.lo(), lo)
                        + "` but it should be `char` or numeric");
            }
            if (hiBad) {
                RelRange hr = body.patRange(r.hi());
                d.secondary(RelDiagnostic.rel(hr.start(), hr.end()), "this is of type `" + boundTypeName(r.hi(), hi)
                        + "` but it should be `char` or numeric");
            }
            diagnostics.add(new RelDiagnostic(d.build()));
            return;
        }
        boolean loOk = lo == null || unify(expected, lo);
        boolean hiOk = hi == null || unify(expected, hi);
        for (int side = 0; side < 2; side++) {
            boolean ok = side == 0 ? loOk : hiOk;
            if (ok) {
                continue;
            }
            int bound = side == 0 ? r.lo() : r.hi();
            int other = side == 0 ? r.hi() : r.lo();
            boolean otherOk = side == 0 ? hiOk : loOk;
            RelRange br = body.patRange(bound);
            Ty bt = side == 0 ? lo : hi;
            Diagnostic.Builder d = Diagnostic.error("mismatched types").code("E0308")
                    .primary(RelDiagnostic.rel(br.start(), br.end()), "expected " + sort(expected) + ", found "
                            + sort(bt));
            if (other >= 0 && otherOk) {
                RelRange or = body.patRange(other);
                d.secondary(RelDiagnostic.rel(or.start(), or.end()), "this is of type `"
                        + show(side == 0 ? hi : lo) + "`");
            }
            originLabel(d);
            diagnostics.add(new RelDiagnostic(d.build()));
        }
    }

    /** A range bound's type as rustc names it: a string literal is a `&'static str`. */
    private String boundTypeName(int bound, Ty t) {
        if (body.pat(bound) instanceof Pat.Lit l && l.value() instanceof Literal.Str) {
            return "&'static str";
        }
        return show(t);
    }

    private boolean rangeable(Ty t) {
        Ty r = resolve(t);
        return isIntegral(r) || r instanceof Ty.Char || r instanceof Ty.Error || r instanceof Ty.Float
                || (r instanceof Ty.Infer v && v.kind() != Ty.InferKind.GENERAL);
    }

    private Ty inferMatch(int id, Expr.Match m, Ty expected) {
        Ty st = inferExpr(m.scrutinee(), null);
        Ty result = null;
        int firstArm = -1;
        List<Integer> priorArms = new ArrayList<>();
        for (int i = 0; i < m.arms().size(); i++) {
            Expr.MatchArm arm = m.arms().get(i);
            int saved = letInit;
            letInit = m.scrutinee();
            checkPat(arm.pat(), st, rac.hir.Binding.ByRef.NO);
            letInit = saved;
            if (arm.guard() >= 0) {
                checkExprCoercing(arm.guard(), Ty.BOOL);
            }
            if (arm.body() < 0) {
                // `if let` without `else`: the `then` block must be `()`.
                Ty t = result == null ? Ty.UNIT : result;
                if (!(resolve(t) instanceof Ty.Never) && !unify(t, Ty.UNIT) && firstArm >= 0) {
                    mismatch(firstArm, Ty.UNIT, t);
                }
                result = Ty.UNIT;
                continue;
            }
            boolean ifLetWithoutElse = m.source() == Expr.MatchSource.IF_LET && i == 0 && m.arms().size() > 1
                    && m.arms().get(1).body() < 0;
            Ty target = ifLetWithoutElse ? Ty.UNIT : expected != null ? expected : result;
            // The earlier arms' type is not an expectation: a block arm of another type is reported
            // as an arm mismatch, not inside the block.
            Ty t = inferExpr(arm.body(), ifLetWithoutElse ? null : expected);
            Ty actual = resolve(t);
            if (actual instanceof Ty.Never) {
                continue;
            }
            if (ifLetWithoutElse && !(actual instanceof Ty.Error) && !unify(Ty.UNIT, t)) {
                RelRange at = tailRange(arm.body());
                RelRange whole = body.exprRange(id);
                diagnostics.add(new RelDiagnostic(Diagnostic.error("mismatched types").code("E0308")
                        .primary(RelDiagnostic.rel(at.start(), at.end()), "expected `()`, found " + sort(t))
                        .secondary(RelDiagnostic.rel(whole.start(), whole.end()),
                                "`if` expressions without `else` arms expect their inner expression to be `()`")
                        .build()));
                result = Ty.UNIT;
                priorArms.add(arm.body());
                continue;
            }
            if (target == null || resolve(target) instanceof Ty.Never) {
                result = t;
                firstArm = arm.body();
                priorArms.add(arm.body());
                continue;
            }
            if (actual instanceof Ty.Error || coercesTo(target, t)) {
                if (result == null) {
                    result = target;
                    firstArm = arm.body();
                }
                priorArms.add(arm.body());
                continue;
            }
            if (m.source() == Expr.MatchSource.IF_LET && !ifLetWithoutElse) {
                RelRange at = tailRange(arm.body());
                Diagnostic.Builder d = Diagnostic.error("`if` and `else` have incompatible types").code("E0308")
                        .primary(RelDiagnostic.rel(at.start(), at.end()),
                                "expected " + sort(target) + ", found " + sort(t));
                if (!priorArms.isEmpty()) {
                    RelRange then = tailRange(priorArms.get(0));
                    d.secondary(RelDiagnostic.rel(then.start(), then.end()), "expected because of this");
                }
                diagnostics.add(new RelDiagnostic(d.build()));
            } else if (priorArms.isEmpty() || m.source() != Expr.MatchSource.MATCH) {
                mismatch(arm.body(), target, t);
            } else {
                matchArmsMismatch(id, arm.body(), priorArms, target, t);
            }
            if (result == null) {
                result = target;
            }
        }
        return result == null ? Ty.NEVER : result;
    }

    /** Whether a value of type {@code actual} can be used where {@code expected} is wanted (unifying them). */
    private boolean coercesTo(Ty expected, Ty actual) {
        Ty ra = resolve(actual);
        if (resolve(expected) instanceof Ty.Ref er && !er.mutable() && ra instanceof Ty.Ref ar && ar.mutable()) {
            return unify(er.pointee(), ar.pointee());
        }
        return unify(expected, actual);
    }

    /** rustc's E0308 for a match arm whose type differs from the earlier arms'. */
    /** Where rustc points for an arm: a block's tail expression (innermost), else the expression. */
    private RelRange tailRange(int expr) {
        while (body.expr(expr) instanceof Expr.Block b && b.tail() >= 0) {
            expr = b.tail();
        }
        return body.exprRange(expr);
    }

    private void matchArmsMismatch(int match, int arm, List<Integer> priorArms, Ty expected, Ty found) {
        RelRange at = tailRange(arm);
        Diagnostic.Builder d = Diagnostic.error("`match` arms have incompatible types").code("E0308")
                .primary(RelDiagnostic.rel(at.start(), at.end()), "expected " + sort(expected) + ", found " + sort(found));
        String t = show(expected);
        if (priorArms.size() <= 4) {
            for (int prior : priorArms) {
                RelRange pr = tailRange(prior);
                d.secondary(RelDiagnostic.rel(pr.start(), pr.end()), "this is found to be of type `" + t + "`");
            }
        } else {
            RelRange pr = tailRange(priorArms.get(priorArms.size() - 1));
            d.secondary(RelDiagnostic.rel(pr.start(), pr.end()), "this and all prior arms are found to be of type `"
                    + t + "`");
        }
        // rustc labels the whole match when it spans lines, else just `match` and the scrutinee.
        // FIXME: multi-line arms (rustc then also labels just `match scrutinee`) are not detected.
        RelRange whole = body.exprRange(match);
        Expr.Match m = (Expr.Match) body.expr(match);
        if (!m.newArmSpacing().startsWith("\n")) {
            whole = new RelRange(whole.start(), body.exprRange(m.scrutinee()).end());
        }
        d.secondary(RelDiagnostic.rel(whole.start(), whole.end()), "`match` arms have incompatible types");
        diagnostics.add(new RelDiagnostic(d.build()));
    }

    /** The else block of a `let...else` must diverge. */
    private void checkLetElse(int els) {
        Ty t = inferExpr(els, null);
        Ty r = resolve(t);
        if (r instanceof Ty.Never || r instanceof Ty.Error) {
            return;
        }
        RelRange range = body.exprRange(els);
        String found = sort(r);
        diagnostics.add(new RelDiagnostic(Diagnostic.error("`else` clause of `let...else` does not diverge")
                .code("E0308").primary(RelDiagnostic.rel(range.start(), range.end()), "expected `!`, found " + found)
                .note("expected type `!`\n   found type `" + show(r) + "`")
                .help("try adding a diverging expression, such as `return` or `panic!(..)`")
                .help("...or use `match` instead of `let...else`").build()));
    }

    /** Value of an integer literal, for range checks by later passes. */
    static BigInteger value(Literal.Int i) {
        return i.value();
    }
}
