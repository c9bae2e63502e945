package rac.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import rac.query.MiniCompiler.FnKey;

/** Parallel reads: waiting instead of recomputing, parallel getAll, and a reader/writer stress test. */
class ConcurrencyTest {
    private static final Duration GUARD = Duration.ofSeconds(10);

    @Test
    void manyThreadsReadingOneKeyComputeItOnce() throws Exception {
        int threads = 8;
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch go = new CountDownLatch(1);
        InputQuery<String, Integer> in = InputQuery.named("in");
        DerivedQuery<String, Integer> slow = DerivedQuery.named("slow", (ctx, k) -> {
            runs.incrementAndGet();
            try {
                go.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return ctx.get(in, k) * 2;
        });
        try (Database db = new Database(); ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            db.set(in, "k", 21);
            EventRecorder log = EventRecorder.attach(db);
            assertTimeoutPreemptively(GUARD, () -> {
                List<Future<Integer>> results = new ArrayList<>();
                for (int i = 0; i < threads; i++) {
                    results.add(pool.submit(() -> db.get(slow, "k")));
                }
                // Release the computation only once every other thread is waiting for it.
                while (log.of(Event.WillBlockOn.class).size() < threads - 1) {
                    Thread.sleep(1);
                }
                go.countDown();
                for (Future<Integer> f : results) {
                    assertEquals(42, f.get());
                }
            });
            assertEquals(1, runs.get());
            assertEquals(List.of("slow(k)"), log.executed());
        }
    }

    @Test
    void aWaiterThatIsInterruptedKeepsWaitingAndKeepsTheInterrupt() throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        DerivedQuery<String, Integer> slow = DerivedQuery.named("slow", (ctx, k) -> {
            try {
                go.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return 7;
        });
        try (Database db = new Database(); ExecutorService pool = Executors.newFixedThreadPool(2)) {
            EventRecorder log = EventRecorder.attach(db);
            assertTimeoutPreemptively(GUARD, () -> {
                Future<Integer> owner = pool.submit(() -> db.get(slow, "k"));
                // The owner must be computing before the waiter asks, or the waiter could become the owner.
                while (log.executed().isEmpty()) {
                    Thread.sleep(1);
                }
                Thread[] waiterThread = new Thread[1];
                CountDownLatch waiterStarted = new CountDownLatch(1);
                Future<Boolean> waiter = pool.submit(() -> {
                    waiterThread[0] = Thread.currentThread();
                    waiterStarted.countDown();
                    int v = db.get(slow, "k");
                    return v == 7 && Thread.interrupted();
                });
                waiterStarted.await();
                while (log.of(Event.WillBlockOn.class).isEmpty()) {
                    Thread.sleep(1);
                }
                waiterThread[0].interrupt();
                go.countDown();
                assertEquals(7, owner.get());
                assertTrue(waiter.get());
            });
        }
    }

    @Test
    void aFailingKeyInGetAllDoesNotLoseTheOthers() {
        AtomicInteger runs = new AtomicInteger();
        DerivedQuery<Integer, Integer> check = DerivedQuery.named("check", (ctx, k) -> {
            runs.incrementAndGet();
            if (k == 13) {
                throw new IllegalArgumentException("unlucky");
            }
            return k;
        });
        try (Database db = Database.builder().parallelism(3).build()) {
            List<Integer> keys = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                keys.add(i);
            }
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> db.getAll(check, keys));
            assertEquals("unlucky", e.getMessage());
            assertEquals(40, runs.get());
            assertEquals(39, db.memoCount(check));
        }
    }

    @Test
    void listenerExceptionsDoNotBreakTheEngine() {
        MiniCompiler c = new MiniCompiler();
        try (Database db = new Database()) {
            db.addListener(e -> {
                throw new IllegalStateException("bad listener");
            });
            EventRecorder log = EventRecorder.attach(db);
            db.set(c.fileText, "a.rs", "fn a {}");
            assertEquals(1, db.get(c.itemCount, "a.rs"));
            assertEquals(List.of("itemCount(a.rs)", "itemNames(a.rs)", "parse(a.rs)"), log.executed());
        }
    }

    private static String fnFile(int files, int fns) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < fns; i++) {
            sb.append("fn f").append(i).append(" {").append("x".repeat(i % 7 + 1)).append("}\n");
        }
        return sb.toString();
    }

    @Test
    void parallelGetAllComputesEachKeyOnceAndRecordsDependencies() {
        MiniCompiler c = new MiniCompiler();
        try (Database db = Database.builder().parallelism(4).build()) {
            List<String> files = new ArrayList<>();
            int expected = 0;
            for (int f = 0; f < 10; f++) {
                files.add("f" + f + ".rs");
                db.set(c.fileText, "f" + f + ".rs", fnFile(f, 20));
                for (int i = 0; i < 20; i++) {
                    expected += i % 7 + 3;
                }
            }
            db.set(c.crateFiles, "main", files);
            EventRecorder log = EventRecorder.attach(db);
            int total = assertTimeoutPreemptively(GUARD, () -> db.get(c.checkCrate, "main"));
            assertEquals(expected, total);
            List<String> executed = log.executed();
            assertEquals(new HashSet<>(executed).size(), executed.size(), "some query ran twice: " + executed);
            assertEquals(200, db.stats(c.infer).executions());
            assertEquals(200, db.stats(c.body).executions());

            // The getAll reads were recorded: editing one body re-runs that function's queries only.
            log.clear();
            db.set(c.fileText, "f3.rs", fnFile(3, 20).replace("fn f5 {xxxxxx}", "fn f5 {xxxxxxxx}"));
            assertEquals(expected + 2, db.get(c.checkCrate, "main"));
            List<String> again = log.executed();
            assertTrue(again.contains("infer(f3.rs::f5)"), again.toString());
            assertTrue(again.contains("checkCrate(main)"), again.toString());
            assertEquals(0, again.stream().filter(s -> s.startsWith("infer(") && !s.equals("infer(f3.rs::f5)")).count(),
                    again.toString());
            assertEquals(201, db.stats(c.infer).executions());
        }
    }

    @Test
    void concurrentGetAllsOverlappingComputeEachKeyOnce() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        ConcurrentHashMap<Integer, Integer> perKey = new ConcurrentHashMap<>();
        DerivedQuery<Integer, Integer> square = DerivedQuery.named("square", (ctx, k) -> {
            runs.incrementAndGet();
            perKey.merge(k, 1, Integer::sum);
            return k * k;
        });
        try (Database db = Database.builder().parallelism(3).build();
                ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Integer> keys = new ArrayList<>();
            for (int i = 0; i < 500; i++) {
                keys.add(i);
            }
            assertTimeoutPreemptively(GUARD, () -> {
                List<Future<List<Integer>>> fs = new ArrayList<>();
                for (int t = 0; t < 4; t++) {
                    List<Integer> mine = new ArrayList<>(keys);
                    java.util.Collections.rotate(mine, t * 100);
                    fs.add(pool.submit(() -> db.getAll(square, mine)));
                }
                for (Future<List<Integer>> f : fs) {
                    List<Integer> r = f.get();
                    assertEquals(500, r.size());
                }
            });
            assertEquals(500, runs.get());
            assertTrue(perKey.values().stream().allMatch(n -> n == 1));
        }
    }

    @Test
    void getAllInsideParallelWorkersNests() {
        DerivedQuery<Integer, Integer> leaf = DerivedQuery.named("leaf", (ctx, k) -> k);
        DerivedQuery<Integer, Integer> mid = DerivedQuery.named("mid", (ctx, k) -> {
            List<Integer> keys = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                keys.add(k * 10 + i);
            }
            return ctx.getAll(leaf, keys).stream().mapToInt(Integer::intValue).sum();
        });
        DerivedQuery<Integer, Integer> root = DerivedQuery.named("root", (ctx, k) -> {
            List<Integer> keys = new ArrayList<>();
            for (int i = 0; i < k; i++) {
                keys.add(i);
            }
            return ctx.getAll(mid, keys).stream().mapToInt(Integer::intValue).sum();
        });
        // Few workers and nested forks: a waiting parent must run unstarted tasks itself.
        try (Database db = Database.builder().parallelism(2).build()) {
            int got = assertTimeoutPreemptively(GUARD, () -> db.get(root, 30));
            assertEquals(299 * 300 / 2, got);
            assertEquals(300, db.stats(leaf).executions());
        }
    }

    @Test
    void readersAndAWriterSeeConsistentRevisions() throws Exception {
        int n = 8;
        InputQuery<Integer, Integer> cell = InputQuery.named("cell");
        DerivedQuery<Integer, Integer> doubled = DerivedQuery.named("doubled", (ctx, k) -> 2 * ctx.get(cell, k));
        DerivedQuery<String, Integer> total = DerivedQuery.named("total", (ctx, k) -> {
            List<Integer> keys = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                keys.add(i);
            }
            int sum = 0;
            for (int v : ctx.getAll(doubled, keys)) {
                sum += v;
            }
            return sum;
        });
        try (Database db = Database.builder().parallelism(3).build();
                ExecutorService pool = Executors.newFixedThreadPool(4)) {
            db.write(w -> {
                for (int i = 0; i < n; i++) {
                    w.set(cell, i, 0);
                }
            });
            AtomicBoolean done = new AtomicBoolean();
            AtomicInteger bad = new AtomicInteger();
            AtomicInteger reads = new AtomicInteger();
            assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
                List<Future<?>> readers = new ArrayList<>();
                for (int r = 0; r < 3; r++) {
                    readers.add(pool.submit(() -> {
                        while (!done.get()) {
                            try {
                                int t = db.get(total, "t");
                                // Every write sets all cells to the same value v, so total = 2*n*v.
                                if (t % (2 * n) != 0) {
                                    bad.incrementAndGet();
                                }
                                reads.incrementAndGet();
                            } catch (Cancelled e) {
                                // retry in the next revision
                            }
                        }
                    }));
                }
                for (int v = 1; v <= 200; v++) {
                    int value = v;
                    db.write(w -> {
                        for (int i = 0; i < n; i++) {
                            w.set(cell, i, value);
                        }
                    });
                }
                done.set(true);
                for (Future<?> f : readers) {
                    f.get();
                }
            });
            assertEquals(0, bad.get());
            assertEquals(2 * n * 200, db.get(total, "t"));
        }
    }
}
