package rac.ui;

/** A UI test file whose headers or annotations cannot be understood (a typo, a missing mode). */
public final class MalformedTestException extends RuntimeException {
    public MalformedTestException(int line, String message) {
        super("line " + line + ": " + message);
    }

    public MalformedTestException(String message) {
        super(message);
    }
}
