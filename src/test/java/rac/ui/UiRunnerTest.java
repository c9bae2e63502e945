package rac.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The harness end to end, with fake compilers whose "executables" are shell scripts. */
class UiRunnerTest {
    @TempDir
    Path tmp;
    Path testDir;
    Path test;
    FakeCompiler rac;
    FakeCompiler reference;

    static final String ERROR_LINE_3 = "{\"$message_type\":\"diagnostic\",\"message\":\"boom\",\"code\":{\"code\":\"E0308\","
            + "\"explanation\":null},\"level\":\"error\",\"spans\":[{\"file_name\":\"$FILE\",\"line_start\":3,\"is_primary\":true,"
            + "\"expansion\":null}],\"children\":[],\"rendered\":\"error[E0308]: boom\\n --> $FILE:3:5\\n\\n\"}\n"
            + "{\"$message_type\":\"diagnostic\",\"message\":\"aborting due to 1 previous error\",\"code\":null,"
            + "\"level\":\"error\",\"spans\":[],\"children\":[],\"rendered\":\"error: aborting due to 1 previous error\\n\\n\"}\n";

    @BeforeEach
    void setUp() throws IOException {
        testDir = Files.createDirectories(tmp.resolve("tests/ui/group"));
        test = testDir.resolve("t.rs");
        rac = new FakeCompiler("rac");
        reference = new FakeCompiler("rustc");
    }

    List<String> run(boolean bless, boolean differential) {
        UiConfig config = new UiConfig(rac, differential ? reference : null, bless, tmp.resolve("scratch"), 30, 2, false);
        return new UiRunner(config).check(test);
    }

    List<String> run() {
        return run(false, false);
    }

    void source(String text) throws IOException {
        Files.writeString(test, text);
    }

    void snapshot(String suffix, String text) throws IOException {
        Files.writeString(testDir.resolve("t" + suffix), text);
    }

