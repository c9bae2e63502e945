package rac.diag;

import java.util.Map;
import java.util.TreeMap;

/** The texts behind {@link Explanations}. */
final class ExplanationTexts {
    private ExplanationTexts() {
    }

    static final Map<String, String> TEXTS;

    static {
        Map<String, String> m = new TreeMap<>();
        m.put("E0308", """
            An expression has a different type from the one its context expects.

            Erroneous code example:

            ```compile_fail,E0308
            let n: u32 = "seven";
            ```

            Make the types agree: change the expression, the annotation, or convert the value.
            """);
        TEXTS = java.util.Collections.unmodifiableMap(m);
    }
}
