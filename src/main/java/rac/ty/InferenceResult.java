package rac.ty;

import java.util.List;
import rac.hir.RelDiagnostic;

/**
 * The result of type inference for one body: the fully resolved type of every expression and
 * binding (indexed by their ids), and the diagnostics found, with item-relative spans.
 */
public record InferenceResult(List<Ty> exprTypes, List<Ty> bindingTypes, List<RelDiagnostic> diagnostics,
                              java.util.Map<Integer, MethodResolution> methods,
                              java.util.Map<Integer, rac.hir.DefId> paths) {
    public InferenceResult {
        exprTypes = List.copyOf(exprTypes);
        bindingTypes = List.copyOf(bindingTypes);
        diagnostics = List.copyOf(diagnostics);
        methods = java.util.Map.copyOf(methods);
        paths = java.util.Map.copyOf(paths);
    }

    public InferenceResult(List<Ty> exprTypes, List<Ty> bindingTypes, List<RelDiagnostic> diagnostics) {
        this(exprTypes, bindingTypes, diagnostics, java.util.Map.of(), java.util.Map.of());
    }

    /**
     * How a method call was resolved: the method, how many times the receiver was dereferenced,
     * and the borrow taken of it afterwards (rustc's autoderef and autoref adjustments).
     */
    public record MethodResolution(rac.hir.DefId method, int derefs, AutoRef autoRef) { }

    /** The borrow taken of a method receiver. */
    public enum AutoRef { NONE, SHARED, MUT }

    /** The resolved method of a method-call expression, or null. */
    public MethodResolution method(int expr) {
        return methods.get(expr);
    }

    /**
     * What a path through a type resolved to (an associated function or const, or a constructor),
     * or null.
     */
    public rac.hir.DefId path(int expr) {
        return paths.get(expr);
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
