package rac.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import rac.base.SourceFile;
import rac.base.SourceMap;
import rac.base.Span;

/** Counting, closing lines, concurrency and the ICE report of {@link DiagnosticHandler}. */
class DiagnosticHandlerTest {
    private final SourceMap sm = new SourceMap();
    private final SourceFile file = sm.add("lib.rs", "fn a() {}\nfn b() {}\nfn c() {}\n");
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    private DiagnosticHandler handler(ErrorFormat format) {
        return new DiagnosticHandler(sm, new PrintStream(bytes, true, StandardCharsets.UTF_8), format, "rac",
            code -> Optional.of("text for " + code));
    }

    private String out() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private Diagnostic error(int i, String code) {
        return Diagnostic.error("problem " + i).code(code).primary(new Span(file.id(), 3, 4), "here " + i).build();
    }

    @Test
    void parallelEmitsStayWholeAndAreCounted() throws Exception {
        DiagnosticHandler h = handler(ErrorFormat.HUMAN);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            int n = i;
            futures.add(pool.submit(() -> h.emit(error(n, "E0308"))));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        assertEquals(200, h.errorCount());
        String text = out();
        for (int i = 0; i < 200; i++) {
            String block = new HumanEmitter(sm, false).render(error(i, "E0308"));
            assertTrue(text.contains(block), "diagnostic " + i + " was interleaved");
        }
    }

    @Test
    void manyCodesAreListedUpToNine() {
        DiagnosticHandler h = handler(ErrorFormat.HUMAN);
        for (int i = 0; i < 11; i++) {
            h.emit(Diagnostic.error("e" + i).code(String.format("E%04d", 100 + i)).build());
        }
        h.finish();
        assertTrue(out().endsWith("""
            error: aborting due to 11 previous errors

            Some errors have detailed explanations: E0100, E0101, E0102, E0103, E0104, E0105, E0106, E0107, E0108...
            For more information about an error, try `rac --explain E0100`.
            """), out());
    }

    @Test
    void shortFormatClosesWithoutExplainHint() {
        DiagnosticHandler h = handler(ErrorFormat.SHORT);
        h.emit(error(1, "E0308"));
        h.emit(Diagnostic.warning("careful").build());
        h.finish();
        assertEquals("""
            lib.rs:1:4: error[E0308]: problem 1: here 1
            warning: careful
            error: aborting due to 1 previous error; 1 warning emitted
            """, out());
    }

    @Test
    void jsonClosingObjects() {
        DiagnosticHandler h = handler(ErrorFormat.JSON);
        h.emit(Diagnostic.warning("careful").build());
        h.finish();
        String[] lines = out().split("\n");
        assertEquals(2, lines.length);
        @SuppressWarnings("unchecked")
        Map<String, Object> closing = (Map<String, Object>) MiniJson.parse(lines[1]);
        assertEquals("1 warning emitted", closing.get("message"));
        assertEquals("warning", closing.get("level"));
        assertEquals("warning: 1 warning emitted\n\n", closing.get("rendered"));
        assertNull(closing.get("code"));
    }

    @Test
    void internalCompilerErrorInJson() {
        DiagnosticHandler h = handler(ErrorFormat.JSON);
        h.emitIce("boom", null);
        @SuppressWarnings("unchecked")
        Map<String, Object> ice = (Map<String, Object>) MiniJson.parse(out().split("\n")[0]);
        assertEquals("error: internal compiler error", ice.get("level"));
        assertEquals("error: internal compiler error: boom\n\n", ice.get("rendered"));
    }

    @Test
    void lintNamesAreNotShownInTheHumanHeader() {
        DiagnosticHandler h = handler(ErrorFormat.HUMAN);
        h.emit(Diagnostic.warning("function `a` is never used").code("dead_code").build());
        h.finish();
        assertEquals("warning: function `a` is never used\n\nwarning: 1 warning emitted\n\n", out());
    }

    @Test
    void errorFormatNames() {
        assertEquals(ErrorFormat.HUMAN, ErrorFormat.parse("human"));
        assertEquals(ErrorFormat.SHORT, ErrorFormat.parse("short"));
        assertEquals(ErrorFormat.JSON, ErrorFormat.parse("json"));
        assertNull(ErrorFormat.parse("xml"));
    }
}
