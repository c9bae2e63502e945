package rac.syntax;

import java.util.ArrayList;
import java.util.List;
import rac.base.FileId;
import rac.diag.Diagnostic;
import rac.diag.Level;

/**
 * A lexer or parser error in rustc's words: message, primary byte range with its label, secondary
 * labelled ranges, notes and helps, and an optional error code (like {@code E0765}).
 */
public record SyntaxError(String message, String code, TextRange range, String label,
                          List<SpanLabel> secondary, List<String> notes, List<String> helps) {

    /**
     * A further labelled range; {@code primary} ones are underlined with {@code ^} like the main range
     * (rustc marks e.g. both an unclosed and a mismatched delimiter as primary).
     */
    public record SpanLabel(TextRange range, String label, boolean primary) {
    }

    public SyntaxError {
        secondary = List.copyOf(secondary);
        notes = List.copyOf(notes);
        helps = List.copyOf(helps);
        if (label == null) {
            label = "";
        }
    }

    /** An error with just a message and a primary range. */
    public static SyntaxError of(String message, TextRange range) {
        return new SyntaxError(message, null, range, "", List.of(), List.of(), List.of());
    }

    public SyntaxError withLabel(String newLabel) {
        return new SyntaxError(message, code, range, newLabel, secondary, notes, helps);
    }

    public SyntaxError withCode(String newCode) {
        return new SyntaxError(message, newCode, range, label, secondary, notes, helps);
    }

    public SyntaxError withSecondary(TextRange r, String l) {
        List<SpanLabel> s = new ArrayList<>(secondary);
        s.add(new SpanLabel(r, l, false));
        return new SyntaxError(message, code, range, label, s, notes, helps);
    }

    /** Adds another primary labelled range. */
    public SyntaxError withPrimary(TextRange r, String l) {
        List<SpanLabel> s = new ArrayList<>(secondary);
        s.add(new SpanLabel(r, l, true));
        return new SyntaxError(message, code, range, label, s, notes, helps);
    }

    public SyntaxError withNote(String note) {
        List<String> n = new ArrayList<>(notes);
        n.add(note);
        return new SyntaxError(message, code, range, label, secondary, n, helps);
    }

    public SyntaxError withHelp(String help) {
        List<String> h = new ArrayList<>(helps);
        h.add(help);
        return new SyntaxError(message, code, range, label, secondary, notes, h);
    }

    /** This error as a diagnostic in the given file. */
    public Diagnostic toDiagnostic(FileId file) {
        Diagnostic.Builder b = Diagnostic.error(message);
        if (code != null) {
            b.code(code);
        }
        b.primary(range.toSpan(file), label);
        for (SpanLabel s : secondary) {
            if (s.primary()) {
                b.primary(s.range().toSpan(file), s.label());
            } else {
                b.secondary(s.range().toSpan(file), s.label());
            }
        }
        for (String n : notes) {
            b.child(Level.NOTE, n, List.of());
        }
        for (String h : helps) {
            b.child(Level.HELP, h, List.of());
        }
        return b.build();
    }

    @Override
    public String toString() {
        return range + ": " + message;
    }
}
