package rac.hir;

import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * Parses a format string of the printing macros into literal pieces and argument references
 * ({@code {}}, {@code {0}}, {@code {name}}, {@code {{}} and {@code }}}) with their format
 * specs ({@link FmtSpec}).
 */
final class FormatString {
    private FormatString() {
    }

    /** A reference to an argument: a positional index (resolved at the end) or an expression. */
    private record Ref(boolean positional, int value) { }

    /** An argument piece before positional references are resolved. */
    private record Pending(int piece, Ref value, Ref width, Ref precision, FmtSpec spec) { }

    /**
     * Appends pieces for {@code fmt}; returns false (after reporting) on an error. Implicit captures
     * ({@code {name}} without a named argument) are resolved by {@code capture}; its range argument is
     * the whole format string (a finer one needs the literal's escapes mapped back).
     */
    static boolean parse(String fmt, List<Expr.FmtPiece> pieces, List<Integer> positional, Map<String, Integer> named,
                         BiFunction<String, RelRange, Integer> capture, Consumer<String> onError,
                         BiConsumer<Integer, Integer> onCountError, java.util.function.IntConsumer onUnusedArg) {
        StringBuilder text = new StringBuilder();
        int[] next = {0};
        int maxPositional = -1;
        boolean[] used = new boolean[positional.size()];
        java.util.List<Pending> refs = new java.util.ArrayList<>();
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
                String whole = fmt.substring(i + 1, close);
                int colon = whole.indexOf(':');
                String inner = (colon < 0 ? whole : whole.substring(0, colon)).trim();
                String specText = colon < 0 ? null : whole.substring(colon + 1);
                if (!text.isEmpty()) {
                    pieces.add(new Expr.FmtPiece.Text(text.toString()));
                    text.setLength(0);
                }
                Ref[] counts = new Ref[2];
                List<String> countNames = new java.util.ArrayList<>();
                FmtSpec spec = FmtSpec.DISPLAY;
                if (specText != null) {
                    spec = parseSpec(specText, counts, countNames, next, onError);
                    if (spec == null) {
                        return false;
                    }
                }
                Ref value;
                if (inner.isEmpty()) {
                    value = new Ref(true, next[0]++);
                } else if (Character.isDigit(inner.charAt(0))) {
                    if (inner.length() > 9 || !inner.chars().allMatch(Character::isDigit)) {
                        onError.accept("invalid argument index `" + inner + "`");
                        return false;
                    }
                    value = new Ref(true, Integer.parseInt(inner));
                } else {
                    value = namedRef(inner, named, capture);
                    if (value == null) {
                        return false;
                    }
                }
                for (int k = 0; k < 2; k++) {
                    if (counts[k] != null && !counts[k].positional() && counts[k].value() < 0) {
                        // A named count `name$`: the name is stored as a negative index into countNames.
                        counts[k] = namedRef(countNames.get(-counts[k].value() - 1), named, capture);
                        if (counts[k] == null) {
                            return false;
                        }
                    }
                }
                for (Ref r : new Ref[] {value, counts[0], counts[1]}) {
                    if (r != null && r.positional()) {
                        maxPositional = Math.max(maxPositional, r.value());
                    }
                }
                refs.add(new Pending(pieces.size(), value, counts[0], counts[1], spec));
                pieces.add(null);
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
        for (Pending p : refs) {
            int value = resolve(p.value(), positional, used);
            int width = resolve(p.width(), positional, used);
            int precision = resolve(p.precision(), positional, used);
            pieces.set(p.piece(), new Expr.FmtPiece.Arg(value, p.spec().withArgs(width, precision)));
        }
        for (int k = 0; k < used.length; k++) {
            if (!used[k]) {
                onUnusedArg.accept(k);
                return false;
            }
        }
        return true;
    }

    private static Ref namedRef(String name, Map<String, Integer> named, BiFunction<String, RelRange, Integer> capture) {
        Integer arg = named.get(name);
        if (arg == null) {
            arg = capture.apply(name, new RelRange(0, 0));
            if (arg == null) {
                return null;
            }
        }
        return new Ref(false, arg);
    }

    private static int resolve(Ref r, List<Integer> positional, boolean[] used) {
        if (r == null) {
            return -1;
        }
        if (!r.positional()) {
            return r.value();
        }
        used[r.value()] = true;
        return positional.get(r.value());
    }

