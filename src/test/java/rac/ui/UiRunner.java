package rac.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * Runs one UI test: compiles it with the compiler under test, checks the exit code, the
 * annotations and the snapshots, runs the program if the mode says so, and in differential mode
 * does the same with the reference compiler and compares. All problems are collected and
 * reported together in one {@link AssertionError}.
 */
public final class UiRunner {
    private final UiConfig config;

    public UiRunner(UiConfig config) {
        this.config = config;
    }

    /** Runs the test in {@code testFile}; throws {@link AssertionError} listing every problem. */
    public void run(Path testFile) {
        List<String> problems = check(testFile);
        if (!problems.isEmpty()) {
            throw new AssertionError(testFile.getFileName() + ":\n" + String.join("\n\n", problems));
        }
    }

    /** Runs the test in {@code testFile} and returns its problems (empty if it passed). */
    public List<String> check(Path testFile) {
        Path file = testFile.toAbsolutePath().normalize();
        String source;
        try {
            source = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        TestProps props;
        List<Annotation> annotations;
        try {
            props = TestProps.parse(source);
            annotations = Annotation.parse(source);
        } catch (MalformedTestException e) {
            return List.of("malformed test: " + e.getMessage());
        }
        Path scratch = null;
        boolean keep = false;
        try {
            Files.createDirectories(config.scratchRoot());
            scratch = Files.createTempDirectory(config.scratchRoot(), stem(file) + "-");
            List<String> problems = new Run(file, props, annotations, scratch).go();
            if (!problems.isEmpty() && config.keepFailedScratch()) {
                keep = true;
                problems.add("(scratch directory kept: " + scratch + ")");
            }
            return problems;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (!keep) {
                deleteTree(scratch);
            }
        }
    }

    static String stem(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".rs") ? name.substring(0, name.length() - 3) : name;
    }

    /** One execution of one test. */
    private final class Run {
        final Path file;
        final Path dir;
        final String stem;
        final TestProps props;
        final List<Annotation> annotations;
        final Path scratch;
        final List<String> problems = new ArrayList<>();

        Run(Path file, TestProps props, List<Annotation> annotations, Path scratch) {
            this.file = file;
            this.dir = file.getParent();
            this.stem = stem(file);
            this.props = props;
            this.annotations = annotations;
            this.scratch = scratch;
        }

        List<String> go() throws IOException {
            Mode mode = props.mode();
            Path racDir = Files.createDirectory(scratch.resolve("rac"));
            ProcessOutput compiled = compile(config.compiler(), racDir);
            CompilerOutput diagnostics = CompilerOutput.parse(compiled.stderr(), file.toString());
            boolean compiledOk = checkCompileExit(config.compiler().name(), compiled, mode);
            problems.addAll(DiagnosticMatcher.check(annotations, diagnostics.diagnostics()));
            snapshot(stem + ".stderr", normalize(diagnostics.rendered(), racDir));
            snapshot(stem + ".stdout", normalize(compiled.stdout(), racDir));

            ProcessOutput ran = null;
            if (mode.runs() && compiledOk) {
                ran = runProgram(racDir, config.compiler().name());
                if (ran != null) {
                    if (ran.exitCode() != props.exitCode()) {
                        problems.add("program exited with " + ran.exitCode() + ", expected " + props.exitCode()
                                + "\n--- stderr ---\n" + ran.stderr());
                    }
                    snapshot(stem + ".run.stdout", normalize(ran.stdout(), racDir));
                    snapshot(stem + ".run.stderr", normalize(ran.stderr(), racDir));
                }
            }
            if (config.reference() != null) {
                differential(diagnostics, compiledOk ? ran : null, racDir);
            }
            return problems;
        }

