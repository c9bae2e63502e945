package rac.llvm;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import rac.diag.Diagnostic;

/**
 * Linking failed: the linker could not be started, or it exited with a non-zero status. Carries
 * what the driver needs to print rustc's diagnostic:
 *
 * <pre>
 * error: linking with `cc` failed: exit status: 1
 *   |
 *   = note:  "cc" "-m64" "&lt;2 object files omitted&gt;" ... "-o" "main" ...
 *   = note: some arguments are omitted. use `--verbose` to show all linker arguments
 *   = note: /usr/bin/ld: main.o: in function `main': ... undefined reference to `nosuchfn'
 *           collect2: error: ld returned 1 exit status
 * </pre>
 *
 * ({@link #toDiagnostic(boolean)} builds exactly that), or, when the linker is missing,
 * {@code error: linker `cc` not found} with the OS error as a note.
 */
public final class LinkException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String linker;
    private final List<String> command;
    private final int objectCount;
    private final int exitStatus;
    private final String output;
    private final boolean notFound;

    private LinkException(String message, String linker, List<String> command, int objectCount,
                          int exitStatus, String output, boolean notFound) {
        super(message);
        this.linker = linker;
        this.command = List.copyOf(command);
        this.objectCount = objectCount;
        this.exitStatus = exitStatus;
        this.output = output;
        this.notFound = notFound;
    }

    /** The linker ran and exited with {@code exitStatus}; {@code output} is its stderr then stdout. */
    static LinkException failed(String linker, List<String> command, int objectCount, int exitStatus,
                                String output) {
        return new LinkException("linking with `" + linker + "` failed: exit status: " + exitStatus,
                linker, command, objectCount, exitStatus, output, false);
    }

    /** The linker could not be started; {@code osError} says why. */
    static LinkException notFound(String linker, List<String> command, String osError) {
        return new LinkException("linker `" + linker + "` not found", linker, command, 0, -1, osError, true);
    }

    /** The linker program's name as rustc prints it ({@code cc}). */
    public String linker() {
        return linker;
    }

    /** The full command line that was run, program first. */
    public List<String> command() {
        return command;
    }

    /** The linker's exit status, or -1 when it could not be started. */
    public int exitStatus() {
        return exitStatus;
    }

    /** What the linker printed (stderr, then stdout), or the OS error when it was not found. */
    public String output() {
        return output;
    }

    /** Whether the linker program could not be started at all. */
    public boolean linkerNotFound() {
        return notFound;
    }

    /**
     * The command as rustc's note shows it: a leading space, each argument in double quotes; unless
     * {@code verbose}, the object files collapse into {@code "<N object files omitted>"}.
     */
    public String renderedCommand(boolean verbose) {
        List<String> shown = new ArrayList<>();
        shown.add(command.get(0));
        int objectsStart = objectsStart();
        for (int i = 1; i < command.size(); i++) {
            if (!verbose && objectCount > 0 && i == objectsStart) {
                shown.add("<" + objectCount + " object file" + (objectCount == 1 ? "" : "s") + " omitted>");
                i += objectCount - 1;
                continue;
            }
            shown.add(command.get(i));
        }
        return shown.stream().map(a -> "\"" + a.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                .collect(Collectors.joining(" ", " ", ""));
    }

    private int objectsStart() {
        // The Linker puts its fixed leading flags first, then the objects.
        int i = 1;
        while (i < command.size() && command.get(i).startsWith("-")) {
            i++;
        }
        return i;
    }

    /** rustc's diagnostic for this failure (see the class comment). */
    public Diagnostic toDiagnostic(boolean verbose) {
        if (notFound) {
            return Diagnostic.error(getMessage()).note(output).build();
        }
        Diagnostic.Builder builder = Diagnostic.error(getMessage()).note(renderedCommand(verbose));
        if (!verbose && objectCount > 0) {
            builder.note("some arguments are omitted. use `--verbose` to show all linker arguments");
        }
        return builder.note(output).build();
    }
}
