package rac.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import rac.base.Edition;

/**
 * Data-driven parser tests: each {@code src/test/resources/syntax/**.rs} is parsed and its tree dump
 * (plus errors) compared with the {@code .txt} beside it. Files under {@code ok/} must parse without
 * errors, files under {@code err/} with at least one. Run with {@code -Drac.bless=true} to rewrite the
 * snapshots. A first line {@code // edition:2015} selects the edition (default 2024).
 */
class ParserSnapshotTest {
    static Path dataDir() {
        String root = System.getProperty("rac.root", ".");
        return Path.of(root, "src", "test", "resources", "syntax");
    }

    static boolean bless() {
        return Boolean.getBoolean("rac.bless") || "1".equals(System.getenv("RAC_BLESS"));
    }

    /** The snapshot text for one input: the tree dump, then one line per error. */
    static String render(String text, Edition edition) {
        Parse p = Parser.parse(text, edition);
        StringBuilder sb = new StringBuilder(p.tree().debugDump());
        for (SyntaxError e : p.errors()) {
            sb.append("error ").append(e.range()).append(": ").append(e.message());
            if (e.code() != null) {
                sb.append(" [").append(e.code()).append(']');
            }
            sb.append('\n');
            if (!e.label().isEmpty()) {
                sb.append("  label ").append(e.range()).append(": ").append(e.label()).append('\n');
            }
            for (SyntaxError.SpanLabel l : e.secondary()) {
                sb.append(l.primary() ? "  primary " : "  secondary ").append(l.range()).append(": ")
                        .append(l.label()).append('\n');
            }
            for (String n : e.notes()) {
                sb.append("  note: ").append(n).append('\n');
            }
            for (String h : e.helps()) {
                sb.append("  help: ").append(h).append('\n');
            }
        }
        return sb.toString();
    }

    static Edition editionOf(String text) {
        if (text.startsWith("// edition:")) {
            int nl = text.indexOf('\n');
            Edition e = Edition.parse(text.substring(11, nl < 0 ? text.length() : nl).strip());
            if (e != null) {
                return e;
            }
        }
        return Edition.E2024;
    }

    @TestFactory
    Stream<DynamicTest> snapshots() throws IOException {
        Path dir = dataDir();
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(f -> f.toString().endsWith(".rs")).sorted().toList();
        }
        assertFalse(files.isEmpty(), "no parser test data under " + dir);
        return files.stream().map(f -> DynamicTest.dynamicTest(dir.relativize(f).toString(), () -> check(dir, f)));
    }

    private static void check(Path dir, Path file) throws IOException {
        String text = Files.readString(file);
        Edition edition = editionOf(text);
        Parse p = Parser.parse(text, edition);
        assertEquals(text, p.tree().text(), "tree must print back the input");
        String rel = dir.relativize(file).toString();
        if (rel.startsWith("ok")) {
            assertTrue(p.errors().isEmpty(), () -> "unexpected errors: " + p.errors());
        } else if (rel.startsWith("err")) {
            assertFalse(p.errors().isEmpty(), "expected at least one error");
        }
        String actual = render(text, edition);
        Path snap = Path.of(file.toString().replaceFirst("\\.rs$", ".txt"));
        if (bless()) {
            if (!Files.exists(snap) || !Files.readString(snap).equals(actual)) {
                Files.writeString(snap, actual);
            }
            return;
        }
        if (!Files.exists(snap)) {
            fail("missing snapshot " + snap + " (run with -Drac.bless=true)");
        }
        assertEquals(Files.readString(snap), actual, "snapshot mismatch for " + rel + " (bless with -Drac.bless=true)");
    }
}
