package rac.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A stand-in for a compiler in the harness's own tests: it records each command line and answers
 * with a scripted exit code and stderr; when it "builds" successfully it writes {@link #program}
 * as a shell script at the {@code -o} path. {@code $FILE} in the stderr or the program is replaced
 * by the source file's path as passed.
 */
final class FakeCompiler implements Compiler {
    private final String name;
    int exitCode;
    String stderr = "";
    String program;
    /** If set, thrown from {@link #compile} (a compiler bug escaping as an exception). */
    RuntimeException crash;
    /** If positive, {@link #compile} sleeps this long first (a hung compiler). */
    long sleepMillis;
    final List<List<String>> calls = Collections.synchronizedList(new ArrayList<>());

    FakeCompiler(String name) {
        this.name = name;
    }

    @Override
    public ProcessOutput compile(List<String> args, Path workDir) {
        calls.add(List.copyOf(args));
        if (crash != null) {
            throw crash;
        }
        if (sleepMillis > 0) {
            try {
                Thread.sleep(sleepMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        String file = args.stream().filter(a -> a.endsWith(".rs")).findFirst().orElseThrow();
        int o = args.indexOf("-o");
        if (exitCode == 0 && o >= 0 && program != null) {
            Path exe = Path.of(args.get(o + 1));
            try {
                Files.writeString(exe, "#!/bin/sh\n" + program.replace("$FILE", file) + "\n");
                Files.setPosixFilePermissions(exe, PosixFilePermissions.fromString("rwxr-xr-x"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return ProcessOutput.of(exitCode, "", stderr.replace("$FILE", file));
    }

    @Override
    public String name() {
        return name;
    }
}
