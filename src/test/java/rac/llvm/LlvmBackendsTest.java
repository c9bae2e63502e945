package rac.llvm;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** Choosing the back end. */
class LlvmBackendsTest {

    @Test
    void prefersInProcessLlvm() {
        assertSame(InProcessLlvm.load(), LlvmBackends.choose(null));
        assertSame(InProcessLlvm.load(), LlvmBackends.choose("inprocess"));
    }

    @Test
    void racLlvmEqualsLlcForcesTheFallback() {
        assertInstanceOf(LlcProcess.class, LlvmBackends.choose("llc"));
    }
}
