package rac.llvm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Behaviour every {@link LlvmBackend} must have; subclassed once per implementation. */
abstract class BackendContract {

    abstract LlvmBackend backend();

    @TempDir
    Path dir;

    private static final byte[] ELF_MAGIC = {0x7f, 'E', 'L', 'F'};

    @Test
    void helloWorldLinksAndRunsAtEveryOptLevel() throws Exception {
        for (int level = 0; level <= 3; level++) {
            byte[] object = backend().compileToObject(TestPrograms.HELLO, "hello", level);
            assertArrayEquals(ELF_MAGIC, java.util.Arrays.copyOf(object, 4));
            TestPrograms.Run run = TestPrograms.linkAndRun(dir, "hello" + level, object);
            assertEquals(new TestPrograms.Run(0, "Hello, world!\n"), run, "opt level " + level);
        }
    }

    @Test
    void loopProgramPrintsAndExitsWithItsResult() throws Exception {
        for (int level : new int[] {0, 2}) {
            byte[] object = backend().compileToObject(TestPrograms.LOOP, "loop", level);
            TestPrograms.Run run = TestPrograms.linkAndRun(dir, "loop" + level, object);
            assertEquals(new TestPrograms.Run(36, "sum = 4950!\n"), run, "opt level " + level);
        }
    }

    @Test
    void optLevelTwoFoldsTheLoopAway() {
        String unoptimised = backend().optimizeIr(TestPrograms.FOLDABLE, 0);
        assertTrue(unoptimised.contains("phi i64"), unoptimised);
        String optimised = backend().optimizeIr(TestPrograms.FOLDABLE, 2);
        assertTrue(optimised.contains("ret i64 4950"), optimised);
        assertFalse(optimised.contains("phi"), optimised);
        assertFalse(optimised.contains("br "), optimised);
    }

    @Test
    void optLevelZeroInlinesAlwaysInlineFunctionsLikeRustc() {
        String ir = backend().optimizeIr(TestPrograms.ALWAYS_INLINE, 0);
        assertFalse(ir.contains("call i32 @helper"), ir);
        assertTrue(ir.contains("mul i32 %x, 7"), ir);
        // The object compiled at level 0 has the helper inlined too: no call left in caller.
        String asm = backend().compileToAssembly(TestPrograms.ALWAYS_INLINE, "inline", 0);
        assertTrue(asm.lines().noneMatch(line -> line.strip().matches("call[lq]?\\s.*")), asm);
    }

    @Test
    void rustcsTuningMergesFunctionsFromOptLevelTwo() {
        assertFalse(backend().optimizeIr(TestPrograms.TWINS, 1).contains("alias"));
        String merged = backend().optimizeIr(TestPrograms.TWINS, 2);
        assertTrue(merged.contains("@second = unnamed_addr alias i64 (i64), ptr @first"), merged);
    }

    @Test
    void promotableArgumentsCompileAndRunAtEveryOptLevel() throws Exception {
        for (int level = 0; level <= 3; level++) {
            byte[] object = backend().compileToObject(TestPrograms.PROMOTABLE_ARGUMENT, "promote", level);
            TestPrograms.Run run = TestPrograms.linkAndRun(dir, "promote" + level, object);
            assertEquals(new TestPrograms.Run(5, ""), run, "opt level " + level);
        }
    }

    @Test
    void loopsStoringThroughPointersCompileAndRunAtEveryOptLevel() throws Exception {
        for (int level = 0; level <= 3; level++) {
            byte[] object = backend().compileToObject(TestPrograms.VECTORIZABLE, "scale", level);
            TestPrograms.Run run = TestPrograms.linkAndRun(dir, "scale" + level, object);
            assertEquals(new TestPrograms.Run(46, ""), run, "opt level " + level);
        }
    }

    @Test
    void optimizedIrNamesTheTarget() {
        String ir = backend().optimizeIr(TestPrograms.FOLDABLE, 1);
        assertTrue(ir.contains("target triple = \"x86_64-unknown-linux-gnu\""), ir);
        assertTrue(ir.contains("target datalayout = \"" + LlcProcess.X86_64_DATA_LAYOUT + "\""), ir);
    }

