package rac.ty;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import rac.diag.Diagnostic;
import rac.diag.Suggestion;
import rac.hir.Body;
import rac.hir.DefId;
import rac.hir.Expr;
import rac.hir.Literal;
import rac.hir.Pat;
import rac.hir.RelDiagnostic;
import rac.hir.RelRange;
import rac.hir.Stmt;
import rac.pat.MatchCheck;
import rac.pat.MatchReport;
import rac.pat.PatTy;
import rac.pat.Unreachable;

/**
 * rustc's match checking of one type-checked body (its {@code check_match} pass): range bounds
 * (E0030, E0579), exhaustiveness of {@code match} (E0004), irrefutability of {@code let} and
 * parameter patterns (E0005), the {@code unreachable_patterns} and {@code irrefutable_let_patterns}
 * lints. Adapts the typed HIR patterns (with the implicit dereferences inference recorded) to
 * {@link rac.pat}'s model and renders its reports as rustc's diagnostics.
 */
public final class PatternCheck {
    /** The note rustc adds to the first unreachable-pattern warning. */
    public static final String UNREACHABLE_NOTE =
            "`#[warn(unreachable_patterns)]` (part of `#[warn(unused)]`) on by default";
    /** The note rustc adds to the first irrefutable-let warning. */
    public static final String IRREFUTABLE_LET_NOTE = "`#[warn(irrefutable_let_patterns)]` on by default";

    private final Body body;
    private final InferenceResult types;
    private final Function<DefId, BigInteger> constValues;
    private final List<RelDiagnostic> out = new ArrayList<>();
    /** The HIR pattern each converted pattern came from (for spans). */
    private final Map<rac.pat.Pat, Integer> origin = new IdentityHashMap<>();
    private boolean rangeError;

    private final Function<DefId, AdtDef> adtDefs;
    /** One exhaustiveness-checker view per struct or enum instance (the checker memoizes by identity). */
    private final Map<Ty.Adt, PatTy.Adt> adtViews = new java.util.HashMap<>();

    private PatternCheck(Body body, InferenceResult types, Function<DefId, BigInteger> constValues,
                         Function<DefId, AdtDef> adtDefs) {
        this.body = body;
        this.types = types;
        this.constValues = constValues;
        this.adtDefs = adtDefs;
    }

    /** The diagnostics of a body that type-checked without errors, in rustc's order. */
    public static List<RelDiagnostic> check(Body body, InferenceResult types, Function<DefId, BigInteger> constValues) {
        return check(body, types, constValues, d -> {
            throw new IllegalStateException("no struct or enum definitions available");
        });
    }

    /** As {@link #check(Body, InferenceResult, Function)}, with the definitions of structs and enums. */
    public static List<RelDiagnostic> check(Body body, InferenceResult types, Function<DefId, BigInteger> constValues,
                                            Function<DefId, AdtDef> adtDefs) {
        PatternCheck c = new PatternCheck(body, types, constValues, adtDefs);
        for (int p : body.params()) {
            c.irrefutable(p, "function argument", -1, -1);
        }
        c.visit(body.root());
        return c.out;
    }

    // ---- walking the body in source order ----

