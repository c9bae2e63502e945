package rac.llvm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rac.diag.Diagnostic;
import rac.diag.Level;
import rac.diag.SubDiagnostic;

/** The link step: success, failures reported like rustc, several objects, extra arguments. */
class LinkerTest {

    @TempDir
    Path dir;

    private Path object(String name, String ir) throws Exception {
        Path file = dir.resolve(name + ".o");
        Files.write(file, InProcessLlvm.load().compileToObject(ir, name, 0));
        return file;
    }

    @Test
    void linksSeveralObjectsAndLibm() throws Exception {
        Path main = object("main", """
                @fmt = private unnamed_addr constant [7 x i8] c"%.3f!\\0A\\00"
                declare i32 @printf(ptr, ...)
                declare double @root(double)
                define i32 @main() {
                  %r = call double @root(double 2.0)
                  %p = call i32 (ptr, ...) @printf(ptr @fmt, double %r)
                  ret i32 3
                }
                """);
        Path lib = object("lib", """
                declare double @sqrt(double)
                define double @root(double %x) {
                  %y = call double @sqrt(double %x)
                  ret double %y
                }
                """);
        Path exe = dir.resolve("prog");
        Linker.system().link(List.of(main, lib), exe, List.of());
        assertEquals(new TestPrograms.Run(3, "1.414!\n"), TestPrograms.run(exe));
    }

    @Test
    void extraArgumentsReachTheLinker() throws Exception {
        Path main = object("main", TestPrograms.HELLO);
        Path exe = dir.resolve("prog");
        Path map = dir.resolve("prog.map");
        Linker.system().link(List.of(main), exe, List.of("-Wl,-Map=" + map));
        assertTrue(Files.readString(map).contains("main"));
        assertEquals(new TestPrograms.Run(0, "Hello, world!\n"), TestPrograms.run(exe));
    }

    @Test
    void commandHasRustcsFlags() {
        List<String> command = new Linker("cc", null).command(List.of(Path.of("a.o"), Path.of("b.o")),
                Path.of("out"), List.of("-lz"));
        assertEquals("cc", command.get(0));
        assertEquals(List.of("a.o", "b.o"), command.subList(2, 4));
        assertTrue(command.containsAll(List.of("-pie", "-lm", "-Wl,--gc-sections", "-Wl,--eh-frame-hdr")));
        assertEquals("-lz", command.getLast());
        assertFalse(command.stream().anyMatch(a -> a.startsWith("-fuse-ld")));
        assertTrue(new Linker("cc", "mold").command(List.of(), Path.of("out"), List.of()).contains("-fuse-ld=mold"));
    }

    @Test
    void undefinedSymbolIsReportedLikeRustc() throws Exception {
        Path main = object("main", """
                declare void @nosuchfn()
                define i32 @main() {
                  call void @nosuchfn()
                  ret i32 0
                }
                """);
        LinkException e = assertThrows(LinkException.class,
                () -> Linker.system().link(List.of(main), dir.resolve("prog"), List.of()));
        assertEquals("linking with `cc` failed: exit status: 1", e.getMessage());
        assertEquals(1, e.exitStatus());
        assertFalse(e.linkerNotFound());
        assertTrue(e.output().contains("nosuchfn"), e.output());
        assertTrue(e.output().contains("collect2: error: ld returned 1 exit status"), e.output());

        Diagnostic diagnostic = e.toDiagnostic(false);
        assertEquals(Level.ERROR, diagnostic.level());
        assertEquals("linking with `cc` failed: exit status: 1", diagnostic.message());
        List<String> notes = diagnostic.children().stream().map(SubDiagnostic::message).toList();
        assertEquals(3, notes.size());
        assertTrue(notes.get(0).startsWith(" \"cc\" \"-m64\" \"<1 object file omitted>\" \"-Wl,--as-needed\""),
                notes.get(0));
        assertTrue(notes.get(0).contains("\"-o\" \"" + dir.resolve("prog") + "\""), notes.get(0));
        assertEquals("some arguments are omitted. use `--verbose` to show all linker arguments", notes.get(1));
        assertEquals(e.output(), notes.get(2));

        Diagnostic verbose = e.toDiagnostic(true);
        assertEquals(2, verbose.children().size());
        assertTrue(verbose.children().get(0).message().contains("\"" + main + "\""));
    }

    @Test
    void missingLinkerIsReportedLikeRustc() throws Exception {
        Path main = object("main", TestPrograms.HELLO);
        LinkException e = assertThrows(LinkException.class,
                () -> new Linker("rac-no-such-cc", null).link(List.of(main), dir.resolve("prog"), List.of()));
        assertTrue(e.linkerNotFound());
        assertEquals("linker `rac-no-such-cc` not found", e.getMessage());
        assertEquals("No such file or directory (os error 2)", e.output());
        assertEquals("No such file or directory (os error 2)", e.toDiagnostic(false).children().get(0).message());
    }

    @Test
    void javasProcessErrorsBecomeRustcsOsErrors() {
        assertEquals("No such file or directory (os error 2)", Linker.osErrorText(
                "Cannot run program \"cc\": Exec failed, error: 2 (No such file or directory) "));
        assertEquals("Permission denied (os error 13)", Linker.osErrorText(
                "Cannot run program \"cc\": error=13, Permission denied"));
        assertEquals("something else", Linker.osErrorText("something else"));
    }
}
