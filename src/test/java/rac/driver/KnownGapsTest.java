package rac.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Programs rustc accepts that rac rejects on purpose, because compiling them would give a
 * different result (UI tests cannot hold these: their differential mode requires rustc to agree).
 * Each is a FIXME for the feature named in its message.
 */
class KnownGapsTest {
    @TempDir
    Path dir;

    private String check(String program) throws Exception {
        Path src = dir.resolve("main.rs");
        Files.writeString(src, program);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"check", src.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(1, code, err.toString(StandardCharsets.UTF_8));
        return err.toString(StandardCharsets.UTF_8);
    }

    /** FIXME: the built-in derives inline their code per type; a type reaching itself needs a real impl. */
    @Test
    void derivesOnRecursiveTypesAreRejected() throws Exception {
        String program = """
                #[derive(Debug, PartialEq)]
                struct Node<'a> { v: i32, next: Option<&'a Node<'a>> }
                fn main() {
                    let a = Node { v: 1, next: None };
                    let b = Node { v: 2, next: Some(&a) };
                    println!("{:?} {}", b, a == b);
                }
                """;
        String err = check(program);
        assertTrue(err.contains("printing the recursive type `Node` with a derived `Debug` is not supported by rac yet"), err);
        assertTrue(err.contains("comparing the recursive type `Node` with a derived `PartialEq` is not supported by rac yet"),
                err);
    }
}
