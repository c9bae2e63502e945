package rac.llvm;

/**
 * Chooses the LLVM back end: in-process libLLVM (15, else 14) when it loads, else the spawned
 * {@code opt}/{@code llc} fallback. The environment variable {@code RAC_LLVM=llc} forces the
 * fallback; {@code RAC_LLVM=inprocess} forbids it.
 */
public final class LlvmBackends {
    private LlvmBackends() {
    }

    /**
     * The best available back end (in-process libLLVM when possible; the result is shared and
     * thread-safe).
     *
     * @throws LlvmException when neither libLLVM nor the LLVM 14 tools are found, saying what
     *     was tried
     */
    public static LlvmBackend best() {
        return choose(System.getenv("RAC_LLVM"));
    }

    /** {@link #best()} with the {@code RAC_LLVM} setting passed in (null: no preference). */
    static LlvmBackend choose(String preference) {
        LlcProcess llc = new LlcProcess();
        if ("llc".equals(preference)) {
            if (!llc.available()) {
                throw new LlvmException("RAC_LLVM=llc, but " + LlcProcess.DEFAULT_TOOL_DIR
                        + " has no opt and llc (install llvm-14)");
            }
            return llc;
        }
        try {
            return InProcessLlvm.load();
        } catch (LlvmException inProcessFailure) {
            if (!"inprocess".equals(preference) && llc.available()) {
                return llc;
            }
            throw new LlvmException(inProcessFailure.getMessage()
                    + ("inprocess".equals(preference) ? "" : "; and no opt/llc in " + LlcProcess.DEFAULT_TOOL_DIR)
                    + " (install llvm-14)");
        }
    }
}
