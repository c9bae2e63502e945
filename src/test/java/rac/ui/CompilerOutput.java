package rac.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The compiler's {@code --error-format=json} stderr taken apart: the diagnostics (flattened, with
 * lines in the test file) and the human-readable text, which is the concatenation of each
 * diagnostic's {@code rendered} field with any line that is not JSON passed through as is (as
 * compiletest does).
 *
 * @param diagnostics every diagnostic and child note / help, in order
 * @param rendered    what the compiler would have printed with {@code --error-format=human}
 */
public record CompilerOutput(List<EmittedDiagnostic> diagnostics, String rendered) {
    public CompilerOutput {
        diagnostics = List.copyOf(diagnostics);
    }

    /**
     * Parses JSON stderr; {@code testFile} is the file name as passed to the compiler, used to
     * find which spans are in the test file.
     */
    public static CompilerOutput parse(String stderr, String testFile) {
        List<EmittedDiagnostic> diagnostics = new ArrayList<>();
        StringBuilder rendered = new StringBuilder();
        for (String line : stderr.split("\n", -1)) {
            if (line.isEmpty()) {
                continue;
            }
            Object json = null;
            if (line.startsWith("{")) {
                try {
                    json = Json.parse(line);
                } catch (Json.ParseException ex) {
                    json = null;
                }
            }
            if (!(json instanceof Map<?, ?> map)) {
                rendered.append(line).append('\n');
                continue;
            }
            Object type = map.get("$message_type");
            if (type != null && !"diagnostic".equals(type)) {
                continue; // artifact notifications, future-incompat reports, ...
            }
            if (map.get("rendered") instanceof String r) {
                rendered.append(r);
            }
            flatten(map, testFile, 0, false, diagnostics);
        }
        return new CompilerOutput(diagnostics, rendered.toString());
    }

    private static void flatten(Map<?, ?> diag, String testFile, int parentLine, boolean child,
                                List<EmittedDiagnostic> out) {
        String level = diag.get("level") instanceof String s ? s : "";
        String message = diag.get("message") instanceof String s ? s : "";
        String code = null;
        if (diag.get("code") instanceof Map<?, ?> c && c.get("code") instanceof String s) {
            code = s;
        }
        int line = primaryLine(diag.get("spans"), testFile);
        if (line == 0 && child) {
            line = parentLine;
        }
        out.add(new EmittedDiagnostic(DiagnosticKind.fromLevel(level), level, code, message, line, child));
        if (diag.get("children") instanceof List<?> children) {
            for (Object c : children) {
                if (c instanceof Map<?, ?> m) {
                    flatten(m, testFile, line, true, out);
                }
            }
        }
    }

    /**
     * The line of the primary span (else the first span). As compiletest does, a span produced by
     * a macro is followed out to its outermost call site in the test file; a span that is not in
     * the test file at all has no line (0).
     */
    private static int primaryLine(Object spansValue, String testFile) {
        if (!(spansValue instanceof List<?> spans) || spans.isEmpty()) {
            return 0;
        }
        Map<?, ?> chosen = null;
        for (Object s : spans) {
            if (s instanceof Map<?, ?> m && Boolean.TRUE.equals(m.get("is_primary"))) {
                chosen = m;
                break;
            }
        }
        if (chosen == null && spans.getFirst() instanceof Map<?, ?> m) {
            chosen = m;
        }
        if (chosen == null) {
            return 0;
        }
        Map<?, ?> site = firstCallsiteInFile(chosen, testFile, 0);
        if (testFile.equals(site.get("file_name")) && site.get("line_start") instanceof Long l) {
            return l.intValue();
        }
        return 0;
    }

    private static Map<?, ?> firstCallsiteInFile(Map<?, ?> span, String testFile, int depth) {
        if (depth < 64 && span.get("expansion") instanceof Map<?, ?> e && e.get("span") instanceof Map<?, ?> parentSpan) {
            Map<?, ?> parent = firstCallsiteInFile(parentSpan, testFile, depth + 1);
            if (testFile.equals(parent.get("file_name"))) {
                return parent;
            }
        }
        return span;
    }

    /** The error codes of the top-level diagnostics, in order, without repeats. */
    public List<String> errorCodes() {
        List<String> codes = new ArrayList<>();
        for (EmittedDiagnostic d : diagnostics) {
            if (!d.child() && d.kind() == DiagnosticKind.ERROR && d.code() != null && !codes.contains(d.code())) {
                codes.add(d.code());
            }
        }
        return codes;
    }
}
