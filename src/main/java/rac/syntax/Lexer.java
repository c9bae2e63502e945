package rac.syntax;

import static rac.syntax.SyntaxKind.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import rac.base.Edition;

/**
 * Splits Rust source text into tokens. Never fails: malformed input becomes {@link SyntaxKind#ERROR}
 * tokens (or a token of the intended kind) plus errors in rustc's words.
 * Punctuation is produced one character at a time; the parser glues joint characters into
 * composite operators such as {@code >>=}.
 */
public final class Lexer {
    private final String src;
    private final int len;
    private final Edition edition;
    private final Lexed out;
    private int pos;
    /** Kind of the last non-trivia token, for the tuple-index rule ({@code x.0.1}). */
    private SyntaxKind lastSignificant = EOF;
    private SyntaxKind secondLastSignificant = EOF;

    private Lexer(String src, Edition edition) {
        this.src = src;
        this.len = src.length();
        this.edition = edition;
        this.out = new Lexed(src, src.length() / 3 + 16);
    }

    /** Lexes the whole text into tokens with byte ranges; never fails. */
    public static List<Token> tokenize(String text, Edition edition) {
        Lexed l = lex(text, edition);
        List<Token> tokens = new ArrayList<>(l.count);
        for (int i = 0; i < l.count; i++) {
            tokens.add(new Token(l.kind(i), l.tokenText(i), TextRange.at(l.byteStart(i), l.byteLen(i))));
        }
        return tokens;
    }

    /** The errors found while lexing {@code text}. */
    public static List<SyntaxError> lexErrors(String text, Edition edition) {
        return lex(text, edition).errors;
    }

    static Lexed lex(String text, Edition edition) {
        Lexer lx = new Lexer(text, edition);
        lx.run();
        lx.out.finish();
        return lx.out;
    }

    // ------------------------------------------------------------------ keywords

    private static final Map<String, SyntaxKind> KW_2015 = new HashMap<>();
    private static final Map<String, SyntaxKind> KW_2018 = new HashMap<>();
    private static final Map<String, SyntaxKind> KW_2024 = new HashMap<>();

    static {
        SyntaxKind[] common = {ABSTRACT_KW, AS_KW, BECOME_KW, BOX_KW, BREAK_KW, CONST_KW, CONTINUE_KW,
            CRATE_KW, DO_KW, ELSE_KW, ENUM_KW, EXTERN_KW, FALSE_KW, FINAL_KW, FN_KW, FOR_KW, IF_KW, IMPL_KW,
            IN_KW, LET_KW, LOOP_KW, MACRO_KW, MATCH_KW, MOD_KW, MOVE_KW, MUT_KW, OVERRIDE_KW, PRIV_KW,
            PUB_KW, REF_KW, RETURN_KW, SELF_KW, SELF_TYPE_KW, STATIC_KW, STRUCT_KW, SUPER_KW, TRAIT_KW,
            TRUE_KW, TYPE_KW, TYPEOF_KW, UNSAFE_KW, UNSIZED_KW, USE_KW, VIRTUAL_KW, WHERE_KW, WHILE_KW,
            YIELD_KW};
        for (SyntaxKind k : common) {
            KW_2015.put(k.fixedText(), k);
        }
        KW_2018.putAll(KW_2015);
        for (SyntaxKind k : new SyntaxKind[] {ASYNC_KW, AWAIT_KW, DYN_KW, TRY_KW}) {
            KW_2018.put(k.fixedText(), k);
        }
        KW_2024.putAll(KW_2018);
        KW_2024.put("gen", GEN_KW);
    }

    private static final SyntaxKind[][] BY_FIRST = new SyntaxKind[26][];

    static {
        java.util.List<java.util.List<SyntaxKind>> lists = new ArrayList<>();
        for (int i = 0; i < 26; i++) {
            lists.add(new ArrayList<>());
        }
        for (SyntaxKind k : KW_2024.values()) {
            char c = k.fixedText().charAt(0);
            if (c >= 'a' && c <= 'z') {
                lists.get(c - 'a').add(k);
            }
        }
        for (int i = 0; i < 26; i++) {
            BY_FIRST[i] = lists.get(i).isEmpty() ? null : lists.get(i).toArray(new SyntaxKind[0]);
        }
    }

