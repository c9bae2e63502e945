package rac.diag;

import java.util.ArrayList;
import java.util.List;
import rac.base.Span;

/**
 * One diagnostic: level, optional error code (like {@code E0308}), message, labelled spans and
 * children (notes and helps). Immutable; build with {@link #error(String)} and friends.
 * A {@code code} that is not an error code ({@code E} and four digits) is a lint name such as
 * {@code dead_code}: rustc shows it only in the JSON {@code code} field, not in the human header.
 *
 * <p>Labels are shown in list order. The first primary label gives the {@code -->} location;
 * a primary label with an empty message is an unlabelled primary span (rustc lists those after
 * the labelled spans), so putting one first chooses the location when several spans are primary.
 */
public record Diagnostic(Level level, String code, String message, List<Label> labels,
                         List<SubDiagnostic> children, List<Suggestion> suggestions) {
    public Diagnostic {
        labels = List.copyOf(labels);
        children = List.copyOf(children);
        suggestions = List.copyOf(suggestions);
    }

    /** A diagnostic without suggestions. */
    public Diagnostic(Level level, String code, String message, List<Label> labels, List<SubDiagnostic> children) {
        this(level, code, message, labels, children, List.of());
    }

    public static Builder error(String message) {
        return new Builder(Level.ERROR, message);
    }

    public static Builder warning(String message) {
        return new Builder(Level.WARNING, message);
    }

    /** The first primary label's span, or null. */
    public Span primarySpan() {
        for (Label l : labels) {
            if (l.primary()) {
                return l.span();
            }
        }
        return null;
    }

    /** Fluent builder for {@link Diagnostic}. */
    public static final class Builder {
        private final Level level;
        private final String message;
        private String code;
        private final List<Label> labels = new ArrayList<>();
        private final List<SubDiagnostic> children = new ArrayList<>();
        private final List<Suggestion> suggestions = new ArrayList<>();

        Builder(Level level, String message) {
            this.level = level;
            this.message = message;
        }

        public Builder code(String code) {
            this.code = code;
            return this;
        }

        /** A primary label ({@code ^^^}). */
        public Builder primary(Span span, String text) {
            labels.add(new Label(span, text, true));
            return this;
        }

        /** A primary span without a label text. */
        public Builder primary(Span span) {
            return primary(span, "");
        }

        /** A secondary label ({@code ---}). */
        public Builder secondary(Span span, String text) {
            labels.add(new Label(span, text, false));
            return this;
        }

        public Builder note(String text) {
            children.add(new SubDiagnostic(Level.NOTE, text, List.of()));
            return this;
        }

        public Builder help(String text) {
            children.add(new SubDiagnostic(Level.HELP, text, List.of()));
            return this;
        }

        /** A {@code note:} block pointing at {@code span} (a primary span without label). */
        public Builder spanNote(Span span, String text) {
            return child(Level.NOTE, text, List.of(new Label(span, "", true)));
        }

        /** A {@code help:} block pointing at {@code span} (a primary span without label). */
        public Builder spanHelp(Span span, String text) {
            return child(Level.HELP, text, List.of(new Label(span, "", true)));
        }

        /** A note or help with its own span(s). */
        public Builder child(Level level, String text, List<Label> spans) {
            children.add(new SubDiagnostic(level, text, spans));
            return this;
        }

        /** A code suggestion (rendered after the children, as rustc does). */
        public Builder suggestion(Suggestion suggestion) {
            suggestions.add(suggestion);
            return this;
        }

        /** Suggests replacing {@code span} with {@code snippet}, shown the default way. */
        public Builder suggestion(String message, Span span, String snippet, Suggestion.Applicability applicability) {
            return suggestion(Suggestion.of(message, span, snippet, applicability));
        }

        public Diagnostic build() {
            return new Diagnostic(level, code, message, labels, children, suggestions);
        }
    }
}
