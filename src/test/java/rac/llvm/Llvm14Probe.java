package rac.llvm;

import java.util.List;

/**
 * Run in a child JVM by {@link BackendAgreementTest} with {@code RAC_LIBLLVM} naming libLLVM-14:
 * prints the in-process optimised IR of the agreement modules, each after a marker line. (A
 * child, because one JVM loads one libLLVM, and because a crash in LLVM 14 must not take the test
 * JVM with it.)
 */
final class Llvm14Probe {
    static final List<String> MODULES = List.of(TestPrograms.LOOP, TestPrograms.FOLDABLE, TestPrograms.TWINS,
            TestPrograms.VECTORIZABLE, TestPrograms.ALWAYS_INLINE, TestPrograms.PROMOTABLE_ARGUMENT);

    static final String MARKER = "=== rac.llvm probe module ";

    public static void main(String[] args) {
        InProcessLlvm llvm = InProcessLlvm.load();
        System.out.println("LLVM " + llvm.majorVersion());
        for (int m = 0; m < MODULES.size(); m++) {
            for (int level = 0; level <= 3; level++) {
                System.out.println(MARKER + m + " level " + level);
                System.out.println(llvm.optimizeIr(MODULES.get(m), level));
            }
        }
        System.out.println(MARKER + "end");
    }
}
