/**
 * Types and type inference: the type representation ({@link rac.ty.Ty}), function signatures, and
 * per-body inference by unification with rustc's literal fallback. Results are side tables keyed by
 * HIR ids. Depends on rac.base, rac.diag and rac.hir.
 */
package rac.ty;
