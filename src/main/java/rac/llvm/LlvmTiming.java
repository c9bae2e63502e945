package rac.llvm;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * A measurement, not a test: prints the median wall time of compiling a small module to an object
 * file in-process and with the spawned llc fallback, at opt levels 0 and 2, and of linking it.
 * Run with {@code java --enable-native-access=ALL-UNNAMED -cp target/classes rac.llvm.LlvmTiming [runs]}.
 */
public final class LlvmTiming {
    private LlvmTiming() {
    }

    /** A small module: a loop function, a string constant and a printf call. */
    static final String MODULE = """
            @fmt = private unnamed_addr constant [13 x i8] c"sum = %lld!\\0A\\00"

            declare i32 @printf(ptr, ...)

            define internal i64 @sum(i64 %n) {
            entry:
              %empty = icmp eq i64 %n, 0
              br i1 %empty, label %exit, label %loop
            loop:
              %i = phi i64 [ 0, %entry ], [ %next, %loop ]
              %acc = phi i64 [ 0, %entry ], [ %acc.next, %loop ]
              %acc.next = add i64 %acc, %i
              %next = add i64 %i, 1
              %done = icmp eq i64 %next, %n
              br i1 %done, label %exit, label %loop
            exit:
              %result = phi i64 [ 0, %entry ], [ %acc.next, %loop ]
              ret i64 %result
            }

            define i32 @main() {
              %s = call i64 @sum(i64 100)
              %p = call i32 (ptr, ...) @printf(ptr @fmt, i64 %s)
              ret i32 0
            }
            """;

    /** Prints the medians; the optional argument is the number of runs (default 50). */
    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        InProcessLlvm inProcess = InProcessLlvm.load();
        LlcProcess llc = new LlcProcess();
        System.out.printf("%s vs %s%n", inProcess.description(), llc.description());
        System.out.printf("module: %d bytes of IR, %d runs each, median wall time%n", MODULE.length(), runs);
        for (int level : new int[] {0, 2}) {
            double a = median(runs, () -> inProcess.compileToObject(MODULE, "timing", level));
            double b = median(runs, () -> llc.compileToObject(MODULE, "timing", level));
            System.out.printf("opt-level=%d  in-process %7.3f ms   llc %7.3f ms   (x%.0f)%n", level, a, b, b / a);
        }
        Path dir = Files.createTempDirectory("rac-timing-");
        try {
            Path object = dir.resolve("timing.o");
            Files.write(object, inProcess.compileToObject(MODULE, "timing", 0));
            for (String fuse : new String[] {null, "gold", "mold", "lld"}) {
                if (fuse != null && !Linker.onPath(fuse.equals("gold") ? "ld.gold" : fuse.equals("lld") ? "ld.lld" : fuse)) {
                    continue;
                }
                Linker linker = new Linker("cc", fuse);
                double t = median(Math.min(runs, 20), () -> {
                    linker.link(List.of(object), dir.resolve("timing"), List.of());
                    return null;
                });
                System.out.printf("link with cc%s %7.3f ms%n", fuse == null ? " (default ld)" : " -fuse-ld=" + fuse, t);
            }
        } finally {
            LlcProcess.deleteTree(dir);
        }
    }

    @FunctionalInterface
    private interface Work {
        Object run() throws Exception;
    }

    private static double median(int runs, Work work) throws Exception {
        for (int i = 0; i < Math.max(3, runs / 5); i++) {
            work.run(); // warm up
        }
        double[] times = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.run();
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(times);
        return times[runs / 2];
    }
}
