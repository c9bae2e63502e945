package rac.hir;

import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * Parses a format string of the printing macros into literal pieces and argument references
 * ({@code {}}, {@code {0}}, {@code {name}}, {@code {{}} and {@code }}}). Format specs after
 * {@code :} are not supported yet.
 */
final class FormatString {
    private FormatString() {
    }

    /**
     * Appends pieces for {@code fmt}; returns false (after reporting) on an error. Implicit captures
     * ({@code {name}} without a named argument) are resolved by {@code capture}; its range argument is
     * the whole format string (a finer one needs the literal's escapes mapped back).
     */
    static boolean parse(String fmt, List<Expr.FmtPiece> pieces, List<Integer> positional, Map<String, Integer> named,
                         BiFunction<String, RelRange, Integer> capture, Consumer<String> onError,
                         BiConsumer<Integer, Integer> onCountError, java.util.function.IntConsumer onUnusedArg) {
        StringBuilder text = new StringBuilder();
        int next = 0;
        int maxPositional = -1;
        boolean[] used = new boolean[positional.size()];
        java.util.List<Object[]> refs = new java.util.ArrayList<>();
        int i = 0;
        while (i < fmt.length()) {
            char c = fmt.charAt(i);
            if (c == '{') {
                if (i + 1 < fmt.length() && fmt.charAt(i + 1) == '{') {
                    text.append('{');
                    i += 2;
                    continue;
                }
                int close = fmt.indexOf('}', i);
                if (close < 0) {
                    onError.accept("expected `}` but string was terminated");
                    return false;
                }
                String inner = fmt.substring(i + 1, close).trim();
                if (inner.contains(":")) {
                    onError.accept("format specs are not supported by rac yet");
                    return false;
                }
                if (!text.isEmpty()) {
                    pieces.add(new Expr.FmtPiece.Text(text.toString()));
                    text.setLength(0);
                }
                if (inner.isEmpty()) {
                    refs.add(new Object[] {pieces.size(), next});
                    maxPositional = Math.max(maxPositional, next);
                    next++;
                    pieces.add(null);
                } else if (Character.isDigit(inner.charAt(0))) {
                    if (inner.length() > 9 || !inner.chars().allMatch(Character::isDigit)) {
                        onError.accept("invalid argument index `" + inner + "`");
                        return false;
                    }
                    int idx = Integer.parseInt(inner);
                    refs.add(new Object[] {pieces.size(), idx});
                    maxPositional = Math.max(maxPositional, idx);
                    pieces.add(null);
                } else {
                    Integer arg = named.get(inner);
                    if (arg == null) {
                        arg = capture.apply(inner, new RelRange(0, 0));
                        if (arg == null) {
                            return false;
                        }
                    }
                    pieces.add(new Expr.FmtPiece.Arg(arg));
                }
                i = close + 1;
            } else if (c == '}') {
                if (i + 1 < fmt.length() && fmt.charAt(i + 1) == '}') {
                    text.append('}');
                    i += 2;
                    continue;
                }
                onError.accept("unmatched `}` found");
                return false;
            } else {
                text.append(c);
                i++;
            }
        }
        if (!text.isEmpty()) {
            pieces.add(new Expr.FmtPiece.Text(text.toString()));
        }
        if (maxPositional >= positional.size()) {
            onCountError.accept(maxPositional + 1, positional.size());
            return false;
        }
        for (Object[] r : refs) {
            int idx = (Integer) r[1];
            used[idx] = true;
            pieces.set((Integer) r[0], new Expr.FmtPiece.Arg(positional.get(idx)));
        }
        for (int k = 0; k < used.length; k++) {
            if (!used[k]) {
                onUnusedArg.accept(k);
                return false;
            }
        }
        return true;
    }

    /** rustc's message when a format string refers to more positional arguments than given. */
    static String countMessage(int needed, int given) {
        String n = needed == 1 ? "1 positional argument" : needed + " positional arguments";
        String g = given == 0 ? "no arguments were given" : given == 1 ? "there is 1 argument"
                : "there are " + given + " arguments";
        return n + " in format string, but " + g;
    }
}
