package rac.hir;

import java.util.List;

/**
 * A lowered function body: arenas of expressions, patterns and bindings, the parameter patterns,
 * the root expression, and a source map of ranges relative to the item start (so the body is equal
 * after edits elsewhere in the file).
 */
public record Body(List<Expr> exprs, List<RelRange> exprRanges, List<Pat> pats, List<RelRange> patRanges,
                   List<Binding> bindings, List<Integer> params, int root) {
    public Body {
        exprs = List.copyOf(exprs);
        exprRanges = List.copyOf(exprRanges);
        pats = List.copyOf(pats);
        patRanges = List.copyOf(patRanges);
        bindings = List.copyOf(bindings);
        params = List.copyOf(params);
    }

    public Expr expr(int id) {
        return exprs.get(id);
    }

    public Pat pat(int id) {
        return pats.get(id);
    }

    public RelRange exprRange(int id) {
        return exprRanges.get(id);
    }

    public RelRange patRange(int id) {
        return patRanges.get(id);
    }

    /** Calls {@code visit} on a pattern and each of its subpatterns, outermost first. */
    public void walkPat(int pat, java.util.function.IntConsumer visit) {
        visit.accept(pat);
        switch (pat(pat)) {
            case Pat.Tuple t -> t.elements().forEach(e -> walkPat(e, visit));
            case Pat.Bind b -> {
                if (b.sub() >= 0) {
                    walkPat(b.sub(), visit);
                }
            }
            case Pat.Range r -> {
                if (r.lo() >= 0) {
                    walkPat(r.lo(), visit);
                }
                if (r.hi() >= 0) {
                    walkPat(r.hi(), visit);
                }
            }
            case Pat.Ref r -> walkPat(r.inner(), visit);
            case Pat.Slice s -> {
                s.prefix().forEach(e -> walkPat(e, visit));
                if (s.slice() >= 0) {
                    walkPat(s.slice(), visit);
                }
                s.suffix().forEach(e -> walkPat(e, visit));
            }
            case Pat.Or o -> o.alternatives().forEach(a -> walkPat(a, visit));
            case Pat.Missing m -> { }
            case Pat.Wild w -> { }
            case Pat.Lit l -> { }
            case Pat.Const c -> { }
            case Pat.Adt a -> a.fields().forEach(f -> walkPat(f, visit));
        }
    }
}
