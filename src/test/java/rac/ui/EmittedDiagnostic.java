package rac.ui;

/**
 * One diagnostic (or one note / help attached to it) that the compiler printed, flattened from
 * its JSON form.
 *
 * @param kind    its kind, or null for levels no annotation can name (e.g. {@code failure-note})
 * @param level   the JSON {@code level} as printed
 * @param code    the error code such as {@code E0308}, or null
 * @param message the message
 * @param line    the 1-based line in the test file its primary span points at, or 0 if it has no
 *                span in the test file
 * @param child   true for a note / help nested in another diagnostic
 */
public record EmittedDiagnostic(DiagnosticKind kind, String level, String code, String message, int line,
                                boolean child) {

    /** How the diagnostic reads in failure messages. */
    public String describe() {
        return (line == 0 ? "?" : String.valueOf(line)) + ": " + (kind != null ? kind : level)
                + (code != null ? "[" + code + "]" : "") + " \"" + message + "\"";
    }
}
