/**
 * Types and type inference: the type representation ({@link rac.ty.Ty}), function signatures, and
 * per-body inference by unification with rustc's literal fallback (patterns with match ergonomics:
 * implicit dereferences and binding modes are recorded in the result). Results are side tables
 * keyed by HIR ids. {@link rac.ty.PatternCheck} is rustc's match checking of a typed body, adapting
 * it to {@link rac.pat}. Depends on rac.base, rac.diag, rac.hir and rac.pat.
 */
package rac.ty;
