package rac.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rac.base.Edition;

class ParseCommandTest {
    @TempDir
    Path dir;

    private String run(int expectedStatus, Path... files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int status = ParseCommand.run(List.of(files), Edition.E2024, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertEquals(expectedStatus, status);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void cleanFilesPrintNothingAndExitZero() throws IOException {
        Path ok = Files.writeString(dir.resolve("ok.rs"), "fn main() { println!(\"hi\"); }\n");
        assertEquals("", run(0, ok));
    }

    @Test
    void filesWithErrorsGetOneLineEach() throws IOException {
        Path ok = Files.writeString(dir.resolve("ok.rs"), "fn main() {}\n");
        Path bad = Files.writeString(dir.resolve("bad.rs"), "fn main() {\n    let x = 1\n    let y = 2;\n}\n");
        assertEquals(bad + ": 1 error(s), first at 2:14: expected `;`, found keyword `let`\n", run(1, ok, bad));
    }

    @Test
    void columnsCountCharactersNotBytes() throws IOException {
        Path bad = Files.writeString(dir.resolve("u.rs"), "fn main() { let é = ; }\n");
        assertEquals(bad + ": 1 error(s), first at 1:21: expected expression, found `;`\n", run(1, bad));
    }

    @Test
    void unreadableFileIsAnError() {
        Path missing = dir.resolve("missing.rs");
        String out = run(1, missing);
        assertEquals(true, out.startsWith(missing + ": 1 error(s), first at 1:1: couldn't read"));
    }
}
