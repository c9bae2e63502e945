package rac.syntax;

import static rac.syntax.SyntaxKind.*;

/** Grammar of paths and generic argument lists. */
final class GrammarPaths {
    private GrammarPaths() {
    }

    /** Where a path appears: decides how {@code <} and {@code (} after a segment are read. */
    enum Mode {
        /** Use trees, visibility, attributes: no generic args. */
        USE,
        /** Types: {@code Vec<T>}, {@code Fn(A) -> B}. */
        TYPE,
        /** Expressions and patterns: generic args only with turbofish {@code ::<}. */
        EXPR
    }

    static boolean atPathStart(Parser p) {
        SyntaxKind k = p.current();
        return k == IDENT || k == SELF_KW || k == SUPER_KW || k == CRATE_KW || k == SELF_TYPE_KW
                || p.at(COLON2) || k == L_ANGLE || (k == DOLLAR && p.nthContextual(1, "crate"));
    }

    static boolean isSegmentStart(SyntaxKind k) {
        return k == IDENT || k == SELF_KW || k == SUPER_KW || k == CRATE_KW || k == SELF_TYPE_KW;
    }

    /** Parses a path; returns the checkpoint of the PATH node. */
    static int path(Parser p, Mode mode) {
        int m = p.open();
        boolean qualified = p.at(L_ANGLE);
        segment(p, mode, true);
        p.close(m, PATH);
        if (qualified && !p.at(COLON2)) {
            // `<T>` or `<T as Trait>` alone is not a path
            p.errorExpectedOneOf(java.util.List.of("`::`"));
        }
        while (p.at(COLON2)) {
            SyntaxKind after = p.nth(2);
            if (mode == Mode.USE && (after == L_CURLY || after == STAR)) {
                break;
            }
            if (mode == Mode.EXPR && after == L_ANGLE) {
                break; // turbofish handled in segment
            }
            if (!isSegmentStart(after) && !(mode == Mode.TYPE && after == L_ANGLE)) {
                if (mode == Mode.USE) {
                    break;
                }
                p.bump(COLON2);
                p.errorExpected("identifier");
                p.close(m, PATH);
                break;
            }
            if (mode == Mode.TYPE && after == L_ANGLE) {
                break;
            }
            p.bump(COLON2);
            segment(p, mode, false);
            p.close(m, PATH);
        }
        return m;
    }

    static void segment(Parser p, Mode mode, boolean first) {
        int m = p.open();
        if (first && p.at(L_ANGLE)) {
            int a = p.open();
            p.bump(L_ANGLE);
            GrammarTypes.type(p);
            if (p.at(AS_KW)) {
                p.bump(AS_KW);
                int t = p.open();
                path(p, Mode.TYPE);
                p.close(t, PATH_TYPE);
            }
            p.expect(R_ANGLE);
            p.close(a, TYPE_ANCHOR);
            p.close(m, PATH_SEGMENT);
            return;
        }
        if (first && p.at(COLON2)) {
            p.bump(COLON2);
        }
        SyntaxKind k = p.current();
        if (isSegmentStart(k)) {
            GrammarItems.nameRef(p);
        } else if (k == DOLLAR && p.nthContextual(1, "crate")) {
            int n = p.open();
            p.bump(DOLLAR);
            p.bumpAny();
            p.close(n, NAME_REF);
        } else {
            p.errorExpected("identifier");
            p.close(m, PATH_SEGMENT);
            return;
        }
        switch (mode) {
            case USE -> {
            }
            case TYPE -> {
                if (p.at(COLON2) && p.nth(2) == L_ANGLE) {
                    genericArgs(p, true);
                } else if (p.at(L_ANGLE) && !p.at(LTEQ) && !p.at(SHLEQ)) {
                    genericArgs(p, false);
                } else if (p.at(L_PAREN)) {
                    if (p.nthAt(1, DOT2) && p.nth(3) == R_PAREN) {
                        int r = p.open();
                        p.bump(L_PAREN);
                        p.bump(DOT2);
                        p.bump(R_PAREN);
                        p.close(r, RETURN_TYPE_SYNTAX);
                    } else {
                        parenthesizedArgs(p);
                        GrammarItems.retType(p, false);
                    }
                } else if (p.at(COLON2) && p.nth(2) == L_PAREN) {
                    p.bump(COLON2);
                    parenthesizedArgs(p);
                    GrammarItems.retType(p, false);
                }
            }
            case EXPR -> {
                if (p.at(COLON2) && p.nth(2) == L_ANGLE) {
                    genericArgs(p, true);
                }
            }
        }
        p.close(m, PATH_SEGMENT);
    }

