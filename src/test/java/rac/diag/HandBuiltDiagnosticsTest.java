package rac.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import rac.base.SourceFile;
import rac.base.SourceMap;
import rac.base.Span;

/**
 * Diagnostics built by hand through the public builder API, the way the compiler will build them,
 * compared with rustc's captured output for the same programs.
 */
class HandBuiltDiagnosticsTest {
    private final SourceMap sm = new SourceMap();
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    private SourceFile file(String name) throws IOException {
        return sm.add(name, RustcCasesTest.read(RustcCasesTest.dir().resolve(name)));
    }

    /** A file from the {@code hand/} directory, named as rustc saw it (without the directory). */
    private SourceFile handFile(String name) throws IOException {
        return sm.add(name, RustcCasesTest.read(RustcCasesTest.dir().resolve("hand").resolve(name)));
    }

    /** The span of the {@code occurrence}-th (0-based) appearance of {@code needle} in the file. */
    private static Span span(SourceFile f, String needle, int occurrence) {
        byte[] hay = f.bytes();
        byte[] n = needle.getBytes(StandardCharsets.UTF_8);
        int found = -1;
        outer:
        for (int i = 0; i + n.length <= hay.length; i++) {
            for (int j = 0; j < n.length; j++) {
                if (hay[i + j] != n[j]) {
                    continue outer;
                }
            }
            if (occurrence-- == 0) {
                found = i;
                break;
            }
        }
        if (found < 0) {
            throw new IllegalArgumentException(needle);
        }
        return new Span(f.id(), found, found + n.length);
    }

    private static Span span(SourceFile f, String needle) {
        return span(f, needle, 0);
    }

    private DiagnosticHandler handler(ErrorFormat format) {
        // rustc has explanations for every code used here
        return new DiagnosticHandler(sm, new PrintStream(bytes, true, StandardCharsets.UTF_8), format, "rustc",
            code -> Explanations.isWellFormed(code) ? Optional.of("text") : Optional.empty());
    }

    private String out() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static String expected(String name) throws IOException {
        return RustcCasesTest.read(RustcCasesTest.dir().resolve(name));
    }

    @Test
    void mismatchedTypesWithTwoLabels() throws IOException {
        SourceFile f = file("two_labels_same_line.rs");
        DiagnosticHandler h = handler(ErrorFormat.HUMAN);
        h.emit(Diagnostic.error("mismatched types").code("E0308")
            .primary(span(f, "\"hello\""), "expected `i32`, found `&str`")
            .secondary(span(f, "i32"), "expected due to this")
            .build());
        h.finish();
        assertEquals(expected("two_labels_same_line.human.stderr"), out());
        assertTrue(h.hasErrors());
        assertEquals(1, h.errorCount());
    }

    @Test
    void threeLabelsOnOneLineShortFormat() throws IOException {
        SourceFile f = file("three_labels.rs");
        DiagnosticHandler h = handler(ErrorFormat.SHORT);
        h.emit(Diagnostic.error("cannot borrow `a` as mutable more than once at a time").code("E0499")
            .primary(span(f, "&mut a", 1), "second mutable borrow occurs here")
            .secondary(span(f, "&mut a", 0), "first mutable borrow occurs here")
            .secondary(span(f, "f", 3), "first borrow later used by call")
            .build());
        h.finish();
        assertEquals(expected("three_labels.short.stderr"), out());
    }

    @Test
    void threeLabelsOnOneLineHuman() throws IOException {
        SourceFile f = file("three_labels.rs");
        DiagnosticHandler h = handler(ErrorFormat.HUMAN);
        h.emit(Diagnostic.error("cannot borrow `a` as mutable more than once at a time").code("E0499")
            .primary(span(f, "&mut a", 1), "second mutable borrow occurs here")
            .secondary(span(f, "&mut a", 0), "first mutable borrow occurs here")
            .secondary(span(f, "f", 3), "first borrow later used by call")
            .build());
        h.finish();
        assertEquals(expected("three_labels.human.stderr"), out());
    }

    @Test
    void multilineMatchArms() throws IOException {
        SourceFile f = file("match_arms_multiline.rs");
        String text = f.text();
        int matchStart = text.indexOf("match x");
        int matchEnd = text.indexOf("}", matchStart) + 1;
        DiagnosticHandler h = handler(ErrorFormat.HUMAN);
        h.emit(Diagnostic.error("`match` arms have incompatible types").code("E0308")
            .primary(span(f, "\"a\""), "expected integer, found `&str`")
            .secondary(new Span(f.id(), matchStart, matchEnd), "`match` arms have incompatible types")
            .secondary(span(f, "2", 1), "this is found to be of type `{integer}`")
            .build());
        h.finish();
        assertEquals(expected("match_arms_multiline.human.stderr"), out());
    }

