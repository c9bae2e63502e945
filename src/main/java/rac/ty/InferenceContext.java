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

    private InferenceContext(Body body, FnSig sig, TyEnv env) {
        this.body = body;
        this.sig = sig;
        this.env = env;
        this.signatures = env::fnSig;
        this.constTypes = env::constType;
        this.typeScope = env.typeScope();
        this.exprTypes = new Ty[body.exprs().size()];
        this.bindingTypes = new Ty[body.bindings().size()];
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
        return new InferenceResult(exprs, bindings, diagnostics, methods, paths, forLoops, unsizes);
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
                if (a.op().isShift()) {
                    Ty rhs = inferExpr(a.rhs(), null);
                    requireInteger(a.rhs(), rhs);
                } else {
                    checkExprCoercing(a.rhs(), lhs);
                }
                requireArith(id, a.op(), lhs, lhs);
                yield Ty.UNIT;
            }
            case Expr.Call c -> inferCall(id, c);
            case Expr.Block b -> inferBlock(b, expected);
            case Expr.If i -> inferIf(i, expected);
            case Expr.Loop l -> inferLoop(l, expected);
            case Expr.Break b -> {
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
            case Expr.Continue c -> Ty.NEVER;
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
            case Expr.StructLit sl -> inferStructLit(id, sl);
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
            case Expr.Print p -> {
                java.util.Map<Integer, Ty> argTypes = new java.util.HashMap<>();
                for (Expr.FmtPiece piece : p.pieces()) {
                    if (piece instanceof Expr.FmtPiece.Arg a) {
                        checkFormatArg(a, argTypes);
                    }
                }
                yield Ty.UNIT;
            }
        };
        return record(id, ty);
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
        if (implementsFormat(r, spec.trait())) {
            return;
        }
        RelRange range = body.exprRange(a.arg());
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
        return switch (trait) {
            case DISPLAY -> isInt || isFloat || r instanceof Ty.Bool || r instanceof Ty.Char || r instanceof Ty.Str
                    || r instanceof Ty.Error || (r instanceof Ty.Ref ref && resolve(ref.pointee()) instanceof Ty.Str);
            case DEBUG -> implementsFormat(r, rac.hir.FmtSpec.Trait.DISPLAY)
                    || (r instanceof Ty.Tuple tu && tu.elements().stream().allMatch(e -> implementsFormat(e, trait)));
            case LOWER_HEX, UPPER_HEX, OCTAL, BINARY -> isInt || r instanceof Ty.Error;
            case LOWER_EXP, UPPER_EXP -> isInt || isFloat || r instanceof Ty.Error;
        };
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
        AdtDef adt = env.adtDef(env.adtOfCtor(ctor));
        int v = adt.variantIndex(ctor);
        AdtDef.VariantDef variant = adt.variants().get(v);
        RelRange r = body.exprRange(id);
        switch (variant.kind()) {
            case UNIT -> {
                return adt.ty();
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
        AdtDef adt = env.adtDef(env.adtOfCtor(ctor));
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
            return adt.ty();
        }
        for (int i = 0; i < n; i++) {
            checkExprCoercing(c.args().get(i), variant.fields().get(i).ty());
        }
        return adt.ty();
    }

    private Ty selfType(RelRange at) {
        Ty t = TypeLowering.lower(new rac.hir.TypeRef.Path(List.of("Self")), typeScope, problem -> error(problem.code(),
                problem.message(), at, problem.label(), List.of()));
        return t;
    }

    private Ty inferStructLit(int id, Expr.StructLit sl) {
        AdtDef adt;
        AdtDef.VariantDef variant;
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
        } else {
            adt = env.adtDef(env.adtOfCtor(sl.ctor()));
            variant = adt.variants().get(adt.variantIndex(sl.ctor()));
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
            checkExprCoercing(f.expr(), variant.fields().get(idx).ty());
        }
        if (sl.base() >= 0) {
            checkExprCoercing(sl.base(), adt.ty());
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
        return adt.ty();
    }

    /** rustc points at the path of a struct expression. */
    private RelRange structPathRange(int id) {
        return ((Expr.StructLit) body.expr(id)).pathRange();
    }

    /** {@code Self}, {@code Type::assoc} or {@code Alias::Variant} used as a value. */
    private Ty inferTypePath(int id, Expr.TypePath tp) {
        RelRange r = body.exprRange(id);
        Ty ty = resolve(TypeLowering.lower(tp.ty(), typeScope, problem -> error(problem.code(), problem.message(),
                r, problem.label(), List.of())));
        if (ty instanceof Ty.Error) {
            return Ty.ERROR;
        }
        if (tp.name() == null) {
            if (ty instanceof Ty.Adt a && !env.adtDef(a.def()).isEnum()) {
                paths.put(id, a.def());
                return inferCtorValue(id, a.def());
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
            return inferCtorValue(id, item);
        }
        for (TyEnv.AssocItem ai : env.inherentItems(ty)) {
            if (ai.def().equals(item) && !ai.isFn()) {
                return env.constType(item);
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
        return null;
    }

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
        Ty ty = resolve(TypeLowering.lower(tp.ty(), typeScope, problem -> error(problem.code(), problem.message(),
                r, problem.label(), List.of())));
        record(c.callee(), Ty.UNIT);
        DefId item = null;
        if ((ty instanceof Ty.Int || ty instanceof Ty.Float || ty instanceof Ty.Char || ty instanceof Ty.Bool)
                && tp.name() != null) {
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
            return inferCtorCall(id, item, c);
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
        return checkCallArgs(id, c, env.fnSig(item), 0);
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
                    if (selfParam.equals(step)) {
                        autoRef = InferenceResult.AutoRef.NONE;
                    } else if (selfParam instanceof Ty.Ref sr && sr.pointee().equals(step)) {
                        autoRef = sr.mutable() ? InferenceResult.AutoRef.MUT : InferenceResult.AutoRef.SHARED;
                    } else {
                        continue;
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
        }
        Ty base = steps.get(steps.size() - 1);
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
                RelRange pr = body.patRange(body.bindings().get(l.binding()).pat());
                d.suggestion(rac.diag.Suggestion.of("you must specify a type for this binding, like `" + suggested + "`",
                        RelDiagnostic.rel(pr.end(), pr.end()), ": " + suggested,
                        rac.diag.Suggestion.Applicability.MAYBE_INCORRECT).withStyle(rac.diag.Suggestion.Style.SHOW_ALWAYS));
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

    /** Methods of the primitive types in std that rac does not build in (not E0599, but "not supported"). */
    private static final java.util.Set<String> KNOWN_STD_METHODS = java.util.Set.of("checked_add", "checked_sub",
            "checked_mul", "checked_div", "checked_rem", "checked_pow", "checked_neg", "checked_abs", "checked_shl",
            "checked_shr", "checked_ilog2", "checked_ilog10", "checked_next_power_of_two", "overflowing_neg",
            "overflowing_pow", "overflowing_div", "overflowing_rem", "overflowing_abs", "overflowing_shl",
            "overflowing_shr", "wrapping_div", "wrapping_rem", "wrapping_shl", "wrapping_shr", "to_string",
            "total_cmp", "partial_cmp", "cmp", "eq", "ne", "lt", "le", "gt", "ge", "clone", "to_digit",
            "to_uppercase", "to_lowercase", "then", "then_some", "to_be_bytes", "to_le_bytes", "to_ne_bytes",
            "encode_utf8", "encode_utf16", "escape_debug", "escape_default", "escape_unicode", "hash", "fmt",
            "into", "try_into", "from", "to_owned", "as_ascii", "midpoint", "div_ceil", "next_multiple_of",
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
                return v.fields().get(idx).ty();
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
        Ty lhs = inferExpr(b.lhs(), expected);
        Ty rhs = inferExpr(b.rhs(), lhs);
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

    private Ty inferUnary(int id, Expr.Unary u, Ty expected) {
        Ty t = inferExpr(u.operand(), u.op() == UnaryOp.DEREF ? null : expected);
        Ty r = resolve(t);
        if (r instanceof Ty.Error || r instanceof Ty.Never) {
            return r;
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
        int n = callee2.params().size();
        if (c.args().size() != n) {
            for (int a : c.args()) {
                inferExpr(a, null);
            }
            String takes = n == 1 ? "1 argument" : n + " arguments";
            String supplied = c.args().size() == 1 ? "1 argument was" : c.args().size() + " arguments were";
            error("E0061", "this function takes " + takes + " but " + supplied + " supplied",
                    body.exprRange(c.callee()), "", List.of());
            return callee2.ret();
        }
        for (int i = 0; i < n; i++) {
            checkExprCoercing(c.args().get(i), callee2.params().get(i));
        }
        return callee2.ret();
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
                }
                case Stmt.ExprStmt es -> {
                    Expr inner = body.expr(es.expr());
                    Ty t;
                    boolean blockLike = inner instanceof Expr.If || inner instanceof Expr.Block
                            || inner instanceof Expr.Loop;
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
        LoopFrame frame = new LoopFrame(l.label(), l.source() == Expr.LoopSource.WHILE);
        loops.add(frame);
        inferExpr(l.body(), Ty.UNIT);
        loops.remove(loops.size() - 1);
        if (frame.isWhile) {
            return Ty.UNIT;
        }
        return frame.breakTy == null ? Ty.NEVER : frame.breakTy;
    }

    private LoopFrame findLoop(String label) {
        for (int i = loops.size() - 1; i >= 0; i--) {
            if (label == null || label.equals(loops.get(i).label)) {
                return loops.get(i);
            }
        }
        return null;
    }

    private void bindPat(int patId, Ty ty) {
        Pat p = body.pat(patId);
        switch (p) {
            case Pat.Bind b -> bindingTypes[b.binding()] = ty;
            case Pat.Wild w -> { }
            case Pat.Missing m -> { }
            case Pat.Tuple t -> {
                Ty r = resolve(ty);
                int n = t.elements().size();
                if (r instanceof Ty.Infer) {
                    List<Ty> vars = new ArrayList<>();
                    for (int i = 0; i < n; i++) {
                        vars.add(newVar(Ty.InferKind.GENERAL));
                    }
                    unify(r, new Ty.Tuple(vars));
                    r = resolve(ty);
                }
                if (r instanceof Ty.Tuple tt && tt.elements().size() == n) {
                    for (int i = 0; i < n; i++) {
                        bindPat(t.elements().get(i), tt.elements().get(i));
                    }
                    return;
                }
                if (!(r instanceof Ty.Error)) {
                    RelRange range = body.patRange(patId);
                    String label = r instanceof Ty.Tuple tt
                            ? "expected a tuple with " + tt.elements().size() + " element" + (tt.elements().size() == 1
                            ? "" : "s") + ", found one with " + n + " element" + (n == 1 ? "" : "s")
                            : "expected " + sort(r) + ", found tuple";
                    Diagnostic.Builder d = Diagnostic.error("mismatched types").code("E0308")
                            .primary(RelDiagnostic.rel(range.start(), range.end()), label);
                    if (letInit >= 0) {
                        RelRange init = body.exprRange(letInit);
                        d.secondary(RelDiagnostic.rel(init.start(), init.end()),
                                "this expression has type `" + show(r) + "`");
                    }
                    StringBuilder found = new StringBuilder("(");
                    for (int i = 0; i < n; i++) {
                        found.append(i > 0 ? ", " : "").append('_');
                    }
                    found.append(n == 1 ? ",)" : ")");
                    String expectedWord = r instanceof Ty.Tuple ? "tuple" : "type";
                    d.note("expected " + expectedWord + " `" + show(r) + "`\n" + " ".repeat(expectedWord.length() - 2)
                            + "found tuple `" + found + "`");
                    diagnostics.add(new RelDiagnostic(d.build()));
                }
                for (int e : t.elements()) {
                    bindPat(e, Ty.ERROR);
                }
            }
        }
    }

    /** Value of an integer literal, for range checks by later passes. */
    static BigInteger value(Literal.Int i) {
        return i.value();
    }
}
