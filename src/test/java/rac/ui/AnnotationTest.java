package rac.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AnnotationTest {
    @Test
    void sameLine() {
        assertEquals(List.of(new Annotation(2, DiagnosticKind.ERROR, "expected `;`", 2)),
                Annotation.parse("fn main() {\n    let x = 5 //~ ERROR expected `;`\n}\n"));
    }

    @Test
    void caretsCountLinesUp() {
        List<Annotation> a = Annotation.parse("""
                line1
                line2
                line3
                //~^ ERROR one up
                //~^^^ WARN three up
                """);
        assertEquals(List.of(new Annotation(3, DiagnosticKind.ERROR, "one up", 4),
                new Annotation(2, DiagnosticKind.WARN, "three up", 5)), a);
    }

    @Test
    void barMeansSameLineAsPrevious() {
        List<Annotation> a = Annotation.parse("""
                code
                //~^ ERROR first
                //~| NOTE second
                //~| HELP: third
                """);
        assertEquals(List.of(new Annotation(1, DiagnosticKind.ERROR, "first", 2),
                new Annotation(1, DiagnosticKind.NOTE, "second", 3),
                new Annotation(1, DiagnosticKind.HELP, "third", 4)), a);
    }

    @Test
    void vCountsLinesDown() {
        List<Annotation> a = Annotation.parse("//~v ERROR next\n//~vv WARNING two down\ncode\ncode\n");
        assertEquals(List.of(new Annotation(2, DiagnosticKind.ERROR, "next", 1),
                new Annotation(4, DiagnosticKind.WARN, "two down", 2)), a);
    }

    @Test
    void questionMarkMeansNoLine() {
        assertEquals(List.of(new Annotation(0, DiagnosticKind.ERROR, "somewhere", 1)),
                Annotation.parse("//~? ERROR somewhere\n"));
    }

    @Test
    void emptyMessageIsAllowed() {
        assertEquals(List.of(new Annotation(1, DiagnosticKind.ERROR, "", 1)), Annotation.parse("x //~ ERROR\n"));
    }

    @Test
    void mistakesAreErrors() {
        assertMalformed("x //~ EROR typo\n", "needs a kind");
        assertMalformed("x //~ error lower case\n", "needs a kind");
        assertMalformed("//~| ERROR nothing before\n", "no annotation before");
        assertMalformed("//~^ ERROR above the file\n", "above line 1");
        assertMalformed("//~v ERROR past the end", "past the end");
    }

    private static void assertMalformed(String source, String expected) {
        MalformedTestException e = assertThrows(MalformedTestException.class, () -> Annotation.parse(source));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
