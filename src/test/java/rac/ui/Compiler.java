package rac.ui;

import java.nio.file.Path;
import java.util.List;

/**
 * A compiler the harness can invoke with rac's (= rustc's) command line, e.g.
 * {@code FILE.rs -o OUT --edition 2021 --error-format=json} or {@code check FILE.rs ...}.
 * Implementations must be safe to call from several threads at once.
 */
public interface Compiler {
    /** Runs one compilation with {@code workDir} as a scratch directory. */
    ProcessOutput compile(List<String> args, Path workDir);

    /** A short name for failure messages. */
    String name();
}
