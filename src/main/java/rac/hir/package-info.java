/**
 * The high-level IR: the item tree of a file (signatures, no bodies, no absolute positions), the
 * crate's DefMap (names to definitions), and function bodies lowered from syntax with rustc's
 * desugarings, as arenas addressed by int ids. Positions inside a body are relative to the start of
 * its item, so editing one function leaves other bodies equal. Depends on rac.base, rac.diag and
 * rac.syntax.
 */
package rac.hir;
