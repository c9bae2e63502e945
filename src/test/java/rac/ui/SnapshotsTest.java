package rac.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotsTest {
    @TempDir
    Path tmp;

    @Test
    void normalizesDirectoriesAndThreadIds() {
        Path dir = Path.of("/work/tests/ui/skeleton");
        Path build = Path.of("/tmp/rac-ui-1/x-123/rac");
        String raw = "\r\nthread 'main' (4660) panicked at /work/tests/ui/skeleton/a.rs:3:13:\r\n"
                + "wrote /tmp/rac-ui-1/x-123/rac/a\n";
        assertEquals("\nthread 'main' ($TID) panicked at $DIR/a.rs:3:13:\nwrote $TEST_BUILD_DIR/a\n",
                Snapshots.normalize(raw, dir, build));
        assertEquals("thread '<unnamed>' ($TID) panicked at $DIR/b.rs:1:1:\n",
                Snapshots.normalize("thread '<unnamed>' (77) panicked at /work/tests/ui/skeleton/b.rs:1:1:\n", dir, null));
    }

    @Test
    void missingSnapshotMeansEmpty() {
        Path f = tmp.resolve("a.stderr");
        assertNull(Snapshots.check(f, "", false));
        String problem = Snapshots.check(f, "error: x\n", false);
        assertTrue(problem.contains("a.stderr (absent: expected empty)"), problem);
        assertTrue(problem.contains("+ error: x"), problem);
    }

    @Test
    void comparesWithTheFile() throws IOException {
        Path f = tmp.resolve("a.run.stdout");
        Files.writeString(f, "1\n2\n3\n");
        assertNull(Snapshots.check(f, "1\n2\n3\n", false));
        String problem = Snapshots.check(f, "1\nTWO\n3\n", false);
        assertTrue(problem.contains("  1\n- 2\n+ TWO\n  3\n"), problem);
        assertTrue(problem.contains("-Drac.bless=true"), problem);
        assertTrue(Snapshots.check(f, "1\n2\n3", false).contains("+ 3\\ (no newline at end)"));
    }

    @Test
    void blessWritesCreatesAndDeletes() throws IOException {
        Path f = tmp.resolve("a.stderr");
        assertNull(Snapshots.check(f, "new\n", true));
        assertEquals("new\n", Files.readString(f));
        assertNull(Snapshots.check(f, "newer\n", true));
        assertEquals("newer\n", Files.readString(f));
        assertNull(Snapshots.check(f, "", true));
        assertFalse(Files.exists(f));
        assertNull(Snapshots.check(f, "", true));
        assertFalse(Files.exists(f));
    }

    @Test
    void diffShowsDeletionsBeforeInsertions() {
        assertEquals("  a\n- b\n+ c\n  d\n", Snapshots.diff("a\nb\nd\n", "a\nc\nd\n"));
        assertEquals("+ x\n", Snapshots.diff("", "x\n"));
        assertEquals("- x\n", Snapshots.diff("x\n", ""));
    }
}
