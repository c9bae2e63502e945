package rac.syntax;

import java.nio.charset.StandardCharsets;

/**
 * A leaf of the green tree: kind and text. Tokens with fixed text (punctuation, keywords) and common
 * whitespace are shared between trees; see {@link #of}.
 */
public final class GreenToken implements GreenElement {
    private final SyntaxKind kind;
    private final String text;
    private final int textLength;

    private GreenToken(SyntaxKind kind, String text, int byteLength) {
        this.kind = kind;
        this.text = text;
        this.textLength = byteLength;
    }

    private static final GreenToken[] FIXED = new GreenToken[SyntaxKind.values().length];
    private static final GreenToken[] NEWLINE_INDENT = new GreenToken[129];
    private static final GreenToken[] SPACES = new GreenToken[17];

    static {
        for (SyntaxKind k : SyntaxKind.values()) {
            if (k.fixedText() != null) {
                FIXED[k.ordinal()] = new GreenToken(k, k.fixedText(), k.fixedText().length());
            }
        }
        for (int i = 0; i < NEWLINE_INDENT.length; i++) {
            String s = "\n" + " ".repeat(i);
            NEWLINE_INDENT[i] = new GreenToken(SyntaxKind.WHITESPACE, s, s.length());
        }
        for (int i = 1; i < SPACES.length; i++) {
            String s = " ".repeat(i);
            SPACES[i] = new GreenToken(SyntaxKind.WHITESPACE, s, s.length());
        }
    }

    /** A token of the given kind and text; shared where the text is the kind's fixed text. */
    public static GreenToken of(SyntaxKind kind, String text) {
        GreenToken fixed = FIXED[kind.ordinal()];
        if (fixed != null && fixed.text.equals(text)) {
            return fixed;
        }
        return new GreenToken(kind, text, utf8Length(text));
    }

    /** The shared token for a fixed-text kind (punctuation or keyword). */
    public static GreenToken fixed(SyntaxKind kind) {
        GreenToken t = FIXED[kind.ordinal()];
        if (t == null) {
            throw new IllegalArgumentException(kind + " has no fixed text");
        }
        return t;
    }

    /**
     * A token over {@code src[from, to)} whose UTF-8 length is already known. Whitespace of the
     * shapes {@code "\n" + spaces} and {@code spaces} is shared.
     */
    static GreenToken slice(SyntaxKind kind, String src, int from, int to, int byteLength) {
        if (kind == SyntaxKind.WHITESPACE) {
            int n = to - from;
            if (src.charAt(from) == '\n' && n <= NEWLINE_INDENT.length) {
                boolean ok = true;
                for (int i = from + 1; i < to; i++) {
                    if (src.charAt(i) != ' ') {
                        ok = false;
                        break;
                    }
                }
                if (ok) {
                    return NEWLINE_INDENT[n - 1];
                }
            } else if (src.charAt(from) == ' ' && n < SPACES.length) {
                boolean ok = true;
                for (int i = from + 1; i < to; i++) {
                    if (src.charAt(i) != ' ') {
                        ok = false;
                        break;
                    }
                }
                if (ok) {
                    return SPACES[n];
                }
            }
        } else {
            GreenToken fixed = FIXED[kind.ordinal()];
            // a token whose kind has fixed text always has that text (the parser only remaps
            // contextual keywords to their own spelling), so the length check suffices
            if (fixed != null && fixed.text.length() == to - from) {
                return fixed;
            }
        }
        return new GreenToken(kind, src.substring(from, to), byteLength);
    }

    static int utf8Length(String s) {
        int n = s.length();
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return s.getBytes(StandardCharsets.UTF_8).length;
            }
        }
        return n;
    }

    @Override
    public SyntaxKind kind() {
        return kind;
    }

    /** The token's exact source text. */
    public String text() {
        return text;
    }

    @Override
    public int textLength() {
        return textLength;
    }

    @Override
    public void writeText(StringBuilder sb) {
        sb.append(text);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GreenToken t && t.kind == kind && t.text.equals(text);
    }

    @Override
    public int hashCode() {
        return kind.hashCode() * 31 + text.hashCode();
    }

    @Override
    public String toString() {
        return kind + " " + text;
    }
}
