/**
 * MIR: a function as a control-flow graph of basic blocks over places, built per function from the
 * typed HIR body, with rustc's statement and terminator shapes and its textual format. Depends on
 * rac.base, rac.hir and rac.ty.
 */
package rac.mir;
