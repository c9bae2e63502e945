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
        Ty breakTy;

        LoopFrame(String label, boolean isWhile) {
            this.label = label;
            this.isWhile = isWhile;
        }
    }

    private InferenceContext(Body body, FnSig sig, Function<DefId, FnSig> signatures, Function<DefId, Ty> constTypes,
                             TypeLowering.TypeScope typeScope) {
        this.body = body;
        this.sig = sig;
        this.signatures = signatures;
        this.constTypes = constTypes;
        this.typeScope = typeScope;
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
    public static InferenceResult infer(Body body, FnSig sig, Function<DefId, FnSig> signatures,
                                        Function<DefId, Ty> constTypes, TypeLowering.TypeScope typeScope) {
        InferenceContext cx = new InferenceContext(body, sig, signatures, constTypes, typeScope);
        return cx.run();
    }

    private InferenceResult run() {
        for (int i = 0; i < body.params().size() && i < sig.params().size(); i++) {
            bindPat(body.params().get(i), sig.params().get(i));
        }
        checkExprCoercing(body.root(), sig.ret());
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
        return new InferenceResult(exprs, bindings, diagnostics, pts, adjs, modes);
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
            case Expr.Match m -> inferMatch(id, m, expected);
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
            case Expr.Cast c -> inferCast(id, c);
            case Expr.Ref r -> {
                Ty exp = expected == null ? null : resolve(expected);
                Ty inner = inferExpr(r.expr(), exp instanceof Ty.Ref er ? er.pointee() : null);
                yield new Ty.Ref(r.mutable(), inner);
            }
            case Expr.Print p -> {
                for (Expr.FmtPiece piece : p.pieces()) {
                    if (piece instanceof Expr.FmtPiece.Arg a) {
                        Ty t = inferExpr(a.arg(), null);
                        Ty r = resolve(t);
                        // Display for &T is T's.
                        while (r instanceof Ty.Ref ref && !(resolve(ref.pointee()) instanceof Ty.Str)) {
                            r = resolve(ref.pointee());
                        }
                        boolean ok = r instanceof Ty.Int || r instanceof Ty.Bool || r instanceof Ty.Error
                                || (r instanceof Ty.Infer v && v.kind() == Ty.InferKind.INT)
                                || (r instanceof Ty.Ref ref && resolve(ref.pointee()) instanceof Ty.Str);
                        if (r instanceof Ty.Char || (r instanceof Ty.Int it && it.kind().bits() == 128)) {
                            error(null, "printing `" + show(r) + "` is not supported by rac yet",
                                    body.exprRange(a.arg()), "", List.of());
                        } else if (!ok) {
                            error("E0277", "`" + show(t) + "` doesn't implement `std::fmt::Display`",
                                    body.exprRange(a.arg()),
                                    "`" + show(t) + "` cannot be formatted with the default formatter", List.of());
                        }
                    }
                }
                yield Ty.UNIT;
            }
        };
        return record(id, ty);
    }

    private Ty inferCast(int id, Expr.Cast c) {
        Ty target = TypeLowering.lower(c.ty(), typeScope, problem -> error(problem.code(), problem.message(), body.exprRange(id),
                problem.label(), List.of()));
        Ty from = resolve(inferExpr(c.expr(), null));
        if (target instanceof Ty.Error || from instanceof Ty.Error || from instanceof Ty.Never) {
            return target;
        }
        boolean fromInt = isIntegral(from);
        boolean ok = switch (target) {
            case Ty.Int ti -> fromInt || from instanceof Ty.Bool || from instanceof Ty.Char;
            case Ty.Char ch -> from instanceof Ty.Int fi && fi.kind() == IntTy.U8 || from instanceof Ty.Char;
            case Ty.Bool bo -> from instanceof Ty.Bool;
            default -> from.equals(target);
        };
        if (ok) {
            return target;
        }
        RelRange r = body.exprRange(id);
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

    private Ty inferField(int id, Expr.Field f) {
        Ty base = resolve(inferExpr(f.base(), null));
        while (base instanceof Ty.Ref r) {
            base = resolve(r.pointee());
        }
        if (base instanceof Ty.Error) {
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
        while (body.expr(e) instanceof Expr.Field f) {
            e = f.base();
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
        checkPat(patId, ty, rac.hir.Binding.ByRef.NO);
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
