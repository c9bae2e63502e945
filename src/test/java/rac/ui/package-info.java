/**
 * The UI-test harness: runs {@code tests/ui/**.rs} the way rustc's compiletest does (headers such
 * as {@code //@ run-pass}, {@code //~ ERROR} annotations, {@code .stderr} / {@code .run.stdout}
 * snapshots with a bless flag), and, where {@code rustc} is installed, compares the behaviour of
 * each program with rustc's.
 *
 * <p>The compiler under test is reached through {@link rac.ui.Compiler}, so the harness logic is
 * unit-tested with a fake compiler.
 */
package rac.ui;
