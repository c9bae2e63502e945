package rac.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Snapshot files beside a test ({@code foo.stderr}, {@code foo.run.stdout}, ...): comparing, or
 * with bless rewriting, creating and deleting them, and the normalisation applied before either.
 */
public final class Snapshots {
    private Snapshots() {
    }

    private static final Pattern THREAD_ID = Pattern.compile("(thread '[^']*') \\(\\d+\\) panicked");

    /**
     * Normalises output for comparison as compiletest does: the test's directory becomes
     * {@code $DIR}, the scratch directory {@code $TEST_BUILD_DIR}, the thread id in a panic message
     * {@code $TID}, and Windows line ends plain ones.
     */
    public static String normalize(String text, Path testDir, Path buildDir) {
        String s = text.replace("\r\n", "\n");
        if (buildDir != null) {
            s = s.replace(buildDir.toString(), "$TEST_BUILD_DIR");
        }
        s = s.replace(testDir.toString(), "$DIR");
        s = THREAD_ID.matcher(s).replaceAll("$1 (\\$TID) panicked");
        return s;
    }

    /**
     * Compares {@code actual} with the snapshot at {@code file} (a missing file means "must be
     * empty"). With {@code bless} the file is written instead (or deleted if {@code actual} is
     * empty) and nothing is reported. Returns the problem, or null.
     */
    public static String check(Path file, String actual, boolean bless) {
        try {
            boolean exists = Files.exists(file);
            String expected = exists ? Files.readString(file, StandardCharsets.UTF_8) : "";
            if (bless) {
                if (actual.isEmpty()) {
                    Files.deleteIfExists(file);
                } else if (!exists || !expected.equals(actual)) {
                    Files.writeString(file, actual, StandardCharsets.UTF_8);
                }
                return null;
            }
            if (expected.equals(actual)) {
                return null;
            }
            String what = exists ? file.getFileName().toString() : file.getFileName() + " (absent: expected empty)";
            return "output differs from " + what + " (bless with -Drac.bless=true):\n" + diff(expected, actual);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A line diff: {@code -} lines only in {@code expected}, {@code +} only in {@code actual}. */
    public static String diff(String expected, String actual) {
        List<String> a = lines(expected);
        List<String> b = lines(actual);
        int n = a.size();
        int m = b.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<String> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.get(i).equals(b.get(j))) {
                out.add("  " + a.get(i));
                i++;
                j++;
            } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
                out.add("- " + a.get(i));
                i++;
            } else {
                out.add("+ " + b.get(j));
                j++;
            }
        }
        return String.join("\n", out) + "\n";
    }

    private static List<String> lines(String s) {
        if (s.isEmpty()) {
            return List.of();
        }
        List<String> result = new ArrayList<>(List.of(s.split("\n", -1)));
        if (!s.endsWith("\n")) {
            result.set(result.size() - 1, result.getLast() + "\\ (no newline at end)");
        } else {
            result.removeLast();
        }
        return result;
    }
}
