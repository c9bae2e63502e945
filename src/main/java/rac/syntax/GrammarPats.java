package rac.syntax;

import static rac.syntax.SyntaxKind.*;

/** Grammar of patterns. */
final class GrammarPats {
    private GrammarPats() {
    }

    static boolean atPatStart(Parser p) {
        SyntaxKind k = p.current();
        return switch (k) {
            case UNDERSCORE, DOT, AMP, L_PAREN, L_BRACK, MINUS, BOX_KW, REF_KW, MUT_KW, CONST_KW, IDENT, SELF_KW,
                 SUPER_KW, CRATE_KW, SELF_TYPE_KW, L_ANGLE, TRUE_KW, FALSE_KW, PIPE -> true;
            case COLON -> p.at(COLON2);
            default -> k.isLiteral() || p.at(AMP2);
        };
    }

    /** A top-level pattern: or-patterns allowed, with an optional leading {@code |}. */
    static void pattern(Parser p) {
        int m = p.open();
        boolean leading = false;
        if (p.at(PIPE) && !p.at(PIPE2)) {
            p.bump(PIPE);
            leading = true;
        }
        patternNoTopAlt(p);
        boolean or = false;
        while (p.at(PIPE) && !p.at(PIPE2) && !p.at(PIPEEQ)) {
            p.bump(PIPE);
            patternNoTopAlt(p);
            or = true;
        }
        if (or || leading) {
            p.close(m, OR_PAT);
        }
    }

    /** A pattern without top-level alternatives (fn and closure params). */
    static void patternNoTopAlt(Parser p) {
        int m = p.open();
        boolean rangeable = single(p, m);
        if (rangeable) {
            rangeTail(p, m);
        }
    }

    private static boolean atRangeOp(Parser p) {
        return p.at(DOT2EQ) || p.at(DOT3) || p.at(DOT2);
    }

    /** After a literal or path pattern: {@code a..=b}, {@code a...b}, {@code a..b}, {@code a..}. */
    private static void rangeTail(Parser p, int m) {
        if (!atRangeOp(p)) {
            return;
        }
        if (p.at(DOT2EQ)) {
            p.bump(DOT2EQ);
        } else if (p.at(DOT3)) {
            p.bump(DOT3);
        } else {
            p.bump(DOT2);
        }
        if (atRangeEndStart(p)) {
            int e = p.open();
            rangeEnd(p, e);
        }
        p.close(m, RANGE_PAT);
    }

    private static boolean atRangeEndStart(Parser p) {
        SyntaxKind k = p.current();
        return k.isLiteral() || k == TRUE_KW || k == FALSE_KW || k == MINUS || k == IDENT || k == SELF_TYPE_KW || k == SELF_KW || k == SUPER_KW
                || k == CRATE_KW || p.at(COLON2) || k == L_ANGLE || k == CONST_KW;
    }

    private static void rangeEnd(Parser p, int m) {
        if (p.at(CONST_KW)) {
            p.bump(CONST_KW);
            GrammarExprs.blockExpr(p);
            p.close(m, CONST_BLOCK_PAT);
        } else if (p.current().isLiteral() || p.at(MINUS) || p.at(TRUE_KW) || p.at(FALSE_KW)) {
            literalPat(p, m);
        } else {
            GrammarPaths.path(p, GrammarPaths.Mode.EXPR);
            p.close(m, PATH_PAT);
        }
    }

    private static void literalPat(Parser p, int m) {
        if (p.at(MINUS)) {
            p.bump(MINUS);
        }
        if (p.current().isLiteral() && !validLiteralSuffix(p.current(), p.nthText(0))) {
            p.errorExpected("identifier");
        }
        GrammarExprs.literal(p);
        p.close(m, LITERAL_PAT);
    }

    private static final java.util.Set<String> INT_SUFFIXES = java.util.Set.of("i8", "i16", "i32", "i64", "i128",
            "isize", "u8", "u16", "u32", "u64", "u128", "usize");
    private static final java.util.Set<String> FLOAT_SUFFIXES = java.util.Set.of("f16", "f32", "f64", "f128");

    /** Whether a literal token's suffix (if any) is one rustc accepts. */
    static boolean validLiteralSuffix(SyntaxKind k, String text) {
        String suffix = literalSuffix(k, text);
        if (suffix.isEmpty()) {
            return true;
        }
        return switch (k) {
            case INT_NUMBER -> INT_SUFFIXES.contains(suffix)
                    || (FLOAT_SUFFIXES.contains(suffix) && !text.startsWith("0x") && !text.startsWith("0o")
                        && !text.startsWith("0b"));
            case FLOAT_NUMBER -> FLOAT_SUFFIXES.contains(suffix);
            default -> false;
        };
    }

