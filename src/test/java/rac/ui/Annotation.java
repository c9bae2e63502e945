package rac.ui;

import java.util.ArrayList;
import java.util.List;

/**
 * One expected diagnostic written in the test as a {@code //~} comment.
 *
 * <ul>
 *   <li>{@code //~ ERROR msg}: on this line;</li>
 *   <li>{@code //~^ ERROR msg}: one line up per {@code ^};</li>
 *   <li>{@code //~v ERROR msg}: one line down per {@code v};</li>
 *   <li>{@code //~| ERROR msg}: on the same line as the previous annotation;</li>
 *   <li>{@code //~? ERROR msg}: a diagnostic with no line in this file.</li>
 * </ul>
 *
 * @param line       the 1-based line the diagnostic must point at, or 0 for {@code //~?}
 * @param kind       the diagnostic's kind
 * @param message    text the diagnostic's message must contain (may be empty: anything matches)
 * @param sourceLine the line the annotation is written on, for messages
 */
public record Annotation(int line, DiagnosticKind kind, String message, int sourceLine) {

    /** All annotations of a test's source, in file order. */
    public static List<Annotation> parse(String source) {
        List<Annotation> result = new ArrayList<>();
        String[] lines = source.split("\n", -1);
        Integer previousTarget = null;
        for (int i = 0; i < lines.length; i++) {
            int lineNo = i + 1;
            String text = lines[i];
            int at = text.indexOf("//~");
            if (at < 0) {
                continue;
            }
            String rest = text.substring(at + 3);
            int target;
            int p = 0;
            if (rest.startsWith("|")) {
                if (previousTarget == null) {
                    throw new MalformedTestException(lineNo, "`//~|` with no annotation before it");
                }
                target = previousTarget;
                p = 1;
            } else if (rest.startsWith("?")) {
                target = 0;
                p = 1;
            } else if (rest.startsWith("^")) {
                while (p < rest.length() && rest.charAt(p) == '^') {
                    p++;
                }
                target = lineNo - p;
                if (target < 1) {
                    throw new MalformedTestException(lineNo, "`//~" + "^".repeat(p) + "` points above line 1");
                }
            } else if (rest.startsWith("v")) {
                while (p < rest.length() && rest.charAt(p) == 'v') {
                    p++;
                }
                target = lineNo + p;
                if (target > lines.length) {
                    throw new MalformedTestException(lineNo, "`//~" + "v".repeat(p) + "` points past the end");
                }
            } else {
                target = lineNo;
            }
            String body = rest.substring(p).strip();
            int wordEnd = 0;
            while (wordEnd < body.length() && Character.isLetter(body.charAt(wordEnd))) {
                wordEnd++;
            }
            String word = body.substring(0, wordEnd);
            DiagnosticKind kind = DiagnosticKind.fromAnnotation(word);
            if (kind == null) {
                throw new MalformedTestException(lineNo, "annotation needs a kind (ERROR, WARN, NOTE, HELP), found `"
                        + (word.isEmpty() ? body : word) + "`");
            }
            String message = body.substring(wordEnd);
            if (message.startsWith(":")) {
                message = message.substring(1);
            }
            message = message.strip();
            result.add(new Annotation(target, kind, message, lineNo));
            previousTarget = target;
        }
        return result;
    }

    /** How the annotation reads in failure messages, e.g. {@code 3: ERROR "expected `;`"}. */
    public String describe() {
        return (line == 0 ? "?" : String.valueOf(line)) + ": " + kind + " \"" + message + "\""
                + (sourceLine != line ? " (annotation on line " + sourceLine + ")" : "");
    }
}