    private void visit(int expr) {
        Expr e = body.expr(expr);
        switch (e) {
            case Expr.Match m -> {
                // As rustc's MatchVisitor: the match itself, then what is inside it.
                checkMatch(expr, m);
                visit(m.scrutinee());
                for (Expr.MatchArm arm : m.arms()) {
                    if (arm.guard() >= 0) {
                        visit(arm.guard());
                    }
                    if (arm.body() >= 0) {
                        visit(arm.body());
                    }
                }
            }
            case Expr.Block b -> {
                for (Stmt s : b.stmts()) {
                    switch (s) {
                        case Stmt.Let let -> {
                            if (let.els() >= 0) {
                                letElse(let);
                            } else {
                                irrefutable(let.pat(), "local binding", let.init(), let.letStart());
                            }
                            if (let.init() >= 0) {
                                visit(let.init());
                            }
                            if (let.els() >= 0) {
                                visit(let.els());
                            }
                        }
                        case Stmt.ExprStmt es -> visit(es.expr());
                    }
                }
                if (b.tail() >= 0) {
                    visit(b.tail());
                }
            }
            case Expr.Binary b -> {
                visit(b.lhs());
                visit(b.rhs());
            }
            case Expr.Unary u -> visit(u.operand());
            case Expr.Assign a -> {
                visit(a.lhs());
                visit(a.rhs());
            }
            case Expr.AssignOp a -> {
                visit(a.lhs());
                visit(a.rhs());
            }
            case Expr.Call c -> {
                visit(c.callee());
                c.args().forEach(this::visit);
            }
            case Expr.If i -> {
                visit(i.cond());
                visit(i.then());
                if (i.otherwise() >= 0) {
                    visit(i.otherwise());
                }
            }
            case Expr.Loop l -> visit(l.body());
            case Expr.Break b -> {
                if (b.value() >= 0) {
                    visit(b.value());
                }
            }
            case Expr.Return r -> {
                if (r.value() >= 0) {
                    visit(r.value());
                }
            }
            case Expr.Try t -> visit(t.inner());
            case Expr.Ref r -> visit(r.expr());
            case Expr.Cast c -> visit(c.expr());
            case Expr.Tuple t -> t.elements().forEach(this::visit);
            case Expr.Field f -> visit(f.base());
            case Expr.InlineAsm a -> {
                for (rac.hir.Asm.Operand op : a.operands()) {
                    if (op.in() >= 0) {
                        visit(op.in());
                    }
                    if (op.out() >= 0) {
                        visit(op.out());
                    }
                }
            }
            case Expr.Print p -> {
                for (Expr.FmtPiece piece : p.pieces()) {
                    if (piece instanceof Expr.FmtPiece.Arg a) {
                        visit(a.arg());
                    }
                }
            }
            case Expr.Missing m -> { }
            case Expr.Lit l -> { }
            case Expr.Local l -> { }
            case Expr.ConstRef c -> { }
            case Expr.FnRef f -> { }
            case Expr.StdFn f -> { }
            case Expr.Continue c -> { }
            case Expr.CtorRef c -> { }
            case Expr.TypePath t -> { }
            case Expr.StructLit sl -> {
                sl.fields().forEach(f -> visit(f.expr()));
                if (sl.base() >= 0) {
                    visit(sl.base());
                }
            }
            case Expr.MethodCall mc -> {
                visit(mc.receiver());
                mc.args().forEach(this::visit);
            }
            case Expr.Array a -> a.elements().forEach(this::visit);
            case Expr.ArrayRepeat a -> {
                visit(a.value());
                visit(a.count());
            }
            case Expr.Index ix -> {
                visit(ix.base());
                visit(ix.index());
            }
            case Expr.Range rg -> {
                if (rg.start() >= 0) {
                    visit(rg.start());
                }
                if (rg.end() >= 0) {
                    visit(rg.end());
                }
            }
            case Expr.For f -> {
                irrefutable(f.pat(), "`for` loop binding", -1, -1);
                visit(f.iterable());
                visit(f.body());
            }
        }
    }

    // ---- types and patterns in rac.pat's model ----

    PatTy patTy(Ty t) {
        return switch (t) {
            case Ty.Int i -> new PatTy.Int(i.kind());
            case Ty.Bool b -> new PatTy.Bool();
            case Ty.Char c -> new PatTy.Char();
            case Ty.Str s -> new PatTy.Str();
            case Ty.Float f -> new PatTy.Float(f.bits());
            case Ty.Never n -> new PatTy.Never();
            case Ty.Ref r -> new PatTy.Ref(r.mutable(), patTy(r.pointee()));
            case Ty.Tuple tu -> new PatTy.Tuple(tu.elements().stream().map(this::patTy).toList());
            case Ty.Infer v -> new PatTy.Opaque("_");
            case Ty.Adt a -> adtView(a);
            case Ty.Array a -> new PatTy.Array(patTy(a.element()), (int) a.len());
            case Ty.Slice a -> new PatTy.Slice(patTy(a.element()));
            case Ty.Param a -> new PatTy.Opaque(Ty.display(a));
            case Ty.Error e -> new PatTy.Opaque("{type error}");
        };
    }

