package rac.hir;

import java.util.ArrayList;
import java.util.List;
import rac.base.FileId;
import rac.base.Span;
import rac.diag.Diagnostic;
import rac.diag.Label;
import rac.diag.SubDiagnostic;

/**
 * A diagnostic whose spans are relative to the start of an item (file id 0 as a placeholder), so
 * that a query result holding it stays equal when text above the item moves. {@link #absolute}
 * places it in the file.
 */
public record RelDiagnostic(Diagnostic diagnostic) {
    /** Shifts every span by {@code itemStart} and sets the file. */
    public Diagnostic absolute(FileId file, int itemStart) {
        Diagnostic d = diagnostic;
        List<Label> labels = new ArrayList<>();
        for (Label l : d.labels()) {
            labels.add(shift(l, file, itemStart));
        }
        List<SubDiagnostic> children = new ArrayList<>();
        for (SubDiagnostic c : d.children()) {
            List<Label> cl = new ArrayList<>();
            for (Label l : c.labels()) {
                cl.add(shift(l, file, itemStart));
            }
            children.add(new SubDiagnostic(c.level(), c.message(), cl));
        }
        List<rac.diag.Suggestion> suggestions = new ArrayList<>();
        for (rac.diag.Suggestion sg : d.suggestions()) {
            List<rac.diag.Suggestion.Substitution> subs = new ArrayList<>();
            for (rac.diag.Suggestion.Substitution sub : sg.substitutions()) {
                List<rac.diag.Suggestion.Part> parts = new ArrayList<>();
                for (rac.diag.Suggestion.Part part : sub.parts()) {
                    Span sp = part.span();
                    parts.add(new rac.diag.Suggestion.Part(new Span(file, sp.start() - BIAS + itemStart,
                            sp.end() - BIAS + itemStart), part.snippet()));
                }
                subs.add(new rac.diag.Suggestion.Substitution(parts));
            }
            suggestions.add(new rac.diag.Suggestion(sg.message(), subs, sg.applicability(), sg.style()));
        }
        return new Diagnostic(d.level(), d.code(), d.message(), labels, children, suggestions);
    }

    private static Label shift(Label l, FileId file, int delta) {
        Span s = l.span();
        return new Label(new Span(file, s.start() - BIAS + delta, s.end() - BIAS + delta), l.message(), l.primary());
    }

    /** An error with an optional code, a primary label at an item-relative range, and notes. */
    public static RelDiagnostic error(String code, String message, RelRange range, String label, List<String> notes) {
        Diagnostic.Builder b = Diagnostic.error(message);
        if (code != null) {
            b.code(code);
        }
        b.primary(rel(range.start(), range.end()), label);
        for (String n : notes) {
            b.note(n);
        }
        return new RelDiagnostic(b.build());
    }

    /** A span relative to the item, in the placeholder file. */
    public static Span rel(int start, int end) {
        return new Span(new FileId(0), start + BIAS, end + BIAS);
    }

    /**
     * Relative offsets are stored with this bias so that a span before the item (negative relative
     * offsets, e.g. an earlier definition) still fits a {@link Span}.
     */
    private static final int BIAS = 1 << 30;
}
