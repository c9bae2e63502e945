package rac.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A compiler run as a separate process: {@code ./rac} (system property
 * {@code rac.ui.subprocess=true}) or {@code rustc} for differential runs.
 */
public final class SubprocessCompiler implements Compiler {
    private final String executable;
    private final long timeoutSeconds;

    public SubprocessCompiler(String executable, long timeoutSeconds) {
        this.executable = executable;
        this.timeoutSeconds = timeoutSeconds;
    }

    @Override
    public ProcessOutput compile(List<String> args, Path workDir) {
        List<String> command = new ArrayList<>();
        command.add(executable);
        command.addAll(args);
        return Processes.run(command, workDir, timeoutSeconds);
    }

    @Override
    public String name() {
        return executable;
    }
}
