package rac.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The explanation texts and {@code --explain} argument handling. */
class ExplanationsTest {
    static final List<String> REQUIRED = List.of(("E0004 E0005 E0029 E0030 E0408 E0579 E0586 E0062 E0071 E0390 E0411 E0533 E0559 E0574 E0023 E0026 E0027 E0040 E0046 E0053 E0061 E0063 "
        + "E0069 E0583 E0070 E0072 E0080 E0106 E0107 E0117 E0119 E0133 E0191 E0201 E0203 E0204 E0207 E0220 E0223 "
        + "E0252 E0255 E0261 E0262 E0263 E0267 E0268 E0277 E0282 E0283 E0308 E0309 E0310 E0364 E0365 E0369 "
        + "E0373 E0381 E0382 E0383 E0384 E0392 E0403 E0404 E0405 E0407 E0412 E0415 E0416 E0422 E0423 E0424 "
        + "E0425 E0426 E0428 E0429 E0432 E0433 E0434 E0435 E0437 E0438 E0446 E0449 E0451 E0463 E0499 E0502 "
        + "E0503 E0505 E0506 E0507 E0515 E0521 E0560 E0562 E0571 E0592 E0594 E0596 E0597 E0599 E0600 E0603 "
        + "E0604 E0605 E0606 E0608 E0609 E0610 E0614 E0615 E0616 E0618 E0620 E0624 E0658 E0689 E0716 E0728 "
        + "E0744 E0746 E0764 E0765"
        + " E0527 E0528 E0529 E0695").split(" "));

    @Test
    void everyRequiredCodeHasAWellFormedText() {
        for (String code : REQUIRED) {
            String text = Explanations.lookup(code).orElseThrow(() -> new AssertionError(code));
            assertTrue(text.contains("```compile_fail," + code + "\n"), code);
            assertTrue(text.endsWith("\n") && !text.endsWith("\n\n"), code);
            boolean inCode = false;
            for (String line : text.split("\n")) {
                if (line.startsWith("```")) {
                    inCode = !inCode;
                } else if (!inCode) {
                    assertTrue(line.length() <= 80, code + ": prose line too long: " + line);
                }
            }
        }
        assertEquals(REQUIRED.size(), Explanations.all().size());
    }

    @Test
    void explainAcceptsRustcsSpellings() {
        for (String arg : List.of("E0308", "e0308", "0308", "308")) {
            var out = assertInstanceOf(Explanations.Outcome.Text.class, Explanations.explain(arg));
            assertTrue(out.text().startsWith("An expression has a different type"), arg);
        }
    }

    @Test
    void explainStripsFenceInfoStrings() {
        var out = (Explanations.Outcome.Text) Explanations.explain("E0308");
        assertTrue(out.text().contains("\n```\nlet n: u32 = \"seven\";\n```\n"), out.text());
        assertFalse(out.text().contains("compile_fail"));
    }

    @Test
    void unknownAndInvalidCodes() {
        assertEquals(new Explanations.Outcome.Error("no extended information for E9999"), Explanations.explain("E9999"));
        assertEquals(new Explanations.Outcome.Error("foo is not a valid error code"), Explanations.explain("foo"));
        assertEquals(new Explanations.Outcome.Error("E is not a valid error code"), Explanations.explain("E"));
    }

    @Test
    void forTerminalDropsHiddenLinesInCode() {
        assertEquals("text\n```\nshown\n```\n# heading stays\n",
            Explanations.forTerminal("text\n```rust\n# hidden\nshown\n```\n# heading stays\n"));
    }

    @Test
    void wellFormedCodes() {
        assertTrue(Explanations.isWellFormed("E0001"));
        assertFalse(Explanations.isWellFormed("dead_code"));
        assertFalse(Explanations.isWellFormed("E001"));
        Map<String, String> all = Explanations.all();
        assertTrue(all.keySet().stream().allMatch(Explanations::isWellFormed));
    }
}
