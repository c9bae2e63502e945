package rac.ty;

import java.util.List;
import rac.hir.RelDiagnostic;

/**
 * The result of type inference for one body: the fully resolved type of every expression and
 * binding (indexed by their ids), and the diagnostics found, with item-relative spans.
 */
public record InferenceResult(List<Ty> exprTypes, List<Ty> bindingTypes, List<RelDiagnostic> diagnostics) {
    public InferenceResult {
        exprTypes = List.copyOf(exprTypes);
        bindingTypes = List.copyOf(bindingTypes);
        diagnostics = List.copyOf(diagnostics);
    }

    public Ty exprType(int expr) {
        return exprTypes.get(expr);
    }

    public Ty bindingType(int binding) {
        return bindingTypes.get(binding);
    }

    public boolean hasErrors() {
        return !diagnostics.isEmpty();
    }
}
