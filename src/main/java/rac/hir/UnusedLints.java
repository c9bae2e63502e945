package rac.hir;

import java.util.ArrayList;
import java.util.List;
import rac.diag.Diagnostic;

/**
 * rustc's {@code unused_mut}, {@code unused_variables} and (for variables that are never read at
 * all) {@code unused_assignments} lints over one body. Every warning carries its lint's
 * "on by default" note; the crate-level pass keeps that note on the first warning of each lint only,
 * as rustc does. Dead stores to variables that are read elsewhere need liveness on MIR (FIXME).
 */
public final class UnusedLints {
    /** The note rustc adds to the first warning of each lint. */
    public static final String UNUSED_VARIABLES_NOTE = "`#[warn(unused_variables)]` (part of `#[warn(unused)]`) on by default";
    public static final String UNUSED_MUT_NOTE = "`#[warn(unused_mut)]` (part of `#[warn(unused)]`) on by default";
    public static final String UNUSED_ASSIGNMENTS_NOTE = "`#[warn(unused_assignments)]` (part of `#[warn(unused)]`) on by default";
    public static final String DEAD_CODE_NOTE = "`#[warn(dead_code)]` (part of `#[warn(unused)]`) on by default";

    private UnusedLints() {
    }

    /** The lint warnings of a body that had no errors, in rustc's order. */
    public static List<RelDiagnostic> check(Body body) {
        return check(body, java.util.Set.of());
    }

    /**
     * As {@link #check(Body)}; {@code implicitMutBorrows} are expressions the type checker borrowed
     * mutably without a written {@code &mut} (method receivers, iterated arrays), which count as
     * mutations of their root variable.
     */
    /** The output places of {@code asm!} are written: their variables count as mutated. */
    private static void markAsmOutputs(Body body, boolean[] partial) {
        for (Expr e : body.exprs()) {
            if (e instanceof Expr.InlineAsm a) {
                for (Asm.Operand op : a.operands()) {
                    int root = op.out();
                    while (root >= 0 && (body.expr(root) instanceof Expr.Field || body.expr(root) instanceof Expr.Index)) {
                        root = body.expr(root) instanceof Expr.Field f ? f.base() : ((Expr.Index) body.expr(root)).base();
                    }
                    if (root >= 0 && body.expr(root) instanceof Expr.Local l) {
                        partial[l.binding()] = true;
                    }
                }
            }
        }
    }