    private static boolean isKeywordIn(SyntaxKind k, Edition edition) {
        return switch (k) {
            case ASYNC_KW, AWAIT_KW, DYN_KW, TRY_KW -> edition.atLeast(Edition.E2018);
            case GEN_KW -> edition.atLeast(Edition.E2024);
            default -> true;
        };
    }

    /** The keyword kind of {@code ident} in {@code edition}, or null if it is an identifier there. */
    public static SyntaxKind keyword(String ident, Edition edition) {
        Map<String, SyntaxKind> m = edition.atLeast(Edition.E2024) ? KW_2024
                : edition.atLeast(Edition.E2018) ? KW_2018 : KW_2015;
        return m.get(ident);
    }

    // ------------------------------------------------------------------ driver

    private void emit(SyntaxKind k, int start) {
        out.push(k, start);
        if (!k.isTrivia()) {
            secondLastSignificant = lastSignificant;
            lastSignificant = k;
        }
    }

    private char peek(int off) {
        int i = pos + off;
        return i < len ? src.charAt(i) : '\0';
    }

    private boolean at(int i, char c) {
        return i < len && src.charAt(i) == c;
    }

    private void run() {
        if (len > 0 && src.charAt(0) == '\uFEFF') {
            // A byte order mark is kept as whitespace so the tree still round-trips.
            pos = 1;
            emit(WHITESPACE, 0);
        }
        shebang();
        frontmatter();
        while (pos < len) {
            int start = pos;
            SyntaxKind k = next();
            emit(k, start);
        }
    }

    private void shebang() {
        if (!src.startsWith("#!", pos)) {
            return;
        }
        // `#![` (possibly with whitespace/comments in between) is an inner attribute, not a shebang.
        int i = pos + 2;
        while (i < len) {
            char c = src.charAt(i);
            if (isWhitespace(c)) {
                i++;
            } else if (src.startsWith("//", i) && !src.startsWith("///", i) && !src.startsWith("//!", i)) {
                while (i < len && src.charAt(i) != '\n') {
                    i++;
                }
            } else if (src.startsWith("/*", i) && !src.startsWith("/**", i) && !src.startsWith("/*!", i)) {
                int depth = 0;
                while (i < len) {
                    if (src.startsWith("/*", i)) {
                        depth++;
                        i += 2;
                    } else if (src.startsWith("*/", i)) {
                        depth--;
                        i += 2;
                        if (depth == 0) {
                            break;
                        }
                    } else {
                        i++;
                    }
                }
            } else {
                break;
            }
        }
        if (i < len && src.charAt(i) == '[') {
            return;
        }
        int start = pos;
        while (pos < len && src.charAt(pos) != '\n') {
            pos++;
        }
        emit(SHEBANG, start);
    }

    private void frontmatter() {
        // Front matter: an optional block fenced by lines of three or more dashes at the very start
        // (only whitespace lines before it).
        int i = pos;
        while (i < len && (src.charAt(i) == ' ' || src.charAt(i) == '\t' || src.charAt(i) == '\n' || src.charAt(i) == '\r')) {
            i++;
        }
        if (!src.startsWith("---", i)) {
            return;
        }
        int lineStart = i;
        // the opening fence must start at the beginning of a line
        if (lineStart > 0 && src.charAt(lineStart - 1) != '\n') {
            return;
        }
        if (i > pos) {
            emit(WHITESPACE, pos);
            pos = i;
        }
        int dashes = 0;
        while (i < len && src.charAt(i) == '-') {
            dashes++;
            i++;
        }
        String fence = "-".repeat(dashes);
        int start = pos;
        while (i < len && src.charAt(i) != '\n') {
            i++;
        }
        boolean closed = false;
        while (i < len) {
            i++; // past '\n'
            int ls = i;
            while (i < len && src.charAt(i) != '\n') {
                i++;
            }
            String line = src.substring(ls, i).strip();
            if (line.startsWith(fence) && line.chars().allMatch(ch -> ch == '-')) {
                closed = true;
                break;
            }
        }
        pos = i;
        emit(FRONTMATTER, start);
        if (!closed) {
            out.error("unclosed frontmatter", start, start + dashes);
        }
    }

