package rac.driver;

import java.io.PrintStream;

/** Entry point of the {@code rac} command. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        int code = run(args, System.out, System.err);
        System.out.flush();
        System.err.flush();
        System.exit(code);
    }

    /**
     * Runs the command line in-process and returns the exit code: 0 on success, 1 on compile
     * errors, 101 on an internal compiler error. Never throws.
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        err.println("error: rac is not built yet");
        return 1;
    }
}
