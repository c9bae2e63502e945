package rac.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks that delimiters balance, before parsing, with rustc's token-tree rules and messages
 * ("mismatched closing delimiter", "unexpected closing delimiter", "this file contains an unclosed
 * delimiter", with its indentation heuristics). When this finds errors, rustc reports only them (and
 * lexer errors), not parser errors; {@link Parser} does the same.
 */
final class Delimiters {
    private final Lexed lexed;
    private final String text;
    private final List<SyntaxError> errors = new ArrayList<>();
    /** For each mismatch error: the found close delimiter's raw index and the unclosed opener's. */
    private final List<int[]> mismatches = new ArrayList<>();
    /** Open delimiters: raw token index. */
    private final List<Integer> open = new ArrayList<>();
    /** Matched brace pairs (open raw index, close raw index), for the indentation heuristics. */
    private final List<int[]> matchedBlocks = new ArrayList<>();
    private final List<int[]> emptyBlocks = new ArrayList<>();
    private int lastUnclosedFoundAt = -1;

    private Delimiters(Lexed lexed) {
        this.lexed = lexed;
        this.text = lexed.text;
    }

    /**
     * The result: mismatch errors first, then the error that ended the check (an unexpected closing
     * delimiter or the unclosed-delimiter error at the end), in the order rustc emits them.
     * {@code stopOffset} is the byte offset where rustc stops lexing (the end of the text unless an
     * unexpected closing delimiter stopped it): lexer errors after it are not reported.
     */
    record Result(List<SyntaxError> errors, int stopOffset) {
    }

    static Result check(Lexed lexed) {
        Delimiters d = new Delimiters(lexed);
        d.run();
        List<SyntaxError> all = new ArrayList<>(d.errors);
        if (d.finalError != null) {
            all.add(d.finalError);
        }
        return new Result(all, d.stopOffset);
    }

    private SyntaxError finalError;
    private int stopOffset = Integer.MAX_VALUE;

    private static SyntaxKind closeOf(SyntaxKind open) {
        return switch (open) {
            case L_PAREN -> SyntaxKind.R_PAREN;
            case L_BRACK -> SyntaxKind.R_BRACK;
            case L_CURLY -> SyntaxKind.R_CURLY;
            default -> null;
        };
    }

    private static SyntaxKind openOf(SyntaxKind close) {
        return switch (close) {
            case R_PAREN -> SyntaxKind.L_PAREN;
            case R_BRACK -> SyntaxKind.L_BRACK;
            case R_CURLY -> SyntaxKind.L_CURLY;
            default -> null;
        };
    }

    private TextRange range(int raw) {
        return TextRange.at(lexed.byteStart(raw), lexed.byteLen(raw));
    }

    private void run() {
        int n = lexed.count;
        int lastSignificantBefore = -1;
        for (int i = 0; i < n; i++) {
            SyntaxKind k = lexed.kind(i);
            if (k.isTrivia()) {
                continue;
            }
            if (closeOf(k) != null) {
                open.add(i);
                lastSignificantBefore = i;
                continue;
            }
            SyntaxKind wantOpen = openOf(k);
            if (wantOpen == null) {
                lastSignificantBefore = i;
                continue;
            }
            if (open.isEmpty()) {
                // unexpected closing delimiter at the top level
                // rustc stops lexing here
                SyntaxError e = SyntaxError.of("unexpected closing delimiter: `" + k.fixedText() + "`", range(i));
                e = missingOpenDelims(e);
                e = suspiciousBlock(e);
                finalError = e.withLabel("unexpected closing delimiter");
                stopOffset = lexed.byteStart(i) + lexed.byteLen(i);
                return;
            }
            int top = open.get(open.size() - 1);
            if (lexed.kind(top) == wantOpen) {
                open.remove(open.size() - 1);
                if (k == SyntaxKind.R_CURLY) {
                    if (lastSignificantBefore == top) {
                        emptyBlocks.add(new int[] {top, i});
                    } else {
                        matchedBlocks.add(new int[] {top, i});
                    }
                }
                lastSignificantBefore = i;
                continue;
            }
            // mismatched closing delimiter
            if (lastUnclosedFoundAt != i) {
                lastUnclosedFoundAt = i;
                int unclosed = top;
                int candidate = -1;
                for (int o : open) {
                    if (lexed.kind(o) == wantOpen && sameIndentation(i, o)) {
                        candidate = o;
                    }
                }
                open.remove(open.size() - 1);
                SyntaxError e = SyntaxError.of("mismatched closing delimiter: `" + k.fixedText() + "`", range(unclosed))
                        .withLabel("unclosed delimiter")
                        .withPrimary(range(i), "mismatched closing delimiter");
                if (candidate >= 0) {
                    e = e.withSecondary(range(candidate), "closing delimiter possibly meant for this");
                }
                errors.add(e);
                mismatches.add(new int[] {i, unclosed});
            } else {
                open.remove(open.size() - 1);
            }
            boolean matchesEarlier = false;
            for (int o : open) {
                if (lexed.kind(o) == wantOpen) {
                    matchesEarlier = true;
                    break;
                }
            }
            if (matchesEarlier) {
                i--; // reconsider this close delimiter against the outer opener
            } else {
                lastSignificantBefore = i;
            }
        }
        if (!open.isEmpty()) {
            int end = lexed.byteOffset(text.length());
            SyntaxError e = SyntaxError.of("this file contains an unclosed delimiter", TextRange.empty(end));
            int limit = Math.min(5, open.size());
            for (int j = 0; j < limit; j++) {
                e = e.withSecondary(range(open.get(j)), "unclosed delimiter");
            }
            if (open.size() > 5) {
                e = e.withSecondary(range(open.get(open.size() - 1)),
                        "another " + (open.size() - 5) + " unclosed delimiters begin from here");
            }
            e = suspiciousBlock(e);
            finalError = e;
        }
    }

