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
    void compilingIsDeterministic() {
        InProcessLlvm llvm = InProcessLlvm.load();
        assertArrayEquals(llvm.compileToObject(TestPrograms.LOOP, "loop", 2),
                llvm.compileToObject(TestPrograms.LOOP, "loop", 2));
    }
}
