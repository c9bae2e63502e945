package rac.llvm;

/** The {@link BackendContract} for the spawned opt/llc fallback. */
class LlcProcessTest extends BackendContract {
    private static final LlcProcess LLC = new LlcProcess();

    @Override
    LlvmBackend backend() {
        return LLC;
    }
}