    /** The exhaustiveness checker's view of a struct or enum instance. */
    private PatTy.Adt adtView(Ty.Adt a) {
        PatTy.Adt view = adtViews.get(a);
        if (view != null) {
            return view;
        }
        AdtDef def = adtDefs.apply(a.def());
        PatternCheck self = this;
        rac.pat.AdtDef pd = new rac.pat.AdtDef() {
            private final rac.pat.VariantDef[] variants = new rac.pat.VariantDef[def.variants().size()];

            @Override
            public String typeName() {
                return Ty.display(a);
            }

            @Override
            public boolean isEnum() {
                return def.isEnum();
            }

            @Override
            public int variantCount() {
                return def.variants().size();
            }

            @Override
            public rac.pat.VariantDef variant(int index) {
                if (variants[index] == null) {
                    AdtDef.VariantDef v = def.variants().get(index);
                    List<rac.pat.VariantDef.Field> fields = new ArrayList<>();
                    for (int i = 0; i < v.fields().size(); i++) {
                        fields.add(new rac.pat.VariantDef.Field(v.fields().get(i).name(),
                                self.patTy(def.fieldTy(v, i, a))));
                    }
                    rac.pat.VariantDef.Kind kind = switch (v.kind()) {
                        case UNIT -> rac.pat.VariantDef.Kind.UNIT;
                        case TUPLE -> rac.pat.VariantDef.Kind.TUPLE;
                        case RECORD -> rac.pat.VariantDef.Kind.STRUCT;
                    };
                    variants[index] = new rac.pat.VariantDef(def.isEnum() ? def.name() + "::" + v.name() : def.name(),
                            kind, fields);
                }
                return variants[index];
            }

            @Override
            public Object definitionId() {
                return def.def();
            }
        };
        view = new PatTy.Adt(pd);
        adtViews.put(a, view);
        return view;
    }

    /** Converts a pattern, making the implicit dereferences explicit; range bound errors are reported here. */
    private rac.pat.Pat convert(int patId) {
        Ty ty = types.patType(patId);
        rac.pat.Pat p = switch (body.pat(patId)) {
            case Pat.Missing m -> new rac.pat.Pat.Error();
            case Pat.Wild w -> new rac.pat.Pat.Wild();
            case Pat.Bind b -> new rac.pat.Pat.Binding(body.bindings().get(b.binding()).name(),
                    b.sub() >= 0 ? convert(b.sub()) : null);
            case Pat.Adt ap -> {
                if (!(ty instanceof Ty.Adt at)) {
                    yield new rac.pat.Pat.Error();
                }
                AdtDef def = adtDefs.apply(at.def());
                int v = ap.variantIn(def::variantIndex, name -> {
                    for (int i = 0; i < def.variants().size(); i++) {
                        if (def.variants().get(i).name().equals(name)) {
                            return i;
                        }
                    }
                    return 0;
                });
                AdtDef.VariantDef variant = def.variants().get(v);
                List<rac.pat.Pat.FieldPat> fields = new ArrayList<>();
                int n = ap.fields().size();
                int len = variant.fields().size();
                for (int i = 0; i < n; i++) {
                    int field = ap.kind() == rac.hir.ItemTree.FieldsKind.RECORD ? variant.fieldIndex(ap.names().get(i))
                            : ap.rest() >= 0 && i >= ap.rest() ? len - (n - i) : i;
                    if (field >= 0) {
                        fields.add(new rac.pat.Pat.FieldPat(field, convert(ap.fields().get(i))));
                    }
                }
                yield new rac.pat.Pat.Variant(v, fields);
            }
            case Pat.Tuple t -> {
                if (!(ty instanceof Ty.Tuple tt)) {
                    yield new rac.pat.Pat.Error();
                }
                List<rac.pat.Pat> elems = new ArrayList<>();
                int n = t.elements().size();
                int len = tt.elements().size();
                for (int i = 0; i < len; i++) {
                    if (t.rest() < 0 || i < t.rest()) {
                        elems.add(i < n ? convert(t.elements().get(i)) : new rac.pat.Pat.Error());
                    } else if (i >= len - (n - t.rest())) {
                        elems.add(convert(t.elements().get(n - (len - i))));
                    } else {
                        elems.add(new rac.pat.Pat.Wild());
                    }
                }
                yield new rac.pat.Pat.Tuple(elems);
            }
            case Pat.Lit l -> l.value() instanceof Literal.Str s ? new rac.pat.Pat.StrLit(s.value())
                    : scalar(value(patId), ty);
            case Pat.Const c -> scalar(constValues.apply(c.def()), ty);
            case Pat.Range r -> range(patId, r);
            case Pat.Ref r -> new rac.pat.Pat.Ref(convert(r.inner()));
            case Pat.Slice s -> {
                if (!(ty instanceof Ty.Array) && !(ty instanceof Ty.Slice)) {
                    yield new rac.pat.Pat.Error();
                }
                yield new rac.pat.Pat.Slice(s.prefix().stream().map(this::convert).toList(), s.hasRest(),
                        s.suffix().stream().map(this::convert).toList());
            }
            case Pat.Or o -> {
                List<rac.pat.Pat> alts = new ArrayList<>();
                for (int a : o.alternatives()) {
                    alts.add(convert(a));
                }
                yield new rac.pat.Pat.Or(alts);
            }
        };
        origin.put(p, patId);
        List<Ty> adj = types.patAdjustment(patId);
        for (int i = 0; i < adj.size(); i++) {
            p = new rac.pat.Pat.Ref(p);
            origin.put(p, patId);
        }
        return p;
    }

