package rac.llvm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** The {@link BackendContract} for libLLVM-14 loaded in-process, plus its own properties. */
class InProcessLlvmTest extends BackendContract {

    @Override
    LlvmBackend backend() {
        return InProcessLlvm.load();
    }

    @org.junit.jupiter.api.Test
    void loadsOnceAndTargetsRustcsTriple() {
        InProcessLlvm llvm = InProcessLlvm.load();
        assertSame(llvm, InProcessLlvm.load());
        assertEquals("x86_64-unknown-linux-gnu", llvm.triple());
    }

    @org.junit.jupiter.api.Test
    void prefersLlvm15AndVectorisesLoopsFromOptLevelTwo() {
        InProcessLlvm llvm = InProcessLlvm.load();
        // Where libLLVM-15 is installed beside libLLVM-14, it is chosen (unless RAC_LIBLLVM says).
        boolean has15 = InProcessLlvm.CANDIDATES.stream()
                .anyMatch(c -> c.contains("LLVM-15") && java.nio.file.Files.exists(java.nio.file.Path.of(c)));
        if (System.getenv("RAC_LIBLLVM") == null) {
            assertEquals(has15 ? 15 : 14, llvm.majorVersion());
        }
        String scalar = llvm.optimizeIr(TestPrograms.VECTORIZABLE, 1);
        org.junit.jupiter.api.Assertions.assertFalse(scalar.contains("<4 x i32>"), scalar);
        String vectorised = llvm.optimizeIr(TestPrograms.VECTORIZABLE, 2);
        org.junit.jupiter.api.Assertions.assertEquals(llvm.majorVersion() >= 15, vectorised.contains("<4 x i32>"),
                vectorised);
    }

    @org.junit.jupiter.api.Test
    void compilingIsDeterministic() {
        InProcessLlvm llvm = InProcessLlvm.load();
        assertArrayEquals(llvm.compileToObject(TestPrograms.LOOP, "loop", 2),
                llvm.compileToObject(TestPrograms.LOOP, "loop", 2));
    }

    @org.junit.jupiter.api.Test
    void moreThreadsThanPooledMachinesAllGetCorrectObjects() throws Exception {
        InProcessLlvm llvm = InProcessLlvm.load();
        byte[] expected = llvm.compileToObject(TestPrograms.LOOP, "loop", 1);
        int threads = 12;
        java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(threads);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        try {
            java.util.List<java.util.concurrent.Future<byte[]>> results = new java.util.ArrayList<>();
            for (int i = 0; i < threads; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    byte[] last = null;
                    for (int round = 0; round < 5; round++) {
                        last = llvm.compileToObject(TestPrograms.LOOP, "loop", 1);
                    }
                    return last;
                }));
            }
            for (java.util.concurrent.Future<byte[]> result : results) {
                assertArrayEquals(expected, result.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
