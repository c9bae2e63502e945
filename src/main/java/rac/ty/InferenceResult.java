package rac.ty;

import java.util.List;
import rac.hir.Binding;
import rac.hir.RelDiagnostic;

/**
 * The result of type inference for one body: the fully resolved type of every expression and
 * binding (indexed by their ids), and the diagnostics found, with item-relative spans. For patterns
 * (indexed by pattern id): the type each pattern matches after the implicit dereferences of match
 * ergonomics ({@code patTypes}), those dereferences (rustc's {@code pat_adjustments}: the reference
 * types peeled, outermost first), and each binding's actual mode ({@code bindingModes}).
 */
public record InferenceResult(List<Ty> exprTypes, List<Ty> bindingTypes, List<RelDiagnostic> diagnostics,
                              java.util.Map<Integer, MethodResolution> methods,
                              java.util.Map<Integer, rac.hir.DefId> paths,
                              java.util.Map<Integer, ForLoop> forLoops,
                              java.util.Map<Integer, Ty> unsizes,
                              java.util.Map<Integer, List<Ty>> calleeArgs,
                              List<Ty> patTypes, List<List<Ty>> patAdjustments, List<Binding.ByRef> bindingModes,
                              java.util.Map<Integer, Integer> autoDerefs) {
    public InferenceResult {
        calleeArgs = java.util.Map.copyOf(calleeArgs);
        autoDerefs = java.util.Map.copyOf(autoDerefs);
        forLoops = java.util.Map.copyOf(forLoops);
        unsizes = java.util.Map.copyOf(unsizes);
        exprTypes = List.copyOf(exprTypes);
        bindingTypes = List.copyOf(bindingTypes);
        diagnostics = List.copyOf(diagnostics);
        methods = java.util.Map.copyOf(methods);
        paths = java.util.Map.copyOf(paths);
        patTypes = List.copyOf(patTypes);
        patAdjustments = patAdjustments.stream().map(List::copyOf).toList();
        bindingModes = List.copyOf(bindingModes);
    }

    public InferenceResult(List<Ty> exprTypes, List<Ty> bindingTypes, List<RelDiagnostic> diagnostics) {
        this(exprTypes, bindingTypes, diagnostics, java.util.Map.of(), java.util.Map.of(), java.util.Map.of(),
                java.util.Map.of(), java.util.Map.of(), List.of(), List.of(), List.of(), java.util.Map.of());
    }

    /**
     * The generic arguments of the function called through expression {@code expr} (the callee of
     * a call, or a method call), empty when it has none.
     */
    public List<Ty> calleeArgs(int expr) {
        return calleeArgs.getOrDefault(expr, List.of());
    }

    /**
     * How a {@code for} loop iterates: over an integer (or char) range, or over the elements of an
     * array or slice reached from the iterable expression {@code source} through {@code derefs}
     * dereferences; items by value or by (mutable) reference, reversed and/or enumerated.
     */
    public record ForLoop(Kind kind, int source, int derefs, ItemMode mode, boolean rev, boolean enumerate, Ty element,
                          Ty item) {
        /** What is iterated. */
        public enum Kind { RANGE, RANGE_INCLUSIVE, ARRAY, SLICE }

        /** How elements are yielded. */
        public enum ItemMode { VALUE, REF, REF_MUT }
    }

    /** How the {@code for} loop {@code expr} iterates, or null. */
    public ForLoop forLoop(int expr) {
        return forLoops.get(expr);
    }

    /**
     * How many times the value of {@code expr} is dereferenced by a coercion ({@code &&str} to
     * {@code &str}); 0 when none.
     */
    public int autoDeref(int expr) {
        return autoDerefs.getOrDefault(expr, 0);
    }

    /** The unsized type an expression of type {@code &[T; N]} is coerced to ({@code &[T]}), or null. */
    public Ty unsize(int expr) {
        return unsizes.get(expr);
    }

    /**
     * How a method call was resolved: the method, how many times the receiver was dereferenced,
     * and the borrow taken of it afterwards (rustc's autoderef and autoref adjustments).
     */
    public record MethodResolution(rac.hir.DefId method, int derefs, AutoRef autoRef, String builtin) {
        public MethodResolution(rac.hir.DefId method, int derefs, AutoRef autoRef) {
            this(method, derefs, autoRef, null);
        }
    }

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

    /** The type pattern {@code pat} matches (after its implicit dereferences); ERROR when unknown. */
    public Ty patType(int pat) {
        return pat < patTypes.size() ? patTypes.get(pat) : Ty.ERROR;
    }

    /** The reference types implicitly dereferenced before matching {@code pat}, outermost first. */
    public List<Ty> patAdjustment(int pat) {
        return pat < patAdjustments.size() ? patAdjustments.get(pat) : List.of();
    }

    /** How binding {@code binding} binds (by value, by {@code ref}, by {@code ref mut}). */
    public Binding.ByRef bindingMode(int binding) {
        return binding < bindingModes.size() ? bindingModes.get(binding) : Binding.ByRef.NO;
    }

    public boolean hasErrors() {
        return !diagnostics.isEmpty();
    }
}
