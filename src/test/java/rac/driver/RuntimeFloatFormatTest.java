package rac.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The runtime's float formatter ({@code rac_rt_fmt_float} in {@code rt.c}) against a table of
 * rustc's outputs ({@code src/test/resources/fmt/float_table.txt}, made once by
 * {@code float_table_gen.rs}): random bit patterns and random decimals, f64 and f32, printed with
 * {@code {}}, {@code {:?}}, {@code {:e}}, {@code {:.1e}}, {@code {:.3}} and {@code {:+09.2}}.
 */
class RuntimeFloatFormatTest {
    private static final Path ROOT = Path.of(System.getProperty("user.dir")).toAbsolutePath();

    @Test
    void matchesRustcTable() throws Exception {
        Path dir = ROOT.resolve("target/float-runtime");
        Files.createDirectories(dir);
        Path exe = dir.resolve("float_harness");
        Process cc = new ProcessBuilder(List.of("cc", "-O2", "-o", exe.toString(),
                ROOT.resolve("src/test/resources/fmt/float_harness.c").toString(),
                ROOT.resolve("src/main/resources/rac/runtime/rt.c").toString(), "-lm"))
                .redirectErrorStream(true).start();
        String ccOut = new String(cc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(cc.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, cc.exitValue(), "cc failed:\n" + ccOut);

        List<String> table = Files.readAllLines(ROOT.resolve("src/test/resources/fmt/float_table.txt"));
        assertTrue(table.size() > 5000, "the table is too small");
        StringBuilder input = new StringBuilder();
        for (String line : table) {
            String[] cols = line.split("\t");
            input.append(cols[0]).append('\t').append(cols[1]).append('\n');
        }
        Path in = dir.resolve("input.txt");
        Files.writeString(in, input);
        Process run = new ProcessBuilder(List.of(exe.toString())).redirectInput(in.toFile()).start();
        List<String> actual = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        assertTrue(run.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, run.exitValue());
        List<String> diffs = new ArrayList<>();
        for (int i = 0; i < table.size(); i++) {
            String got = i < actual.size() ? actual.get(i) : "<missing>";
            if (!got.equals(table.get(i))) {
                diffs.add("rustc: " + table.get(i) + "\nrac:   " + got);
            }
        }
        assertEquals(List.of(), diffs.subList(0, Math.min(10, diffs.size())), diffs.size() + " lines differ");
    }
}
