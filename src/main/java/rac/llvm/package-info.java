/**
 * The LLVM back end and the link step: textual LLVM IR in, object code (or assembly, or optimised
 * IR) out, through libLLVM (15 where installed, else 14) loaded in-process with Java's FFM API
 * ({@link rac.llvm.InProcessLlvm}) or, as a fallback, by spawning LLVM 14's {@code opt} and
 * {@code llc} ({@link rac.llvm.LlcProcess}); then {@link rac.llvm.Linker} turns object files into a
 * PIE executable with the system {@code cc}.
 *
 * <p>Pick a back end with {@link rac.llvm.LlvmBackends#best()}. Invalid IR is rac's own bug, so it
 * surfaces as {@link rac.llvm.LlvmException} (the driver reports an internal compiler error); a
 * failed link is a user-visible error, {@link rac.llvm.LinkException}, carrying what the driver needs
 * to print rustc's {@code error: linking with `cc` failed} diagnostic.
 *
 * <p>Invariants: on the same LLVM version, both back ends generate the same code for the same IR
 * and opt level (same pipeline and tuning, data layout, CPU {@code x86-64}, PIC), checked by
 * {@code BackendAgreementTest}; everything the in-process back end allocates in LLVM is freed
 * before a call returns; no call leaves LLVM state shared between threads.
 */
package rac.llvm;
