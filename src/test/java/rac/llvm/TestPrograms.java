package rac.llvm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Small IR modules and a helper to run a linked executable, shared by the rac.llvm tests. */
final class TestPrograms {
    private TestPrograms() {
    }

    /** main writes "Hello, world!\n" through libc's write and exits 0. */
    static final String HELLO = """
            @msg = private unnamed_addr constant [14 x i8] c"Hello, world!\\0A"

            declare i64 @write(i32, ptr, i64)

            define i32 @main() {
              %r = call i64 @write(i32 1, ptr @msg, i64 14)
              ret i32 0
            }
            """;

    /** A loop summing 0..n; main prints sum(100) with printf and exits with sum(9) = 36. */
    static final String LOOP = """
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
              %code = call i64 @sum(i64 9)
              %c = trunc i64 %code to i32
              ret i32 %c
            }
            """;

    /** A function whose loop folds to a constant under optimisation. */
    static final String FOLDABLE = """
            define i64 @total() {
            entry:
              br label %loop
            loop:
              %i = phi i64 [ 0, %entry ], [ %next, %loop ]
              %acc = phi i64 [ 0, %entry ], [ %acc.next, %loop ]
              %acc.next = add i64 %acc, %i
              %next = add i64 %i, 1
              %done = icmp eq i64 %next, 100
              br i1 %done, label %exit, label %loop
            exit:
              ret i64 %acc.next
            }
            """;

    /** An alwaysinline helper that the O0 pipeline inlines into its caller. */
    static final String ALWAYS_INLINE = """
            define internal i32 @helper(i32 %x) #0 {
              %y = mul i32 %x, 7
              ret i32 %y
            }

            define i32 @caller(i32 %x) {
              %r = call i32 @helper(i32 %x)
              ret i32 %r
            }

            attributes #0 = { alwaysinline }
            """;

    /** Two identical unnamed_addr functions: from O2 on, rustc's mergefunc turns one into an alias. */
    static final String TWINS = """
            define i64 @first(i64 %x) unnamed_addr {
              %a = mul i64 %x, %x
              %b = xor i64 %a, 12345
              %c = add i64 %b, %x
              ret i64 %c
            }

            define i64 @second(i64 %x) unnamed_addr {
              %a = mul i64 %x, %x
              %b = xor i64 %a, 12345
              %c = add i64 %b, %x
              ret i64 %c
            }
            """;

    /**
     * A loop storing through pointer arguments: LLVM 15's loop vectoriser (O2 and up) turns it into
     * vector code; LLVM 14's LoopAccessAnalysis crashes on it at O1 and up (see Llvm14Pipelines).
     * main scales 1..100 by 3 and exits with the sum modulo 256 (15150 % 256 = 46).
     */
    static final String VECTORIZABLE = """
            define i32 @main() {
              %src = alloca [100 x i32], align 4
              %dst = alloca [100 x i32], align 4
              br label %init
            init:
              %k = phi i64 [ 0, %0 ], [ %k.next, %init ]
              %slot = getelementptr inbounds [100 x i32], ptr %src, i64 0, i64 %k
              %k.next = add nuw i64 %k, 1
              %value = trunc i64 %k.next to i32
              store volatile i32 %value, ptr %slot, align 4
              %k.done = icmp eq i64 %k.next, 100
              br i1 %k.done, label %work, label %init
            work:
              call void @scale(ptr %dst, ptr %src, i64 100)
              br label %sum
            sum:
              %j = phi i64 [ 0, %work ], [ %j.next, %sum ]
              %total = phi i32 [ 0, %work ], [ %total.next, %sum ]
              %cell = getelementptr inbounds [100 x i32], ptr %dst, i64 0, i64 %j
              %x = load volatile i32, ptr %cell, align 4
              %total.next = add i32 %total, %x
              %j.next = add nuw i64 %j, 1
              %j.done = icmp eq i64 %j.next, 100
              br i1 %j.done, label %exit, label %sum
            exit:
              %code = urem i32 %total.next, 256
              ret i32 %code
            }

            define void @scale(ptr %dst, ptr %src, i64 %n) {
            entry:
              %empty = icmp eq i64 %n, 0
              br i1 %empty, label %exit, label %loop
            loop:
              %i = phi i64 [ 0, %entry ], [ %next, %loop ]
              %s = getelementptr inbounds i32, ptr %src, i64 %i
              %v = load i32, ptr %s, align 4
              %w = mul i32 %v, 3
              %d = getelementptr inbounds i32, ptr %dst, i64 %i
              store i32 %w, ptr %d, align 4
              %next = add nuw i64 %i, 1
              %done = icmp eq i64 %next, %n
              br i1 %done, label %exit, label %loop
            exit:
              ret void
            }
            """;

    /**
     * A pointer argument that only is loaded from: ArgumentPromotion (O3) would pass the value
     * instead, and LLVM 14 crashes doing so with opaque pointers. main exits 5.
     */
    static final String PROMOTABLE_ARGUMENT = """
            define internal i32 @callee(ptr %p) noinline {
              %v = load i32, ptr %p, align 4
              ret i32 %v
            }

            define i32 @main() {
              %a = alloca i32, align 4
              store i32 5, ptr %a, align 4
              %r = call i32 @callee(ptr %a)
              ret i32 %r
            }
            """;

    /** Valid IR whose inline assembly does not assemble: LLVM reports it during code generation. */
    static final String BAD_INLINE_ASM = """
            define i32 @main() {
              call void asm sideeffect "bogus_instruction %eax", "~{memory}"()
              ret i32 0
            }
            """;

    /** Parses but fails the verifier: the function's return type does not match. */
    static final String BAD_TYPES = """
            define i32 @f() {
              ret i64 1
            }
            """;

    /** Does not even parse. */
    static final String BAD_SYNTAX = """
            define i32 @f() {
              %x = frobnicate i32 1
              ret i32 %x
            }
            """;

    /** Parses, but %x is used in a block it does not dominate: only the verifier catches it. */
    static final String BAD_DOMINANCE = """
            define i32 @f(i1 %c) {
            entry:
              br i1 %c, label %a, label %b
            a:
              %x = add i32 1, 2
              br label %b
            b:
              ret i32 %x
            }
            """;

    /** What running an executable produced. */
    record Run(int exitCode, String stdout) {
    }

    static Run run(Path executable) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(List.of(executable.toString()))
                .redirectErrorStream(true).start();
        process.getOutputStream().close();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("timed out: " + executable);
        }
        return new Run(process.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    /** Writes {@code object} into {@code dir}, links it, runs it. */
    static Run linkAndRun(Path dir, String name, byte[] object) throws Exception {
        Path objectFile = dir.resolve(name + ".o");
        Files.write(objectFile, object);
        Path exe = dir.resolve(name);
        Linker.system().link(List.of(objectFile), exe, List.of());
        return run(exe);
    }
}
