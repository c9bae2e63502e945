package rac.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import rac.base.SourceFile;
import rac.base.SourceMap;
import rac.base.Span;

/**
 * Data-driven comparison with rustc: each {@code src/test/resources/diag/NAME.rs} has rustc's
 * stderr for the three formats beside it. The diagnostics are rebuilt from the structured part of
 * rustc's JSON (spans, labels, messages, children) and rendered by our emitters through a
 * {@link DiagnosticHandler} named "rustc"; every format must match rustc's bytes exactly.
 */
class RustcCasesTest {
    static Path dir() {
        String override = System.getProperty("rac.diag.cases");
        if (override != null && !override.isEmpty()) {
            return Path.of(override); // ad-hoc runs over another directory of captured cases
        }
        try {
            return Path.of(RustcCasesTest.class.getResource("/diag").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> caseNames() throws IOException {
        try (Stream<Path> s = Files.list(dir())) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rs"))
                .map(n -> n.substring(0, n.length() - 3)).sorted().toList();
        }
    }

    /** A case loaded from rustc's JSON: the source map, the diagnostics and the explanations. */
    record Case(SourceMap sourceMap, List<Diagnostic> diagnostics, Map<String, String> explanations) {
    }

    static String read(Path p) throws IOException {
        return Files.readString(p, StandardCharsets.UTF_8);
    }

    @SuppressWarnings("unchecked")
    static Case load(String name) throws IOException {
        Path d = dir();
        SourceMap sm = new SourceMap();
        Map<String, SourceFile> files = new HashMap<>();
        files.put(name + ".rs", sm.add(name + ".rs", read(d.resolve(name + ".rs"))));
        List<Diagnostic> diags = new ArrayList<>();
        Map<String, String> expl = new HashMap<>();
        Path stylesFile = d.resolve(name + ".styles");
        List<String> styles = Files.exists(stylesFile) ? List.of(read(stylesFile).strip().split("\n")) : List.of();
        int suggestionIndex = 0;
        for (String line : read(d.resolve(name + ".json.stderr")).split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            Map<String, Object> o = (Map<String, Object>) MiniJson.parse(line);
            if (isClosing(o)) {
                continue;
            }
            Map<String, Object> code = (Map<String, Object>) o.get("code");
            String codeStr = null;
            if (code != null) {
                codeStr = (String) code.get("code");
                if (code.get("explanation") != null) {
                    expl.put(codeStr, (String) code.get("explanation"));
                }
            }
            List<SubDiagnostic> children = new ArrayList<>();
            List<Suggestion> suggestions = new ArrayList<>();
            for (Object c : (List<Object>) o.get("children")) {
                Map<String, Object> cm = (Map<String, Object>) c;
                List<Object> spans = (List<Object>) cm.get("spans");
                boolean isSuggestion = spans.stream()
                    .anyMatch(sp -> ((Map<String, Object>) sp).get("suggested_replacement") != null);
                if (isSuggestion) {
                    // NAME.styles: one line per suggestion, "STYLE" or "STYLE split" (each span is
                    // an alternative substitution); rustc's JSON does not record either
                    String[] spec = (suggestionIndex < styles.size() ? styles.get(suggestionIndex) : "SHOW_CODE")
                        .strip().split(" ");
                    suggestionIndex++;
                    suggestions.add(suggestion((String) cm.get("message"), sm, files, d, spans,
                        Suggestion.Style.valueOf(spec[0]), spec.length > 1 && spec[1].equals("split")));
                } else {
                    children.add(new SubDiagnostic(level((String) cm.get("level")), (String) cm.get("message"),
                        labels(sm, files, d, spans)));
                }
            }
            diags.add(new Diagnostic(level((String) o.get("level")), codeStr, (String) o.get("message"),
                labels(sm, files, d, (List<Object>) o.get("spans")), children, suggestions));
        }
        return new Case(sm, diags, expl);
    }

    static boolean isClosing(Map<String, Object> o) {
        String msg = (String) o.get("message");
        return "failure-note".equals(o.get("level"))
            || ((List<?>) o.get("spans")).isEmpty() && (msg.startsWith("aborting due to")
                || msg.matches("\\d+ warnings? emitted"));
    }

    @SuppressWarnings("unchecked")
    static List<Label> labels(SourceMap sm, Map<String, SourceFile> files, Path d, List<Object> spans)
        throws IOException {
        List<Label> out = new ArrayList<>();
        for (Object so : spans) {
            Map<String, Object> s = (Map<String, Object>) so;
            String fname = (String) s.get("file_name");
            SourceFile f = files.get(fname);
            if (f == null) {
                f = sm.add(fname, read(d.resolve(fname)));
                files.put(fname, f);
            }
            Span span = new Span(f.id(), ((Long) s.get("byte_start")).intValue(), ((Long) s.get("byte_end")).intValue());
            out.add(new Label(span, (String) s.get("label"), (Boolean) s.get("is_primary")));
        }
        return out;
    }

    /** A suggestion from rustc's JSON: all its spans taken as the parts of one substitution. */
    @SuppressWarnings("unchecked")
    static Suggestion suggestion(String message, SourceMap sm, Map<String, SourceFile> files, Path d,
                                 List<Object> spans, Suggestion.Style style, boolean split) throws IOException {
        List<Label> where = labels(sm, files, d, spans);
        List<Suggestion.Part> parts = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            parts.add(new Suggestion.Part(where.get(i).span(),
                (String) ((Map<String, Object>) spans.get(i)).get("suggested_replacement")));
        }
        String app = (String) ((Map<String, Object>) spans.get(0)).get("suggestion_applicability");
        Suggestion.Applicability applicability = switch (app) {
            case "MachineApplicable" -> Suggestion.Applicability.MACHINE_APPLICABLE;
            case "MaybeIncorrect" -> Suggestion.Applicability.MAYBE_INCORRECT;
            case "HasPlaceholders" -> Suggestion.Applicability.HAS_PLACEHOLDERS;
            default -> Suggestion.Applicability.UNSPECIFIED;
        };
        List<Suggestion.Substitution> subs = new ArrayList<>();
        if (split) {
            for (Suggestion.Part p : parts) {
                subs.add(new Suggestion.Substitution(List.of(p)));
            }
        } else {
            subs.add(new Suggestion.Substitution(parts));
        }
        return new Suggestion(message, subs, applicability, style);
    }

    static Level level(String s) {
        return switch (s) {
            case "error" -> Level.ERROR;
            case "warning" -> Level.WARNING;
            case "note" -> Level.NOTE;
            case "help" -> Level.HELP;
            default -> throw new IllegalArgumentException(s);
        };
    }

    static String run(Case c, ErrorFormat format) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        DiagnosticHandler h = new DiagnosticHandler(c.sourceMap(), ps, format, "rustc",
            code -> Optional.ofNullable(c.explanations().get(code)));
        for (Diagnostic d : c.diagnostics()) {
            h.emit(d);
        }
        h.finish();
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @TestFactory
    Stream<DynamicTest> casesMatchRustc() throws IOException {
        List<String> names = caseNames();
        if (System.getProperty("rac.diag.cases", "").isEmpty()) {
            assertTrue(names.size() >= 25, "expected at least 25 cases, found " + names.size());
        }
        List<DynamicTest> tests = new ArrayList<>();
        Map<String, Case> loaded = new HashMap<>();
        for (String name : names) {
            for (ErrorFormat f : ErrorFormat.values()) {
                tests.add(DynamicTest.dynamicTest(name + " " + f, () -> {
                    Case c = loaded.get(name);
                    if (c == null) {
                        c = load(name);
                        loaded.put(name, c);
                    }
                    String expected = read(dir().resolve(name + "." + f.name().toLowerCase() + ".stderr"));
                    assertEquals(expected, run(c, f));
                }));
            }
        }
        return tests.stream();
    }
}