        /** Compiles the test with {@code compiler}, output into {@code outDir}. */
        ProcessOutput compile(Compiler compiler, Path outDir) {
            List<String> args = new ArrayList<>();
            if (!props.mode().build()) {
                args.add("check");
            }
            args.add(file.toString());
            if (props.mode().build()) {
                args.add("-o");
                args.add(outDir.resolve(stem).toString());
            }
            args.add("--edition");
            args.add(props.edition());
            args.add("--error-format=json");
            args.addAll(props.compileFlags());
            // A thread of its own with a large stack: the compiler recurses deeply, and a hung
            // compilation must not block other tests.
            FutureTask<ProcessOutput> task = new FutureTask<>(() -> compiler.compile(args, outDir));
            Thread thread = new Thread(null, task, "ui-compile-" + stem, 256L << 20);
            thread.setDaemon(true);
            thread.start();
            try {
                return task.get(config.compileTimeout(), TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                task.cancel(true);
                return new ProcessOutput(-1, "", "", true);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (ExecutionException e) {
                return ProcessOutput.of(101, "", "exception from " + compiler.name() + ": " + e.getCause() + "\n");
            }
        }

        /** Checks the compiler's exit code; true if it compiled successfully. */
        boolean checkCompileExit(String who, ProcessOutput out, Mode mode) {
            if (out.timedOut()) {
                problems.add(who + " timed out after " + config.compileTimeout() + "s");
                return false;
            }
            int code = out.exitCode();
            if (code == 0) {
                if (!mode.compiles()) {
                    problems.add(who + " compiled the test, but it must fail (" + mode.header() + ")");
                }
                return true;
            }
            if (code == 1) {
                if (mode.compiles()) {
                    problems.add(who + " failed to compile the test (" + mode.header() + "):\n"
                            + CompilerOutput.parse(out.stderr(), file.toString()).rendered());
                }
                return false;
            }
            problems.add(who + " exited with " + code + (code == 101 ? " (internal compiler error)" : "")
                    + ":\n" + CompilerOutput.parse(out.stderr(), file.toString()).rendered());
            return false;
        }

        ProcessOutput runProgram(Path outDir, String who) {
            Path exe = outDir.resolve(stem);
            if (!Files.isRegularFile(exe)) {
                problems.add(who + " reported success but wrote no executable " + exe.getFileName());
                return null;
            }
            List<String> command = new ArrayList<>();
            command.add(exe.toString());
            command.addAll(props.runFlags());
            ProcessOutput out = Processes.run(command, outDir, config.runTimeout());
            if (out.timedOut()) {
                problems.add("program built by " + who + " timed out after " + config.runTimeout() + "s");
                return null;
            }
            return out;
        }

        /** The checks against the reference compiler (rustc). */
        void differential(CompilerOutput racDiagnostics, ProcessOutput racRun, Path racDir) throws IOException {
            Compiler reference = config.reference();
            String who = reference.name();
            Path refDir = Files.createDirectory(scratch.resolve("reference"));
            ProcessOutput compiled = compile(reference, refDir);
            Mode mode = props.mode();
            if (compiled.timedOut()) {
                problems.add("differential: " + who + " timed out");
                return;
            }
            if (!mode.compiles()) {
                if (compiled.exitCode() != 1) {
                    problems.add("differential: " + who + " exited with " + compiled.exitCode()
                            + " but the test must fail to compile (" + mode.header() + ")");
                    return;
                }
                List<String> refCodes = CompilerOutput.parse(compiled.stderr(), file.toString()).errorCodes();
                for (String code : racDiagnostics.errorCodes()) {
                    if (!refCodes.contains(code)) {
                        problems.add("differential: rac reported " + code + " but " + who + " did not (it reported "
                                + refCodes + ")");
                    }
                }
                return;
            }
            if (compiled.exitCode() != 0) {
                problems.add("differential: " + who + " failed to compile the test (" + mode.header() + "):\n"
                        + CompilerOutput.parse(compiled.stderr(), file.toString()).rendered());
                return;
            }
            if (!mode.runs()) {
                return;
            }
            ProcessOutput refRun = runProgram(refDir, who);
            if (refRun == null) {
                return;
            }
            String refStdout = normalize(refRun.stdout(), refDir);
            String refStderr = normalize(refRun.stderr(), refDir);
            if (racRun != null) {
                if (refRun.exitCode() != racRun.exitCode()) {
                    problems.add("differential: exit code " + racRun.exitCode() + " but " + who + "'s program exited with "
                            + refRun.exitCode());
                }
                String stdout = normalize(racRun.stdout(), racDir);
                if (!stdout.equals(refStdout)) {
                    problems.add("differential: stdout differs from " + who + "'s program (- " + who + ", + rac):\n"
                            + Snapshots.diff(refStdout, stdout));
                }
                String stderr = normalize(racRun.stderr(), racDir);
                if (!stderr.equals(refStderr)) {
                    problems.add("differential: stderr differs from " + who + "'s program (- " + who + ", + rac):\n"
                            + Snapshots.diff(refStderr, stderr));
                }
            } else if (!config.bless()) {
                // The compiler under test got nowhere: at least check that the test's own
                // expectations are what rustc does.
                if (refRun.exitCode() != props.exitCode()) {
                    problems.add("differential: " + who + "'s program exited with " + refRun.exitCode()
                            + " but the test expects " + props.exitCode());
                }
                String p = Snapshots.check(dir.resolve(stem + ".run.stdout"), refStdout, false);
                if (p != null) {
                    problems.add("differential: " + who + "'s program: " + p);
                }
                p = Snapshots.check(dir.resolve(stem + ".run.stderr"), refStderr, false);
                if (p != null) {
                    problems.add("differential: " + who + "'s program: " + p);
                }
            }
        }

        void snapshot(String name, String actual) {
            String p = Snapshots.check(dir.resolve(name), actual, config.bless());
            if (p != null) {
                problems.add(p);
            }
        }

        String normalize(String text, Path buildDir) {
            return Snapshots.normalize(text, dir, buildDir);
        }
    }

    /** Deletes a directory and everything in it, if it exists. */
    static void deleteTree(Path root) {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