    static boolean isWhitespace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\u000B' || c == '\u000C'
                || c == '\u0085' || c == '\u200E' || c == '\u200F' || c == '\u2028' || c == '\u2029';
    }

    static boolean isIdentStart(int cp) {
        if (cp < 0x80) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || cp == '_';
        }
        return Character.isUnicodeIdentifierStart(cp);
    }

    static boolean isIdentContinue(int cp) {
        if (cp < 0x80) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9') || cp == '_';
        }
        return Character.isUnicodeIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp);
    }

    private SyntaxKind next() {
        char c = src.charAt(pos);
        switch (c) {
            case ' ', '\n', '\t', '\r' -> {
                pos++;
                while (pos < len && isWhitespace(src.charAt(pos))) {
                    pos++;
                }
                return WHITESPACE;
            }
            case '/' -> {
                if (peek(1) == '/') {
                    while (pos < len && src.charAt(pos) != '\n') {
                        pos++;
                    }
                    return COMMENT;
                }
                if (peek(1) == '*') {
                    return blockComment();
                }
                pos++;
                return SLASH;
            }
            case ';' -> { pos++; return SEMICOLON; }
            case ',' -> { pos++; return COMMA; }
            case '(' -> { pos++; return L_PAREN; }
            case ')' -> { pos++; return R_PAREN; }
            case '{' -> { pos++; return L_CURLY; }
            case '}' -> { pos++; return R_CURLY; }
            case '[' -> { pos++; return L_BRACK; }
            case ']' -> { pos++; return R_BRACK; }
            case '<' -> { pos++; return L_ANGLE; }
            case '>' -> { pos++; return R_ANGLE; }
            case '@' -> { pos++; return AT; }
            case '#' -> { pos++; return POUND; }
            case '~' -> { pos++; return TILDE; }
            case '?' -> { pos++; return QUESTION; }
            case '$' -> { pos++; return DOLLAR; }
            case '&' -> { pos++; return AMP; }
            case '|' -> { pos++; return PIPE; }
            case '+' -> { pos++; return PLUS; }
            case '*' -> { pos++; return STAR; }
            case '^' -> { pos++; return CARET; }
            case '%' -> { pos++; return PERCENT; }
            case '.' -> { pos++; return DOT; }
            case ':' -> { pos++; return COLON; }
            case '=' -> { pos++; return EQ; }
            case '!' -> { pos++; return BANG; }
            case '-' -> { pos++; return MINUS; }
            case '\'' -> { return quote(); }
            case '"' -> { return string(pos, pos, STRING, false, false); }
            default -> { }
        }
        if (c >= '0' && c <= '9') {
            return number();
        }
        int cp = src.codePointAt(pos);
        if (isIdentStart(cp)) {
            return identOrPrefixed();
        }
        if (c >= 0x80 && isWhitespace(c)) {
            pos++;
            while (pos < len && isWhitespace(src.charAt(pos))) {
                pos++;
            }
            return WHITESPACE;
        }
        if (cp >= 0x80 && Character.isEmoji(cp)) {
            return invalidIdent();
        }
        int start = pos;
        pos += Character.charCount(cp);
        out.error(String.format("unknown start of token: \\u{%x}", cp), start, pos);
        if (cp >= 0x20 && cp < 0x7f) {
            // rustc prints printable ASCII as itself
            out.errors.set(out.errors.size() - 1,
                    SyntaxError.of("unknown start of token: " + (char) cp,
                            new TextRange(out.byteOffset(start), out.byteOffset(pos))));
        }
        return ERROR;
    }

    /** An identifier containing emoji: lexed as an identifier, reported after parsing as rustc does. */
    private SyntaxKind invalidIdent() {
        int start = pos;
        while (pos < len) {
            int cp = src.codePointAt(pos);
            if (isIdentContinue(cp) || (cp >= 0x80 && Character.isEmoji(cp)) || cp == 0x200D || cp == 0xFE0F) {
                pos += Character.charCount(cp);
            } else {
                break;
            }
        }
        out.lateErrors.add(SyntaxError.of("identifiers cannot contain emoji: `" + src.substring(start, pos) + "`",
                new TextRange(out.byteOffset(start), out.byteOffset(pos))));
        return IDENT;
    }

    private SyntaxKind blockComment() {
        int start = pos;
        pos += 2;
        int depth = 1;
        while (pos < len) {
            char c = src.charAt(pos);
            if (c == '/' && peek(1) == '*') {
                depth++;
                pos += 2;
            } else if (c == '*' && peek(1) == '/') {
                depth--;
                pos += 2;
                if (depth == 0) {
                    return COMMENT;
                }
            } else {
                pos++;
            }
        }
        out.errors.add(SyntaxError.of("unterminated block comment",
                        new TextRange(out.byteOffset(start), out.byteOffset(pos)))
                .withCode("E0758"));
        return COMMENT;
    }

    // ------------------------------------------------------------------ identifiers

    private void eatIdentContinue() {
        while (pos < len) {
            char c = src.charAt(pos);
            if (c < 0x80) {
                if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_') {
                    pos++;
                    continue;
                }
                return;
            }
            int cp = src.codePointAt(pos);
            if (!isIdentContinue(cp)) {
                return;
            }
            pos += Character.charCount(cp);
        }
    }

    private SyntaxKind identOrPrefixed() {
        int start = pos;
        char c = src.charAt(pos);
        // literal prefixes
        if (c == 'b') {
            if (peek(1) == '\'') {
                pos++;
                return charLit(start, true);
            }
            if (peek(1) == '"') {
                pos++;
                return string(start, pos, BYTE_STRING, true, false);
            }
            if (peek(1) == 'r' && (peek(2) == '"' || peek(2) == '#')) {
                pos += 2;
                return rawString(start, BYTE_STRING, true, false);
            }
        } else if (c == 'c' && edition.atLeast(Edition.E2021)) {
            if (peek(1) == '"') {
                pos++;
                return string(start, pos, C_STRING, false, true);
            }
            if (peek(1) == 'r' && (peek(2) == '"' || peek(2) == '#')) {
                pos += 2;
                return rawString(start, C_STRING, false, true);
            }
        } else if (c == 'r') {
            if (peek(1) == '"' || (peek(1) == '#' && (peek(2) == '"' || peek(2) == '#'))) {
                pos++;
                return rawString(start, STRING, false, false);
            }
            if (peek(1) == '#' && pos + 2 < len && isIdentStart(src.codePointAt(pos + 2))) {
                pos += 2;
                int nameStart = pos;
                eatIdentContinue();
                String name = src.substring(nameStart, pos);
                if (name.equals("_") || name.equals("crate") || name.equals("self") || name.equals("super")
                        || name.equals("Self")) {
                    out.error("`" + name + "` cannot be a raw identifier", start, pos);
                }
                return IDENT;
            }
        }
        pos++;
        eatIdentContinue();
        if (pos - start == 1 && c == '_') {
            return UNDERSCORE;
        }
        SyntaxKind kw = keywordAt(start, pos);
        if (edition.atLeast(Edition.E2021) && pos < len) {
            char n = src.charAt(pos);
            if (n == '#' || n == '"' || n == '\'') {
                String prefix = src.substring(start, pos);
                {
                    out.errors.add(SyntaxError.of("prefix `" + prefix + "` is unknown",
                                    new TextRange(out.byteOffset(start), out.byteOffset(pos)))
                            .withLabel("unknown prefix")
                            .withNote("prefixed identifiers and literals are reserved since Rust 2021"));
                }
            }
        }
        return kw != null ? kw : IDENT;
    }

    private SyntaxKind keywordAt(int start, int end) {
        int n = end - start;
        if (n < 2 || n > 8) {
            return null;
        }
        char f = src.charAt(start);
        if (f < 'a' || f > 'z') {
            if (f == 'S' && n == 4 && src.startsWith("Self", start)) {
                return SELF_TYPE_KW;
            }
            return null;
        }
        SyntaxKind[] cands = BY_FIRST[f - 'a'];
        if (cands == null) {
            return null;
        }
        for (SyntaxKind k : cands) {
            String t = k.fixedText();
            if (t.length() == n && src.startsWith(t, start)) {
                if (!isKeywordIn(k, edition)) {
                    return null;
                }
                return k;
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ lifetimes and chars

    private SyntaxKind quote() {
        int start = pos;
        // lifetime or label: 'ident not followed by '
        if (pos + 1 < len) {
            int cp = src.codePointAt(pos + 1);
            boolean raw = src.startsWith("r#", pos + 1) && pos + 3 < len && isIdentStart(src.codePointAt(pos + 3));
            if (raw && edition.atLeast(Edition.E2021)) {
                pos += 3;
                eatIdentContinue();
                if (at(pos, '\'')) {
                    pos = start; // 'r#x' is not a lifetime; fall through to char handling
                } else {
                    return LIFETIME_IDENT;
                }
            } else if (isIdentStart(cp) || (cp >= '0' && cp <= '9')) {
                int save = pos;
                pos += 1 + Character.charCount(cp);
                if (!at(pos, '\'')) {
                    eatIdentContinue();
                    if (!at(pos, '\'')) {
                        if (cp >= '0' && cp <= '9') {
                            out.error("lifetimes cannot start with a number", start, pos);
                        }
                        return LIFETIME_IDENT;
                    }
                    // 'abc' : a char literal with too many chars
                }
                pos = save;
            }
        }
        return charLit(start, false);
    }

    /** Lexes a char or byte literal; {@code pos} is at the opening quote. */
    private SyntaxKind charLit(int start, boolean isByte) {
        SyntaxKind kind = isByte ? BYTE : CHAR;
        String what = isByte ? "byte" : "character";
        pos++; // opening '
        int contentStart = pos;
        int count = 0;
        boolean bad = false;
        while (pos < len) {
            char c = src.charAt(pos);
            if (c == '\'') {
                if (count == 0 && pos == contentStart) {
                    // '' or ''' : empty char literal
                    pos++;
                    out.errors.add(SyntaxError.of("empty " + what + " literal",
                            new TextRange(out.byteOffset(contentStart), out.byteOffset(contentStart + 1)))
                            .withLabel(isByte ? "" : "empty character literal"));
                    return kind;
                }
                break;
            }
            if (c == '\n' && count >= 1) {
                break;
            }
            if (c == '\\') {
                escape(isByte, false, false);
            } else {
                int cp = src.codePointAt(pos);
                int cs = pos;
                pos += Character.charCount(cp);
                if (c == '\t' || c == '\n' || c == '\r') {
                    if (count == 0) {
                        out.error(what + " constant must be escaped: `" + escapeDebug(c) + "`", cs, pos);
                        bad = true;
                    }
                } else if (isByte && cp >= 0x80) {
                    out.error("non-ASCII character in byte literal", cs, pos);
                    bad = true;
                }
            }
            count++;
            if (count > 1 && !at(pos, '\'') && (pos >= len || src.charAt(pos) == '\n' || count > 64)) {
                break;
            }
        }
        if (at(pos, '\'')) {
            pos++;
            if (count > 1 && !bad) {
                out.errors.add(SyntaxError.of("character literal may only contain one codepoint",
                        new TextRange(out.byteOffset(start), out.byteOffset(pos))));
            }
            return kind;
        }
        // unterminated
        pos = Math.min(pos, len);
        if (count <= 1 || pos >= len) {
            int from = isByte ? contentStart - 1 : start;
            out.errors.add(SyntaxError.of("unterminated " + (isByte ? "byte constant" : "character literal"),
                    new TextRange(out.byteOffset(from), out.byteOffset(pos))).withCode(isByte ? "E0763" : "E0762"));
            return kind;
        }
        // something like 'ab without closing quote: treat as a lifetime-ish error
        out.errors.add(SyntaxError.of("unterminated character literal",
                new TextRange(out.byteOffset(start), out.byteOffset(pos))).withCode("E0762"));
        return kind;
    }

    private static String escapeDebug(char c) {
        return switch (c) {
            case '\t' -> "\\t";
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            default -> String.valueOf(c);
        };
    }

    /**
     * Lexes one escape sequence starting at a backslash and reports its errors.
     * {@code inString} allows the line-continuation escape.
     */
    private void escape(boolean isByte, boolean inString, boolean isC) {
        int start = pos;
        pos++; // backslash
        if (pos >= len) {
            return;
        }
        char c = src.charAt(pos);
        switch (c) {
            case 'n', 'r', 't', '\\', '0', '\'', '"' -> pos++;
            case '\n' -> {
                if (!inString) {
                    out.error("unknown character escape: `\\n`", pos, pos + 1);
                }
                pos++;
            }
            case 'x' -> {
                pos++;
                int digits = 0;
                int value = 0;
                while (digits < 2 && pos < len && Character.digit(src.charAt(pos), 16) >= 0) {
                    value = value * 16 + Character.digit(src.charAt(pos), 16);
                    pos++;
                    digits++;
                }
                if (digits < 2) {
                    if (pos < len && src.charAt(pos) != '\'' && src.charAt(pos) != '"') {
                        int cp = src.codePointAt(pos);
                        out.error("invalid character in numeric character escape: `" + new String(Character.toChars(cp)) + "`",
                                pos, pos + Character.charCount(cp));
                    } else {
                        out.error("numeric character escape is too short", start, pos);
                    }
                } else if (value > 0x7f && !isByte && !isC) {
                    out.error("out of range hex escape", start, pos);
                }
            }
            case 'u' -> {
                pos++;
                if (!at(pos, '{')) {
                    out.error("incorrect unicode escape sequence", start, pos);
                    return;
                }
                pos++;
                int digits = 0;
                long value = 0;
                boolean invalid = false;
                while (pos < len && src.charAt(pos) != '}') {
                    char d = src.charAt(pos);
                    if (d == '_') {
                        pos++;
                        continue;
                    }
                    int v = Character.digit(d, 16);
                    if (v < 0 || d > 'f') {
                        if (d == '\'' || d == '"' || d == '\n') {
                            break;
                        }
                        out.error("invalid character in unicode escape: `" + d + "`", pos, pos + 1);
                        invalid = true;
                        pos++;
                        continue;
                    }
                    value = value * 16 + v;
                    digits++;
                    pos++;
                }
                if (!at(pos, '}')) {
                    out.error("unterminated unicode escape", start, pos);
                    return;
                }
                pos++;
                if (invalid) {
                    return;
                }
                if (digits == 0) {
                    out.error("empty unicode escape", start, pos);
                } else if (digits > 6) {
                    out.error("overlong unicode escape", start, pos);
                } else if (isByte) {
                    out.error("unicode escape in byte string", start, pos);
                } else if (value > 0x10FFFF) {
                    out.error("invalid unicode character escape", start, pos);
                } else if (value >= 0xD800 && value <= 0xDFFF) {
                    out.error("invalid unicode character escape", start, pos);
                }
            }
            default -> {
                int cp = src.codePointAt(pos);
                pos += Character.charCount(cp);
                if (c == '\r' && inString && at(pos, '\n')) {
                    pos++;
                    return;
                }
                out.errors.add(SyntaxError.of("unknown character escape: `" + escapeForMessage(cp) + "`",
                        new TextRange(out.byteOffset(pos - Character.charCount(cp)), out.byteOffset(pos)))
                        .withLabel("unknown character escape"));
            }
        }
    }

    private static String escapeForMessage(int cp) {
        if (cp == '\r') {
            return "\\r";
        }
        if (cp == '\t') {
            return "\\t";
        }
        return new String(Character.toChars(cp));
    }

    // ------------------------------------------------------------------ strings

    /** Lexes a quoted string; {@code quotePos} is at the opening {@code "}. */
    private SyntaxKind string(int start, int quotePos, SyntaxKind kind, boolean isByte, boolean isC) {
        pos = quotePos + 1;
        while (pos < len) {
            char c = src.charAt(pos);
            if (c == '"') {
                pos++;
                suffix();
                return kind;
            }
            if (c == '\\') {
                escape(isByte, true, isC);
                continue;
            }
            if (c == '\r' && !at(pos + 1, '\n')) {
                out.error("bare CR not allowed in " + (isByte ? "byte string" : "string"), pos, pos + 1);
            }
            if (isByte && c >= 0x80) {
                int cp = src.codePointAt(pos);
                out.error("non-ASCII character in byte string literal", pos, pos + Character.charCount(cp));
                pos += Character.charCount(cp);
                continue;
            }
            pos++;
        }
        String what = kind == BYTE_STRING ? "unterminated double quote byte string"
                : kind == C_STRING ? "unterminated C string" : "unterminated double quote string";
        out.errors.add(SyntaxError.of(what, new TextRange(out.byteOffset(start), out.byteOffset(pos)))
                .withCode(kind == BYTE_STRING ? "E0766" : "E0765"));
        return kind;
    }

    /** Lexes a raw string; {@code pos} is just after the {@code r}. */
    private SyntaxKind rawString(int start, SyntaxKind kind, boolean isByte, boolean isC) {
        int hashes = 0;
        while (pos < len && src.charAt(pos) == '#') {
            hashes++;
            pos++;
        }
        if (!at(pos, '"')) {
            out.error("found invalid character; only `#` is allowed in raw string delimitation", start, Math.min(pos + 1, len));
            return ERROR;
        }
        if (hashes > 255) {
            out.error("too many `#` symbols: raw strings may be delimited by up to 255 `#` symbols, but found "
                    + hashes, start, pos);
        }
        pos++;
        while (pos < len) {
            char c = src.charAt(pos);
            if (c == '"') {
                int h = 0;
                int p = pos + 1;
                while (h < hashes && p < len && src.charAt(p) == '#') {
                    h++;
                    p++;
                }
                if (h == hashes) {
                    pos = p;
                    suffix();
                    return kind;
                }
            } else if (c == '\r' && !at(pos + 1, '\n')) {
                out.error("bare CR not allowed in raw string", pos, pos + 1);
            } else if (isByte && c >= 0x80) {
                out.error("non-ASCII character in raw byte string literal", pos, pos + 1);
            }
            pos++;
        }
        out.errors.add(SyntaxError.of("unterminated raw string",
                new TextRange(out.byteOffset(start), out.byteOffset(start) + 1)).withCode("E0748")
                .withLabel("unterminated raw string")
                .withNote("this raw string should be terminated with `\"" + "#".repeat(hashes) + "`"));
        return kind;
    }

    /** Literal suffixes are lexed as part of the literal, as rustc does. */
    private void suffix() {
        if (pos < len && isIdentStart(src.codePointAt(pos))) {
            pos++;
            eatIdentContinue();
        }
    }

    // ------------------------------------------------------------------ numbers

    private boolean isDigitOrUnderscore(char c, int radix) {
        return c == '_' || Character.digit(c, radix) >= 0 && c < 0x80;
    }

    private int numberStart;

    private SyntaxKind number() {
        int start = pos;
        numberStart = start;
        boolean tupleIndex = lastSignificant == DOT && secondLastSignificant != DOT && start > 0
                && !(start > 0 && src.charAt(start - 1) == '.' && start > 1 && src.charAt(start - 2) == '.');
        char c = src.charAt(pos);
        if (c == '0' && (peek(1) == 'x' || peek(1) == 'o' || peek(1) == 'b')) {
            char b = peek(1);
            int radix = b == 'x' ? 16 : b == 'o' ? 8 : 2;
            pos += 2;
            int digitsStart = pos;
            boolean any = false;
            // eat all hex-looking digits, report those invalid for the radix
            while (pos < len) {
                char d = src.charAt(pos);
                if (d == '_') {
                    pos++;
                } else if (d >= '0' && d <= '9' || (radix == 16 && Character.digit(d, 16) >= 0 && d < 0x80)) {
                    if (Character.digit(d, radix) < 0) {
                        out.error("invalid digit for a base " + radix + " literal", pos, pos + 1);
                    }
                    any = true;
                    pos++;
                } else {
                    break;
                }
            }
            if (!any) {
                out.errors.add(SyntaxError.of("no valid digits found for number",
                        new TextRange(out.byteOffset(start), out.byteOffset(pos))).withCode("E0768"));
            }
            if (radix != 16 && at(pos, '.') && !at(pos + 1, '.') && pos + 1 < len
                    && !isIdentStart(src.codePointAt(pos + 1))) {
                // 0b1.0 : rustc lexes a float and reports an error
                pos++;
                while (pos < len && isDigitOrUnderscore(src.charAt(pos), 10)) {
                    pos++;
                }
                out.error((radix == 2 ? "binary" : "octal") + " float literal is not supported", start, pos);
                suffix();
                return FLOAT_NUMBER;
            }
            if (radix != 16 && any && (at(pos, 'e') || at(pos, 'E'))) {
                // rustc reads an exponent after binary and octal digits too
                int errorsBefore = out.errors.size();
                exponent();
                if (out.errors.size() == errorsBefore) {
                    out.error((radix == 2 ? "binary" : "octal") + " float literal is not supported", start, pos);
                }
                suffix();
                return FLOAT_NUMBER;
            }
            suffix();
            return INT_NUMBER;
        }
        while (pos < len && isDigitOrUnderscore(src.charAt(pos), 10)) {
            pos++;
        }
        if (tupleIndex) {
            suffix();
            return INT_NUMBER;
        }
        boolean isFloat = false;
        if (at(pos, '.') && !at(pos + 1, '.')) {
            char n = peek(1);
            boolean identNext = pos + 1 < len && isIdentStart(src.codePointAt(pos + 1));
            if (!identNext) {
                isFloat = true;
                pos++;
                if (pos < len && src.charAt(pos) >= '0' && src.charAt(pos) <= '9') {
                    while (pos < len && isDigitOrUnderscore(src.charAt(pos), 10)) {
                        pos++;
                    }
                    exponent();
                } else {
                    return FLOAT_NUMBER; // `1.`
                }
            } else if (n == 'e' || n == 'E') {
                // 1.e3 is `1` `.` `e3` (a field access), as rustc lexes it
                return INT_NUMBER;
            }
        }
        if (!isFloat && (at(pos, 'e') || at(pos, 'E'))) {
            int save = pos;
            if (exponent()) {
                isFloat = true;
            } else {
                pos = save;
            }
        }
        suffix();
        return isFloat ? FLOAT_NUMBER : INT_NUMBER;
    }

    /** Eats an exponent if present; returns whether one was eaten. */
    private boolean exponent() {
        if (!(at(pos, 'e') || at(pos, 'E'))) {
            return false;
        }
        int start = pos;
        int p = pos + 1;
        if (at(p, '+') || at(p, '-')) {
            p++;
        }
        int digitsStart = p;
        while (p < len && src.charAt(p) == '_') {
            p++;
        }
        if (p < len && src.charAt(p) >= '0' && src.charAt(p) <= '9') {
            while (p < len && isDigitOrUnderscore(src.charAt(p), 10)) {
                p++;
            }
            pos = p;
            return true;
        }
        // `1e` / `1e+` with no digits: rustc reports the whole literal
        pos = p;
        out.error("expected at least one digit in exponent", numberStart, p);
        return true;
    }
}
