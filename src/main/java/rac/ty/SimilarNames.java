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

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