    private static rac.pat.Pat scalar(BigInteger v, Ty ty) {
        if (v == null) {
            return new rac.pat.Pat.Error();
        }
        return switch (ty) {
            case Ty.Bool b -> new rac.pat.Pat.BoolLit(v.signum() != 0);
            case Ty.Char c -> new rac.pat.Pat.CharLit(v.intValue());
            case Ty.Int i -> new rac.pat.Pat.IntLit(v);
            default -> new rac.pat.Pat.Error();
        };
    }

    /** The value of a literal or const pattern (chars as code points, bools as 0/1); null if unknown. */
    private BigInteger value(int patId) {
        return switch (body.pat(patId)) {
            case Pat.Lit l -> switch (l.value()) {
                case Literal.Int i -> l.negated() ? i.value().negate() : i.value();
                case Literal.Char c -> BigInteger.valueOf(c.value());
                case Literal.Bool b -> b.value() ? BigInteger.ONE : BigInteger.ZERO;
                default -> null;
            };
            case Pat.Const c -> constValues.apply(c.def());
            default -> null;
        };
    }

    private rac.pat.Pat range(int patId, Pat.Range r) {
        BigInteger lo = r.lo() >= 0 ? value(r.lo()) : null;
        BigInteger hi = r.hi() >= 0 ? value(r.hi()) : null;
        if ((r.lo() >= 0 && lo == null) || (r.hi() >= 0 && hi == null)) {
            return new rac.pat.Pat.Error();
        }
        if (lo != null && hi != null) {
            RelRange at = body.patRange(patId);
            if (r.inclusive() && lo.compareTo(hi) > 0) {
                out.add(new RelDiagnostic(Diagnostic.error(
                        "lower bound for range pattern must be less than or equal to upper bound").code("E0030")
                        .primary(RelDiagnostic.rel(at.start(), at.end()), "lower bound larger than upper bound")
                        .build()));
                rangeError = true;
                return new rac.pat.Pat.Error();
            }
            if (!r.inclusive() && lo.compareTo(hi) >= 0) {
                out.add(new RelDiagnostic(Diagnostic.error("lower bound for range pattern must be less than upper bound")
                        .code("E0579").primary(RelDiagnostic.rel(at.start(), at.end()), "").build()));
                rangeError = true;
                return new rac.pat.Pat.Error();
            }
        }
        return new rac.pat.Pat.Range(lo, hi, r.inclusive());
    }