    public static List<RelDiagnostic> check(Body body, java.util.Set<Integer> implicitMutBorrows) {
        int n = body.bindings().size();
        int[] reads = new int[n];
        List<List<Integer>> assignments = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            assignments.add(new ArrayList<>());
        }
        boolean[] assignTarget = new boolean[body.exprs().size()];
        boolean[] partial = new boolean[n];
        for (int id = 0; id < body.exprs().size(); id++) {
            Expr e = body.expr(id);
            int lhs = e instanceof Expr.Assign a ? a.lhs() : e instanceof Expr.AssignOp a ? a.lhs() : -1;
            if (lhs < 0) {
                continue;
            }
            if (body.expr(lhs) instanceof Expr.Local l) {
                assignTarget[lhs] = true;
                assignments.get(l.binding()).add(id);
            } else {
                // Assigning to a field (`t.0 = 1`) mutates the variable and also reads it.
                int root = lhs;
                while (body.expr(root) instanceof Expr.Field || body.expr(root) instanceof Expr.Index) {
                    root = body.expr(root) instanceof Expr.Field f ? f.base() : ((Expr.Index) body.expr(root)).base();
                }
                if (body.expr(root) instanceof Expr.Local l) {
                    partial[l.binding()] = true;
                }
            }
        }
        for (int id = 0; id < body.exprs().size(); id++) {
            if (body.expr(id) instanceof Expr.Local l && !assignTarget[id]) {
                reads[l.binding()]++;
            }
            // `&mut x` (or `&mut x.0`) needs `x` to be mutable: it counts as a mutation.
            boolean explicit = body.expr(id) instanceof Expr.Ref r && r.mutable();
            if (explicit || implicitMutBorrows.contains(id)) {
                int root = explicit ? ((Expr.Ref) body.expr(id)).expr() : id;
                while (body.expr(root) instanceof Expr.Field || body.expr(root) instanceof Expr.Index) {
                    root = body.expr(root) instanceof Expr.Field f ? f.base() : ((Expr.Index) body.expr(root)).base();
                }
                if (body.expr(root) instanceof Expr.Local l) {
                    partial[l.binding()] = true;
                }
            }
        }
        markAsmOutputs(body, partial);
        markRefMutScrutinees(body, partial);
        List<RelDiagnostic> mutWarnings = new ArrayList<>();
        List<RelDiagnostic> varWarnings = new ArrayList<>();
        List<RelDiagnostic> storeWarnings = new ArrayList<>();
        for (int b = 0; b < n; b++) {
            Binding binding = body.bindings().get(b);
            if (binding.name().startsWith("_") || binding.name().equals("self")) {
                continue;
            }
            RelRange pat = body.patRange(binding.pat());
            RelRange name = binding.nameRange(pat);
            boolean assigned = !assignments.get(b).isEmpty() || partial[b];
            if (binding.mutable() && !assigned) {
                mutWarnings.add(new RelDiagnostic(Diagnostic.warning("variable does not need to be mutable")
                        .primary(RelDiagnostic.rel(pat.start(), pat.end()), "")
                        .secondary(RelDiagnostic.rel(pat.start(), name.start()), "help: remove this `mut`")
                        .note(UNUSED_MUT_NOTE).build()));
            }
            List<Integer> occurrences = occurrences(body, b);
            if (reads[b] == 0 && !assigned && occurrences.size() > 1) {
                // An or-pattern binds the name in each alternative: rustc points at every one.
                Diagnostic.Builder d = Diagnostic.warning("unused variable: `" + binding.name() + "`");
                List<rac.diag.Suggestion.Part> parts = new ArrayList<>();
                for (int occ : occurrences) {
                    RelRange at = binding.nameRange(body.patRange(occ));
                    if (occ != binding.pat()) {
                        RelRange r = body.patRange(occ);
                        at = new RelRange(r.end() - utf8Length(binding.name()), r.end());
                    }
                    d.primary(RelDiagnostic.rel(at.start(), at.end()), "");
                    parts.add(new rac.diag.Suggestion.Part(RelDiagnostic.rel(at.start(), at.end()), "_" + binding.name()));
                }
                d.note(UNUSED_VARIABLES_NOTE);
                d.suggestion(new rac.diag.Suggestion("if this is intentional, prefix it with an underscore",
                        List.of(new rac.diag.Suggestion.Substitution(parts)),
                        rac.diag.Suggestion.Applicability.MAYBE_INCORRECT, rac.diag.Suggestion.Style.SHOW_CODE));
                varWarnings.add(new RelDiagnostic(d.build()));
            } else if (reads[b] == 0 && !assigned) {
                RelRange at = binding.mutable() || binding.byRef() != Binding.ByRef.NO ? pat : name;
                varWarnings.add(new RelDiagnostic(Diagnostic.warning("unused variable: `" + binding.name() + "`")
                        .primary(RelDiagnostic.rel(at.start(), at.end()),
                                "help: if this is intentional, prefix it with an underscore: `_" + binding.name() + "`")
                        .note(UNUSED_VARIABLES_NOTE).build()));
            } else if (reads[b] == 0 && !partial[b]) {
                varWarnings.add(new RelDiagnostic(Diagnostic.warning("variable `" + binding.name()
                        + "` is assigned to, but never used")
                        .primary(RelDiagnostic.rel(pat.start(), pat.end()), "")
                        .note("consider using `_" + binding.name() + "` instead")
                        .note(UNUSED_VARIABLES_NOTE).build()));
                for (int assign : assignments.get(b)) {
                    RelRange r = body.exprRange(assign);
                    storeWarnings.add(new RelDiagnostic(Diagnostic.warning("value assigned to `" + binding.name()
                            + "` is never read").primary(RelDiagnostic.rel(r.start(), r.end()), "")
                            .help("maybe it is overwritten before being read?")
                            .note(UNUSED_ASSIGNMENTS_NOTE).build()));
                }
            }
        }
        List<RelDiagnostic> out = new ArrayList<>(mutWarnings);
        out.addAll(varWarnings);
        storeWarnings.sort((x, y) -> Integer.compare(x.diagnostic().primarySpan().start(),
                y.diagnostic().primarySpan().start()));
        out.addAll(storeWarnings);
        return out;
    }

    /**
     * A `ref mut` binding in a pattern matched against a variable (or a field of one) borrows it
     * mutably: the variable counts as mutated, like `&mut x`.
     */
    private static void markRefMutScrutinees(Body body, boolean[] partial) {
        for (Expr e : body.exprs()) {
            if (e instanceof Expr.Match m) {
                for (Expr.MatchArm arm : m.arms()) {
                    markIfRefMut(body, m.scrutinee(), arm.pat(), partial);
                }
            } else if (e instanceof Expr.Block b) {
                for (Stmt s : b.stmts()) {
                    if (s instanceof Stmt.Let let && let.init() >= 0) {
                        markIfRefMut(body, let.init(), let.pat(), partial);
                    }
                }
            }
        }
    }

    private static void markIfRefMut(Body body, int scrutinee, int pat, boolean[] partial) {
        int root = scrutinee;
        while (body.expr(root) instanceof Expr.Field f) {
            root = f.base();
        }
        if (!(body.expr(root) instanceof Expr.Local l)) {
            return;
        }
        boolean[] refMut = {false};
        body.walkPat(pat, id -> refMut[0] |= body.pat(id) instanceof Pat.Bind b
                && body.bindings().get(b.binding()).byRef() == Binding.ByRef.REF_MUT);
        if (refMut[0]) {
            partial[l.binding()] = true;
        }
    }

    /** The patterns that bind {@code binding} (several for an or-pattern), in source order. */
    private static List<Integer> occurrences(Body body, int binding) {
        List<Integer> out = new ArrayList<>();
        for (int p = 0; p < body.pats().size(); p++) {
            if (body.pat(p) instanceof Pat.Bind b && b.binding() == binding) {
                out.add(p);
            }
        }
        out.sort((x, y) -> Integer.compare(body.patRange(x).start(), body.patRange(y).start()));
        return out;
    }

    private static int utf8Length(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }
}
