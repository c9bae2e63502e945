package rac.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import rac.base.SourceFile;
import rac.base.SourceMap;
import rac.base.Span;

/**
 * Any diagnostic over any source text renders in every format without an exception: the human
 * output ends with a blank line, and the JSON output is one parseable object per line.
 */
class EmitterRobustnessTest {
    /** Source text with several lines, tabs, wide and combining characters, CRLF and control chars. */
    @Provide
    Arbitrary<String> sources() {
        Arbitrary<String> pieces = Arbitraries.of("fn", " ", "\t", "\n", "\r\n", "x", "(", ")", "{", "}", "日本",
            "é", "e\u0301", "🎉", "\u0007", "//", "let a = 1;", "                              ", "\"s\"");
        return pieces.list().ofMinSize(0).ofMaxSize(40).map(l -> String.join("", l));
    }

    record Shape(String text, List<int[]> spans, List<String> labels, int children, boolean suggestion,
                 String message) {
    }

    @Provide
    Arbitrary<Shape> shapes() {
        return sources().flatMap(text -> {
            int len = text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            Arbitrary<int[]> span = Combinators.combine(Arbitraries.integers().between(0, len),
                Arbitraries.integers().between(0, len)).as((a, b) -> new int[] {Math.min(a, b), Math.max(a, b)});
            Arbitrary<List<int[]>> spans = span.list().ofMinSize(0).ofMaxSize(5);
            Arbitrary<List<String>> labels = Arbitraries.of("", "label", "a longer label text", "multi\nline")
                .list().ofSize(5);
            return Combinators.combine(spans, labels, Arbitraries.integers().between(0, 3), Arbitraries.of(true, false),
                    Arbitraries.of("msg", "two\nlines", "", "tab\there"))
                .as((s, l, c, sg, m) -> new Shape(text, s, l, c, sg, m));
        });
    }

    /** Moves an offset back to the start of a UTF-8 character. */
    private static int charBoundary(byte[] b, int off) {
        while (off > 0 && off < b.length && (b[off] & 0xC0) == 0x80) {
            off--;
        }
        return off;
    }

    private static Diagnostic build(SourceFile f, Shape shape) {
        byte[] bytes = f.bytes();
        Diagnostic.Builder b = Diagnostic.error(shape.message()).code("E0308");
        List<Span> spans = new ArrayList<>();
        for (int[] s : shape.spans()) {
            spans.add(new Span(f.id(), charBoundary(bytes, s[0]), Math.max(charBoundary(bytes, s[0]),
                charBoundary(bytes, s[1]))));
        }
        for (int i = 0; i < spans.size(); i++) {
            if (i == 0) {
                b.primary(spans.get(i), shape.labels().get(i));
            } else {
                b.secondary(spans.get(i), shape.labels().get(i));
            }
        }
        for (int i = 0; i < shape.children(); i++) {
            if (i % 2 == 0 || spans.isEmpty()) {
                b.note("note " + i + (i == 2 ? "\nsecond line" : ""));
            } else {
                b.child(Level.HELP, "help " + i, List.of(new Label(spans.get(i % spans.size()), "here", true)));
            }
        }
        if (shape.suggestion() && !spans.isEmpty()) {
            b.suggestion("try this", spans.get(spans.size() - 1), "new\ntext", Suggestion.Applicability.MAYBE_INCORRECT);
            b.suggestion("or this", spans.get(0), "", Suggestion.Applicability.UNSPECIFIED);
        }
        return b.build();
    }

    @Property(tries = 120)
    void everyFormatRenders(@ForAll("shapes") Shape shape) {
        SourceMap sm = new SourceMap();
        SourceFile f = sm.add("main.rs", shape.text());
        Diagnostic d = build(f, shape);
        String human = new HumanEmitter(sm, false).render(d);
        assertTrue(human.endsWith("\n\n"), human);
        String shortForm = new HumanEmitter(sm, true).render(d);
        assertTrue(shortForm.endsWith("\n"), shortForm);
        String json = new JsonEmitter(sm, Explanations::lookup).render(d);
        assertTrue(!json.contains("\n"), json);
        @SuppressWarnings("unchecked")
        Map<String, Object> parsed = (Map<String, Object>) MiniJson.parse(json);
        assertEquals(human, parsed.get("rendered"));
        // an unlabelled primary span that repeats a labelled one is listed once, as in rustc
        assertTrue(((List<?>) parsed.get("spans")).size() <= d.labels().size());
    }
}