    /** A `let...else` whose pattern always matches gets rustc's irrefutable_let_patterns warning. */
    private void letElse(Stmt.Let let) {
        rangeError = false;
        rac.pat.Pat p = convert(let.pat());
        if (rangeError) {
            return;
        }
        MatchReport report = MatchCheck.checkIrrefutable(outerType(let.pat()), p);
        if (report.suppressed() || !report.isExhaustive()) {
            return;
        }
        RelRange pat = body.patRange(let.pat());
        RelRange init = body.exprRange(let.init());
        int start = let.letStart() >= 0 ? let.letStart() : pat.start();
        out.add(new RelDiagnostic(Diagnostic.warning("irrefutable `let...else` pattern")
                .primary(RelDiagnostic.rel(start, init.end()), "")
                .note("this pattern will always match, so the `else` clause is useless")
                .help("consider removing the `else` clause")
                .note(IRREFUTABLE_LET_NOTE).build()));
    }

    /** The type a pattern is matched against before its implicit dereferences. */
    private PatTy outerType(int patId) {
        List<Ty> adj = types.patAdjustment(patId);
        return patTy(adj.isEmpty() ? types.patType(patId) : adj.get(0));
    }

    private RelRange span(rac.pat.Pat p) {
        Integer id = origin.get(p);
        return id == null ? null : body.patRange(id);
    }

    // ---- match ----

    private void checkMatch(int expr, Expr.Match m) {
        List<MatchCheck.Arm> arms = new ArrayList<>();
        rangeError = false;
        for (Expr.MatchArm arm : m.arms()) {
            arms.add(new MatchCheck.Arm(convert(arm.pat()), arm.guard() >= 0));
        }
        if (rangeError) {
            return;
        }
        PatTy ty = patTy(types.exprType(m.scrutinee()));
        MatchReport report = MatchCheck.checkMatch(ty, arms);
        if (report.suppressed()) {
            return;
        }
        switch (m.source()) {
            case MATCH -> {
                for (Unreachable u : report.unreachable()) {
                    unreachable(u);
                }
                if (!report.isExhaustive()) {
                    nonExhaustive(expr, m, report);
                }
            }
            case IF_LET, WHILE_LET -> {
                boolean irrefutable = report.unreachable().stream().anyMatch(u -> u.arm() == 1);
                for (Unreachable u : report.unreachable()) {
                    if (u.arm() == 0) {
                        unreachable(u);
                    }
                }
                if (irrefutable) {
                    irrefutableLet(m);
                }
            }
            case MATCHES_MACRO -> { }
        }
    }

    private void unreachable(Unreachable u) {
        RelRange at = span(u.pat());
        if (at == null) {
            return;
        }
        Diagnostic.Builder d = Diagnostic.warning(Unreachable.MESSAGE);
        if (u.coveredBy().isEmpty()) {
            d.primary(RelDiagnostic.rel(at.start(), at.end()), u.matchesNoValuesLabel());
        } else if (!u.coveredByMany()) {
            RelRange cover = span(u.coveredBy().get(0));
            d.primary(RelDiagnostic.rel(at.start(), at.end()), Unreachable.NO_VALUE_CAN_REACH);
            if (cover != null) {
                d.secondary(RelDiagnostic.rel(cover.start(), cover.end()), u.singleCoverLabel());
            }
        } else {
            d.primary(RelDiagnostic.rel(at.start(), at.end()), Unreachable.NO_VALUE_CAN_REACH);
            List<rac.diag.Label> labels = new ArrayList<>();
            for (int i = 0; i < Math.min(Unreachable.MAX_COVERED_BY_SHOWN, u.coveredBy().size()); i++) {
                RelRange c = span(u.coveredBy().get(i));
                if (c != null) {
                    labels.add(new rac.diag.Label(RelDiagnostic.rel(c.start(), c.end()),
                            Unreachable.MANY_COVER_LABEL, false));
                }
            }
            labels.add(new rac.diag.Label(RelDiagnostic.rel(at.start(), at.end()), u.manyLabel(), true));
            d.child(rac.diag.Level.NOTE, Unreachable.MANY_NOTE, labels);
        }
        d.note(UNREACHABLE_NOTE);
        out.add(new RelDiagnostic(d.build()));
    }

