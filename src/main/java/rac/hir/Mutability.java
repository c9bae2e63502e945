package rac.hir;

import java.util.ArrayList;
import java.util.List;
import rac.diag.Diagnostic;
import rac.diag.Suggestion;

/**
 * The part of rustc's borrow checker that rac has so far: E0384, assigning to an immutable
 * parameter or to an immutable variable initialized where it is declared. FIXME: a variable declared
 * without initializer (`let x;`) may be assigned once per path; judging "twice" needs the
 * control-flow graph, so rac does not report it yet.
 */
public final class Mutability {
    private Mutability() {
    }

    /** The errors of a body that type-checked. */
    public static List<RelDiagnostic> check(Body body) {
        int n = body.bindings().size();
        boolean[] initialized = new boolean[n];
        boolean[] param = new boolean[n];
        // Only a parameter that is a plain binding is an "argument"; bindings destructured from a
        // parameter, a `let` tuple or a match arm are variables bound from a place.
        boolean[] topLevel = new boolean[body.pats().size()];
        for (int p : body.params()) {
            boolean plain = body.pat(p) instanceof Pat.Bind pb && pb.sub() < 0;
            markBindings(body, p, initialized, plain ? param : null);
            topLevel[p] = true;
        }
        for (Expr e : body.exprs()) {
            if (e instanceof Expr.Block b) {
                for (Stmt s : b.stmts()) {
                    if (s instanceof Stmt.Let let) {
                        topLevel[let.pat()] = true;
                    }
                }
            }
        }
        for (Expr e : body.exprs()) {
            if (e instanceof Expr.Match m) {
                for (Expr.MatchArm arm : m.arms()) {
                    markBindings(body, arm.pat(), initialized, null);
                }
            }
            if (e instanceof Expr.Block b) {
                for (Stmt s : b.stmts()) {
                    if (s instanceof Stmt.Let let && let.init() >= 0) {
                        markBindings(body, let.pat(), initialized, null);
                    }
                }
            }
        }
        List<RelDiagnostic> out = new ArrayList<>();
        for (int id = 0; id < body.exprs().size(); id++) {
            Expr e = body.expr(id);
            int lhs = e instanceof Expr.Assign a ? a.lhs() : e instanceof Expr.AssignOp a ? a.lhs() : -1;
            if (lhs < 0 || !(body.expr(lhs) instanceof Expr.Local l)) {
                continue;
            }
            Binding b = body.bindings().get(l.binding());
            if (b.mutable()) {
                continue;
            }
            if (!initialized[l.binding()]) {
                continue;
            }
            RelRange at = body.exprRange(id);
            RelRange pat = body.patRange(b.pat());
            int nameStart = b.nameRange(pat).start();
            Diagnostic.Builder d;
            if (param[l.binding()]) {
                d = Diagnostic.error("cannot assign to immutable argument `" + b.name() + "`").code("E0384")
                        .primary(RelDiagnostic.rel(at.start(), at.end()), "cannot assign to immutable argument");
            } else {
                RelRange first = b.nameRange(pat);
                d = Diagnostic.error("cannot assign twice to immutable variable `" + b.name() + "`").code("E0384")
                        .secondary(RelDiagnostic.rel(first.start(), first.end()), "first assignment to `" + b.name() + "`")
                        .primary(RelDiagnostic.rel(at.start(), at.end()), "cannot assign twice to immutable variable");
            }
            d.suggestion(Suggestion.of("consider making this binding mutable", RelDiagnostic.rel(nameStart, nameStart),
                    "mut ", Suggestion.Applicability.MACHINE_APPLICABLE).withStyle(Suggestion.Style.SHOW_ALWAYS));
            if (!param[l.binding()] && !topLevel[b.pat()] && b.byRef() == Binding.ByRef.NO) {
                d.suggestion(Suggestion.of("to modify the original value, take a borrow instead",
                        RelDiagnostic.rel(nameStart, nameStart), "ref mut ", Suggestion.Applicability.MAYBE_INCORRECT)
                        .withStyle(Suggestion.Style.SHOW_ALWAYS));
            }
            out.add(new RelDiagnostic(d.build()));
        }
        return out;
    }

    private static void markBindings(Body body, int patId, boolean[] initialized, boolean[] param) {
        body.walkPat(patId, id -> {
            if (body.pat(id) instanceof Pat.Bind b) {
                initialized[b.binding()] = true;
                if (param != null) {
                    param[b.binding()] = true;
                }
            }
        });
    }
}
