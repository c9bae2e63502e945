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
                              List<Ty> patTypes, List<List<Ty>> patAdjustments, List<Binding.ByRef> bindingModes) {
    public InferenceResult {
        exprTypes = List.copyOf(exprTypes);
        bindingTypes = List.copyOf(bindingTypes);
        diagnostics = List.copyOf(diagnostics);
        patTypes = List.copyOf(patTypes);
        patAdjustments = patAdjustments.stream().map(List::copyOf).toList();
        bindingModes = List.copyOf(bindingModes);
    }

    public InferenceResult(List<Ty> exprTypes, List<Ty> bindingTypes, List<RelDiagnostic> diagnostics) {
        this(exprTypes, bindingTypes, diagnostics, List.of(), List.of(), List.of());
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