    private void irrefutableLet(Expr.Match m) {
        boolean isWhile = m.source() == Expr.MatchSource.WHILE_LET;
        RelRange pat = body.patRange(m.arms().get(0).pat());
        RelRange init = body.exprRange(m.scrutinee());
        int start = m.letStart() >= 0 ? m.letStart() : pat.start();
        out.add(new RelDiagnostic(Diagnostic.warning("irrefutable `" + (isWhile ? "while" : "if") + " let` pattern")
                .primary(RelDiagnostic.rel(start, init.end()), "")
                .note(isWhile ? "this pattern will always match, so the loop will never exit"
                        : "this pattern will always match, so the `if let` is useless")
                .help(isWhile ? "consider instead using a `loop { ... }` with a `let` inside it"
                        : "consider replacing the `if let` with a `let`")
                .note(IRREFUTABLE_LET_NOTE).build()));
    }

    private void nonExhaustive(int expr, Expr.Match m, MatchReport report) {
        RelRange scrut = body.exprRange(m.scrutinee());
        Diagnostic.Builder d = Diagnostic.error(report.e0004Message()).code("E0004")
                .primary(RelDiagnostic.rel(scrut.start(), scrut.end()),
                        report.reportsNonEmptyType() ? "" : report.notCoveredLabel());
        for (String note : report.e0004Notes()) {
            d.note(note);
        }
        if (!m.arms().isEmpty()) {
            Expr.MatchArm last = m.arms().get(m.arms().size() - 1);
            int end = body.exprRange(last.body()).end();
            d.suggestion(Suggestion.of(report.helpMessage(), RelDiagnostic.rel(end, end),
                    "," + m.newArmSpacing() + report.suggestedArm(), Suggestion.Applicability.HAS_PLACEHOLDERS));
        } else {
            // Replace the empty arm list with one holding the suggested arm.
            RelRange whole = body.exprRange(expr);
            String indent = m.newArmSpacing();
            d.suggestion(Suggestion.of(report.helpMessage(), RelDiagnostic.rel(scrut.end(), whole.end()),
                    " {\n" + indent + "    " + report.suggestedArm() + ",\n" + indent + "}",
                    Suggestion.Applicability.HAS_PLACEHOLDERS));
        }
        out.add(new RelDiagnostic(d.build()));
    }

    // ---- irrefutable positions ----

    private void irrefutable(int patId, String origin, int init, int letStart) {
        rangeError = false;
        rac.pat.Pat p = convert(patId);
        if (rangeError) {
            return;
        }
        PatTy ty = outerType(patId);
        MatchReport report = MatchCheck.checkIrrefutable(ty, p);
        if (report.suppressed() || report.isExhaustive()) {
            return;
        }
        RelRange at = body.patRange(patId);
        Diagnostic.Builder d = Diagnostic.error(MatchReport.e0005Message(origin)).code("E0005")
                .primary(RelDiagnostic.rel(at.start(), at.end()), report.notCoveredLabel());
        if (init >= 0) {
            for (String note : MatchReport.LET_NOTES) {
                d.note(note);
            }
        }
        d.note(report.matchedTypeNote());
        if (init >= 0) {
            boolean hasBindings = hasBindings(patId);
            RelRange ir = body.exprRange(init);
            if (hasBindings) {
                d.suggestion(Suggestion.of(report.letHelp(true), RelDiagnostic.rel(ir.end(), ir.end()),
                        " else { todo!() }", Suggestion.Applicability.HAS_PLACEHOLDERS));
            } else {
                // rustc: `if let PAT = INIT { todo!() }` replacing `let ... = INIT`.
                if (letStart < 0) {
                    letStart = at.start();
                }
                d.suggestion(new Suggestion(report.letHelp(false), List.of(new Suggestion.Substitution(List.of(
                        new Suggestion.Part(RelDiagnostic.rel(letStart, letStart), "if "),
                        new Suggestion.Part(RelDiagnostic.rel(ir.end(), ir.end()), " { todo!() }")))),
                        Suggestion.Applicability.HAS_PLACEHOLDERS, Suggestion.Style.SHOW_CODE));
            }
        }
        out.add(new RelDiagnostic(d.build()));
    }

    private boolean hasBindings(int patId) {
        boolean[] found = {false};
        body.walkPat(patId, id -> found[0] |= body.pat(id) instanceof Pat.Bind);
        return found[0];
    }
}
