package rac.ui;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** rac called in-process through {@code rac.driver.Main.run}; the default compiler under test. */
public final class InProcessRac implements Compiler {
    @Override
    public ProcessOutput compile(List<String> args, Path workDir) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = rac.driver.Main.run(args.toArray(String[]::new), o, e);
        }
        return ProcessOutput.of(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Override
    public String name() {
        return "rac";
    }
}
