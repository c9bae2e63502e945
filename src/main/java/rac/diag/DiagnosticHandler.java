package rac.diag;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import rac.base.SourceMap;

/**
 * Where diagnostics go: renders each one immediately in the chosen format, counts errors and
 * warnings, and prints rustc's closing lines ({@code aborting due to ...}, the {@code --explain}
 * hint) on {@link #finish()}. Thread-safe: each diagnostic is written whole; callers that need a
 * deterministic order hand diagnostics over in that order (see {@link #emitAll}).
 * Exact duplicates of an already emitted diagnostic are dropped, as rustc does.
 */
public final class DiagnosticHandler {
    private final SourceMap sourceMap;
    private final PrintStream out;
    private final ErrorFormat format;
    private final String toolName;
    private final Function<String, Optional<String>> explanations;
    private final HumanEmitter human;
    private final JsonEmitter json;

    private final Set<Diagnostic> emitted = new HashSet<>();
    private final Set<String> codes = new TreeSet<>();
    private int errors;
    private int warnings;

    /**
     * @param toolName the command named in the {@code --explain} hint ("rac"; "rustc" in tests
     *                 that compare with rustc's output)
     */
    public DiagnosticHandler(SourceMap sourceMap, PrintStream out, ErrorFormat format, String toolName) {
        this(sourceMap, out, format, toolName, Explanations::lookup);
    }

    /** As the other constructor, with a custom source of error-code explanations. */
    public DiagnosticHandler(SourceMap sourceMap, PrintStream out, ErrorFormat format, String toolName,
                             Function<String, Optional<String>> explanations) {
        this.sourceMap = Objects.requireNonNull(sourceMap);
        this.out = Objects.requireNonNull(out);
        this.format = Objects.requireNonNull(format);
        this.toolName = Objects.requireNonNull(toolName);
        this.explanations = Objects.requireNonNull(explanations);
        this.human = new HumanEmitter(sourceMap, format == ErrorFormat.SHORT);
        this.json = new JsonEmitter(sourceMap, explanations);
    }

    public ErrorFormat format() {
        return format;
    }

    public SourceMap sourceMap() {
        return sourceMap;
    }

    /** Renders and writes one diagnostic now, and counts it. */
    public synchronized void emit(Diagnostic d) {
        if (!emitted.add(d)) {
            return;
        }
        switch (d.level()) {
            case ERROR, ICE -> errors++;
            case WARNING -> warnings++;
            default -> {
            }
        }
        if (Explanations.isWellFormed(d.code())) {
            codes.add(d.code()); // lint names are not error codes
        }
        write(render(d));
    }

    /** Emits diagnostics in the given order, without interleaving with other threads. */
    public synchronized void emitAll(Collection<Diagnostic> diagnostics) {
        for (Diagnostic d : diagnostics) {
            emit(d);
        }
    }

    /** The text this handler would write for the diagnostic, without counting it. */
    public String render(Diagnostic d) {
        return switch (format) {
            case HUMAN, SHORT -> human.render(d);
            case JSON -> json.render(d) + "\n";
        };
    }

    public synchronized boolean hasErrors() {
        return errors > 0;
    }

    public synchronized int errorCount() {
        return errors;
    }

    public synchronized int warningCount() {
        return warnings;
    }

    /**
     * Prints the closing lines rustc prints after the last diagnostic: the error/warning count and,
     * except in the short format, which codes have {@code --explain} texts. Prints nothing when
     * there was no error or warning.
     */
    public synchronized void finish() {
        String w = switch (warnings) {
            case 0 -> "";
            case 1 -> "1 warning emitted";
            default -> warnings + " warnings emitted";
        };
        String e = switch (errors) {
            case 0 -> "";
            case 1 -> "aborting due to 1 previous error";
            default -> "aborting due to " + errors + " previous errors";
        };
        if (e.isEmpty() && w.isEmpty()) {
            return;
        }
        if (e.isEmpty()) {
            plain(Level.WARNING, w, false);
        } else if (w.isEmpty()) {
            plain(Level.ERROR, e, false);
        } else {
            plain(Level.ERROR, e + "; " + w, false);
        }
        if (format == ErrorFormat.SHORT) {
            return;
        }
        List<String> explained = new ArrayList<>();
        for (String code : codes) {
            if (explanations.apply(code).isPresent()) {
                explained.add(code);
            }
        }
        if (explained.isEmpty()) {
            return;
        }
        if (explained.size() > 1) {
            int limit = Math.min(9, explained.size());
            plain(Level.NOTE, "Some errors have detailed explanations: "
                + String.join(", ", explained.subList(0, limit)) + (explained.size() > 9 ? "..." : "."), true);
            plain(Level.NOTE, "For more information about an error, try `" + toolName + " --explain "
                + explained.get(0) + "`.", true);
        } else {
            plain(Level.NOTE, "For more information about this error, try `" + toolName + " --explain "
                + explained.get(0) + "`.", true);
        }
    }

    private void plain(Level level, String message, boolean failureNote) {
        write(switch (format) {
            case HUMAN, SHORT -> human.renderPlain(level, message, failureNote);
            case JSON -> json.renderPlain(level, message, failureNote) + "\n";
        });
    }

    /**
     * Reports an internal compiler error: {@code error: internal compiler error: MESSAGE} followed
     * by rac's notes (it is a bug; please report it; {@code versionLine} if not null). The driver
     * exits with code 101 afterwards and does not call {@link #finish()}.
     */
    public synchronized void emitIce(String message, String versionLine) {
        errors++;
        write(render(new Diagnostic(Level.ICE, null, message, List.of(), List.of())));
        List<String> notes = new ArrayList<>();
        notes.add(toolName + " unexpectedly panicked. this is a bug.");
        notes.add("we would appreciate a bug report with the program that triggered it");
        if (versionLine != null) {
            notes.add(versionLine);
        }
        for (String n : notes) {
            write(render(new Diagnostic(Level.NOTE, null, n, List.of(), List.of())));
        }
    }

    private void write(String s) {
        out.print(s);
        out.flush();
    }
}