    @Test
    void spannedNoteAndSpanlessNote() throws IOException {
        SourceFile f = file("private_fn_note.rs");
        DiagnosticHandler h = handler(ErrorFormat.HUMAN);
        h.emit(Diagnostic.error("function `hidden` is private").code("E0603")
            .primary(span(f, "hidden", 1), "private function")
            .spanNote(span(f, "fn hidden()"), "the function `hidden` is defined here")
            .build());
        h.finish();
        assertEquals(expected("private_fn_note.human.stderr"), out());
    }

    @Test
    void warningsOnlyWithLintNote() throws IOException {
        SourceFile f = file("warnings_only.rs");
        DiagnosticHandler h = handler(ErrorFormat.HUMAN);
        h.emit(Diagnostic.warning("function `foo` is never used").code("dead_code")
            .primary(span(f, "foo"), "")
            .note("`#[warn(dead_code)]` (part of `#[warn(unused)]`) on by default")
            .build());
        h.emit(Diagnostic.warning("function `bar` is never used").code("dead_code")
            .primary(span(f, "bar"), "")
            .build());
        h.finish();
        assertEquals(expected("warnings_only.human.stderr"), out());
        assertFalse(h.hasErrors());
        assertEquals(2, h.warningCount());
    }

    @Test
    void zeroWidthSpanAtEndOfFile() throws IOException {
        SourceFile f = file("unclosed_delim.rs");
        DiagnosticHandler h = handler(ErrorFormat.HUMAN);
        h.emit(Diagnostic.error("this file contains an unclosed delimiter")
            .secondary(span(f, "{"), "unclosed delimiter")
            .primary(new Span(f.id(), f.length(), f.length()), "")
            .build());
        h.finish();
        assertEquals(expected("unclosed_delim.human.stderr"), out());
    }

    @Test
    void labelInAnotherFile() throws IOException {
        SourceFile main = file("multi_file.rs");
        SourceFile other = file("mf_aux/other.rs");
        DiagnosticHandler h = handler(ErrorFormat.HUMAN);
        h.emit(Diagnostic.error("no method named `qqq_method` found for struct `Thing` in the current scope")
            .code("E0599")
            .primary(span(main, "qqq_method"), "method not found in `Thing`")
            .secondary(span(other, "pub struct Thing"), "method `qqq_method` not found for this struct")
            .build());
        h.finish();
        assertEquals(expected("multi_file.human.stderr"), out());
    }

    @Test
    void veryLongSpanIsElidedInTheMiddleAndInlineHelpLabel() throws IOException {
        SourceFile f = handFile("long_span_inline_help.rs");
        String text = f.text();
        int open = text.indexOf("= [") + 2;
        int close = text.indexOf("];") + 1;
        DiagnosticHandler h = handler(ErrorFormat.HUMAN);
        h.emit(Diagnostic.error("mismatched types").code("E0308")
            .primary(new Span(f.id(), open, close), "expected an array with a size of 2, found one with a size of 120")
            .secondary(span(f, "[u8; 2]"), "expected due to this")
            .secondary(span(f, "2"), "help: consider specifying the actual array length: `120`")
            .build());
        h.finish();
        assertEquals(expected("hand/long_span_inline_help.human.stderr"), out());
    }

    @Test
    void suggestionShownAsCodeBlockAfterNotes() throws IOException {
        // rustc labels `E` in the note with an explicit empty label, which our Label cannot tell
        // apart from no label; the human output is the same, so this case is checked here only.
        SourceFile f = handFile("sugg_add_arm.rs");
        int arm = f.text().indexOf("=> 1") + 4;
        int scrutinee = f.text().indexOf("match e") + 6;
        DiagnosticHandler h = handler(ErrorFormat.HUMAN);
        h.emit(Diagnostic.error("non-exhaustive patterns: `E::B` not covered").code("E0004")
            .primary(new Span(f.id(), scrutinee, scrutinee + 1), "pattern `E::B` not covered")
            .child(Level.NOTE, "`E` defined here", List.of(
                new Label(span(f, "E"), "", true),
                new Label(span(f, "B"), "not covered", false)))
            .note("the matched value is of type `E`")
            .suggestion("ensure that all possible cases are being handled by adding a match arm with a wildcard "
                + "pattern or an explicit pattern as shown", new Span(f.id(), arm, arm), ", E::B => todo!()",
                Suggestion.Applicability.HAS_PLACEHOLDERS)
            .build());
        h.finish();
        assertEquals(expected("hand/sugg_add_arm.human.stderr"), out());
    }

