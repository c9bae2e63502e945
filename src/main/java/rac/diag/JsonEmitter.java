package rac.diag;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import rac.base.SourceFile;
import rac.base.SourceMap;

/**
 * Renders diagnostics as rustc's {@code --error-format=json} objects: one object per line with
 * rustc's field names and order, the human rendering in {@code rendered}.
 */
public final class JsonEmitter {
    private final SourceMap sourceMap;
    private final HumanEmitter human;
    private final Function<String, Optional<String>> explanations;

    /** @param explanations the long explanation of an error code, for the {@code code} object */
    public JsonEmitter(SourceMap sourceMap, Function<String, Optional<String>> explanations) {
        this.sourceMap = Objects.requireNonNull(sourceMap);
        this.human = new HumanEmitter(sourceMap, false);
        this.explanations = Objects.requireNonNull(explanations);
    }

    /** The JSON object for a diagnostic, without a trailing newline. */
    public String render(Diagnostic d) {
        Json j = new Json();
        j.beginObject();
        j.name("$message_type").value("diagnostic");
        j.name("message").value(d.message());
        j.name("code");
        if (d.code() == null) {
            j.nullValue();
        } else {
            j.beginObject().name("code").value(d.code()).name("explanation")
                .value(explanations.apply(d.code()).orElse(null)).endObject();
        }
        j.name("level").value(levelName(d.level()));
        spans(j, d.labels());
        j.name("children").beginArray();
        for (SubDiagnostic c : d.children()) {
            j.beginObject();
            j.name("message").value(c.message());
            j.name("code").nullValue();
            j.name("level").value(levelName(c.level()));
            spans(j, c.labels());
            j.name("children").beginArray().endArray();
            j.name("rendered").nullValue();
            j.endObject();
        }
        for (Suggestion sugg : d.suggestions()) {
            j.beginObject();
            j.name("message").value(sugg.message());
            j.name("code").nullValue();
            j.name("level").value(levelName(Level.HELP));
            j.name("spans").beginArray();
            for (Suggestion.Substitution sub : sugg.substitutions()) {
                for (Suggestion.Part part : sub.parts()) {
                    span(j, new HumanEmitter.SpanLabelView(part.span(), true, null), part.snippet(),
                        sugg.applicability().jsonName());
                }
            }
            j.endArray();
            j.name("children").beginArray().endArray();
            j.name("rendered").nullValue();
            j.endObject();
        }
        j.endArray();
        j.name("rendered").value(human.render(d));
        j.endObject();
        return j.toString();
    }

    /**
     * The object for a closing message without spans: {@code level} is "error", "warning" or
     * "failure-note"; {@code rendered} is what the human format prints for it.
     */
    public String renderPlain(Level level, String message, boolean failureNote) {
        Json j = new Json();
        j.beginObject();
        j.name("$message_type").value("diagnostic");
        j.name("message").value(message);
        j.name("code").nullValue();
        j.name("level").value(failureNote ? "failure-note" : levelName(level));
        j.name("spans").beginArray().endArray();
        j.name("children").beginArray().endArray();
        j.name("rendered").value(human.renderPlain(level, message, failureNote));
        j.endObject();
        return j.toString();
    }

    static String levelName(Level level) {
        return level.text();
    }

    private void spans(Json j, List<Label> labels) {
        j.name("spans").beginArray();
        for (HumanEmitter.SpanLabelView sl : HumanEmitter.spanLabels(labels)) {
            span(j, sl, null, null);
        }
        j.endArray();
    }

    private void span(Json j, HumanEmitter.SpanLabelView sl, String replacement, String applicability) {
        {
            SourceFile f = sourceMap.get(sl.span().file());
            int lo = sl.span().start();
            int hi = sl.span().end();
            int lineStart = Positions.line(f, lo);
            int lineEnd = Positions.line(f, hi);
            int colStart = Positions.col(f, lo) + 1;
            int colEnd = Positions.col(f, hi) + 1;
            j.beginObject();
            j.name("file_name").value(f.name());
            j.name("byte_start").value(lo);
            j.name("byte_end").value(hi);
            j.name("line_start").value(lineStart);
            j.name("line_end").value(lineEnd);
            j.name("column_start").value(colStart);
            j.name("column_end").value(colEnd);
            j.name("is_primary").value(sl.primary());
            j.name("text").beginArray();
            // rustc treats the empty span at offset 0 as its dummy span, which has no lines
            boolean dummy = lo == 0 && hi == 0;
            for (int line = lineStart; line <= lineEnd && !dummy; line++) {
                String text = Positions.lineText(f, line - 1);
                int len = text.codePointCount(0, text.length());
                int hs = line == lineStart ? colStart : 1;
                int he = line == lineEnd ? colEnd : len + 1;
                j.beginObject().name("text").value(text).name("highlight_start").value(hs)
                    .name("highlight_end").value(he).endObject();
            }
            j.endArray();
            j.name("label").value(sl.label());
            j.name("suggested_replacement").value(replacement);
            j.name("suggestion_applicability").value(applicability);
            j.name("expansion").nullValue();
            j.endObject();
        }
    }
}
