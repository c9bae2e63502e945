package rac.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

/** Properties of the harness's text handling, over generated input. */
class HarnessProperties {

    /** Keeping the context and {@code -} lines gives the expected text, context and {@code +} the actual. */
    @Property(tries = 300)
    void diffReconstructsBothSides(@ForAll @Size(max = 8) List<@StringLength(max = 2) @CharRange(from = 'a', to = 'c') String> left,
                                   @ForAll @Size(max = 8) List<@StringLength(max = 2) @CharRange(from = 'a', to = 'c') String> right) {
        String expected = joinLines(left);
        String actual = joinLines(right);
        List<String> minus = new ArrayList<>();
        List<String> plus = new ArrayList<>();
        for (String line : Snapshots.diff(expected, actual).split("\n", -1)) {
            if (line.isEmpty()) {
                continue;
            }
            String text = line.substring(2);
            switch (line.charAt(0)) {
                case ' ' -> {
                    minus.add(text);
                    plus.add(text);
                }
                case '-' -> minus.add(text);
                case '+' -> plus.add(text);
                default -> throw new AssertionError("bad diff line " + line);
            }
        }
        assertEquals(left, minus);
        assertEquals(right, plus);
    }

    /** Any string, written as a JSON string literal with escapes, reads back unchanged. */
    @Property(tries = 500)
    void jsonStringsRoundTrip(@ForAll String s) {
        assertEquals(s, Json.parse(quote(s)));
        assertEquals(List.of(s, 1L), Json.parse("[" + quote(s) + ", 1]"));
    }

    /** Annotation parsing either succeeds or reports a malformed test; it never fails otherwise. */
    @Property(tries = 500)
    void annotationParsingNeverCrashes(@ForAll @StringLength(max = 40) @CharRange(from = ' ', to = '~') String line) {
        try {
            Annotation.parse("code\n//~" + line + "\ncode\n");
        } catch (MalformedTestException expected) {
            // fine: a typo in an annotation is reported as such
        }
    }

    private static String joinLines(List<String> lines) {
        StringBuilder sb = new StringBuilder();
        for (String l : lines) {
            sb.append(l).append('\n');
        }
        return sb.toString();
    }

    private static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