    @Test
    void theTargetsDataLayoutReplacesTheIrs() throws Exception {
        // rustc 1.95 (LLVM 20) aligns i128 to 16; LLVM 14's x86-64 layout does not say so.
        String ir = "target datalayout = \"e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128"
                + "-n8:16:32:64-S128\"\ntarget triple = \"x86_64-unknown-linux-gnu\"\n" + TestPrograms.HELLO;
        String optimised = backend().optimizeIr(ir, 0);
        assertTrue(optimised.contains("target datalayout = \"" + LlcProcess.X86_64_DATA_LAYOUT + "\""), optimised);
        assertFalse(optimised.contains("i128:128"), optimised);
        TestPrograms.Run run = TestPrograms.linkAndRun(dir, "layout", backend().compileToObject(ir, "layout", 1));
        assertEquals(new TestPrograms.Run(0, "Hello, world!\n"), run);
    }

    @Test
    void assemblyNamesTheFunctionsAndIsPositionIndependent() {
        String asm = backend().compileToAssembly(TestPrograms.LOOP, "loop", 0);
        assertTrue(asm.contains("main:"), asm);
        assertTrue(asm.contains("sum:"), asm);
        // PIC: printf is called through the PLT.
        assertTrue(asm.contains("printf@PLT"), asm);
        String optimisedAsm = backend().compileToAssembly(TestPrograms.FOLDABLE, "f", 2);
        assertTrue(optimisedAsm.contains("$4950"), optimisedAsm);
    }

    @Test
    void verifyAcceptsGoodIrAndReportsBadIr() {
        assertNull(backend().verify(TestPrograms.HELLO));
        String typeError = backend().verify(TestPrograms.BAD_TYPES);
        assertNotNull(typeError);
        assertTrue(typeError.contains("value doesn't match function result type 'i32'"), typeError);
        String syntaxError = backend().verify(TestPrograms.BAD_SYNTAX);
        assertNotNull(syntaxError);
        assertTrue(syntaxError.contains("expected instruction opcode"), syntaxError);
        assertTrue(syntaxError.contains(":2:8: error:"), syntaxError);
        String dominance = backend().verify(TestPrograms.BAD_DOMINANCE);
        assertNotNull(dominance);
        assertTrue(dominance.contains("Instruction does not dominate all uses!"), dominance);
    }

    @Test
    void badIrRaisesLlvmExceptionWithLlvmsMessage() {
        LlvmException parse = assertThrows(LlvmException.class,
                () -> backend().compileToObject(TestPrograms.BAD_SYNTAX, "bad", 0));
        assertTrue(parse.getMessage().contains("expected instruction opcode"), parse.getMessage());
        LlvmException verifier = assertThrows(LlvmException.class,
                () -> backend().compileToObject(TestPrograms.BAD_DOMINANCE, "bad", 2));
        assertTrue(verifier.getMessage().contains("Instruction does not dominate all uses!"),
                verifier.getMessage());
        assertThrows(LlvmException.class, () -> backend().optimizeIr(TestPrograms.BAD_TYPES, 2));
        assertThrows(LlvmException.class, () -> backend().compileToAssembly(TestPrograms.BAD_TYPES, "bad", 0));
    }

    @Test
    void codegenErrorsRaiseLlvmExceptionInsteadOfEndingTheProcess() {
        // Left to itself, LLVM prints such an error and calls exit(1), which would end the JVM.
        LlvmException e = assertThrows(LlvmException.class,
                () -> backend().compileToObject(TestPrograms.BAD_INLINE_ASM, "asm", 0));
        assertTrue(e.getMessage().contains("invalid instruction mnemonic 'bogus_instruction'"), e.getMessage());
        // The back end still works afterwards.
        assertNull(backend().verify(TestPrograms.HELLO));
    }

    @Test
    void rejectsOptLevelsOutsideZeroToThree() {
        assertThrows(IllegalArgumentException.class, () -> backend().compileToObject(TestPrograms.HELLO, "m", 4));
        assertThrows(IllegalArgumentException.class, () -> backend().optimizeIr(TestPrograms.HELLO, -1));
    }

    @Test
    void fourThreadsCompileInParallel() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> futures = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                String ir = i % 2 == 0 ? TestPrograms.HELLO : TestPrograms.LOOP;
                int level = i % 4;
                String name = "m" + i;
                futures.add(pool.submit(() -> backend().compileToObject(ir, name, level)));
            }
            // Each result must be a correct object: link and run a few of them.
            for (int i = 0; i < futures.size(); i++) {
                byte[] object = futures.get(i).get();
                assertArrayEquals(ELF_MAGIC, java.util.Arrays.copyOf(object, 4));
                if (i < 4) {
                    TestPrograms.Run run = TestPrograms.linkAndRun(dir, "par" + i, object);
                    TestPrograms.Run expected = i % 2 == 0
                            ? new TestPrograms.Run(0, "Hello, world!\n")
                            : new TestPrograms.Run(36, "sum = 4950!\n");
                    assertEquals(expected, run, "module " + i);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
