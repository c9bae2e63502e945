package rac.diag;

/** The output formats of {@code --error-format}, as in rustc. */
public enum ErrorFormat {
    /** The default multi-line format with code snippets. */
    HUMAN,
    /** One line per diagnostic: {@code file:line:col: error[E0308]: message: label}. */
    SHORT,
    /** One JSON object per line. */
    JSON;

    /** Parses "human", "short" or "json"; returns null for anything else. */
    public static ErrorFormat parse(String s) {
        return switch (s) {
            case "human" -> HUMAN;
            case "short" -> SHORT;
            case "json" -> JSON;
            default -> null;
        };
    }
}
