package rac.diag;

/** Severity of a diagnostic or sub-diagnostic, named as rustc prints them. */
public enum Level {
    ERROR("error"), WARNING("warning"), NOTE("note"), HELP("help"), ICE("error: internal compiler error");

    private final String text;

    Level(String text) {
        this.text = text;
    }

    /** The word rustc prints for this level. */
    public String text() {
        return text;
    }
}
