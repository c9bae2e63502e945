package rac.llvm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The on-disk object cache. */
class CachingBackendTest {

    @TempDir
    Path dir;

    private static List<Path> files(Path directory) throws Exception {
        try (Stream<Path> paths = Files.list(directory)) {
            return paths.toList();
        }
    }

    @Test
    void compilesOncePerKeyAndSurvivesANewInstance() throws Exception {
        Path cacheDir = dir.resolve("cache");
        CachingBackend cache = new CachingBackend(InProcessLlvm.load(), cacheDir);
        byte[] first = cache.compileToObject(TestPrograms.LOOP, "loop", 2);
        byte[] second = cache.compileToObject(TestPrograms.LOOP, "loop", 2);
        assertArrayEquals(first, second);
        assertEquals(1, cache.misses());
        assertEquals(1, cache.hits());
        // A different opt level, module name or IR is a different key.
        cache.compileToObject(TestPrograms.LOOP, "loop", 0);
        cache.compileToObject(TestPrograms.LOOP, "other", 2);
        cache.compileToObject(TestPrograms.HELLO, "loop", 2);
        assertEquals(4, cache.misses());
        assertEquals(4, files(cacheDir).size());
        assertEquals(List.of(), files(cacheDir).stream().filter(p -> p.getFileName().toString().startsWith("tmp-")).toList());

        // A new process (here: a new instance) starts warm, and the cached object still runs.
        CachingBackend warm = new CachingBackend(InProcessLlvm.load(), cacheDir);
        byte[] cached = warm.compileToObject(TestPrograms.LOOP, "loop", 2);
        assertEquals(0, warm.misses());
        assertEquals(new TestPrograms.Run(36, "sum = 4950!\n"), TestPrograms.linkAndRun(dir, "loop", cached));
    }

    @Test
    void errorsAreNotCached() throws Exception {
        Path cacheDir = dir.resolve("cache");
        CachingBackend cache = new CachingBackend(InProcessLlvm.load(), cacheDir);
        assertThrows(LlvmException.class, () -> cache.compileToObject(TestPrograms.BAD_SYNTAX, "bad", 0));
        assertThrows(LlvmException.class, () -> cache.compileToObject(TestPrograms.BAD_SYNTAX, "bad", 0));
        assertEquals(2, cache.misses());
        assertEquals(false, Files.exists(cacheDir) && !files(cacheDir).isEmpty());
    }
}
