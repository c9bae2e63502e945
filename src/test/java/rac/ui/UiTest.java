package rac.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The UI test suite: one dynamic test per {@code tests/ui/**.rs}.
 *
 * <p>System properties:
 * <ul>
 *   <li>{@code rac.root}: the repository root (surefire sets it; default the working directory);</li>
 *   <li>{@code rac.ui.filter=substring}: only tests whose path relative to {@code tests/ui}
 *       contains the substring;</li>
 *   <li>{@code rac.bless=true} (or environment {@code RAC_BLESS=1}): rewrite snapshots;</li>
 *   <li>{@code rac.ui.differential=false}: do not compare with rustc (on by default when
 *       {@code rustc} is on PATH);</li>
 *   <li>{@code rac.ui.subprocess=true}: run {@code ./rac} as a process instead of in-process;</li>
 *   <li>{@code rac.ui.compiler=rustc}: test rustc itself (checks the tests' expectations; with
 *       bless, writes snapshots from rustc's output).</li>
 * </ul>
 *
 * <p>The tests run in parallel: all are started when the factory is called, and each dynamic test
 * waits for its own result. Each test compiles in a scratch directory under
 * {@code target/rac-ui/}, kept if the test fails.
 */
public class UiTest {

    @TestFactory
    Stream<DynamicTest> ui() throws IOException {
        Path root = Path.of(System.getProperty("rac.root", "")).toAbsolutePath();
        Path uiDir = root.resolve("tests/ui");
        UiConfig config = configFromProperties(root);
        UiRunner.deleteTree(config.scratchRoot()); // what failing tests of the last run left
        UiRunner runner = new UiRunner(config);
        String filter = System.getProperty("rac.ui.filter", "");
        List<Path> files = discover(uiDir, filter);
        int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(null, r, "ui-test", 64L << 20);
            t.setDaemon(true);
            return t;
        });
        List<Future<List<String>>> results = files.stream()
                .map(f -> pool.submit(() -> runner.check(f))).toList();
        pool.shutdown();
        return java.util.stream.IntStream.range(0, files.size()).mapToObj(i -> {
            Path f = files.get(i);
            String name = uiDir.relativize(f).toString();
            return DynamicTest.dynamicTest(name, f.toUri(), () -> {
                List<String> problems;
                try {
                    problems = results.get(i).get();
                } catch (ExecutionException e) {
                    throw e.getCause();
                }
                if (!problems.isEmpty()) {
                    throw new AssertionError(name + ":\n" + String.join("\n\n", problems));
                }
            });
        });
    }

    /** Every {@code .rs} file under {@code uiDir} whose relative path contains {@code filter}, sorted. */
    static List<Path> discover(Path uiDir, String filter) {
        if (!Files.isDirectory(uiDir)) {
            throw new IllegalStateException("no UI test directory " + uiDir + " (set -Drac.root)");
        }
        try (Stream<Path> walk = Files.walk(uiDir)) {
            // Files under an `auxiliary` directory are modules and helpers of tests, as in compiletest.
            return walk.filter(p -> p.toString().endsWith(".rs") && Files.isRegularFile(p))
                    .filter(p -> !uiDir.relativize(p).toString().matches("(.*/)?auxiliary/.*"))
                    .filter(p -> uiDir.relativize(p).toString().contains(filter))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static UiConfig configFromProperties(Path root) {
        boolean bless = Boolean.getBoolean("rac.bless") || "1".equals(System.getenv("RAC_BLESS"));
        Compiler compiler;
        String which = System.getProperty("rac.ui.compiler", "rac");
        if (which.equals("rustc")) {
            compiler = RustcAsRac.onPath();
        } else if (which.equals("rac")) {
            compiler = Boolean.getBoolean("rac.ui.subprocess")
                    ? new SubprocessCompiler(root.resolve("rac").toString(), 120)
                    : new InProcessRac();
        } else {
            throw new IllegalArgumentException("rac.ui.compiler must be rac or rustc, not " + which);
        }
        boolean differential = Boolean.parseBoolean(System.getProperty("rac.ui.differential", "true"))
                && !which.equals("rustc") && onPath("rustc");
        Path scratch = root.resolve("target/rac-ui");
        return new UiConfig(compiler, differential ? RustcAsRac.onPath() : null, bless, scratch, 120, 10, true);
    }

    static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String d : path.split(java.io.File.pathSeparator)) {
            if (!d.isEmpty() && Files.isExecutable(Path.of(d, program))) {
                return true;
            }
        }
        return false;
    }
}
