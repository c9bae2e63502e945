package rac.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import rac.base.Edition;

/** Test support: mutates valid Rust source at the token and character level to make broken input. */
final class Mutator {
    private static final String[] TOKENS = {
        "{", "}", "(", ")", "[", "]", "<", ">", ";", ",", ".", "..", "::", ":", "=", "=>", "->", "|", "||", "&",
        "&&", "#", "!", "?", "'", "\"", "'a", "r#", "r#\"", "b'", "/*", "*/", "//", "\n", " ", "fn", "let", "if",
        "else", "match", "struct", "impl", "where", "for", "in", "mut", "ref", "pub", "unsafe", "async", "move",
        "dyn", "const", "static", "loop", "while", "break", "return", "x", "0", "1.0", "1e", "0x", "'\\u{", "\\",
        "é", "😀", "\r", "\t", "$", "@", "~", "macro_rules!", "union", "auto", "yield", "try", "gen", "as", "_",
    };

    private Mutator() {
    }

    /** Applies 1 to 5 random mutations to {@code text}. */
    static String mutate(String text, long seed) {
        Random rnd = new Random(seed);
        String s = text;
        int n = 1 + rnd.nextInt(5);
        for (int i = 0; i < n; i++) {
            s = rnd.nextBoolean() ? mutateTokens(s, rnd) : mutateChars(s, rnd);
        }
        return s;
    }

    private static String mutateTokens(String s, Random rnd) {
        List<Token> toks = Lexer.tokenize(s, Edition.E2024);
        if (toks.isEmpty()) {
            return TOKENS[rnd.nextInt(TOKENS.length)];
        }
        List<String> parts = new ArrayList<>(toks.size());
        for (Token t : toks) {
            parts.add(t.text());
        }
        int i = rnd.nextInt(parts.size());
        switch (rnd.nextInt(4)) {
            case 0 -> parts.remove(i);
            case 1 -> parts.add(i, parts.get(rnd.nextInt(parts.size())));
            case 2 -> {
                int j = Math.min(parts.size() - 1, i + 1 + rnd.nextInt(3));
                String a = parts.get(i);
                parts.set(i, parts.get(j));
                parts.set(j, a);
            }
            default -> parts.add(i, TOKENS[rnd.nextInt(TOKENS.length)]);
        }
        return String.join("", parts);
    }

    private static String mutateChars(String s, Random rnd) {
        if (s.isEmpty()) {
            return TOKENS[rnd.nextInt(TOKENS.length)];
        }
        int i = rnd.nextInt(s.length());
        // never split a surrogate pair: keep the text valid UTF-16
        if (i > 0 && Character.isLowSurrogate(s.charAt(i))) {
            i--;
        }
        return switch (rnd.nextInt(3)) {
            case 0 -> {
                int j = Math.min(s.length(), i + 1 + rnd.nextInt(8));
                if (j < s.length() && Character.isLowSurrogate(s.charAt(j))) {
                    j++;
                }
                yield s.substring(0, i) + s.substring(j);
            }
            case 1 -> s.substring(0, i) + TOKENS[rnd.nextInt(TOKENS.length)] + s.substring(i);
            default -> {
                int j = rnd.nextInt(s.length());
                if (Character.isLowSurrogate(s.charAt(j))) {
                    j--;
                }
                int a = Math.min(i, j);
                int b = Math.max(i, j);
                yield s.substring(0, a) + s.substring(b) + s.substring(a, b);
            }
        };
    }
}
