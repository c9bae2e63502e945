package rac.hir;

import java.math.BigInteger;

/** Decoding of literal tokens: integer parts and suffixes, string and char escapes. */
public final class Literals {
    private Literals() {
    }

    /** An integer literal's value and suffix ("" when none). */
    public record IntParts(BigInteger value, String suffix) { }

    /** Parses an INT_NUMBER token like {@code 0x_FFu8} or {@code 1_000}; null if malformed. */
    public static IntParts parseInt(String text) {
        int radix = 10;
        int i = 0;
        if (text.length() > 1 && text.charAt(0) == '0') {
            char c = text.charAt(1);
            if (c == 'x') {
                radix = 16;
                i = 2;
            } else if (c == 'o') {
                radix = 8;
                i = 2;
            } else if (c == 'b') {
                radix = 2;
                i = 2;
            }
        }
        StringBuilder digits = new StringBuilder();
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '_') {
                continue;
            }
            int d = Character.digit(c, radix);
            if (d < 0 || (radix != 16 && Character.digit(c, 10) < 0)) {
                break;
            }
            digits.append(c);
        }
        String suffix = text.substring(i);
        if (digits.isEmpty()) {
            return null;
        }
        return new IntParts(new BigInteger(digits.toString(), radix), suffix);
    }

    /** The contents of a string literal token ({@code "..."} or raw {@code r#"..."#}); null if malformed. */
    public static String unescapeString(String token) {
        if (token.startsWith("r")) {
            int hashes = 0;
            int i = 1;
            while (i < token.length() && token.charAt(i) == '#') {
                hashes++;
                i++;
            }
            if (token.length() < i + 1 + 1 + hashes) {
                return null;
            }
            return token.substring(i + 1, token.length() - 1 - hashes);
        }
        if (token.length() < 2 || token.charAt(0) != '"' || token.charAt(token.length() - 1) != '"') {
            return null;
        }
        return unescape(token.substring(1, token.length() - 1), true);
    }

    /** The scalar value of a char literal token; null if malformed. */
    public static Integer unescapeChar(String token) {
        if (token.length() < 3 || token.charAt(0) != '\'' || token.charAt(token.length() - 1) != '\'') {
            return null;
        }
        String s = unescape(token.substring(1, token.length() - 1), false);
        if (s == null || s.codePointCount(0, s.length()) != 1) {
            return null;
        }
        return s.codePointAt(0);
    }

    private static String unescape(String body, boolean allowContinuation) {
        StringBuilder sb = new StringBuilder(body.length());
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\r' && i + 1 < body.length() && body.charAt(i + 1) == '\n') {
                continue;
            }
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            if (++i >= body.length()) {
                return null;
            }
            char e = body.charAt(i);
            switch (e) {
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case '\\' -> sb.append('\\');
                case '0' -> sb.append('\0');
                case '\'' -> sb.append('\'');
                case '"' -> sb.append('"');
                case 'x' -> {
                    if (i + 2 > body.length() - 1) {
                        return null;
                    }
                    int v = Integer.parseInt(body.substring(i + 1, i + 3), 16);
                    sb.append((char) v);
                    i += 2;
                }
                case 'u' -> {
                    int close = body.indexOf('}', i);
                    if (close < 0 || body.charAt(i + 1) != '{') {
                        return null;
                    }
                    int v = Integer.parseInt(body.substring(i + 2, close).replace("_", ""), 16);
                    sb.appendCodePoint(v);
                    i = close;
                }
                case '\n' -> {
                    if (!allowContinuation) {
                        return null;
                    }
                    while (i + 1 < body.length() && Character.isWhitespace(body.charAt(i + 1))) {
                        i++;
                    }
                }
                case '\r' -> {
                    if (!allowContinuation) {
                        return null;
                    }
                    while (i + 1 < body.length() && Character.isWhitespace(body.charAt(i + 1))) {
                        i++;
                    }
                }
                default -> {
                    return null;
                }
            }
        }
        return sb.toString();
    }

    /**
     * The IEEE bits of a float literal's text (digits, {@code .}, exponent; no underscores or suffix),
     * correctly rounded to {@code bits} (32 or 64) directly from the decimal.
     */
    public static long floatBits(String text, int bits) {
        if (bits == 32) {
            return Float.floatToRawIntBits(Float.parseFloat(text)) & 0xFFFFFFFFL;
        }
        return Double.doubleToRawLongBits(Double.parseDouble(text));
    }
}