    static void parenthesizedArgs(Parser p) {
        int m = p.open();
        p.bump(L_PAREN);
        while (!p.atEof() && !p.at(R_PAREN)) {
            int a = p.open();
            int before = p.pos;
            GrammarTypes.type(p);
            p.close(a, TYPE_ARG);
            if (p.pos == before) {
                break;
            }
            if (!p.at(R_PAREN) && !p.expect(COMMA)) {
                break;
            }
        }
        p.expect(R_PAREN);
        p.close(m, PARENTHESIZED_ARG_LIST);
    }

    /** Generic args {@code ::? < ... >}. */
    static void genericArgs(Parser p, boolean turbofish) {
        int m = p.open();
        if (turbofish) {
            p.bump(COLON2);
        }
        p.bump(L_ANGLE);
        while (!p.atEof() && !p.at(R_ANGLE)) {
            int before = p.pos;
            genericArg(p);
            if (p.pos == before) {
                p.errorExpected();
                break;
            }
            if (!p.at(R_ANGLE) && !p.expect(COMMA)) {
                break;
            }
        }
        p.expect(R_ANGLE);
        p.close(m, GENERIC_ARG_LIST);
    }

    static void genericArg(Parser p) {
        SyntaxKind k = p.current();
        int m = p.open();
        if (k == LIFETIME_IDENT) {
            GrammarTypes.lifetime(p);
            p.close(m, LIFETIME_ARG);
            return;
        }
        if (k == IDENT && isAssocArg(p)) {
            GrammarItems.nameRef(p);
            if (p.at(L_ANGLE)) {
                genericArgs(p, false);
            } else if (p.at(L_PAREN)) {
                if (p.nthAt(1, DOT2) && p.nth(3) == R_PAREN) {
                    int r = p.open();
                    p.bump(L_PAREN);
                    p.bump(DOT2);
                    p.bump(R_PAREN);
                    p.close(r, RETURN_TYPE_SYNTAX);
                } else {
                    parenthesizedArgs(p);
                    GrammarItems.retType(p, false);
                }
            }
            if (p.at(EQ)) {
                p.bump(EQ);
                if (p.at(L_CURLY) || p.current().isLiteral() || p.at(MINUS) || p.at(TRUE_KW) || p.at(FALSE_KW)) {
                    GrammarTypes.constArg(p);
                } else {
                    GrammarTypes.type(p);
                }
            } else if (p.at(COLON)) {
                p.bump(COLON);
                GrammarTypes.boundsOpt(p);
            }
            p.close(m, ASSOC_TYPE_ARG);
            return;
        }
        if (k == L_CURLY || k.isLiteral() || k == TRUE_KW || k == FALSE_KW || (k == MINUS && p.nth(1).isLiteral())) {
            GrammarTypes.constArgInner(p);
            p.close(m, CONST_ARG);
            return;
        }
        GrammarTypes.type(p);
        p.close(m, TYPE_ARG);
    }

    /** {@code Name =}, {@code Name:}, {@code Name<..> =}, {@code Name(..):} start an associated item arg. */
    private static boolean isAssocArg(Parser p) {
        SyntaxKind k1 = p.nth(1);
        if (k1 == EQ && !p.nthAt(1, EQ2) && !p.nthAt(1, FAT_ARROW)) {
            return true;
        }
        if (k1 == COLON && !p.nthAt(1, COLON2)) {
            return true;
        }
        if (k1 == L_ANGLE || k1 == L_PAREN) {
            // scan to the matching close
            SyntaxKind open = k1;
            SyntaxKind close = open == L_ANGLE ? R_ANGLE : R_PAREN;
            int depth = 0;
            int i = 1;
            for (; i < 4096; i++) {
                SyntaxKind k = p.nth(i);
                if (k == EOF || k == SEMICOLON || k == L_CURLY) {
                    return false;
                }
                if (k == open) {
                    depth++;
                } else if (k == close) {
                    depth--;
                    if (depth == 0) {
                        break;
                    }
                }
            }
            SyntaxKind after = p.nth(i + 1);
            return (after == EQ && !p.nthAt(i + 1, EQ2)) || (after == COLON && !p.nthAt(i + 1, COLON2));
        }
        return false;
    }
}
