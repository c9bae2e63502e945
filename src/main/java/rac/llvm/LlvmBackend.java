package rac.llvm;

/**
 * Turns one module of textual LLVM IR (opaque pointers) into object code, assembly or optimised IR
 * for the host target (x86_64-unknown-linux-gnu, generic {@code x86-64} CPU, PIC).
 *
 * <p>Opt levels follow rustc: 0 runs only the new pass manager's {@code default<O0>} pipeline
 * (which optimises nothing but inlines {@code alwaysinline} functions) and generates code at
 * {@code CodeGenOpt::None}; 1, 2 and 3 run {@code default<O1|O2|O3>} and generate code at Less,
 * Default and Aggressive. Implementations are thread-safe: different threads may compile
 * different modules at the same time. The interface is open so that decorators (say, an object
 * cache keyed by a hash of the IR) can wrap a back end.
 */
public interface LlvmBackend {

    /** Compiles {@code llvmIr} to the bytes of an ELF relocatable object file. */
    byte[] compileToObject(String llvmIr, String moduleName, int optLevel);

    /** Compiles {@code llvmIr} to AT&T-syntax assembly text (for {@code --emit=asm}). */
    String compileToAssembly(String llvmIr, String moduleName, int optLevel);

    /**
     * Runs the optimisation pipeline for {@code optLevel} and prints the resulting module
     * (for {@code --emit=llvm-ir}); the module gets the target's triple (when it names none) and
     * data layout.
     */
    String optimizeIr(String llvmIr, int optLevel);

    /** Parses and verifies {@code llvmIr}: null when valid, else LLVM's message. */
    String verify(String llvmIr);

    /** A short name for logs and reports, like {@code "in-process LLVM 15 (/usr/lib/...)"}. */
    String description();

    /** Checks an opt level argument. */
    static int checkOptLevel(int optLevel) {
        if (optLevel < 0 || optLevel > 3) {
            throw new IllegalArgumentException("opt level must be 0..3, got " + optLevel);
        }
        return optLevel;
    }
}
