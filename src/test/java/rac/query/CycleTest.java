package rac.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Cycles are reported as {@link CycleException}s naming their frames, on one thread or across several. */
class CycleTest {
    private static final Duration GUARD = Duration.ofSeconds(10);

    private static void await(CountDownLatch l) {
        try {
            l.await();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void sameThreadCycleNamesItsFrames() {
        InputQuery<Integer, Boolean> loop = InputQuery.named("loop");
        DerivedQuery<Integer, Integer>[] qs = newQueries3(loop);
        try (Database db = new Database()) {
            db.set(loop, 1, true);
            EventRecorder log = EventRecorder.attach(db);
            CycleException e = assertTimeoutPreemptively(GUARD,
                    () -> assertThrows(CycleException.class, () -> db.get(qs[0], 1)));
            assertEquals(List.of("a(1)", "b(1)", "c(1)"), e.frames());
            assertEquals("cycle detected: a(1) -> b(1) -> c(1) -> a(1)", e.getMessage());
            assertEquals(List.of("a(1)"), log.of(Event.DidDetectCycle.class));

            // Breaking the cycle through the input makes the same queries succeed.
            db.set(loop, 1, false);
            assertEquals(3, db.get(qs[0], 1));
        }
    }

    @SuppressWarnings("unchecked")
    private static DerivedQuery<Integer, Integer>[] newQueries3(InputQuery<Integer, Boolean> loop) {
        DerivedQuery<Integer, Integer>[] qs = new DerivedQuery[3];
        qs[0] = DerivedQuery.named("a", (ctx, k) -> ctx.get(qs[1], k) + 1);
        qs[1] = DerivedQuery.named("b", (ctx, k) -> ctx.get(qs[2], k) + 1);
        qs[2] = DerivedQuery.named("c", (ctx, k) -> ctx.get(loop, k) ? ctx.get(qs[0], k) : 1);
        return qs;
    }

    @Test
    void aQueryCanRecoverFromACycle() {
        InputQuery<Integer, Boolean> loop = InputQuery.named("loop");
        DerivedQuery<Integer, Integer>[] qs = newQueries3(loop);
        DerivedQuery<Integer, Integer> safe = DerivedQuery.named("safe", (ctx, k) -> {
            try {
                return ctx.get(qs[0], k);
            } catch (CycleException e) {
                return -e.cycle().size();
            }
        });
        try (Database db = new Database()) {
            db.set(loop, 1, true);
            assertEquals(-3, db.get(safe, 1));
            // The fallback depends on the cycle: when the cycle goes away the value is recomputed.
            db.set(loop, 1, false);
            assertEquals(3, db.get(safe, 1));
        }
    }

    @Test
    void crossThreadCycleIsDetectedInsteadOfDeadlocking() throws Exception {
        CountDownLatch aStarted = new CountDownLatch(1);
        CountDownLatch bStarted = new CountDownLatch(1);
        DerivedQuery<String, Integer>[] qs = newPair(aStarted, bStarted);
        try (Database db = new Database(); ExecutorService pool = Executors.newFixedThreadPool(2)) {
            assertTimeoutPreemptively(GUARD, () -> {
                Future<Integer> fa = pool.submit(() -> db.get(qs[0], "k"));
                Future<Integer> fb = pool.submit(() -> db.get(qs[1], "k"));
                CycleException ea = cycleOf(fa);
                CycleException eb = cycleOf(fb);
                assertEquals(Set.of("a(k)", "b(k)"), Set.copyOf(ea.frames()));
                assertEquals(Set.of("a(k)", "b(k)"), Set.copyOf(eb.frames()));
                assertEquals(2, ea.frames().size());
                assertEquals(2, eb.frames().size());
            });
        }
    }

    @SuppressWarnings("unchecked")
    private static DerivedQuery<String, Integer>[] newPair(CountDownLatch aStarted, CountDownLatch bStarted) {
        DerivedQuery<String, Integer>[] qs = new DerivedQuery[2];
        qs[0] = DerivedQuery.named("a", (ctx, k) -> {
            aStarted.countDown();
            await(bStarted);
            return ctx.get(qs[1], k) + 1;
        });
        qs[1] = DerivedQuery.named("b", (ctx, k) -> {
            bStarted.countDown();
            await(aStarted);
            return ctx.get(qs[0], k) + 1;
        });
        return qs;
    }

    @SuppressWarnings("unchecked")
    @Test
    void threeThreadCycleIsDetected() throws Exception {
        CountDownLatch allStarted = new CountDownLatch(3);
        DerivedQuery<String, Integer>[] qs = new DerivedQuery[3];
        for (int i = 0; i < 3; i++) {
            int next = (i + 1) % 3;
            qs[i] = DerivedQuery.named("q" + i, (ctx, k) -> {
                allStarted.countDown();
                await(allStarted);
                return ctx.get(qs[next], k) + 1;
            });
        }
        try (Database db = new Database(); ExecutorService pool = Executors.newFixedThreadPool(3)) {
            assertTimeoutPreemptively(GUARD, () -> {
                List<Future<Integer>> fs = List.of(pool.submit(() -> db.get(qs[0], "k")),
                        pool.submit(() -> db.get(qs[1], "k")), pool.submit(() -> db.get(qs[2], "k")));
                for (Future<Integer> f : fs) {
                    CycleException e = cycleOf(f);
                    assertEquals(Set.of("q0(k)", "q1(k)", "q2(k)"), Set.copyOf(e.frames()), e.getMessage());
                    assertEquals(3, e.frames().size());
                    // The frames are in call order: each one reads the next, the last reads the first.
                    for (int i = 0; i < 3; i++) {
                        int q = e.frames().get(i).toString().charAt(1) - '0';
                        int nextQ = e.frames().get((i + 1) % 3).toString().charAt(1) - '0';
                        assertEquals((q + 1) % 3, nextQ, e.getMessage());
                    }
                }
            });
        }
    }

    private static CycleException cycleOf(Future<?> f) throws InterruptedException {
        ExecutionException e = assertThrows(ExecutionException.class, f::get);
        assertTrue(e.getCause() instanceof CycleException, String.valueOf(e.getCause()));
        return (CycleException) e.getCause();
    }

    @SuppressWarnings("unchecked")
    @Test
    void cycleThroughParallelGetAllIsDetected() {
        DerivedQuery<Integer, Integer>[] qs = new DerivedQuery[2];
        // root(0) computes leaf(1..8) in parallel; leaf(5) reads root(0) back.
        qs[0] = DerivedQuery.named("root", (ctx, k) -> ctx.getAll(qs[1], List.of(1, 2, 3, 4, 5, 6, 7, 8))
                .stream().mapToInt(Integer::intValue).sum());
        qs[1] = DerivedQuery.named("leaf", (ctx, k) -> k == 5 ? ctx.get(qs[0], 0) : k);
        for (int round = 0; round < 20; round++) {
            try (Database db = Database.builder().parallelism(4).build()) {
                CycleException e = assertTimeoutPreemptively(GUARD,
                        () -> assertThrows(CycleException.class, () -> db.get(qs[0], 0)));
                assertEquals(List.of("root(0)", "leaf(5)"), e.frames());
            }
        }
    }

    /** An executor that runs tasks on the submitting thread. */
    private static final class DirectExecutor extends java.util.concurrent.AbstractExecutorService {
        private volatile boolean shutdown;

        @Override
        public void execute(Runnable command) {
            command.run();
        }

        @Override
        public void shutdown() {
            shutdown = true;
        }

        @Override
        public List<Runnable> shutdownNow() {
            shutdown = true;
            return List.of();
        }

        @Override
        public boolean isShutdown() {
            return shutdown;
        }

        @Override
        public boolean isTerminated() {
            return shutdown;
        }

        @Override
        public boolean awaitTermination(long timeout, java.util.concurrent.TimeUnit unit) {
            return true;
        }
    }

    @SuppressWarnings("unchecked")
    @Test
    void cycleIsDetectedWithAnExecutorRunningTasksOnTheCallingThread() {
        DerivedQuery<Integer, Integer>[] qs = new DerivedQuery[2];
        qs[0] = DerivedQuery.named("root", (ctx, k) -> ctx.getAll(qs[1], List.of(1, 2, 3))
                .stream().mapToInt(Integer::intValue).sum());
        qs[1] = DerivedQuery.named("leaf", (ctx, k) -> k == 3 && ctx.get(qs[0], 0) > 0 ? 0 : k);
        try (Database db = Database.builder().parallelism(4).executor(new DirectExecutor()).build()) {
            CycleException e = assertTimeoutPreemptively(GUARD,
                    () -> assertThrows(CycleException.class, () -> db.get(qs[0], 0)));
            assertEquals(List.of("root(0)", "leaf(3)"), e.frames());
            assertEquals(2, db.get(qs[1], 2));
        }
    }

    @SuppressWarnings("unchecked")
    @Test
    void cycleBetweenSiblingWorkersIsDetected() {
        DerivedQuery<Integer, Integer>[] qs = new DerivedQuery[2];
        CountDownLatch[] started = {new CountDownLatch(2)};
        qs[0] = DerivedQuery.named("root", (ctx, k) -> ctx.getAll(qs[1], List.of(1, 2))
                .stream().mapToInt(Integer::intValue).sum());
        // leaf(1) reads leaf(2) and leaf(2) reads leaf(1), once both have started (on different threads).
        qs[1] = DerivedQuery.named("leaf", (ctx, k) -> {
            started[0].countDown();
            await(started[0]);
            return ctx.get(qs[1], 3 - k);
        });
        try (Database db = Database.builder().parallelism(2).build()) {
            CycleException e = assertTimeoutPreemptively(GUARD,
                    () -> assertThrows(CycleException.class, () -> db.get(qs[0], 0)));
            assertEquals(Set.of("leaf(1)", "leaf(2)"), Set.copyOf(e.frames()));
        }
    }
}
