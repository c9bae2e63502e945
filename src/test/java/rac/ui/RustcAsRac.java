package rac.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * rustc behind rac's command line: {@code check FILE} becomes {@code FILE --emit=metadata}, and
 * {@code rustc --explain} in its output becomes {@code rac --explain}. Used as the reference in
 * differential mode, and as the compiler under test with {@code -Drac.ui.compiler=rustc} to check
 * the UI tests themselves (and to bless their snapshots from rustc's output).
 */
public final class RustcAsRac implements Compiler {
    private final Compiler rustc;

    public RustcAsRac(Compiler rustc) {
        this.rustc = rustc;
    }

    /** rustc found on PATH, with a generous timeout. */
    public static RustcAsRac onPath() {
        return new RustcAsRac(new SubprocessCompiler("rustc", 120));
    }

    /** Translates a rac command line to rustc's. */
    public static List<String> rustcArgs(List<String> racArgs, Path workDir) {
        List<String> args = new ArrayList<>(racArgs);
        if (!args.isEmpty() && args.getFirst().equals("check")) {
            args.removeFirst();
            args.add("--emit=metadata");
            args.add("-o");
            args.add(workDir.resolve("check.rmeta").toString());
        }
        return args;
    }

    @Override
    public ProcessOutput compile(List<String> args, Path workDir) {
        ProcessOutput out = rustc.compile(rustcArgs(args, workDir), workDir);
        return new ProcessOutput(out.exitCode(), out.stdout(), racify(out.stderr()), out.timedOut());
    }

    /** Replaces rustc's name in the hints it prints with rac's. */
    public static String racify(String text) {
        return text.replace("rustc --explain", "rac --explain");
    }

    @Override
    public String name() {
        return "rustc";
    }
}
