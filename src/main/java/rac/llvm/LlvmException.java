package rac.llvm;

/**
 * LLVM rejected rac's IR (parse or verifier error) or failed to generate code. Since rac produced
 * the IR, the driver reports this as an internal compiler error; {@link #getMessage()} is LLVM's
 * own message.
 */
public final class LlvmException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public LlvmException(String message) {
        super(message);
    }

    public LlvmException(String message, Throwable cause) {
        super(message, cause);
    }
}
