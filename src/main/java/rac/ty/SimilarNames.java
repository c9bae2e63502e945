package rac.ty;

import java.util.List;

/**
 * rustc's choice of a similarly named candidate for "a field with a similar name exists" and the
 * like: a case-insensitive match first, then the closest name within an edit distance of a third
 * of the name's length (at least 1).
 */
public final class SimilarNames {
    private SimilarNames() {
    }

    /** The best candidate for {@code name}, or null. */
    public static String find(String name, List<String> candidates) {
        for (String c : candidates) {
            if (c.equalsIgnoreCase(name) && !c.equals(name)) {
                return c;
            }
        }
        int limit = Math.max(name.length() / 3, 1);
        String best = null;
        int bestDist = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = distance(name, c);
            if (d <= limit && d < bestDist) {
                best = c;
                bestDist = d;
            }
        }
        return best;
    }

    /**
     * rustc's edit distance: restricted Damerau-Levenshtein (insertions, deletions, substitutions
     * and transpositions of adjacent characters, each costing 1).
     */
    static int distance(String a, String b) {
        int n = a.length();
        int m = b.length();
        int[][] d = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= m; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i][j - 1] + 1, d[i - 1][j] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[n][m];
    }
}
