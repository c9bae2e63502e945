/**
 * Code generation: MIR to textual LLVM IR (opaque pointers), one module per codegen unit. The
 * runtime functions it calls ({@code rac_rt_*}) are declared here and defined by the runtime that
 * the driver links in. Depends on rac.base, rac.hir, rac.ty and rac.mir.
 */
package rac.codegen;
