package rac.syntax;

import static rac.syntax.SyntaxKind.*;

import rac.base.Edition;

/** Grammar of types, bounds and lifetimes. */
final class GrammarTypes {
    private GrammarTypes() {
    }

    static boolean atTypeStart(Parser p) {
        SyntaxKind k = p.current();
        return switch (k) {
            case L_PAREN, BANG, STAR, L_BRACK, AMP, UNDERSCORE, FN_KW, UNSAFE_KW, EXTERN_KW, FOR_KW, IMPL_KW,
                 DYN_KW, L_ANGLE, IDENT, SELF_KW, SUPER_KW, CRATE_KW, SELF_TYPE_KW, QUESTION, LIFETIME_IDENT,
                 ASYNC_KW, CONST_KW -> true;
            case COLON -> p.at(COLON2);
            default -> p.at(AMP2);
        };
    }

    static void type(Parser p) {
        type(p, true);
    }

    /** A type where {@code +} is not allowed to continue it (e.g. after {@code &} or {@code ->}). */
    static void typeNoBounds(Parser p, boolean unused) {
        type(p, false);
    }

    static void type(Parser p, boolean allowBounds) {
        SyntaxKind k = p.current();
        int m = p.open();
        switch (k) {
            case L_PAREN -> {
                p.bump(L_PAREN);
                int n = 0;
                boolean trailingComma = false;
                while (!p.atEof() && !p.at(R_PAREN)) {
                    int before = p.pos;
                    type(p);
                    n++;
                    trailingComma = false;
                    if (p.pos == before) {
                        break;
                    }
                    if (!p.at(R_PAREN)) {
                        if (!p.expect(COMMA)) {
                            break;
                        }
                        trailingComma = true;
                    }
                }
                p.expect(R_PAREN);
                if (n == 1 && !trailingComma) {
                    p.close(m, PAREN_TYPE);
                    if (allowBounds && p.at(PLUS)) {
                        boundsAfter(p, m);
                    }
                } else {
                    p.close(m, TUPLE_TYPE);
                }
            }
            case BANG -> {
                p.bump(BANG);
                p.close(m, NEVER_TYPE);
            }
            case STAR -> {
                TextRange star = p.currentRange();
                p.bump(STAR);
                if (p.at(CONST_KW) || p.at(MUT_KW)) {
                    p.bumpAny();
                } else {
                    p.error(SyntaxError.of("expected `mut` or `const` keyword in raw pointer type", star)
                            .withHelp("add `mut` or `const` here"));
                }
                type(p, false);
                p.close(m, PTR_TYPE);
            }
            case L_BRACK -> {
                p.bump(L_BRACK);
                type(p);
                if (p.at(SEMICOLON)) {
                    p.bump(SEMICOLON);
                    int c = p.open();
                    GrammarExprs.expr(p);
                    p.close(c, CONST_ARG);
                    p.expect(R_BRACK);
                    p.close(m, ARRAY_TYPE);
                } else {
                    p.expect(R_BRACK);
                    p.close(m, SLICE_TYPE);
                }
            }
            case AMP -> {
                p.bump(AMP);
                if (p.at(LIFETIME_IDENT)) {
                    lifetime(p);
                }
                p.eat(MUT_KW);
                type(p, false);
                p.close(m, REF_TYPE);
            }
            case UNDERSCORE -> {
                p.bump(UNDERSCORE);
                p.close(m, INFER_TYPE);
            }
            case FN_KW, UNSAFE_KW, EXTERN_KW -> {
                fnPtr(p, m);
            }
            case FOR_KW -> {
                p.bump(FOR_KW);
                GrammarItems.genericParams(p);
                if (p.at(FN_KW) || p.at(UNSAFE_KW) || p.at(EXTERN_KW)) {
                    int f = p.open();
                    fnPtr(p, f);
                    p.close(m, FOR_TYPE);
                } else {
                    // for<'a> Trait: a bare trait object bound
                    int t = p.open();
                    GrammarPaths.path(p, GrammarPaths.Mode.TYPE);
                    p.close(t, PATH_TYPE);
                    p.close(m, FOR_TYPE);
                    if (allowBounds && p.at(PLUS)) {
                        boundsAfter(p, m);
                    }
                }
            }
            case IMPL_KW -> {
                p.bump(IMPL_KW);
                bounds(p, allowBounds);
                p.close(m, IMPL_TRAIT_TYPE);
            }
            case DYN_KW -> {
                p.bump(DYN_KW);
                bounds(p, allowBounds);
                p.close(m, DYN_TRAIT_TYPE);
            }
            case LIFETIME_IDENT -> {
                p.error(SyntaxError.of("expected type, found lifetime", p.currentRange()).withLabel("expected type"));
                bounds(p, allowBounds);
                p.close(m, DYN_TRAIT_TYPE);
            }
            case QUESTION -> {
                // bare bounds in type position, e.g. `Box<?Sized>` (invalid) or `&'a (dyn X + 'a)`
                bounds(p, allowBounds);
                p.close(m, DYN_TRAIT_TYPE);
            }
            default -> {
                if (k == IDENT && p.atContextual("dyn") && !p.edition().atLeast(Edition.E2018)
                        && isDyn2015(p)) {
                    p.bumpRemap(DYN_KW);
                    bounds(p, allowBounds);
                    p.close(m, DYN_TRAIT_TYPE);
                    return;
                }
                if (GrammarPaths.atPathStart(p)) {
                    GrammarPaths.path(p, GrammarPaths.Mode.TYPE);
                    if (p.at(BANG) && !p.at(NEQ)) {
                        int mc = m;
                        p.bump(BANG);
                        if (GrammarItems.atDelimOpen(p)) {
                            GrammarItems.tokenTree(p);
                        } else {
                            p.errorExpected();
                        }
                        p.close(mc, MACRO_CALL);
                        p.close(m, MACRO_TYPE);
                        return;
                    }
                    p.close(m, PATH_TYPE);
                    if (allowBounds && p.at(PLUS)) {
                        boundsAfter(p, m);
                    }
                } else {
                    p.errorExpected("type");
                }
            }
        }
    }

