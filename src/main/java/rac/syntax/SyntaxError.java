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
                          List<SpanLabel> secondary, List<String> notes, List<String> helps,
                          List<Fix> suggestions, List<SpanLabel> spanNotes) {

    /**
     * A suggested edit: each of {@code ranges} is replaced with the matching {@code replacements}
     * entry (an insertion when the range is empty).
     */
    public record Fix(String message, List<TextRange> ranges, List<String> replacements) {
        public Fix {
            ranges = List.copyOf(ranges);
            replacements = List.copyOf(replacements);
        }
    }

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
        suggestions = List.copyOf(suggestions);
        spanNotes = List.copyOf(spanNotes);
        if (label == null) {
            label = "";
        }
    }

    /** An error with just a message and a primary range. */
    public static SyntaxError of(String message, TextRange range) {
        return new SyntaxError(message, null, range, "", List.of(), List.of(), List.of(), List.of(), List.of());
    }

    public SyntaxError withLabel(String newLabel) {
        return new SyntaxError(message, code, range, newLabel, secondary, notes, helps, suggestions, spanNotes);
    }

    public SyntaxError withCode(String newCode) {
        return new SyntaxError(message, newCode, range, label, secondary, notes, helps, suggestions, spanNotes);
    }

    public SyntaxError withSecondary(TextRange r, String l) {
        List<SpanLabel> s = new ArrayList<>(secondary);
        s.add(new SpanLabel(r, l, false));
        return new SyntaxError(message, code, range, label, s, notes, helps, suggestions, spanNotes);
    }

    /** Adds another primary labelled range. */
    public SyntaxError withPrimary(TextRange r, String l) {
        List<SpanLabel> s = new ArrayList<>(secondary);
        s.add(new SpanLabel(r, l, true));
        return new SyntaxError(message, code, range, label, s, notes, helps, suggestions, spanNotes);
    }

    public SyntaxError withNote(String note) {
        List<String> n = new ArrayList<>(notes);
        n.add(note);
        return new SyntaxError(message, code, range, label, secondary, n, helps, suggestions, spanNotes);
    }

    public SyntaxError withHelp(String help) {
        List<String> h = new ArrayList<>(helps);
        h.add(help);
        return new SyntaxError(message, code, range, label, secondary, notes, h, suggestions, spanNotes);
    }

    /** Adds a note with its own span ({@code note: ...} with a {@code -->} location, as rustc's span_note). */
    public SyntaxError withSpanNote(TextRange r, String note) {
        List<SpanLabel> n = new ArrayList<>(spanNotes);
        n.add(new SpanLabel(r, note, true));
        return new SyntaxError(message, code, range, label, secondary, notes, helps, suggestions, n);
    }

    /** Adds a machine-applicable suggestion, shown as rustc shows them (a diff under a help). */
    public SyntaxError withSuggestion(String message, TextRange r, String replacement) {
        return withSuggestion(message, List.of(r), List.of(replacement));
    }

    /** A suggestion made of several edits (like wrapping a statement in `{ ... }`). */
    public SyntaxError withSuggestion(String message, List<TextRange> rs, List<String> replacements) {
        List<Fix> f = new ArrayList<>(suggestions);
        f.add(new Fix(message, rs, replacements));
        return new SyntaxError(this.message, code, range, label, secondary, notes, helps, f, spanNotes);
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
        for (SpanLabel n : spanNotes) {
            b.child(Level.NOTE, n.label(), List.of(new rac.diag.Label(n.range().toSpan(file), "", true)));
        }
        for (String h : helps) {
            b.child(Level.HELP, h, List.of());
        }
        for (Fix f : suggestions) {
            // The parser's suggestions are rustc's `span_suggestion_verbose`: always a diff.
            List<rac.diag.Suggestion.Part> parts = new ArrayList<>();
            for (int i = 0; i < f.ranges().size(); i++) {
                parts.add(new rac.diag.Suggestion.Part(f.ranges().get(i).toSpan(file), f.replacements().get(i)));
            }
            b.suggestion(new rac.diag.Suggestion(f.message(), List.of(new rac.diag.Suggestion.Substitution(parts)),
                    rac.diag.Suggestion.Applicability.MACHINE_APPLICABLE, rac.diag.Suggestion.Style.SHOW_ALWAYS));
        }
        return b.build();
    }

    @Override
    public String toString() {
        return range + ": " + message;
    }
}
