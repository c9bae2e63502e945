package rac.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class DiagnosticMatcherTest {
    static EmittedDiagnostic error(int line, String message) {
        return new EmittedDiagnostic(DiagnosticKind.ERROR, "error", null, message, line, false);
    }

    static EmittedDiagnostic warning(int line, String message) {
        return new EmittedDiagnostic(DiagnosticKind.WARN, "warning", null, message, line, false);
    }

    static EmittedDiagnostic child(DiagnosticKind kind, int line, String message) {
        return new EmittedDiagnostic(kind, kind.name().toLowerCase(), null, message, line, true);
    }

    @Test
    void annotationMatchesByKindLineAndContainedText() {
        List<Annotation> a = Annotation.parse("x\ny //~ ERROR expected `;`\n");
        assertEquals(List.of(), DiagnosticMatcher.check(a, List.of(error(2, "expected `;`, found keyword `let`"))));
    }

    @Test
    void wrongLineKindOrTextIsReportedBothWays() {
        List<Annotation> a = Annotation.parse("x\ny //~ ERROR expected `;`\n");
        assertEquals(List.of("expected but not found: 2: ERROR \"expected `;`\"",
                        "unexpected (not annotated): 1: ERROR \"expected `;`, found `x`\""),
                DiagnosticMatcher.check(a, List.of(error(1, "expected `;`, found `x`"))));
        assertEquals(2, DiagnosticMatcher.check(a, List.of(warning(2, "expected `;`"))).size());
        assertEquals(2, DiagnosticMatcher.check(a, List.of(error(2, "expected `,`"))).size());
    }

    @Test
    void eachDiagnosticMatchesOneAnnotation() {
        List<Annotation> a = Annotation.parse("x //~ ERROR mismatched\n//~| ERROR mismatched\n");
        assertEquals(List.of("expected but not found: 1: ERROR \"mismatched\" (annotation on line 2)"),
                DiagnosticMatcher.check(a, List.of(error(1, "mismatched types"))));
        assertEquals(List.of(), DiagnosticMatcher.check(a,
                List.of(error(1, "mismatched types"), error(1, "mismatched types"))));
    }

    @Test
    void unannotatedWarningsFail() {
        assertEquals(List.of("unexpected (not annotated): 3: WARN \"unused variable: `x`\""),
                DiagnosticMatcher.check(List.of(), List.of(warning(3, "unused variable: `x`"))));
    }

    @Test
    void notesAndHelpsNeedAnnotationsOnlyIfTheFileHasSome() {
        List<EmittedDiagnostic> diags = List.of(error(1, "e"), child(DiagnosticKind.NOTE, 1, "n1"),
                child(DiagnosticKind.NOTE, 2, "n2"), child(DiagnosticKind.HELP, 1, "h"));
        assertEquals(List.of(), DiagnosticMatcher.check(Annotation.parse("x //~ ERROR e\n"), diags));
        assertEquals(List.of("unexpected (not annotated): 2: NOTE \"n2\""),
                DiagnosticMatcher.check(Annotation.parse("x //~ ERROR e\n//~^ NOTE n1\n"), diags));
    }

    @Test
    void summariesAndFailureNotesAreIgnored() {
        List<EmittedDiagnostic> diags = List.of(
                error(0, "aborting due to 2 previous errors"),
                warning(0, "3 warnings emitted"),
                new EmittedDiagnostic(null, "failure-note", null, "For more information about this error, try `rac --explain E0308`.", 0, false));
        assertEquals(List.of(), DiagnosticMatcher.check(List.of(), diags));
    }

    @Test
    void spanlessErrorsNeedAQuestionMarkAnnotation() {
        List<EmittedDiagnostic> diags = List.of(error(0, "`main` function not found in crate `x`"));
        assertEquals(1, DiagnosticMatcher.check(List.of(), diags).size());
        assertEquals(List.of(), DiagnosticMatcher.check(Annotation.parse("//~? ERROR `main` function not found\n"), diags));
    }
}