    @Test
    void shortSuggestionBecomesInlineLabel() throws IOException {
        SourceFile f = file("sugg_unused_var.rs");
        Span count = span(f, "count");
        DiagnosticHandler h = handler(ErrorFormat.HUMAN);
        h.emit(Diagnostic.warning("unused variable: `count`").code("unused_variables")
            .primary(count, "")
            .note("`#[warn(unused_variables)]` (part of `#[warn(unused)]`) on by default")
            .suggestion("if this is intentional, prefix it with an underscore", count, "_count",
                Suggestion.Applicability.MAYBE_INCORRECT)
            .build());
        h.finish();
        assertEquals(expected("sugg_unused_var.human.stderr"), out());
    }

    @Test
    void verboseInsertionSuggestion() throws IOException {
        SourceFile f = file("sugg_mut_binding.rs");
        Span x = span(f, "x");
        DiagnosticHandler h = handler(ErrorFormat.SHORT);
        h.emit(Diagnostic.error("cannot assign twice to immutable variable `x`").code("E0384")
            .primary(span(f, "x = 6"), "cannot assign twice to immutable variable")
            .secondary(x, "first assignment to `x`")
            .suggestion(Suggestion.of("consider making this binding mutable", x.shrinkToLo(), "mut ",
                Suggestion.Applicability.MACHINE_APPLICABLE).withStyle(Suggestion.Style.SHOW_ALWAYS))
            .build());
        assertEquals("sugg_mut_binding.rs:3:5: error[E0384]: cannot assign twice to immutable variable `x`: "
            + "cannot assign twice to immutable variable\n", out());
    }

    @Test
    void orderOfSeveralPrimarySpansIsSetByAnUnlabelledFirstOne() throws IOException {
        // rustc reports at the opening delimiter while listing the closing one's label first; an
        // unlabelled primary label in front fixes the location without changing the label order
        SourceFile f = handFile("parse_mismatched_delim.rs");
        Span open = span(f, "(", 1);
        Span close = span(f, "]");
        DiagnosticHandler h = handler(ErrorFormat.HUMAN);
        h.emit(Diagnostic.error("mismatched closing delimiter: `]`")
            .primary(open)
            .primary(close, "mismatched closing delimiter")
            .primary(open, "unclosed delimiter")
            .build());
        h.finish();
        assertEquals(expected("hand/parse_mismatched_delim.human.stderr"), out());
    }

    @Test
    void duplicatesAreDroppedAndNotCounted() throws IOException {
        SourceFile f = file("single_label.rs");
        DiagnosticHandler h = handler(ErrorFormat.HUMAN);
        Diagnostic d = Diagnostic.error("cannot find value `qqq_undefined_value` in this scope").code("E0425")
            .primary(span(f, "qqq_undefined_value"), "not found in this scope").build();
        h.emit(d);
        h.emit(d);
        h.finish();
        assertEquals(expected("single_label.human.stderr"), out());
        assertEquals(1, h.errorCount());
    }

    @Test
    void nothingPrintedWhenNothingEmitted() {
        DiagnosticHandler h = handler(ErrorFormat.HUMAN);
        h.finish();
        assertEquals("", out());
        assertFalse(h.hasErrors());
    }

    @Test
    void toolNameAppearsInExplainHint() throws IOException {
        SourceFile f = file("single_label.rs");
        DiagnosticHandler h = new DiagnosticHandler(sm, new PrintStream(bytes, true, StandardCharsets.UTF_8),
            ErrorFormat.HUMAN, "rac", code -> Optional.of("x"));
        h.emit(Diagnostic.error("cannot find value `qqq_undefined_value` in this scope").code("E0425")
            .primary(span(f, "qqq_undefined_value"), "not found in this scope").build());
        h.finish();
        assertEquals(expected("single_label.human.stderr").replace("rustc --explain", "rac --explain"), out());
    }

    @Test
    void spanlessErrorWithMultilineNote() {
        DiagnosticHandler h = handler(ErrorFormat.HUMAN);
        h.emit(Diagnostic.error("linking with `cc` failed: exit status: 1")
            .note("first line\nsecond line")
            .build());
        assertEquals("""
            error: linking with `cc` failed: exit status: 1
              |
              = note: first line
                      second line

            """, out());
    }

    @Test
    void internalCompilerError() {
        DiagnosticHandler h = handler(ErrorFormat.HUMAN);
        h.emitIce("unexpected type in codegen", "rac 0.1.0 running on x86_64-unknown-linux-gnu");
        assertEquals("""
            error: internal compiler error: unexpected type in codegen

            note: rustc unexpectedly panicked. this is a bug.

            note: we would appreciate a bug report with the program that triggered it

            note: rac 0.1.0 running on x86_64-unknown-linux-gnu

            """, out());
        assertTrue(h.hasErrors());
    }
}