    /**
     * rustc's report_missing_open_delim: earlier mismatched {@code )} and {@code ]} become labels of
     * this error ("the nearest open delimiter", "missing open `(` for this delimiter") instead of
     * errors of their own.
     */
    private SyntaxError missingOpenDelims(SyntaxError e) {
        List<int[]> removed = new ArrayList<>();
        for (int j = 0; j < mismatches.size(); j++) {
            int found = mismatches.get(j)[0];
            SyntaxKind fk = lexed.kind(found);
            if (fk == SyntaxKind.R_PAREN || fk == SyntaxKind.R_BRACK) {
                removed.add(mismatches.get(j));
                mismatches.remove(j);
                errors.remove(j);
                j--;
            }
        }
        return missingOpenLabels(e, removed);
    }

    private SyntaxError missingOpenLabels(SyntaxError e, List<int[]> removed) {
        for (int[] m : removed) {
            SyntaxKind fk = lexed.kind(m[0]);
            e = e.withSecondary(range(m[1]), "the nearest open delimiter")
                    .withSecondary(TextRange.empty(lexed.byteStart(m[0])),
                            "missing open `" + (fk == SyntaxKind.R_PAREN ? "(" : "[") + "` for this delimiter");
        }
        return e;
    }

    /** rustc's report_suspicious_mismatch_block: points at a matched block with odd indentation. */
    private SyntaxError suspiciousBlock(SyntaxError e) {
        List<int[]> spans = new ArrayList<>(matchedBlocks);
        spans.sort((a, b) -> Integer.compare(a[0], b[0]));
        boolean[] same = new boolean[spans.size()];
        for (int i = 0; i < spans.size(); i++) {
            same[i] = sameIndentation(spans.get(i)[0], spans.get(i)[1]);
        }
        for (int i = 0; i < spans.size(); i++) {
            if (same[i]) {
                for (int j = i + 1; j < spans.size(); j++) {
                    if (spans.get(i)[0] <= spans.get(j)[0] && spans.get(j)[1] <= spans.get(i)[1] && !same[j]) {
                        same[j] = true;
                    }
                }
            }
        }
        for (int i = spans.size() - 1; i >= 0; i--) {
            if (!same[i]) {
                int o = spans.get(i)[0];
                int c = spans.get(i)[1];
                e = e.withSecondary(TextRange.empty(lexed.byteStart(o)), "this delimiter might not be properly closed...")
                        .withSecondary(TextRange.empty(lexed.byteStart(c)),
                                "...as it matches this but it has different indentation");
                for (int[] empty : emptyBlocks) {
                    if (o <= empty[0] && empty[1] <= c) {
                        e = e.withSecondary(new TextRange(lexed.byteStart(empty[0]), lexed.byteStart(empty[1]) + 1),
                                "block is empty, you might have not meant to close it");
                        break;
                    }
                }
                break;
            }
        }
        return e;
    }

    private boolean sameIndentation(int rawA, int rawB) {
        return indentation(lexed.start(rawA)).equals(indentation(lexed.start(rawB)));
    }

    /** The leading whitespace of the line containing char offset {@code at}. */
    private String indentation(int at) {
        int ls = text.lastIndexOf('\n', at - 1) + 1;
        int i = ls;
        while (i < at && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return text.substring(ls, i);
    }
}
