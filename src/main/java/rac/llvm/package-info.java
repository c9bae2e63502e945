/**
 * The LLVM back end and the link step: textual LLVM IR in, object code (or assembly, or optimised
 * IR) out, through libLLVM-14 loaded in-process with Java's FFM API ({@link rac.llvm.InProcessLlvm})
 * or, as a fallback, by spawning {@code opt}/{@code llc} ({@link rac.llvm.LlcProcess}); then
 * {@link rac.llvm.Linker} turns object files into a PIE executable with the system {@code cc}.
 *
 * <p>Pick a back end with {@link rac.llvm.LlvmBackends#best()}. Invalid IR is rac's own bug, so it
 * surfaces as {@link rac.llvm.LlvmException} (the driver reports an internal compiler error); a
 * failed link is a user-visible error, {@link rac.llvm.LinkException}, carrying what the driver needs
 * to print rustc's {@code error: linking with `cc` failed} diagnostic.
 */
package rac.llvm;
