package rac.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The {@code //@} headers of one UI test.
 *
 * @param mode        what the test expects (exactly one mode header is required)
 * @param compileFlags extra flags for the compiler ({@code //@ compile-flags: -O})
 * @param edition     the Rust edition ({@code //@ edition: 2021}; default 2021)
 * @param runFlags    arguments for the program ({@code //@ run-flags: a b})
 * @param exitCode    the exit code the program must end with: 0 for run-pass, 101 (a panic) for
 *                    run-fail unless {@code //@ exit-code: N} says otherwise
 */
public record TestProps(Mode mode, List<String> compileFlags, String edition, List<String> runFlags,
                        int exitCode) {
    public TestProps {
        compileFlags = List.copyOf(compileFlags);
        runFlags = List.copyOf(runFlags);
    }

    private static final List<String> EDITIONS = List.of("2015", "2018", "2021", "2024");

    /**
     * Reads the headers from a test's source. Every line whose first non-blank text is {@code //@}
     * is a header; an unknown or malformed header, a second mode or no mode at all is an error.
     */
    public static TestProps parse(String source) {
        Mode mode = null;
        List<String> compileFlags = new ArrayList<>();
        String edition = null;
        List<String> runFlags = new ArrayList<>();
        Integer exitCode = null;
        String[] lines = source.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int lineNo = i + 1;
            String line = lines[i].strip();
            if (!line.startsWith("//@")) {
                continue;
            }
            String directive = line.substring(3).strip();
            String name;
            String value;
            int colon = directive.indexOf(':');
            if (colon >= 0) {
                name = directive.substring(0, colon).strip();
                value = directive.substring(colon + 1).strip();
            } else {
                name = directive;
                value = null;
            }
            Mode m = Mode.fromHeader(name);
            if (m != null) {
                if (value != null) {
                    throw new MalformedTestException(lineNo, "`" + name + "` takes no value");
                }
                if (mode != null) {
                    throw new MalformedTestException(lineNo,
                            "second mode header `" + name + "` (already `" + mode.header() + "`)");
                }
                mode = m;
                continue;
            }
            switch (name) {
                case "compile-flags" -> compileFlags.addAll(words(requireValue(lineNo, name, value)));
                case "run-flags" -> runFlags.addAll(words(requireValue(lineNo, name, value)));
                case "edition" -> {
                    String e = requireValue(lineNo, name, value);
                    if (!EDITIONS.contains(e)) {
                        throw new MalformedTestException(lineNo, "unknown edition `" + e + "`");
                    }
                    if (edition != null) {
                        throw new MalformedTestException(lineNo, "second `edition` header");
                    }
                    edition = e;
                }
                case "exit-code" -> {
                    String v = requireValue(lineNo, name, value);
                    try {
                        exitCode = Integer.parseInt(v);
                    } catch (NumberFormatException ex) {
                        throw new MalformedTestException(lineNo, "exit-code `" + v + "` is not a number");
                    }
                }
                default -> throw new MalformedTestException(lineNo, "unknown header `" + name + "`");
            }
        }
        if (mode == null) {
            throw new MalformedTestException("no mode header (one of //@ run-pass, run-fail, "
                    + "check-pass, check-fail, build-pass, build-fail)");
        }
        if (exitCode != null && !mode.runs()) {
            throw new MalformedTestException("`exit-code` needs run-pass or run-fail, not "
                    + mode.header());
        }
        if (!runFlags.isEmpty() && !mode.runs()) {
            throw new MalformedTestException("`run-flags` needs run-pass or run-fail, not "
                    + mode.header());
        }
        int expectedExit = exitCode != null ? exitCode : mode == Mode.RUN_FAIL ? 101 : 0;
        if (mode == Mode.RUN_FAIL && expectedExit == 0) {
            throw new MalformedTestException("run-fail with exit-code 0: use run-pass");
        }
        return new TestProps(mode, compileFlags, edition != null ? edition : "2021", runFlags,
                expectedExit);
    }

    private static String requireValue(int line, String name, String value) {
        if (value == null || value.isEmpty()) {
            throw new MalformedTestException(line, "`" + name + "` needs a value (`//@ " + name + ": ...`)");
        }
        return value;
    }

    private static List<String> words(String value) {
        return Arrays.stream(value.strip().split("\\s+")).filter(w -> !w.isEmpty()).toList();
    }
}
