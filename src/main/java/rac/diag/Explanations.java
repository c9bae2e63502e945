package rac.diag;

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

    /** Whether {@code code} looks like an error code ({@code E} and four digits). */
    public static boolean isWellFormed(String code) {
        return code != null && CODE.matcher(code).matches();
    }

    /** The explanation of a code, or empty if rac has none. */
    public static Optional<String> lookup(String code) {
        return Optional.ofNullable(ExplanationTexts.TEXTS.get(code));
    }

    /** All codes that have an explanation. */
    public static Map<String, String> all() {
        return ExplanationTexts.TEXTS;
    }
}
