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
        for (MiniRust.Check c : program.checks) {
            MatchReport r = MatchCheck.checkMatch(c.ty(), c.arms());
            if (c.kind().equals("match")) {
                for (Unreachable u : r.unreachable()) {
                    expected.add(unreachableFragments(program, name, u));
                }
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
        }
        List<String> got = new ArrayList<>();
        for (List<String> e : expected) {
            got.add(e.get(0));
        }
        List<String> want = new ArrayList<>();
        for (String b : blocks) {
            want.add(b.lines().findFirst().orElse(""));
        }
        assertEquals(want, got, name + ": the diagnostics, in order");
        for (int i = 0; i < blocks.size(); i++) {
            String block = blocks.get(i);
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
        if (u.coveredByMany()) {
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