    /** The suffix of a literal token: what follows the number or the closing quote. */
    static String literalSuffix(SyntaxKind k, String text) {
        int end;
        switch (k) {
            case INT_NUMBER, FLOAT_NUMBER -> {
                int i = 0;
                boolean hex = text.startsWith("0x");
                if (text.startsWith("0x") || text.startsWith("0o") || text.startsWith("0b")) {
                    i = 2;
                }
                while (i < text.length()) {
                    char c = text.charAt(i);
                    boolean digit = (c >= '0' && c <= '9') || c == '_' || (hex && Character.digit(c, 16) >= 0 && c < 0x80);
                    boolean floatPart = !hex && k == FLOAT_NUMBER && (c == '.' || ((c == 'e' || c == 'E') && i + 1 < text.length()
                            && (Character.isDigit(text.charAt(i + 1)) || text.charAt(i + 1) == '+' || text.charAt(i + 1) == '-'
                                || text.charAt(i + 1) == '_')) || ((c == '+' || c == '-') && i > 0
                                    && (text.charAt(i - 1) == 'e' || text.charAt(i - 1) == 'E')));
                    if (!digit && !floatPart) {
                        break;
                    }
                    i++;
                }
                end = i;
            }
            case CHAR, BYTE, STRING, BYTE_STRING, C_STRING -> {
                char q = k == CHAR || k == BYTE ? '\'' : '"';
                end = text.lastIndexOf(q) + 1;
                if (k == STRING || k == BYTE_STRING || k == C_STRING) {
                    while (end < text.length() && text.charAt(end) == '#') {
                        end++;
                    }
                }
            }
            default -> end = text.length();
        }
        return end <= 0 || end > text.length() ? "" : text.substring(end);
    }

