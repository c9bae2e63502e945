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
}
