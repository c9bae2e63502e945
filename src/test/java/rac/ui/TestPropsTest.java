package rac.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TestPropsTest {
    @Test
    void defaults() {
        TestProps p = TestProps.parse("//@ run-pass\nfn main() {}\n");
        assertEquals(Mode.RUN_PASS, p.mode());
        assertEquals("2021", p.edition());
        assertEquals(List.of(), p.compileFlags());
        assertEquals(List.of(), p.runFlags());
        assertEquals(0, p.exitCode());
    }

    @Test
    void everyModeIsRecognised() {
        for (Mode m : Mode.values()) {
            assertEquals(m, TestProps.parse("//@ " + m.header() + "\n").mode());
        }
    }

    @Test
    void runFailExpects101UnlessToldOtherwise() {
        assertEquals(101, TestProps.parse("//@ run-fail\n").exitCode());
        assertEquals(3, TestProps.parse("//@ run-fail\n//@ exit-code: 3\n").exitCode());
        assertEquals(7, TestProps.parse("//@ run-pass\n//@ exit-code:7\n").exitCode());
    }

    @Test
    void flagsAreSplitAndAccumulate() {
        TestProps p = TestProps.parse("""
                //@ run-pass
                //@ compile-flags: -O   -C overflow-checks=on
                //@ compile-flags: --cfg foo
                //@ run-flags: a b
                //@ edition: 2018
                fn main() {}
                """);
        assertEquals(List.of("-O", "-C", "overflow-checks=on", "--cfg", "foo"), p.compileFlags());
        assertEquals(List.of("a", "b"), p.runFlags());
        assertEquals("2018", p.edition());
    }

    @Test
    void headersMayBeIndentedAndAnywhere() {
        TestProps p = TestProps.parse("fn main() {}\n    //@ check-pass\n");
        assertEquals(Mode.CHECK_PASS, p.mode());
    }

    @Test
    void mistakesAreErrors() {
        assertMalformed("fn main() {}\n", "no mode header");
        assertMalformed("//@ run-pass\n//@ check-pass\n", "second mode");
        assertMalformed("//@ run-pass\n//@ compile-flag: -O\n", "unknown header `compile-flag`");
        assertMalformed("//@ runpass\n", "unknown header `runpass`");
        assertMalformed("//@ run-pass\n//@ edition: 2020\n", "unknown edition");
        assertMalformed("//@ run-pass\n//@ edition\n", "needs a value");
        assertMalformed("//@ check-pass\n//@ exit-code: 1\n", "exit-code");
        assertMalformed("//@ run-fail\n//@ exit-code: x\n", "not a number");
        assertMalformed("//@ run-fail\n//@ exit-code: 0\n", "use run-pass");
        assertMalformed("//@ build-pass\n//@ run-flags: x\n", "run-flags");
        assertMalformed("//@ run-pass: yes\n", "takes no value");
    }

    private static void assertMalformed(String source, String expected) {
        MalformedTestException e = assertThrows(MalformedTestException.class, () -> TestProps.parse(source));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
