package rac.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CompilerOutputTest {
    /** rustc 1.95's JSON for an unused variable (real output, file name w.rs). */
    static final String UNUSED_WARNING = """
            {"$message_type":"diagnostic","message":"unused variable: `unused`","code":{"code":"unused_variables","explanation":null},"level":"warning","spans":[{"file_name":"w.rs","byte_start":20,"byte_end":26,"line_start":2,"line_end":2,"column_start":9,"column_end":15,"is_primary":true,"text":[{"text":"    let unused = 1;","highlight_start":9,"highlight_end":15}],"label":null,"suggested_replacement":null,"suggestion_applicability":null,"expansion":null}],"children":[{"message":"`#[warn(unused_variables)]` (part of `#[warn(unused)]`) on by default","code":null,"level":"note","spans":[],"children":[],"rendered":null},{"message":"if this is intentional, prefix it with an underscore","code":null,"level":"help","spans":[{"file_name":"w.rs","byte_start":20,"byte_end":26,"line_start":2,"line_end":2,"column_start":9,"column_end":15,"is_primary":true,"text":[{"text":"    let unused = 1;","highlight_start":9,"highlight_end":15}],"label":null,"suggested_replacement":"_unused","suggestion_applicability":"MachineApplicable","expansion":null}],"children":[],"rendered":null}],"rendered":"warning: unused variable: `unused`\\n --> w.rs:2:9\\n  |\\n2 |     let unused = 1;\\n  |         ^^^^^^ help: if this is intentional, prefix it with an underscore: `_unused`\\n  |\\n  = note: `#[warn(unused_variables)]` (part of `#[warn(unused)]`) on by default\\n\\n"}
            {"$message_type":"diagnostic","message":"1 warning emitted","code":null,"level":"warning","spans":[],"children":[],"rendered":"warning: 1 warning emitted\\n\\n"}
            """;

    /** rustc's JSON for an error inside a macro_rules! expansion (explanation trimmed). */
    static final String MACRO_ERROR = """
            {"$message_type": "diagnostic", "message": "mismatched types", "code": {"code": "E0308", "explanation": "(trimmed)"}, "level": "error", "spans": [{"file_name": "m.rs", "byte_start": 40, "byte_end": 43, "line_start": 1, "line_end": 1, "column_start": 41, "column_end": 44, "is_primary": true, "text": [], "label": "expected `i32`, found `&str`", "suggested_replacement": null, "suggestion_applicability": null, "expansion": {"span": {"file_name": "m.rs", "byte_start": 65, "byte_end": 71, "line_start": 3, "line_end": 3, "column_start": 5, "column_end": 11, "is_primary": false, "text": [], "label": null, "suggested_replacement": null, "suggestion_applicability": null, "expansion": null}, "macro_decl_name": "bad!", "def_site_span": null}}], "children": [], "rendered": "error[E0308]: mismatched types\\n"}
            """;

    @Test
    void flattensDiagnosticsAndChildren() {
        CompilerOutput out = CompilerOutput.parse(UNUSED_WARNING, "w.rs");
        assertEquals(List.of(
                new EmittedDiagnostic(DiagnosticKind.WARN, "warning", "unused_variables", "unused variable: `unused`", 2, false),
                new EmittedDiagnostic(DiagnosticKind.NOTE, "note", null,
                        "`#[warn(unused_variables)]` (part of `#[warn(unused)]`) on by default", 2, true),
                new EmittedDiagnostic(DiagnosticKind.HELP, "help", null, "if this is intentional, prefix it with an underscore", 2, true),
                new EmittedDiagnostic(DiagnosticKind.WARN, "warning", null, "1 warning emitted", 0, false)),
                out.diagnostics());
    }

    @Test
    void renderedTextIsTheConcatenationOfRenderedFields() {
        CompilerOutput out = CompilerOutput.parse(UNUSED_WARNING, "w.rs");
        assertEquals("""
                warning: unused variable: `unused`
                 --> w.rs:2:9
                  |
                2 |     let unused = 1;
                  |         ^^^^^^ help: if this is intentional, prefix it with an underscore: `_unused`
                  |
                  = note: `#[warn(unused_variables)]` (part of `#[warn(unused)]`) on by default

                warning: 1 warning emitted

                """, out.rendered());
    }

    @Test
    void macroSpansAreFollowedToTheCallSiteInTheTestFile() {
        CompilerOutput out = CompilerOutput.parse(MACRO_ERROR, "m.rs");
        assertEquals(3, out.diagnostics().getFirst().line());
        assertEquals(List.of("E0308"), out.errorCodes());
    }

    @Test
    void spansInOtherFilesHaveNoLine() {
        CompilerOutput out = CompilerOutput.parse(MACRO_ERROR, "other.rs");
        assertEquals(0, out.diagnostics().getFirst().line());
    }

    @Test
    void nonJsonLinesPassThroughAndOtherMessageTypesAreSkipped() {
        String stderr = "error: rac is not built yet\n"
                + "{\"$message_type\":\"artifact\",\"artifact\":\"x.rmeta\",\"emit\":\"metadata\"}\n"
                + "{not json\n";
        CompilerOutput out = CompilerOutput.parse(stderr, "a.rs");
        assertEquals(List.of(), out.diagnostics());
        assertEquals("error: rac is not built yet\n{not json\n", out.rendered());
    }

    @Test
    void errorCodesAreTopLevelErrorsOnly() {
        String stderr = """
                {"message":"a","code":{"code":"E0308"},"level":"error","spans":[],"children":[{"message":"n","code":{"code":"E9999"},"level":"note","spans":[],"children":[]}]}
                {"message":"b","code":{"code":"E0425"},"level":"error","spans":[],"children":[]}
                {"message":"c","code":{"code":"E0308"},"level":"error","spans":[],"children":[]}
                {"message":"d","code":{"code":"dead_code"},"level":"warning","spans":[],"children":[]}
                """;
        assertEquals(List.of("E0308", "E0425"), CompilerOutput.parse(stderr, "a.rs").errorCodes());
    }
}
