package rac.pat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Drives the checker from the Rust programs under {@code src/test/resources/pat}: for each
 * {@code .rs} file, rustc 1.95's output ({@code rustc --edition 2021 --crate-type lib}) is in the
 * {@code .stderr} beside it. Every E0004, E0005 and unreachable-pattern diagnostic rustc printed
 * must be predicted, in order, and each predicted text (message, location, labels, notes, help,
 * suggested arm) must appear in rustc's block, in order.
 */
class RustcOutputTest {
    private static final Path DIR = Path.of("src/test/resources/pat");

    @TestFactory
    Stream<DynamicTest> programs() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(DIR)) {
            files = s.filter(p -> p.toString().endsWith(".rs")).sorted().toList();
        }
        assertTrue(files.size() >= 4);
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> check(f)));
    }

    private static void check(Path file) throws IOException {
        String name = file.getFileName().toString();
        MiniRust program = new MiniRust(Files.readString(file));
        String stderr = Files.readString(Path.of(file.toString().replace(".rs", ".stderr")));
        List<String> blocks = rustcBlocks(stderr);
        List<List<String>> expected = new ArrayList<>();
        List<String> labelledSpans = new ArrayList<>();
        for (MiniRust.Check c : program.checks) {
            MatchReport r = MatchCheck.checkMatch(c.ty(), c.arms());
            for (Unreachable u : r.unreachable()) {
                expected.add(unreachableFragments(program, name, u));
                labelledSpans.add(u.coveredBy().isEmpty() ? null : spansOf(program, u));
            }
            if (r.isExhaustive()) {
                continue;
            }
            List<String> frags = new ArrayList<>();
            switch (c.kind()) {
                case "match" -> {
                    frags.add("error[E0004]: " + r.e0004Message());
                    frags.add("--> " + name + ":" + program.lineCol(c.scrutStart()));
                    if (!r.reportsNonEmptyType()) {
                        frags.add("^ " + r.notCoveredLabel());
                    }
                    MatchReport.AdtDefinedHere here = r.adtDefinedHere();
                    if (here != null) {
                        frags.add("note: " + here.message());
                    }
                    for (String n : r.e0004Notes()) {
                        frags.add("= note: " + n);
                    }
                    frags.add("help: " + r.helpMessage());
                    frags.add(r.suggestedArm());
                }
                case "let" -> {
                    frags.add("error[E0005]: " + MatchReport.e0005Message("local binding"));
                    frags.add("--> " + name + ":" + program.lineCol(c.scrutStart()));
                    frags.add("^ " + r.notCoveredLabel());
                    for (String n : MatchReport.LET_NOTES) {
                        frags.add("= note: " + n);
                    }
                    frags.add("= note: " + r.matchedTypeNote());
                    frags.add("help: " + r.letHelp(c.letHasBindings()));
                }
                default -> {
                    frags.add("error[E0005]: " + MatchReport.e0005Message("function argument"));
                    frags.add("--> " + name + ":" + program.lineCol(c.scrutStart()));
                    frags.add("^ " + r.notCoveredLabel());
                    frags.add("= note: " + r.matchedTypeNote());
                }
            }
            expected.add(frags);
            labelledSpans.add(null);
        }
        List<String> got = new ArrayList<>();
        for (List<String> e : expected) {
            got.add(e.get(0));
        }
        List<String> want = new ArrayList<>();
        for (String b : blocks) {
            want.add(b.lines().findFirst().orElse(""));
        }
        assertEquals(String.join("\n", want), String.join("\n", got), name + ": the diagnostics, in order");
        for (int i = 0; i < blocks.size(); i++) {
            String block = blocks.get(i);
            if (labelledSpans.get(i) != null) {
                assertEquals(labelledSpans.get(i), markedSpans(block), name + ": the spans rustc marks in:\n" + block);
            }
            int at = 0;
            for (String frag : expected.get(i)) {
                int found = block.indexOf(frag, at);
                assertTrue(found >= 0, name + ": expected `" + frag + "` (after offset " + at + ") in:\n" + block);
                at = found + frag.length();
            }
        }
    }

    private static List<String> unreachableFragments(MiniRust program, String name, Unreachable u) {
        List<String> frags = new ArrayList<>();
        frags.add("warning: " + Unreachable.MESSAGE);
        frags.add("--> " + name + ":" + program.lineCol(program.spans.get(u.pat())[0]));
        if (u.coveredBy().isEmpty()) {
            frags.add(u.matchesNoValuesLabel());
            frags.add(Unreachable.REMOVE_ARM_HELP);
            frags.add("= note: " + Unreachable.EMPTY_TYPES_NOTE);
        } else if (u.coveredByMany()) {
            frags.add(Unreachable.NO_VALUE_CAN_REACH);
            frags.add("note: " + Unreachable.MANY_NOTE);
            frags.add(u.manyLabel()); // rustc labels the pattern itself first, on the note's first line
            for (int i = 0; i < Math.min(u.coveredBy().size(), Unreachable.MAX_COVERED_BY_SHOWN); i++) {
                frags.add(Unreachable.MANY_COVER_LABEL);
            }
        } else {
            frags.add(u.singleCoverLabel());
        }
        return frags;
    }

    /**
     * The columns of the unreachable pattern ({@code ^}) and of the covering patterns rustc labels
     * ({@code -}, at most four), as "^a-b -c-d ..." sorted by column; all test programs keep each
     * function on one line.
     */
    private static String spansOf(MiniRust program, Unreachable u) {
        java.util.TreeMap<Integer, String> marks = new java.util.TreeMap<>();
        int[] s = program.spans.get(u.pat());
        int lineStart = program.text.lastIndexOf('\n', s[0] - 1) + 1;
        marks.put(s[0] - lineStart, "^" + (s[0] - lineStart) + "-" + (s[1] - lineStart));
        List<Pat> cover = u.coveredBy();
        for (int i = 0; i < Math.min(cover.size(), Unreachable.MAX_COVERED_BY_SHOWN); i++) {
            int[] c = program.spans.get(cover.get(i));
            marks.put(c[0] - lineStart, "-" + (c[0] - lineStart) + "-" + (c[1] - lineStart));
        }
        return String.join(" ", marks.values());
    }

    /** The same from rustc's output: the marker line under the last source line shown. */
    private static String markedSpans(String block) {
        String[] lines = block.split("\n");
        int last = -1;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].matches("\\s*\\d+ \\| .*")) {
                last = i;
            }
        }
        int prefix = lines[last].indexOf("| ") + 2;
        String marker = lines[last + 1];
        List<String> out = new ArrayList<>();
        int i = prefix;
        while (i < marker.length()) {
            char c = marker.charAt(i);
            if (c == '^' || c == '-') {
                int j = i;
                while (j < marker.length() && marker.charAt(j) == c) {
                    j++;
                }
                out.add(c + "" + (i - prefix) + "-" + (j - prefix));
                i = j;
            } else if (c == ' ' || c == '|') {
                i++;
            } else {
                // A label's text: skip to the next marker run after whitespace.
                while (i < marker.length() && marker.charAt(i) != ' ') {
                    i++;
                }
                if (!out.isEmpty() && out.get(out.size() - 1).startsWith("^")) {
                    // Labels follow their marker on the same line; nothing else to the right matters.
                }
            }
        }
        return String.join(" ", out);
    }

    /** rustc's E0004 / E0005 / unreachable-pattern diagnostics, each as the text of its block. */
    static List<String> rustcBlocks(String stderr) {
        List<String> blocks = new ArrayList<>();
        StringBuilder cur = null;
        for (String line : stderr.split("\n", -1)) {
            boolean header = line.startsWith("error") || line.startsWith("warning");
            if (header) {
                if (cur != null) {
                    blocks.add(cur.toString());
                }
                boolean wanted = line.startsWith("error[E0004]") || line.startsWith("error[E0005]")
                        || line.equals("warning: unreachable pattern");
                cur = wanted ? new StringBuilder() : null;
            }
            if (cur != null) {
                cur.append(line).append('\n');
            }
        }
        if (cur != null) {
            blocks.add(cur.toString());
        }
        return blocks;
    }
}
