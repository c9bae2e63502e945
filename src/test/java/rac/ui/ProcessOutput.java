package rac.ui;

/**
 * What a compiler invocation or a program run produced.
 *
 * @param exitCode the exit code (meaningless if timed out)
 * @param stdout   standard output, decoded as UTF-8
 * @param stderr   standard error, decoded as UTF-8
 * @param timedOut true if it was stopped for taking too long
 */
public record ProcessOutput(int exitCode, String stdout, String stderr, boolean timedOut) {

    /** A finished run. */
    public static ProcessOutput of(int exitCode, String stdout, String stderr) {
        return new ProcessOutput(exitCode, stdout, stderr, false);
    }
}