    private static boolean isDyn2015(Parser p) {
        SyntaxKind n = p.nth(1);
        return (n == IDENT && !p.nthAt(1, COLON2)) || n == LIFETIME_IDENT || n == QUESTION || n == FOR_KW
                || n == L_PAREN || n == COLON && p.nthAt(1, COLON2) && false;
    }

    /** {@code T + Bound + 'a}: turns the type already at {@code m} into a bare trait object. */
    private static void boundsAfter(Parser p, int m) {
        // wrap the first type as a bound, then continue the list
        p.close(m, TYPE_BOUND);
        while (p.at(PLUS)) {
            p.bump(PLUS);
            if (!atBoundStart(p)) {
                break;
            }
            bound(p);
        }
        p.close(m, TYPE_BOUND_LIST);
        p.close(m, DYN_TRAIT_TYPE);
    }

    private static void fnPtr(Parser p, int m) {
        if (p.at(UNSAFE_KW)) {
            p.bump(UNSAFE_KW);
        }
        if (p.at(EXTERN_KW)) {
            int a = p.open();
            p.bump(EXTERN_KW);
            if (p.at(STRING)) {
                p.bump(STRING);
            }
            p.close(a, ABI);
        }
        if (!p.expect(FN_KW)) {
            p.close(m, FN_PTR_TYPE);
            return;
        }
        if (p.at(L_PAREN)) {
            GrammarItems.paramList(p, GrammarItems.ParamFlavor.FN_PTR);
        } else {
            p.errorExpected();
        }
        GrammarItems.retType(p, false);
        p.close(m, FN_PTR_TYPE);
    }

    static void lifetime(Parser p) {
        int m = p.open();
        p.bump(LIFETIME_IDENT);
        p.close(m, LIFETIME);
    }

    /** {@code 'a + 'b}, as a TYPE_BOUND_LIST. */
    static void lifetimeBounds(Parser p) {
        int m = p.open();
        while (p.at(LIFETIME_IDENT)) {
            int b = p.open();
            lifetime(p);
            p.close(b, TYPE_BOUND);
            if (!p.eat(PLUS)) {
                break;
            }
        }
        p.close(m, TYPE_BOUND_LIST);
    }

