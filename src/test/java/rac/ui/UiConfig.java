package rac.ui;

import java.nio.file.Path;

/**
 * How to run UI tests.
 *
 * @param compiler        the compiler under test
 * @param reference       the reference compiler for differential checks (rustc), or null for none
 * @param bless           rewrite snapshot files instead of failing on differences
 * @param scratchRoot     where each test gets its own scratch directory (deleted afterwards)
 * @param compileTimeout  seconds a compilation may take
 * @param runTimeout      seconds a test program may run
 * @param keepFailedScratch keep the scratch directory of a failing test (and say where it is), so
 *                        that its executable can be inspected
 */
public record UiConfig(Compiler compiler, Compiler reference, boolean bless, Path scratchRoot,
                       long compileTimeout, long runTimeout, boolean keepFailedScratch) {
}
