package rac.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A write cancels queries of the old revision, waits until they unwind, then proceeds. */
class CancellationTest {
    private static final Duration GUARD = Duration.ofSeconds(10);

    private final InputQuery<String, Integer> limit = InputQuery.named("limit");
    private final InputQuery<String, String> other = InputQuery.named("other");
    private final CountDownLatch running = new CountDownLatch(1);

    /** Spins forever while limit is negative, reading an input at every step. */
    private final DerivedQuery<String, Integer> spin = DerivedQuery.named("spin", (ctx, k) -> {
        running.countDown();
        int n = 0;
        while (ctx.get(limit, k) < 0) {
            n++;
            Thread.onSpinWait();
        }
        return n;
    });

    private final DerivedQuery<String, Integer> outer = DerivedQuery.named("outer", (ctx, k) -> ctx.get(spin, k) + 1);

    @Test
    void aWriteCancelsALongRunningQueryAndReturns() throws Exception {
        try (Database db = new Database(); ExecutorService pool = Executors.newSingleThreadExecutor()) {
            db.set(limit, "k", -1);
            db.set(other, "x", "1");
            EventRecorder log = EventRecorder.attach(db);
            assertTimeoutPreemptively(GUARD, () -> {
                Future<Integer> reader = pool.submit(() -> db.get(outer, "k"));
                running.await();
                long rev = db.revision();
                db.set(other, "x", "2"); // unrelated input: still cancels the old revision's readers
                assertEquals(rev + 1, db.revision());
                ExecutionException e = assertThrows(ExecutionException.class, reader::get);
                assertTrue(e.getCause() instanceof Cancelled, String.valueOf(e.getCause()));
            });
            assertTrue(log.of(Event.DidCancel.class).contains("spin(k)"), log.events().toString());
            // Nothing half-computed was memoized: the next read recomputes.
            db.set(limit, "k", 0);
            log.clear();
            assertEquals(1, db.get(outer, "k"));
            assertEquals(List.of("outer(k)", "spin(k)"), log.executed());
        }
    }

    @Test
    void settingAnEqualValueDoesNotCancelRunningQueries() throws Exception {
        try (Database db = new Database(); ExecutorService pool = Executors.newSingleThreadExecutor()) {
            db.set(limit, "k", -1);
            db.set(other, "x", "1");
            EventRecorder log = EventRecorder.attach(db);
            assertTimeoutPreemptively(GUARD, () -> {
                Future<Integer> reader = pool.submit(() -> db.get(outer, "k"));
                running.await();
                long rev = db.revision();
                db.set(other, "x", "1");
                db.set(limit, "k", -1);
                assertEquals(rev, db.revision());
                assertEquals(List.of(), log.of(Event.DidCancel.class));
                db.set(limit, "k", 5); // a real change: now the reader is cancelled
                ExecutionException e = assertThrows(ExecutionException.class, reader::get);
                assertTrue(e.getCause() instanceof Cancelled);
            });
        }
    }

    @Test
    void checkCancelledLetsLoopsWithoutReadsBeCancelled() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        DerivedQuery<String, Integer> busy = DerivedQuery.named("busy", (ctx, k) -> {
            started.countDown();
            while (true) {
                ctx.checkCancelled();
                Thread.onSpinWait();
            }
        });
        try (Database db = new Database(); ExecutorService pool = Executors.newSingleThreadExecutor()) {
            db.set(other, "x", "1");
            assertTimeoutPreemptively(GUARD, () -> {
                Future<Integer> reader = pool.submit(() -> db.get(busy, "k"));
                started.await();
                db.set(other, "x", "2");
                ExecutionException e = assertThrows(ExecutionException.class, reader::get);
                assertTrue(e.getCause() instanceof Cancelled);
            });
        }
    }

    @Test
    void cancellationReachesParallelWorkersAndWaiters() throws Exception {
        AtomicInteger spinning = new AtomicInteger();
        InputQuery<Integer, Integer> gate = InputQuery.named("gate");
        DerivedQuery<Integer, Integer> work = DerivedQuery.named("work", (ctx, k) -> {
            spinning.incrementAndGet();
            while (ctx.get(gate, 0) < 0) {
                Thread.onSpinWait();
            }
            return k;
        });
        DerivedQuery<String, Integer> all = DerivedQuery.named("all", (ctx, k) -> {
            List<Integer> keys = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                keys.add(i);
            }
            return ctx.getAll(work, keys).stream().mapToInt(Integer::intValue).sum();
        });
        try (Database db = Database.builder().parallelism(3).build();
                ExecutorService pool = Executors.newFixedThreadPool(2)) {
            db.set(gate, 0, -1);
            EventRecorder log = EventRecorder.attach(db);
            assertTimeoutPreemptively(GUARD, () -> {
                Future<Integer> r1 = pool.submit(() -> db.get(all, "k"));
                while (spinning.get() < 2) {
                    Thread.sleep(1);
                }
                Future<Integer> r2 = pool.submit(() -> db.get(all, "k")); // waits on r1's slot
                while (!log.of(Event.WillBlockOn.class).contains("all(k)")) {
                    Thread.sleep(1);
                }
                db.set(gate, 0, 1);
                for (Future<Integer> f : List.of(r1, r2)) {
                    ExecutionException e = assertThrows(ExecutionException.class, f::get);
                    assertTrue(e.getCause() instanceof Cancelled, String.valueOf(e.getCause()));
                }
                assertEquals(15, db.get(all, "k"));
            });
        }
    }
}
