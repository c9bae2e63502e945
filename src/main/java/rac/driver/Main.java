package rac.driver;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import rac.base.SourceMap;
import rac.diag.DiagnosticHandler;
import rac.diag.ErrorFormat;
import rac.diag.Explanations;

/** Entry point of the {@code rac} command. */
public final class Main {
    /** What {@code rac --version} prints. */
    public static final String VERSION = "rac 0.1.0 (a Rust compiler in Java; targets rustc 1.95)";

    /** Stack size of the compiler thread: deep expressions recurse deeply in the parser and lowering. */
    private static final long STACK_SIZE = 512L << 20;

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
     * errors, 101 on an internal compiler error. Never throws. Thread-safe: each call is
     * independent.
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        int[] result = {101};
        Thread t = new Thread(null, () -> result[0] = runGuarded(args, out, err), "rac-main", STACK_SIZE);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 101;
        }
        out.flush();
        err.flush();
        return result[0];
    }

    private static int runGuarded(String[] args, PrintStream out, PrintStream err) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (Options.UsageException e) {
            err.println("error: " + e.getMessage());
            err.println();
            return 1;
        }
        try {
            return dispatch(options, out, err);
        } catch (Throwable e) {
            DiagnosticHandler h = new DiagnosticHandler(new SourceMap(), err, ErrorFormat.HUMAN, "rac");
            String msg = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            if (e instanceof StackOverflowError) {
                msg = "stack overflow while compiling (the input nests too deeply)";
            }
            StackTraceElement[] st = e.getStackTrace();
            if (st.length > 0 && System.getenv("RAC_BACKTRACE") == null) {
                msg += " (at " + st[0] + ")";
            }
            h.emitIce(msg, VERSION);
            if (System.getenv("RAC_BACKTRACE") != null) {
                e.printStackTrace(err);
            }
            return 101;
        }
    }

    private static int dispatch(Options options, PrintStream out, PrintStream err) throws IOException {
        switch (options.command) {
            case HELP -> {
                out.print(Options.HELP);
                return 0;
            }
            case VERSION -> {
                out.println(VERSION);
                return 0;
            }
            case EXPLAIN -> {
                Optional<String> text = Explanations.lookup(options.explainCode);
                if (text.isEmpty()) {
                    err.println("error: no extended information for " + options.explainCode);
                    err.println();
                    return 1;
                }
                out.print(text.get());
                return 0;
            }
            case PARSE -> {
                List<Path> files = new ArrayList<>();
                for (String s : options.inputs) {
                    files.add(Path.of(s));
                }
                return rac.syntax.ParseCommand.run(files, options.edition, out);
            }
            case RUN -> {
                return compileAndRun(options, out, err);
            }
            case COMPILE, CHECK -> {
                return new Session(options, out, err).run();
            }
        }
        return 101;
    }

    /** {@code rac run}: compiles into the cache, runs the program, passes its exit code through. */
    private static int compileAndRun(Options options, PrintStream out, PrintStream err) throws IOException {
        Path input = Path.of(options.inputs.get(0)).toAbsolutePath().normalize();
        String key;
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(input.toString().getBytes(StandardCharsets.UTF_8));
            key = HexFormat.of().formatHex(digest).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        Path exe = Cache.dir().resolve("run").resolve(key).resolve(options.crateName());
        options.output = exe.toString();
        options.emit.clear();
        options.emit.put(Options.EmitKind.LINK, null);
        int code = new Session(options, out, err).run();
        if (code != 0) {
            return code;
        }
        List<String> cmd = new ArrayList<>();
        cmd.add(exe.toString());
        cmd.addAll(options.programArgs);
        ProcessBuilder pb = new ProcessBuilder(cmd);
        boolean direct = out == System.out && err == System.err;
        if (direct) {
            pb.inheritIO();
        } else {
            pb.redirectInput(ProcessBuilder.Redirect.INHERIT);
        }
        Process p = pb.start();
        if (!direct) {
            Thread t1 = pump(p.getInputStream(), out);
            Thread t2 = pump(p.getErrorStream(), err);
            try {
                t1.join();
                t2.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            return p.waitFor();
        } catch (InterruptedException e) {
            p.destroy();
            Thread.currentThread().interrupt();
            return 130;
        }
    }

    private static Thread pump(InputStream in, OutputStream out) {
        Thread t = new Thread(() -> {
            try {
                in.transferTo(out);
                out.flush();
            } catch (IOException ignored) {
                // The program's output went away; nothing to report.
            }
        });
        t.start();
        return t;
    }
}
