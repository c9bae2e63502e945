package rac.ui;

/** The kinds of diagnostic an annotation can name; compiletest's ERROR / WARN / NOTE / HELP. */
public enum DiagnosticKind {
    ERROR, WARN, NOTE, HELP;

    /** The kind of a JSON {@code level} ("error", "warning", "note", "help"), or null for others. */
    public static DiagnosticKind fromLevel(String level) {
        return switch (level) {
            case "error", "error: internal compiler error" -> ERROR;
            case "warning" -> WARN;
            case "note" -> NOTE;
            case "help" -> HELP;
            default -> null;
        };
    }

    /** The kind named in an annotation ({@code ERROR}, {@code WARN} or {@code WARNING}, ...), or null. */
    public static DiagnosticKind fromAnnotation(String word) {
        return switch (word) {
            case "ERROR" -> ERROR;
            case "WARN", "WARNING" -> WARN;
            case "NOTE" -> NOTE;
            case "HELP" -> HELP;
            default -> null;
        };
    }

    /** True for the kinds that must always be annotated (errors and warnings). */
    public boolean alwaysAnnotated() {
        return this == ERROR || this == WARN;
    }
}
