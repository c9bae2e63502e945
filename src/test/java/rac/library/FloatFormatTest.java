package rac.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Float formatting in {@code library/core/src/fmt/float}: builds the differential check program
 * {@code library/tests/float/check.rs} with rustc, runs it on the edge cases and a modest random
 * sample, and requires zero differences from std's {@code format!}; and checks that the module
 * stays in the plain Rust subset rac compiles.
 */
class FloatFormatTest {
    private static final Path ROOT = Path.of(System.getProperty("user.dir")).toAbsolutePath();
    private static final Path MODULE = ROOT.resolve("library/core/src/fmt/float");
    private static final Path CHECK = ROOT.resolve("library/tests/float/check.rs");

    @Test
    void matchesStdFormatting() throws Exception {
        assertTrue(onPath("rustc"), "rustc is not on PATH: the differential float check needs it (rustc 1.95 is part of every machine of this project)");
        Path outDir = ROOT.resolve("target/float-check");
        Files.createDirectories(outDir);
        Path exe = outDir.resolve("float_check");
        Result build = run(List.of("rustc", "--edition", "2021", "-O", CHECK.toString(), "-o", exe.toString()), 120);
        assertEquals(0, build.exit, "rustc failed to build check.rs:\n" + build.output);
        // Edge cases (all precisions 0..=20 and a few large ones), then 4000 random values.
        Result check = run(List.of(exe.toString(), "4000", "12345"), 120);
        Matcher m = Pattern.compile("(\\d+) passed, (\\d+) failed").matcher(check.output);
        assertTrue(m.find(), "no summary line in:\n" + check.output);
        assertEquals("0", m.group(2), check.output);
        assertTrue(Long.parseLong(m.group(1)) > 200_000, "too few cases ran:\n" + check.output);
        assertEquals(0, check.exit, check.output);
    }

    /** Code (comments and string literals removed) of every {@code .rs} file in the module. */
    private static List<String> moduleCode() throws IOException {
        List<String> code = new ArrayList<>();
        try (Stream<Path> files = Files.list(MODULE)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".rs")).sorted().toList()) {
                String text = Files.readString(p);
                text = text.replaceAll("(?m)//.*$", "").replaceAll("\"(\\\\.|[^\"\\\\])*\"", "\"\"");
                code.add(p.getFileName() + "\n" + text);
            }
        }
        return code;
    }

    @Test
    void staysInThePlainSubset() throws IOException {
        List<String> code = moduleCode();
        assertTrue(code.size() >= 3, "expected mod.rs, bignum.rs, dragon.rs in " + MODULE);
        // No generics, traits, closures, allocation, std paths, derives or floating-point math.
        Pattern forbidden = Pattern.compile(
                "\\b(trait|dyn|Vec|String|Box|Option|Some|None|Ok|Err|std|alloc|unsafe|where|as_ptr)\\b"
                        + "|#\\[derive|\\bimpl\\s*<|\\bfn\\s+\\w+\\s*<|[(,=]\\s*(move\\s+)?\\|[\\w\\s,:&]*\\|"
                        + "|\\.(iter|map|collect|unwrap|clone)\\s*\\(|\\b(f64|f32)::|\\d\\.\\d");
        for (String file : code) {
            Matcher m = forbidden.matcher(file);
            assertTrue(!m.find(), () -> "construct outside the plain subset in "
                    + file.substring(0, file.indexOf('\n')) + ": '" + m.group() + "'");
        }
    }

    private record Result(int exit, String output) {
    }

    private static Result run(List<String> command, long timeoutSeconds) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).directory(ROOT.toFile()).redirectErrorStream(true);
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return new Result(-1, "timed out: " + command);
        }
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    private static boolean onPath(String program) {
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