    /** Parses one pattern at {@code m}; returns whether it may start a range pattern. */
    private static boolean single(Parser p, int m) {
        SyntaxKind k = p.current();
        switch (k) {
            case UNDERSCORE -> {
                p.bump(UNDERSCORE);
                p.close(m, WILDCARD_PAT);
                return false;
            }
            case DOT -> {
                if (p.at(DOT2EQ) || p.at(DOT3)) {
                    p.bump(p.at(DOT2EQ) ? DOT2EQ : DOT3);
                    int e = p.open();
                    if (atRangeEndStart(p)) {
                        rangeEnd(p, e);
                    } else {
                        p.errorExpected("pattern");
                    }
                    p.close(m, RANGE_PAT);
                    return false;
                }
                if (p.at(DOT2)) {
                    p.bump(DOT2);
                    if (atRangeEndStart(p)) {
                        int e = p.open();
                        rangeEnd(p, e);
                        p.close(m, RANGE_PAT);
                    } else {
                        p.close(m, REST_PAT);
                    }
                    return false;
                }
                p.errorExpected("pattern");
                p.bump(DOT);
                p.close(m, ERROR_NODE);
                return false;
            }
            case AMP -> {
                p.bump(AMP);
                p.eat(MUT_KW);
                int inner = p.open();
                single(p, inner);
                p.close(m, REF_PAT);
                return false;
            }
            case L_PAREN -> {
                p.bump(L_PAREN);
                int n = 0;
                boolean comma = false;
                boolean rest = false;
                while (!p.atEof() && !p.at(R_PAREN)) {
                    int before = p.pos;
                    rest |= p.at(DOT2) && (p.nth(2) == R_PAREN || p.nth(2) == COMMA);
                    pattern(p);
                    n++;
                    comma = false;
                    if (p.pos == before) {
                        break;
                    }
                    if (!p.at(R_PAREN)) {
                        if (!p.expect(COMMA)) {
                            break;
                        }
                        comma = true;
                    }
                }
                p.expect(R_PAREN);
                p.close(m, n == 1 && !comma && !rest ? PAREN_PAT : TUPLE_PAT);
                return false;
            }
            case L_BRACK -> {
                p.bump(L_BRACK);
                while (!p.atEof() && !p.at(R_BRACK)) {
                    int before = p.pos;
                    pattern(p);
                    if (p.pos == before) {
                        break;
                    }
                    if (!p.at(R_BRACK) && !p.expect(COMMA)) {
                        break;
                    }
                }
                p.expect(R_BRACK);
                p.close(m, SLICE_PAT);
                return false;
            }
            case MINUS -> {
                literalPat(p, m);
                return true;
            }
            case TRUE_KW, FALSE_KW -> {
                literalPat(p, m);
                return true;
            }
            case BOX_KW -> {
                p.bump(BOX_KW);
                int inner = p.open();
                single(p, inner);
                p.close(m, BOX_PAT);
                return false;
            }
            case REF_KW, MUT_KW -> {
                identPat(p, m);
                return false;
            }
            case CONST_KW -> {
                if (p.nth(1) == L_CURLY) {
                    p.bump(CONST_KW);
                    GrammarExprs.blockExpr(p);
                    p.close(m, CONST_BLOCK_PAT);
                    return true;
                }
            }
            case IDENT -> {
                if (p.atContextual("deref") && p.nth(1) == BANG && p.nth(2) == L_PAREN && false) {
                    return false;
                }
                SyntaxKind n = p.nth(1);
                boolean pathLike = p.nthAt(1, COLON2) || n == L_PAREN || n == L_CURLY || n == BANG && !p.nthAt(1, NEQ)
                        || n == L_ANGLE && false;
                boolean range = p.nthAt(1, DOT2) || p.nthAt(1, DOT3);
                if (!pathLike && !range) {
                    identPat(p, m);
                    return false;
                }
            }
            default -> {
            }
        }
        if (k.isLiteral()) {
            literalPat(p, m);
            return true;
        }
        if (GrammarPaths.atPathStart(p)) {
            GrammarPaths.path(p, GrammarPaths.Mode.EXPR);
            if (p.at(BANG) && !p.at(NEQ)) {
                int mc = m;
                p.bump(BANG);
                if (GrammarItems.atDelimOpen(p)) {
                    GrammarItems.tokenTree(p);
                } else {
                    p.errorExpected();
                }
                p.close(mc, MACRO_CALL);
                p.close(m, MACRO_PAT);
                return false;
            }
            if (p.at(L_PAREN)) {
                p.bump(L_PAREN);
                while (!p.atEof() && !p.at(R_PAREN)) {
                    int before = p.pos;
                    pattern(p);
                    if (p.pos == before) {
                        break;
                    }
                    if (!p.at(R_PAREN) && !p.expect(COMMA)) {
                        break;
                    }
                }
                p.expect(R_PAREN);
                p.close(m, TUPLE_STRUCT_PAT);
                return false;
            }
            if (p.at(L_CURLY)) {
                recordPatFieldList(p);
                p.close(m, RECORD_PAT);
                return false;
            }
            p.close(m, PATH_PAT);
            return true;
        }
        if (p.at(LET_KW)) {
            p.error(SyntaxError.of("expected pattern, found `let`", p.currentRange())
                    .withLabel("expected pattern"));
        } else if (p.current().isKeyword()) {
            p.errorExpected("identifier");
        } else {
            p.errorExpected("pattern");
        }
        return false;
    }

    private static void identPat(Parser p, int m) {
        p.eat(REF_KW);
        p.eat(MUT_KW);
        GrammarItems.name(p);
        if (p.at(AT)) {
            p.bump(AT);
            patternNoTopAlt(p);
        }
        p.close(m, IDENT_PAT);
    }

    private static void recordPatFieldList(Parser p) {
        int m = p.open();
        p.bump(L_CURLY);
        while (!p.atEof() && !p.at(R_CURLY)) {
            int f = p.open();
            GrammarItems.outerAttrs(p);
            if (p.at(DOT2)) {
                p.bump(DOT2);
                p.close(f, REST_PAT);
            } else if ((p.at(IDENT) || p.at(INT_NUMBER)) && p.nth(1) == COLON && !p.nthAt(1, COLON2)) {
                GrammarItems.nameRef(p);
                p.bump(COLON);
                pattern(p);
                p.close(f, RECORD_PAT_FIELD);
            } else if (p.at(BOX_KW) || p.at(REF_KW) || p.at(MUT_KW) || p.at(IDENT)) {
                int ip = p.open();
                if (p.at(BOX_KW)) {
                    p.bump(BOX_KW);
                    int inner = p.open();
                    identPat(p, inner);
                    p.close(ip, BOX_PAT);
                } else {
                    identPat(p, ip);
                }
                p.close(f, RECORD_PAT_FIELD);
            } else {
                p.errorExpected("identifier");
                p.close(f, ERROR_NODE);
                if (!p.at(R_CURLY)) {
                    p.bumpAny();
                }
            }
            if (!p.at(R_CURLY) && !p.expect(COMMA)) {
                break;
            }
        }
        p.expect(R_CURLY);
        p.close(m, RECORD_PAT_FIELD_LIST);
    }
}
