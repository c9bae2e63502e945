package rac.diag;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Long explanations of error codes, shown by {@code rac --explain E0308} and in the JSON
 * {@code code.explanation} field. The texts are rac's own, in rustc's markdown style.
 */
public final class Explanations {
    private static final Pattern CODE = Pattern.compile("E\\d{4}");

    private Explanations() {
    }

    /** Whether {@code code} is an error code: {@code E} and four digits. */
    public static boolean isWellFormed(String code) {
        return code != null && CODE.matcher(code).matches();
    }

    /** The markdown explanation of a code such as {@code E0308}, or empty if rac has none. */
    public static Optional<String> lookup(String code) {
        return Optional.ofNullable(ExplanationTexts.TEXTS.get(code));
    }

    /** All codes that have an explanation, in order. */
    public static Map<String, String> all() {
        return ExplanationTexts.TEXTS;
    }

    /** What {@code --explain ARG} produces: text for stdout, or an error message for stderr. */
    public sealed interface Outcome {
        /** The explanation, ready to print as is (it ends with a newline). */
        record Text(String text) implements Outcome {
        }

        /** The message of an {@code error: ...} line; the driver exits with status 1. */
        record Error(String message) implements Outcome {
        }
    }

    /**
     * Handles {@code --explain ARG} as rustc does: the argument is case-insensitive and the
     * {@code E} optional ({@code 308}, {@code e0308} and {@code E0308} are the same code).
     * An argument that is not a number gives {@code "ARG is not a valid error code"}; a valid code
     * without a text gives {@code "no extended information for E9999"}.
     */
    public static Outcome explain(String arg) {
        String upper = arg.toUpperCase(Locale.ROOT);
        String digits = upper.startsWith("E") ? upper.substring(1) : upper;
        if (digits.isEmpty() || digits.length() > 9 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return new Outcome.Error(arg + " is not a valid error code");
        }
        int n = Integer.parseInt(digits);
        if (n > 9999) {
            return new Outcome.Error(arg + " is not a valid error code");
        }
        String code = String.format(Locale.ROOT, "E%04d", n);
        return lookup(code).<Outcome>map(t -> new Outcome.Text(forTerminal(t)))
            .orElseGet(() -> new Outcome.Error("no extended information for " + code));
    }

    /**
     * The markdown as rustc prints it for {@code --explain}: code fences lose their info string
     * ({@code ```compile_fail,E0308} becomes {@code ```}) and lines hidden with {@code # } inside
     * code blocks are dropped.
     */
    public static String forTerminal(String markdown) {
        StringBuilder sb = new StringBuilder();
        boolean inCode = false;
        for (String line : HumanEmitter.rustLines(markdown)) {
            int indent = 0;
            while (indent < line.length() && Character.isWhitespace(line.charAt(indent))) {
                indent++;
            }
            String trimmed = line.substring(indent);
            if (trimmed.startsWith("```")) {
                inCode = !inCode;
                sb.append(line, 0, indent + 3);
            } else if (inCode && trimmed.startsWith("# ")) {
                continue;
            } else {
                sb.append(line);
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