    static void assertOneProblem(List<String> problems, String expected) {
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.getFirst().contains(expected), problems.getFirst());
    }

    @Test
    void runPassComparesStdoutWithTheSnapshot() throws IOException {
        source("//@ run-pass\nfn main() {}\n");
        rac.program = "echo hello";
        snapshot(".run.stdout", "hello\n");
        assertEquals(List.of(), run());
        List<String> args = rac.calls.getFirst();
        assertEquals(test.toAbsolutePath().toString(), args.get(0));
        assertEquals("-o", args.get(1));
        assertTrue(args.get(2).endsWith("/rac/t"), args.get(2));
        assertEquals(List.of("--edition", "2021", "--error-format=json"), args.subList(3, args.size()));

        rac.program = "echo goodbye";
        assertOneProblem(run(), "output differs from t.run.stdout");
    }

    @Test
    void programStderrMustMatchItsSnapshotTooAndEmptyMeansNoFile() throws IOException {
        source("//@ run-pass\nfn main() {}\n");
        rac.program = "echo oops >&2";
        assertOneProblem(run(), "t.run.stderr (absent: expected empty)");
    }

    @Test
    void runFailExpectsAPanicWithNormalisedMessage() throws IOException {
        source("//@ run-fail\nfn main() {}\n");
        rac.program = "echo \"thread 'main' (42) panicked at $FILE:1:1:\" >&2; exit 101";
        snapshot(".run.stderr", "thread 'main' ($TID) panicked at $DIR/t.rs:1:1:\n");
        assertEquals(List.of(), run());

        rac.program = "exit 0";
        List<String> problems = run();
        assertTrue(problems.getFirst().contains("program exited with 0, expected 101"), problems.toString());
    }

    @Test
    void exitCodeHeaderAndRunFlags() throws IOException {
        source("//@ run-fail\n//@ exit-code: 3\n//@ run-flags: a b\nfn main() {}\n");
        rac.program = "echo \"$@\"; exit 3";
        snapshot(".run.stdout", "a b\n");
        assertEquals(List.of(), run());
    }

    @Test
    void compileFlagsAndEditionArePassed() throws IOException {
        source("//@ build-pass\n//@ edition: 2018\n//@ compile-flags: -O\nfn main() {}\n");
        rac.program = "exit 0";
        assertEquals(List.of(), run());
        List<String> args = rac.calls.getFirst();
        assertEquals(List.of("--edition", "2018", "--error-format=json", "-O"), args.subList(3, args.size()));
    }

    @Test
    void buildPassDoesNotRunTheProgram() throws IOException {
        source("//@ build-pass\nfn main() {}\n");
        rac.program = "echo should not run; exit 1";
        assertEquals(List.of(), run());
    }

    @Test
    void checkFailMatchesAnnotationsAndTheStderrSnapshot() throws IOException {
        source("//@ check-fail\nfn main() {\n    let x: i32 = \"\"; //~ ERROR boom\n}\n");
        rac.exitCode = 1;
        rac.stderr = ERROR_LINE_3;
        snapshot(".stderr", "error[E0308]: boom\n --> $DIR/t.rs:3:5\n\nerror: aborting due to 1 previous error\n\n");
        assertEquals(List.of(), run());
        List<String> args = rac.calls.getFirst();
        assertEquals("check", args.getFirst());
        assertFalse(args.contains("-o"));
    }

    @Test
    void checkFailMustFail() throws IOException {
        source("//@ check-fail\nfn main() {}\n");
        assertOneProblem(run(), "rac compiled the test, but it must fail (check-fail)");
    }

    @Test
    void unannotatedErrorsAndMissingErrorsAreReported() throws IOException {
        source("//@ check-fail\nfn main() {\n}\n//~^ ERROR other\n");
        rac.exitCode = 1;
        rac.stderr = ERROR_LINE_3;
        snapshot(".stderr", "error[E0308]: boom\n --> $DIR/t.rs:3:5\n\nerror: aborting due to 1 previous error\n\n");
        List<String> problems = run();
        assertEquals(List.of("expected but not found: 3: ERROR \"other\" (annotation on line 4)",
                "unexpected (not annotated): 3: ERROR[E0308] \"boom\""), problems);
    }

    @Test
    void internalCompilerErrorsFailEveryMode() throws IOException {
        source("//@ check-fail\nfn main() {}\n");
        rac.exitCode = 101;
        rac.stderr = "error: internal compiler error: oops\n";
        List<String> problems = run();
        assertTrue(problems.getFirst().contains("rac exited with 101 (internal compiler error)"), problems.toString());
    }

    @Test
    void passModesMustCompile() throws IOException {
        source("//@ build-pass\nfn main() {}\n");
        rac.exitCode = 1;
        List<String> problems = run();
        assertTrue(problems.getFirst().contains("rac failed to compile the test (build-pass)"), problems.toString());
    }

    @Test
    void successWithoutAnExecutableIsAProblem() throws IOException {
        source("//@ run-pass\nfn main() {}\n");
        assertOneProblem(run(), "wrote no executable");
    }

    @Test
    void hangingProgramsAreStopped() throws IOException {
        source("//@ run-pass\nfn main() {}\n");
        rac.program = "sleep 30";
        assertOneProblem(run(), "timed out");
    }

    @Test
    void hangingCompilersAreStopped() throws IOException {
        source("//@ check-pass\nfn main() {}\n");
        rac.sleepMillis = 60_000;
        List<String> problems = new UiRunner(new UiConfig(rac, null, false, tmp.resolve("s"), 1, 2, false)).check(test);
        assertOneProblem(problems, "rac timed out after 1s");
    }

    @Test
    void exceptionsFromTheCompilerAreInternalErrors() throws IOException {
        source("//@ check-pass\nfn main() {}\n");
        rac.crash = new IllegalStateException("bug");
        List<String> problems = run();
        assertTrue(problems.getFirst().contains("rac exited with 101 (internal compiler error)"), problems.toString());
        assertTrue(problems.getFirst().contains("java.lang.IllegalStateException: bug"), problems.toString());
    }

    @Test
    void malformedTestsFailWithoutCompiling() throws IOException {
        source("//@ run-pas\nfn main() {}\n");
        assertOneProblem(run(), "malformed test: line 1: unknown header `run-pas`");
        assertEquals(List.of(), rac.calls);
    }

    @Test
    void blessWritesAndDeletesSnapshots() throws IOException {
        source("//@ run-fail\nfn main() {}\n");
        rac.program = "echo out; echo \"panicked at $FILE\" >&2; exit 101";
        snapshot(".stderr", "stale\n");
        assertEquals(List.of(), run(true, false));
        assertFalse(Files.exists(testDir.resolve("t.stderr")));
        assertEquals("out\n", Files.readString(testDir.resolve("t.run.stdout")));
        assertEquals("panicked at $DIR/t.rs\n", Files.readString(testDir.resolve("t.run.stderr")));
        assertEquals(List.of(), run());
    }

    @Test
    void scratchDirectoriesAreDeletedUnlessAFailureKeepsThem() throws IOException {
        source("//@ run-pass\nfn main() {}\n");
        rac.program = "echo hi";
        snapshot(".run.stdout", "hi\n");
        Path scratch = tmp.resolve("kept");
        UiRunner runner = new UiRunner(new UiConfig(rac, null, false, scratch, 30, 2, true));
        assertEquals(List.of(), runner.check(test));
        try (var entries = Files.list(scratch)) {
            assertEquals(0, entries.count());
        }
        rac.program = "echo ho";
        List<String> problems = runner.check(test);
        assertEquals(2, problems.size(), problems::toString);
        assertTrue(problems.get(1).startsWith("(scratch directory kept: " + scratch), problems.get(1));
        try (var entries = Files.list(scratch)) {
            Path kept = entries.findFirst().orElseThrow();
            assertTrue(Files.isExecutable(kept.resolve("rac/t")), kept.toString());
        }
    }

    @Test
    void runThrowsWithAllProblems() throws IOException {
        source("//@ check-fail\nfn main() {}\n");
        AssertionError e = assertThrows(AssertionError.class,
                () -> new UiRunner(new UiConfig(rac, null, false, tmp.resolve("s"), 30, 2, false)).run(test));
        assertTrue(e.getMessage().startsWith("t.rs:\nrac compiled the test"), e.getMessage());
    }

    @Test
    void differentialAgreementPasses() throws IOException {
        source("//@ run-pass\n//@ compile-flags: -O\nfn main() {}\n");
        rac.program = "echo 42";
        reference.program = "echo 42";
        snapshot(".run.stdout", "42\n");
        assertEquals(List.of(), run(false, true));
        List<String> refArgs = reference.calls.getFirst();
        assertTrue(refArgs.get(2).endsWith("/reference/t"), refArgs.toString());
        assertEquals(List.of("--edition", "2021", "--error-format=json", "-O"), refArgs.subList(3, refArgs.size()));
    }

    @Test
    void differentialReportsOutputAndExitCodeDifferences() throws IOException {
        source("//@ run-pass\nfn main() {}\n");
        rac.program = "echo 42";
        reference.program = "echo 43; exit 2";
        snapshot(".run.stdout", "42\n");
        List<String> problems = run(false, true);
        assertEquals(2, problems.size(), problems::toString);
        assertTrue(problems.get(0).contains("differential: exit code 0 but rustc's program exited with 2"), problems.get(0));
        assertTrue(problems.get(1).contains("differential: stdout differs from rustc's program (- rustc, + rac):\n- 43\n+ 42"),
                problems.get(1));
    }

    @Test
    void differentialComparesPanicMessagesAfterNormalisation() throws IOException {
        source("//@ run-fail\nfn main() {}\n");
        rac.program = "echo \"thread 'main' (1) panicked at $FILE:2:5:\" >&2; exit 101";
        reference.program = "echo \"thread 'main' (2) panicked at $FILE:2:5:\" >&2; exit 101";
        snapshot(".run.stderr", "thread 'main' ($TID) panicked at $DIR/t.rs:2:5:\n");
        assertEquals(List.of(), run(false, true));
        reference.program = "echo \"thread 'main' (2) panicked at $FILE:2:6:\" >&2; exit 101";
        assertOneProblem(run(false, true), "differential: stderr differs");
    }

    @Test
    void differentialCheckFailNeedsRustcToFailWithTheSameCodes() throws IOException {
        source("//@ check-fail\nfn main() {\n    let x: i32 = \"\"; //~ ERROR boom\n}\n");
        rac.exitCode = 1;
        rac.stderr = ERROR_LINE_3;
        snapshot(".stderr", "error[E0308]: boom\n --> $DIR/t.rs:3:5\n\nerror: aborting due to 1 previous error\n\n");
        reference.exitCode = 1;
        reference.stderr = ERROR_LINE_3;
        assertEquals(List.of(), run(false, true));
        assertEquals("check", reference.calls.getFirst().getFirst());

        reference.stderr = ERROR_LINE_3.replace("E0308", "E0425");
        assertOneProblem(run(false, true), "differential: rac reported E0308 but rustc did not (it reported [E0425])");

        reference.exitCode = 0;
        assertOneProblem(run(false, true), "differential: rustc exited with 0 but the test must fail to compile");
    }

    @Test
    void differentialChecksTheSnapshotsWhenRacGetsNowhere() throws IOException {
        source("//@ run-pass\nfn main() {}\n");
        rac.exitCode = 1;
        rac.stderr = "error: rac is not built yet\n";
        reference.program = "echo from rustc";
        snapshot(".run.stdout", "expected\n");
        snapshot(".stderr", "error: rac is not built yet\n");
        List<String> problems = run(false, true);
        assertEquals(2, problems.size(), problems::toString);
        assertTrue(problems.get(0).contains("rac failed to compile the test"), problems.get(0));
        assertTrue(problems.get(1).contains("differential: rustc's program: output differs from t.run.stdout"), problems.get(1));

        snapshot(".run.stdout", "from rustc\n");
        assertOneProblem(run(false, true), "rac failed to compile the test");
    }

    @Test
    void differentialPassModesNeedRustcToCompile() throws IOException {
        source("//@ check-pass\nfn main() {}\n");
        reference.exitCode = 1;
        assertOneProblem(run(false, true), "differential: rustc failed to compile the test (check-pass)");
    }

    @Test
    void rustcAsRacTranslatesTheCommandLine() {
        Path work = Path.of("/tmp/w");
        assertEquals(List.of("a.rs", "--edition", "2021", "--emit=metadata", "-o", "/tmp/w/check.rmeta"),
                RustcAsRac.rustcArgs(List.of("check", "a.rs", "--edition", "2021"), work));
        assertEquals(List.of("a.rs", "-o", "x"), RustcAsRac.rustcArgs(List.of("a.rs", "-o", "x"), work));
        assertEquals("try `rac --explain E0308`", RustcAsRac.racify("try `rustc --explain E0308`"));
    }

    @Test
    void discoveryFindsRustFilesAndFilters() throws IOException {
        Path ui = tmp.resolve("tests/ui");
        Files.writeString(ui.resolve("a.rs"), "");
        Files.writeString(testDir.resolve("b.rs"), "");
        Files.writeString(testDir.resolve("b.stderr"), "");
        assertEquals(List.of(ui.resolve("a.rs"), testDir.resolve("b.rs"), test).stream().filter(Files::exists).toList(),
                UiTest.discover(ui, ""));
        assertEquals(List.of(testDir.resolve("b.rs")), UiTest.discover(ui, "group/b"));
    }
}
