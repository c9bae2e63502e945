package rac.diag;

import java.util.List;
import java.util.Objects;
import rac.base.Span;

/**
 * A code suggestion attached to a diagnostic (rustc's {@code CodeSuggestion}): a message and one
 * or more alternative substitutions, each replacing one or more spans with new text.
 * The human format shows it inline as a {@code help:} label when it is short enough, otherwise as
 * a {@code help:} block with the changed code; the JSON format lists it as a {@code help} child
 * whose spans carry {@code suggested_replacement}.
 */
public record Suggestion(String message, List<Substitution> substitutions, Applicability applicability,
                         Style style) {
    public Suggestion {
        Objects.requireNonNull(message);
        substitutions = List.copyOf(substitutions);
        if (substitutions.isEmpty()) {
            throw new IllegalArgumentException("a suggestion needs at least one substitution");
        }
        Objects.requireNonNull(applicability);
        Objects.requireNonNull(style);
    }

    /** The common case: replace one span with {@code snippet}, shown the default way. */
    public static Suggestion of(String message, Span span, String snippet, Applicability applicability) {
        return new Suggestion(message, List.of(new Substitution(List.of(new Part(span, snippet)))),
            applicability, Style.SHOW_CODE);
    }

    /** The same suggestion shown with a different style. */
    public Suggestion withStyle(Style newStyle) {
        return new Suggestion(message, substitutions, applicability, newStyle);
    }

    /** One way to apply the suggestion: the parts are applied together. */
    public record Substitution(List<Part> parts) {
        public Substitution {
            parts = List.copyOf(parts);
            if (parts.isEmpty()) {
                throw new IllegalArgumentException("a substitution needs at least one part");
            }
        }
    }

    /** Replace the text of {@code span} with {@code snippet} (an empty span inserts). */
    public record Part(Span span, String snippet) {
        public Part {
            Objects.requireNonNull(span);
            Objects.requireNonNull(snippet);
        }
    }

    /** How sure the compiler is that applying the suggestion is right; printed in JSON. */
    public enum Applicability {
        MACHINE_APPLICABLE("MachineApplicable"), MAYBE_INCORRECT("MaybeIncorrect"),
        HAS_PLACEHOLDERS("HasPlaceholders"), UNSPECIFIED("Unspecified");

        private final String jsonName;

        Applicability(String jsonName) {
            this.jsonName = jsonName;
        }

        /** The name rustc writes in {@code suggestion_applicability}. */
        public String jsonName() {
            return jsonName;
        }
    }

    /** How the human format shows a suggestion (rustc's {@code SuggestionStyle}). */
    public enum Style {
        /** Inline label without the code ({@code span_suggestion_short}). */
        HIDE_CODE_INLINE,
        /** Only the message, as {@code = help: ...} ({@code span_suggestion_hidden}). */
        HIDE_CODE_ALWAYS,
        /** Not shown at all; only in JSON, for tools. */
        COMPLETELY_HIDDEN,
        /** Inline label when short, else a code block (the default, {@code span_suggestion}). */
        SHOW_CODE,
        /** Always a code block ({@code span_suggestion_verbose}). */
        SHOW_ALWAYS
    }
}