    static boolean atBoundStart(Parser p) {
        SyntaxKind k = p.current();
        return k == LIFETIME_IDENT || k == QUESTION || k == TILDE || k == FOR_KW || k == L_PAREN
                || k == CONST_KW || k == ASYNC_KW || k == USE_KW || k == BANG || k == L_BRACK
                || GrammarPaths.atPathStart(p);
    }

    /** An optional bound list (possibly empty), e.g. after {@code T:}. */
    static void boundsOpt(Parser p) {
        int m = p.open();
        boundListItems(p, true);
        p.close(m, TYPE_BOUND_LIST);
    }

    private static void bounds(Parser p, boolean allowPlus) {
        int m = p.open();
        boundListItems(p, allowPlus);
        p.close(m, TYPE_BOUND_LIST);
    }

    private static void boundListItems(Parser p, boolean allowPlus) {
        while (atBoundStart(p)) {
            bound(p);
            if (!allowPlus || !p.eat(PLUS)) {
                break;
            }
        }
    }

    static void bound(Parser p) {
        int m = p.open();
        if (p.at(LIFETIME_IDENT)) {
            lifetime(p);
            p.close(m, TYPE_BOUND);
            return;
        }
        if (p.at(USE_KW)) {
            p.bump(USE_KW);
            int g = p.open();
            p.expect(L_ANGLE);
            while (!p.atEof() && !p.at(R_ANGLE)) {
                if (p.at(LIFETIME_IDENT)) {
                    lifetime(p);
                } else if (p.at(IDENT) || p.at(SELF_TYPE_KW)) {
                    GrammarItems.nameRef(p);
                } else {
                    p.errorExpected();
                    break;
                }
                if (!p.at(R_ANGLE) && !p.expect(COMMA)) {
                    break;
                }
            }
            p.expect(R_ANGLE);
            p.close(g, USE_BOUND_GENERIC_ARGS);
            p.close(m, TYPE_BOUND);
            return;
        }
        boolean paren = p.at(L_PAREN);
        if (paren) {
            p.bump(L_PAREN);
        }
        // modifiers: `~const`, `const`, `[const]`, `async`, `?`, `!`
        while (true) {
            if (p.at(TILDE) && p.nth(1) == CONST_KW) {
                p.bump(TILDE);
                p.bump(CONST_KW);
            } else if (p.at(L_BRACK) && p.nth(1) == CONST_KW && p.nth(2) == R_BRACK) {
                p.bump(L_BRACK);
                p.bump(CONST_KW);
                p.bump(R_BRACK);
            } else if (p.at(CONST_KW) || p.at(ASYNC_KW) || p.at(QUESTION) || p.at(BANG)) {
                p.bumpAny();
            } else {
                break;
            }
        }
        int t = p.open();
        if (p.at(FOR_KW)) {
            p.bump(FOR_KW);
            GrammarItems.genericParams(p);
            int pt = p.open();
            GrammarPaths.path(p, GrammarPaths.Mode.TYPE);
            p.close(pt, PATH_TYPE);
            p.close(t, FOR_TYPE);
        } else if (GrammarPaths.atPathStart(p)) {
            GrammarPaths.path(p, GrammarPaths.Mode.TYPE);
            p.close(t, PATH_TYPE);
        } else {
            p.errorExpected("type");
        }
        if (paren) {
            p.expect(R_PAREN);
        }
        p.close(m, TYPE_BOUND);
    }

    /** A const generic argument or array length: CONST_ARG { expr }. */
    static void constArg(Parser p) {
        int m = p.open();
        constArgInner(p);
        p.close(m, CONST_ARG);
    }

    static void constArgInner(Parser p) {
        if (p.at(L_CURLY)) {
            GrammarExprs.blockExpr(p);
        } else if (p.at(MINUS)) {
            int m = p.open();
            p.bump(MINUS);
            GrammarExprs.literal(p);
            p.close(m, PREFIX_EXPR);
        } else if (p.current().isLiteral() || p.at(TRUE_KW) || p.at(FALSE_KW)) {
            GrammarExprs.literal(p);
        } else {
            GrammarExprs.expr(p);
        }
    }
}