    /**
     * Parses {@code [[fill]align][sign]['#']['0'][width]['.' precision][type]}; width and precision
     * arguments go to {@code counts[0]} / {@code counts[1]}. {@code .*} takes the next positional
     * argument (before the value's own implicit one).
     */
    private static FmtSpec parseSpec(String s, Ref[] counts, List<String> countNames, int[] next,
                                     Consumer<String> onError) {
        int i = 0;
        int fill = ' ';
        FmtSpec.Align align = FmtSpec.Align.UNKNOWN;
        if (!s.isEmpty()) {
            int first = s.codePointAt(0);
            int after = Character.charCount(first);
            if (after < s.length() && "<^>".indexOf(s.charAt(after)) >= 0) {
                fill = first;
                align = alignOf(s.charAt(after));
                i = after + 1;
            } else if ("<^>".indexOf(s.charAt(0)) >= 0) {
                align = alignOf(s.charAt(0));
                i = 1;
            }
        }
        boolean plus = false;
        boolean minus = false;
        if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            plus = s.charAt(i) == '+';
            minus = !plus;
            i++;
        }
        boolean alternate = false;
        if (i < s.length() && s.charAt(i) == '#') {
            alternate = true;
            i++;
        }
        boolean zero = false;
        if (i < s.length() && s.charAt(i) == '0' && !(i + 1 < s.length() && s.charAt(i + 1) == '$')) {
            zero = true;
            i++;
        }
        long width = -1;
        int[] pos = {i};
        Object w = count(s, pos, countNames);
        i = pos[0];
        if (w instanceof Long l) {
            width = l;
        } else if (w instanceof Ref r) {
            counts[0] = r;
        }
        long precision = -1;
        if (i < s.length() && s.charAt(i) == '.') {
            i++;
            if (i < s.length() && s.charAt(i) == '*') {
                counts[1] = new Ref(true, next[0]++);
                i++;
            } else {
                pos[0] = i;
                Object p = count(s, pos, countNames);
                if (p == null) {
                    onError.accept("expected `}`, found `.`");
                    return null;
                }
                i = pos[0];
                if (p instanceof Long l) {
                    precision = l;
                } else {
                    counts[1] = (Ref) p;
                }
            }
        }
        String type = s.substring(i).trim();
        FmtSpec.Trait trait;
        int debugHex = 0;
        switch (type) {
            case "" -> trait = FmtSpec.Trait.DISPLAY;
            case "?" -> trait = FmtSpec.Trait.DEBUG;
            case "x?" -> {
                trait = FmtSpec.Trait.DEBUG;
                debugHex = 1;
            }
            case "X?" -> {
                trait = FmtSpec.Trait.DEBUG;
                debugHex = 2;
            }
            case "x" -> trait = FmtSpec.Trait.LOWER_HEX;
            case "X" -> trait = FmtSpec.Trait.UPPER_HEX;
            case "o" -> trait = FmtSpec.Trait.OCTAL;
            case "b" -> trait = FmtSpec.Trait.BINARY;
            case "e" -> trait = FmtSpec.Trait.LOWER_EXP;
            case "E" -> trait = FmtSpec.Trait.UPPER_EXP;
            case "p" -> {
                onError.accept("the `Pointer` formatting trait (`{:p}`) is not supported by rac yet");
                return null;
            }
            default -> {
                if (!type.isEmpty() && type.chars().allMatch(ch -> Character.isLetterOrDigit(ch) || ch == '_')) {
                    onError.accept("unknown format trait `" + type + "`");
                } else {
                    onError.accept("expected `}`, found `" + type.charAt(0) + "`");
                }
                return null;
            }
        }
        return new FmtSpec(fill, align, plus, minus, alternate, zero, width, -1, precision, -1, trait, debugHex);
    }

    private static FmtSpec.Align alignOf(char c) {
        return c == '<' ? FmtSpec.Align.LEFT : c == '>' ? FmtSpec.Align.RIGHT : FmtSpec.Align.CENTER;
    }

    /**
     * A count at {@code pos[0]}: a literal (Long), an argument {@code N$} or {@code name$} (Ref; a
     * name is recorded in countNames and referred to by a negative index), or null when there is none.
     */
    private static Object count(String s, int[] pos, List<String> countNames) {
        int i = pos[0];
        int j = i;
        while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_')) {
            j++;
        }
        if (j == i) {
            return null;
        }
        String word = s.substring(i, j);
        boolean dollar = j < s.length() && s.charAt(j) == '$';
        if (dollar) {
            pos[0] = j + 1;
            if (Character.isDigit(word.charAt(0))) {
                return new Ref(true, (int) Math.min(Long.parseLong(word.length() > 9 ? "999999999" : word), 999999999));
            }
            countNames.add(word);
            return new Ref(false, -countNames.size());
        }
        int k = i;
        while (k < s.length() && Character.isDigit(s.charAt(k))) {
            k++;
        }
        if (k == i) {
            return null;
        }
        pos[0] = k;
        String digits = s.substring(i, k);
        return digits.length() > 18 ? Long.MAX_VALUE : Long.parseLong(digits);
    }

    /** rustc's message when a format string refers to more positional arguments than given. */
    static String countMessage(int needed, int given) {
        String n = needed == 1 ? "1 positional argument" : needed + " positional arguments";
        String g = given == 0 ? "no arguments were given" : given == 1 ? "there is 1 argument"
                : "there are " + given + " arguments";
        return n + " in format string, but " + g;
    }
}
