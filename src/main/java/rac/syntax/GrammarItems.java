package rac.syntax;

import static rac.syntax.SyntaxKind.*;

import rac.base.Edition;

/** Grammar of the source file, items, attributes, visibility, generics and token trees. */
final class GrammarItems {
    private GrammarItems() {
    }

    /** Parses a whole file; the SOURCE_FILE root itself is made by the parser at the end. */
    static void sourceFile(Parser p) {
        innerAttrs(p);
        while (!p.atEof()) {
            if (p.at(R_CURLY)) {
                p.errorAndBump("unexpected closing delimiter: `}`");
                continue;
            }
            if (!item(p, false)) {
                notAnItem(p);
            }
        }
    }

    /** Reports a non-item at the top level or in a module, then skips to the next item. */
    static void notAnItem(Parser p) {
        if (p.at(IDENT) && (p.nth(1) == L_PAREN || p.nth(1) == L_ANGLE || p.nth(1) == L_CURLY)) {
            // rustc's guesses for `foo() {}`, `foo<T>`, `Foo {}` without a keyword
            String msg = switch (p.nth(1)) {
                case L_PAREN -> "missing `fn` for function definition";
                case L_ANGLE -> "missing `fn` or `struct` for function or struct definition";
                default -> "missing `enum` or `struct` for enum or struct definition";
            };
            p.error(SyntaxError.of(msg, TextRange.empty(p.currentStart())));
            recoverItem(p);
            return;
        }
        if (GrammarPaths.atPathStart(p) && !p.at(L_ANGLE)) {
            // rustc reads a path here as the start of a macro call
            int m = p.open();
            GrammarPaths.path(p, GrammarPaths.Mode.USE);
            p.errorExpectedOneOf(java.util.List.of("`!`", "`::`"));
            p.close(m, ERROR_NODE);
        } else {
            p.error(p.placeExpected("expected item, found " + p.foundDescription(), "expected item")
                    .withNote("for a full list of items that can appear in modules, see <https://doc.rust-lang.org/reference/items.html>"));
        }
        recoverItem(p);
    }

    /** Skips tokens until something that can start an item. */
    static void recoverItem(Parser p) {
        if (p.atEof() || atItemStart(p)) {
            return;
        }
        int m = p.open();
        if (p.at(L_CURLY) || p.at(L_PAREN) || p.at(L_BRACK)) {
            tokenTree(p);
        } else {
            p.bumpAny();
        }
        while (!p.atEof() && !atItemStart(p) && !p.at(R_CURLY) && !p.at(POUND)) {
            if (p.at(L_CURLY) || p.at(L_PAREN) || p.at(L_BRACK)) {
                tokenTree(p);
            } else {
                p.bumpAny();
            }
        }
        p.close(m, ERROR_NODE);
    }

    // ------------------------------------------------------------------ attributes

    static void innerAttrs(Parser p) {
        p.allowInnerDocsBeforeCurrent();
        while (p.at(POUND) && p.nth(1) == BANG && p.nthAt(2, L_BRACK)) {
            attr(p, true);
            p.allowInnerDocsBeforeCurrent();
        }
    }

    static void outerAttrs(Parser p) {
        while (p.at(POUND) && p.nth(1) == L_BRACK) {
            attr(p, false);
        }
    }

    static void attr(Parser p, boolean inner) {
        int m = p.open();
        p.bump(POUND);
        if (inner) {
            p.bump(BANG);
        }
        if (p.at(L_BRACK)) {
            p.bump(L_BRACK);
            meta(p);
            if (!p.eat(R_BRACK)) {
                p.errorExpected();
                while (!p.atEof() && !p.at(R_BRACK) && !atItemStart(p)) {
                    if (p.at(L_PAREN) || p.at(L_CURLY) || p.at(L_BRACK)) {
                        tokenTree(p);
                    } else {
                        p.bumpAny();
                    }
                }
                p.eat(R_BRACK);
            }
        } else {
            p.errorExpected();
        }
        p.close(m, ATTR);
    }

    static void meta(Parser p) {
        int m = p.open();
        boolean isUnsafe = p.at(UNSAFE_KW) && p.nth(1) == L_PAREN;
        if (isUnsafe) {
            p.bump(UNSAFE_KW);
            p.bump(L_PAREN);
        }
        GrammarPaths.path(p, GrammarPaths.Mode.USE);
        if (p.at(EQ) && !p.at(EQ2)) {
            p.bump(EQ);
            GrammarExprs.expr(p);
        } else if (p.at(L_PAREN) || p.at(L_BRACK) || p.at(L_CURLY)) {
            tokenTree(p);
        }
        if (isUnsafe) {
            p.expect(R_PAREN);
        }
        p.close(m, META);
    }

    // ------------------------------------------------------------------ token trees

    static boolean atDelimOpen(Parser p) {
        SyntaxKind k = p.current();
        return k == L_PAREN || k == L_BRACK || k == L_CURLY;
    }

    /** Parses a delimited token tree; the current token must be an opening delimiter. */
    static void tokenTree(Parser p) {
        p.enterTokenTree();
        try {
            tokenTreeInner(p);
        } finally {
            p.exitTokenTree();
        }
    }

    private static void tokenTreeInner(Parser p) {
        int m = p.open();
        SyntaxKind open = p.current();
        SyntaxKind close = open == L_PAREN ? R_PAREN : open == L_BRACK ? R_BRACK : R_CURLY;
        TextRange openRange = p.currentRange();
        p.bumpAny();
        while (!p.atEof()) {
            SyntaxKind k = p.current();
            if (k == close) {
                p.bumpAny();
                p.close(m, TOKEN_TREE);
                return;
            }
            if (k == L_PAREN || k == L_BRACK || k == L_CURLY) {
                tokenTreeInner(p);
            } else if (k == R_PAREN || k == R_BRACK || k == R_CURLY) {
                // mismatched closing delimiter: leave it for an outer tree if one expects it
                p.error(SyntaxError.of("mismatched closing delimiter: `" + k.fixedText() + "`", p.currentRange())
                        .withLabel("mismatched closing delimiter")
                        .withSecondary(openRange, "unclosed delimiter"));
                p.close(m, TOKEN_TREE);
                return;
            } else {
                p.bumpAny();
            }
        }
        p.error(SyntaxError.of("this file contains an unclosed delimiter", p.currentRange())
                .withSecondary(openRange, "unclosed delimiter"));
        p.close(m, TOKEN_TREE);
    }

    // ------------------------------------------------------------------ visibility

    /** Parses an optional visibility; returns whether one was present. */
    static boolean visibility(Parser p) {
        if (p.at(PUB_KW)) {
            int m = p.open();
            p.bump(PUB_KW);
            if (p.at(L_PAREN)) {
                SyntaxKind k1 = p.nth(1);
                if ((k1 == CRATE_KW || k1 == SELF_KW || k1 == SUPER_KW) && p.nth(2) == R_PAREN) {
                    p.bump(L_PAREN);
                    GrammarPaths.path(p, GrammarPaths.Mode.USE);
                    p.bump(R_PAREN);
                } else if (k1 == IN_KW) {
                    p.bump(L_PAREN);
                    p.bump(IN_KW);
                    GrammarPaths.path(p, GrammarPaths.Mode.USE);
                    p.expect(R_PAREN);
                }
            }
            p.close(m, VISIBILITY);
            return true;
        }
        if (p.at(CRATE_KW) && p.nth(1) != COLON && !(p.nth(1) == COLON && p.joint(1))) {
            // `crate` visibility (unstable `crate_visibility_modifier`, removed): treat `crate fn` as error-free? No:
            // rustc rejects it, so only accept `crate::` paths elsewhere.
            return false;
        }
        return false;
    }

    // ------------------------------------------------------------------ items

    /** Whether the current tokens start an item (used by statements and recovery). */
    static boolean atItemStart(Parser p) {
        int i = 0;
        SyntaxKind k = p.nth(0);
        if (k == PUB_KW) {
            return true;
        }
        // modifiers
        while (true) {
            k = p.nth(i);
            if (k == CONST_KW) {
                SyntaxKind n = p.nth(i + 1);
                if (n == L_CURLY || n == PIPE || n == MOVE_KW || (n == PIPE) || n == STATIC_KW) {
                    return false; // const block / const closure
                }
                if (n == IDENT || n == UNDERSCORE) {
                    return true;
                }
                i++;
                continue;
            }
            if (k == ASYNC_KW) {
                SyntaxKind n = p.nth(i + 1);
                if (n == L_CURLY || n == MOVE_KW || n == PIPE) {
                    return false;
                }
                i++;
                continue;
            }
            if (k == UNSAFE_KW) {
                if (p.nth(i + 1) == L_CURLY) {
                    return false;
                }
                i++;
                continue;
            }
            if (k == IDENT && (p.nthContextual(i, "default") || p.nthContextual(i, "safe"))
                    && isItemKeyword(p, i + 1)) {
                i++;
                continue;
            }
            if (k == EXTERN_KW) {
                SyntaxKind n = p.nth(i + 1);
                if (n == STRING) {
                    i += 2;
                    continue;
                }
                return true; // extern crate / extern fn / extern {}
            }
            break;
        }
        return isItemKeyword(p, i) || (i > 0 && p.nth(i) == L_CURLY);
    }

    private static boolean isItemKeyword(Parser p, int i) {
        SyntaxKind k = p.nth(i);
        switch (k) {
            case FN_KW, STRUCT_KW, ENUM_KW, TRAIT_KW, IMPL_KW, TYPE_KW, MOD_KW, USE_KW, EXTERN_KW:
                return true;
            case STATIC_KW:
                // `static` closures / coroutines are expressions
                return p.nth(i + 1) == IDENT || p.nth(i + 1) == MUT_KW;
            case CONST_KW:
                return p.nth(i + 1) != L_CURLY;
            case MACRO_KW:
                return p.nth(i + 1) == IDENT;
            case IDENT:
                if (p.nthContextual(i, "union")) {
                    return p.nth(i + 1) == IDENT;
                }
                if (p.nthContextual(i, "auto")) {
                    return p.nth(i + 1) == TRAIT_KW;
                }
                if (p.nthContextual(i, "macro_rules")) {
                    return p.nth(i + 1) == BANG && p.nth(i + 2) == IDENT;
                }
                return false;
            default:
                return false;
        }
    }

    /**
     * Parses an item (with its outer attributes) if one starts here. In statement position
     * ({@code inStmt}) only what is surely an item is taken. Returns false without consuming
     * anything if no item starts here.
     */
    static boolean item(Parser p, boolean inStmt) {
        int m = p.openItem();
        outerAttrs(p);
        boolean hadAttrs = p.sizeSince(m) > 0;
        SyntaxKind kind = itemRest(p, m, inStmt);
        if (kind == null) {
            if (hadAttrs) {
                if (p.atEof() || p.at(R_CURLY)) {
                    p.error("expected item after attributes");
                } else {
                    p.errorExpected("item");
                }
                p.close(m, ERROR_NODE);
                return true;
            }
            return false;
        }
        return true;
    }

    /** Parses an item's body after attributes; returns its kind or null if it is not an item. */
    static SyntaxKind itemRest(Parser p, int m, boolean inStmt) {
        boolean hasVis = visibility(p);
        // macros
        if (!hasVis && p.atContextual("macro_rules") && p.nth(1) == BANG && (p.nth(2) == IDENT || p.nth(2).isKeyword())) {
            p.bumpRemap(MACRO_RULES_KW);
            p.bump(BANG);
            name(p);
            if (atDelimOpen(p)) {
                SyntaxKind open = p.current();
                tokenTree(p);
                if (open != L_CURLY) {
                    p.expect(SEMICOLON);
                }
            } else {
                p.errorExpected();
            }
            p.close(m, MACRO_RULES);
            return MACRO_RULES;
        }
        if (!hasVis && !inStmt && atMacroCallStart(p)) {
            macroCallItem(p, m);
            return MACRO_CALL;
        }
        if (p.at(MACRO_KW) && p.nth(1) == IDENT) {
            p.bump(MACRO_KW);
            name(p);
            if (p.at(L_PAREN)) {
                tokenTree(p);
            }
            if (p.at(L_CURLY)) {
                tokenTree(p);
            } else {
                p.errorExpected();
            }
            p.close(m, MACRO_DEF);
            return MACRO_DEF;
        }
        // modifiers
        boolean sawDefault = false;
        if (p.atContextual("default") && (isItemKeyword(p, 1) || p.nth(1) == UNSAFE_KW || p.nth(1) == ASYNC_KW
                || p.nth(1) == CONST_KW || p.nth(1) == EXTERN_KW || p.nth(1) == PUB_KW)) {
            p.bumpRemap(DEFAULT_KW);
            sawDefault = true;
        }
        // `safe` in extern blocks
        if (p.atContextual("safe") && (p.nth(1) == FN_KW || p.nth(1) == STATIC_KW)) {
            p.bumpRemap(SAFE_KW);
        }
        boolean sawConst = false;
        boolean sawAsync = false;
        boolean sawUnsafe = false;
        boolean sawExtern = false;
        // const fn / const unsafe fn / async fn / unsafe fn / extern "C" fn / unsafe impl / unsafe trait
        while (true) {
            if (p.at(CONST_KW) && (p.nth(1) == FN_KW || p.nth(1) == UNSAFE_KW || p.nth(1) == ASYNC_KW
                    || p.nth(1) == EXTERN_KW || p.nth(1) == IMPL_KW || p.nth(1) == TRAIT_KW
                    || (p.nthContextual(1, "auto") && p.nth(2) == TRAIT_KW))) {
                p.bump(CONST_KW);
                sawConst = true;
            } else if (p.at(ASYNC_KW) && !(p.nth(1) == L_CURLY || p.nth(1) == MOVE_KW || p.nth(1) == PIPE)) {
                p.bump(ASYNC_KW);
                sawAsync = true;
            } else if (p.at(GEN_KW) && p.nth(1) == FN_KW) {
                p.bump(GEN_KW);
            } else if (p.at(UNSAFE_KW) && p.nth(1) != L_CURLY) {
                p.bump(UNSAFE_KW);
                sawUnsafe = true;
            } else if (p.atContextual("safe") && (p.nth(1) == FN_KW || p.nth(1) == STATIC_KW)) {
                p.bumpRemap(SAFE_KW);
            } else if (p.at(EXTERN_KW) && p.nth(1) != CRATE_KW && !sawExtern) {
                // extern "abi" fn / extern block
                int a = p.open();
                p.bump(EXTERN_KW);
                if (p.at(STRING)) {
                    p.bump(STRING);
                }
                p.close(a, ABI);
                sawExtern = true;
                if (p.at(L_CURLY)) {
                    externItemList(p);
                    p.close(m, EXTERN_BLOCK);
                    return EXTERN_BLOCK;
                }
            } else {
                break;
            }
        }
        SyntaxKind k = p.current();
        switch (k) {
            case FN_KW -> {
                fn(p, m);
                return FN;
            }
            case STRUCT_KW -> {
                p.bump(STRUCT_KW);
                structRest(p, m, STRUCT);
                return STRUCT;
            }
            case ENUM_KW -> {
                enumRest(p, m);
                return ENUM;
            }
            case USE_KW -> {
                useItem(p, m);
                return USE;
            }
            case MOD_KW -> {
                moduleItem(p, m);
                return MODULE;
            }
            case TYPE_KW -> {
                typeAlias(p, m);
                return TYPE_ALIAS;
            }
            case TRAIT_KW -> {
                return traitRest(p, m);
            }
            case IMPL_KW -> {
                implRest(p, m);
                return IMPL;
            }
            case CONST_KW -> {
                constOrStatic(p, m, CONST);
                return CONST;
            }
            case STATIC_KW -> {
                if (p.nth(1) == IDENT || p.nth(1) == MUT_KW || p.nth(1) == UNDERSCORE || !inStmt) {
                    constOrStatic(p, m, STATIC);
                    return STATIC;
                }
                return null;
            }
            case EXTERN_KW -> {
                if (p.nth(1) == CRATE_KW) {
                    externCrate(p, m);
                    return EXTERN_CRATE;
                }
                return null;
            }
            case IDENT -> {
                if (p.atContextual("union") && p.nth(1) == IDENT) {
                    p.bumpRemap(UNION_KW);
                    structRest(p, m, UNION);
                    return UNION;
                }
                if (p.atContextual("auto") && p.nth(1) == TRAIT_KW) {
                    p.bumpRemap(AUTO_KW);
                    return traitRest(p, m);
                }
            }
            default -> {
            }
        }
        if (sawExtern && p.at(L_CURLY)) {
            externItemList(p);
            p.close(m, EXTERN_BLOCK);
            return EXTERN_BLOCK;
        }
        if (hasVis || sawDefault || sawConst || sawAsync || sawUnsafe || sawExtern) {
            if (hasVis && atMacroCallStart(p)) {
                macroCallItem(p, m);
                return MACRO_CALL;
            }
            p.errorExpected("item");
            p.close(m, ERROR_NODE);
            return ERROR_NODE;
        }
        return null;
    }

    static boolean atMacroCallStart(Parser p) {
        // path ! (ident)? delim
        int i = 0;
        if (p.nthAt(0, COLON2)) {
            i = 2;
        }
        while (true) {
            SyntaxKind k = p.nth(i);
            if (k != IDENT && k != SELF_KW && k != SUPER_KW && k != CRATE_KW) {
                return false;
            }
            i++;
            if (p.nthAt(i, COLON2)) {
                i += 2;
                continue;
            }
            break;
        }
        return p.nth(i) == BANG && !p.nthAt(i, NEQ);
    }

    /** A macro call in item position: {@code path! tt ;?} (with an optional ident: {@code m! name {}}). */
    static void macroCallItem(Parser p, int m) {
        GrammarPaths.path(p, GrammarPaths.Mode.USE);
        p.bump(BANG);
        if (atDelimOpen(p)) {
            SyntaxKind open = p.current();
            tokenTree(p);
            if (open != L_CURLY) {
                if (!p.eat(SEMICOLON)) {
                    p.error(SyntaxError.of("macros that expand to items must be delimited with braces or followed by a semicolon",
                            p.prevRange()));
                }
            }
        } else {
            p.errorExpectedOneOf(java.util.List.of("`(`", "`[`", "`{`"));
        }
        p.close(m, MACRO_CALL);
    }

    static void name(Parser p) {
        if (p.at(IDENT)) {
            int m = p.open();
            p.bump(IDENT);
            p.close(m, NAME);
        } else {
            p.errorExpected("identifier");
        }
    }

    static void nameR(Parser p) {
        name(p);
    }

    static void nameRef(Parser p) {
        int m = p.open();
        p.bumpAny();
        p.close(m, NAME_REF);
    }

    // ------------------------------------------------------------------ fn

    static void fn(Parser p, int m) {
        p.bump(FN_KW);
        name(p);
        genericParams(p);
        boolean traitFn = p.inTraitItems;
        if (p.at(L_PAREN)) {
            paramList(p, traitFn && is2015(p) ? ParamFlavor.TRAIT_FN_2015 : ParamFlavor.FN);
        } else if (p.at(THIN_ARROW) || p.at(L_CURLY) || p.at(WHERE_KW)) {
            // rustc's recovery: `fn f -> T {` / `fn f {` is a definition whose `()` was forgotten.
            TextRange at = TextRange.empty(p.prevRange().end());
            p.error(SyntaxError.of("missing parameters for function definition", at)
                    .withSuggestion("add a parameter list", at, "()"));
        } else {
            p.errorExpected();
        }
        retType(p);
        whereClause(p);
        if (p.current() == SEMICOLON) {
            p.bump(SEMICOLON);
        } else if (p.at(L_CURLY)) {
            p.inTraitItems = false;
            GrammarExprs.blockExpr(p);
            p.inTraitItems = traitFn;
        } else {
            p.errorExpected();
        }
        p.close(m, FN);
    }

    /** A return type {@code -> T}; fn items allow {@code -> impl A + B}. */
    static void retType(Parser p) {
        retType(p, true);
    }

    static void retType(Parser p, boolean allowPlus) {
        if (p.at(THIN_ARROW)) {
            int m = p.open();
            p.bump(THIN_ARROW);
            GrammarTypes.type(p, allowPlus);
            p.close(m, RET_TYPE);
        }
    }

    /** What kind of parameter list: TRAIT_FN_2015 is a trait method's in edition 2015 (anonymous parameters). */
    enum ParamFlavor { FN, TRAIT_FN_2015, CLOSURE, FN_PTR }

    /** Parses a parameter list: {@code ( ... )} for fns and fn pointers, {@code | ... |} for closures. */
    static void paramList(Parser p, ParamFlavor flavor) {
        int m = p.open();
        SyntaxKind close;
        if (flavor == ParamFlavor.CLOSURE) {
            if (p.at(PIPE2)) {
                p.bump(PIPE2);
                p.close(m, PARAM_LIST);
                return;
            }
            p.bump(PIPE);
            close = PIPE;
        } else {
            p.bump(L_PAREN);
            close = R_PAREN;
        }
        boolean first = true;
        while (!p.atEof() && !p.at(close)) {
            if (close == R_PAREN && (p.at(R_CURLY) || p.at(L_CURLY) && p.nth(1) != R_CURLY && false)) {
                break;
            }
            int pm = p.open();
            outerAttrs(p);
            if ((flavor == ParamFlavor.FN || flavor == ParamFlavor.TRAIT_FN_2015) && atSelfParam(p)) {
                TextRange selfStart = p.currentRange();
                selfParam(p);
                p.close(pm, SELF_PARAM);
                if (!first) {
                    p.error(SyntaxError.of("unexpected `self` parameter in function",
                            new TextRange(selfStart.start(), p.prevRange().end()))
                            .withLabel("must be the first parameter of an associated function"));
                }
            } else if (p.at(DOT3)) {
                p.bump(DOT3);
                p.close(pm, PARAM);
            } else {
                int before = p.pos;
                param(p, flavor);
                p.close(pm, PARAM);
                if (p.pos == before) {
                    p.errorExpected();
                    if (!p.at(close) && !p.at(COMMA)) {
                        break;
                    }
                }
            }
            first = false;
            if (!p.at(close)) {
                if (!p.at(COMMA)) {
                    p.errorExpected();
                    if ((p.at(IDENT) || p.at(MUT_KW) || p.at(AMP)) && !p.newlineBeforeCurrent() && !p.errors.isEmpty()) {
                        int last = p.errors.size() - 1;
                        p.errors.set(last, p.errors.get(last).withSecondary(TextRange.empty(p.prevRange().end()),
                                "help: missing `,`"));
                        continue;
                    }
                    break;
                }
                p.bump(COMMA);
            }
        }
        if (!p.eat(close)) {
            p.errorExpected();
            if (close == R_PAREN) {
                // skip to the closing paren if it is close by
                while (!p.atEof() && !p.at(R_PAREN) && !p.at(L_CURLY) && !p.at(R_CURLY) && !p.at(SEMICOLON)) {
                    p.bumpAny();
                }
                p.eat(R_PAREN);
            }
        }
        p.close(m, PARAM_LIST);
    }

    /** Whether a {@code :} (not {@code ::}) comes before the next {@code ,} or {@code )} at depth 0. */
    private static boolean hasColonAtDepth0(Parser p) {
        int depth = 0;
        for (int i = 0; i < 512; i++) {
            SyntaxKind k = p.nth(i);
            switch (k) {
                case EOF -> {
                    return false;
                }
                case L_PAREN, L_BRACK, L_CURLY, L_ANGLE -> depth++;
                case R_PAREN, R_BRACK, R_CURLY, R_ANGLE -> {
                    if (depth == 0) {
                        return false;
                    }
                    depth--;
                }
                case COMMA -> {
                    if (depth == 0) {
                        return false;
                    }
                }
                case COLON -> {
                    if (p.nthAt(i, COLON2)) {
                        i++;
                    } else if (depth == 0) {
                        return true;
                    }
                }
                default -> {
                }
            }
        }
        return false;
    }

    private static boolean atSelfParam(Parser p) {
        int i = 0;
        if (p.nth(0) == AMP) {
            i = 1;
            if (p.nth(i) == LIFETIME_IDENT) {
                i++;
            }
            if (p.nth(i) == MUT_KW) {
                i++;
            }
            return p.nth(i) == SELF_KW && !p.nthAt(i + 1, COLON2);
        }
        if (p.nth(0) == MUT_KW) {
            i = 1;
        }
        return p.nth(i) == SELF_KW && !p.nthAt(i + 1, COLON2);
    }

    private static void selfParam(Parser p) {
        if (p.at(AMP)) {
            p.bump(AMP);
            if (p.at(LIFETIME_IDENT)) {
                GrammarTypes.lifetime(p);
            }
        }
        p.eat(MUT_KW);
        int n = p.open();
        p.bump(SELF_KW);
        p.close(n, NAME);
        if (p.at(COLON) && !p.at(COLON2)) {
            p.bump(COLON);
            GrammarTypes.type(p);
        }
    }

    private static void param(Parser p, ParamFlavor flavor) {
        switch (flavor) {
            case CLOSURE -> {
                GrammarPats.patternNoTopAlt(p);
                if (p.at(COLON) && !p.at(COLON2)) {
                    p.bump(COLON);
                    GrammarTypes.type(p);
                }
            }
            case TRAIT_FN_2015 -> {
                if (hasColonAtDepth0(p) && !namedParam(p)) {
                    // rustc parses a type here; a pattern followed by `:` is its E0642.
                    TextRange start = p.currentRange();
                    GrammarPats.patternNoTopAlt(p);
                    TextRange pat = new TextRange(start.start(), Math.max(start.start(), p.prevRange().end()));
                    p.error(SyntaxError.of("patterns aren't allowed in methods without bodies", pat).withCode("E0642")
                            .withSuggestion("give this argument a name or use an underscore to ignore it", pat, "_"));
                    if (p.at(COLON) && !p.at(COLON2)) {
                        p.bump(COLON);
                        GrammarTypes.type(p);
                    }
                    return;
                }
                param(p, ParamFlavor.FN);
            }
            case FN -> {
                if (is2015(p) && !hasColonAtDepth0(p)) {
                    // 2015 anonymous parameter in a trait method: just a type
                    GrammarTypes.type(p);
                    return;
                }
                GrammarPats.patternNoTopAlt(p);
                if (!p.at(COLON)) {
                    p.expectedAlso("`|`");
                }
                if (p.at(COLON) && !p.at(COLON2)) {
                    p.bump(COLON);
                    if (p.at(DOT3)) {
                        p.bump(DOT3); // C variadic `args: ...`
                    } else {
                        GrammarTypes.type(p);
                    }
                } else {
                    p.errorExpected();
                }
            }
            case FN_PTR -> {
                // `name: Type` or just `Type`
                if ((p.at(IDENT) || p.at(UNDERSCORE)) && p.nth(1) == COLON && !p.nthAt(1, COLON2)) {
                    GrammarPats.patternNoTopAlt(p);
                    p.bump(COLON);
                }
                GrammarTypes.type(p);
            }
        }
    }

    // ------------------------------------------------------------------ generics

    static void genericParams(Parser p) {
        if (!p.at(L_ANGLE)) {
            return;
        }
        int m = p.open();
        p.bump(L_ANGLE);
        while (!p.atEof() && !p.at(R_ANGLE)) {
            int pm = p.open();
            outerAttrs(p);
            if (p.at(LIFETIME_IDENT)) {
                GrammarTypes.lifetime(p);
                if (p.at(COLON) && !p.at(COLON2)) {
                    p.bump(COLON);
                    GrammarTypes.lifetimeBounds(p);
                }
                p.close(pm, LIFETIME_PARAM);
            } else if (p.at(CONST_KW)) {
                p.bump(CONST_KW);
                name(p);
                if (p.at(COLON)) {
                    p.bump(COLON);
                    GrammarTypes.type(p);
                } else {
                    p.errorExpected();
                }
                if (p.at(EQ)) {
                    p.bump(EQ);
                    GrammarTypes.constArg(p);
                }
                p.close(pm, CONST_PARAM);
            } else if (p.at(IDENT)) {
                name(p);
                if (p.at(COLON) && !p.at(COLON2)) {
                    p.bump(COLON);
                    GrammarTypes.boundsOpt(p);
                }
                if (p.at(EQ)) {
                    p.bump(EQ);
                    GrammarTypes.type(p);
                }
                p.close(pm, TYPE_PARAM);
            } else {
                p.errorExpected();
                p.close(pm, ERROR_NODE);
                break;
            }
            if (!p.at(R_ANGLE) && !p.at(COMMA)) {
                p.errorExpectedOneOf(java.util.List.of("`,`", "`>`"));
                break;
            }
            p.eat(COMMA);
        }
        if (!p.eat(R_ANGLE) && p.errors.isEmpty()) {
            p.errorExpected();
        }
        p.close(m, GENERIC_PARAM_LIST);
    }

    static void whereClause(Parser p) {
        if (!p.at(WHERE_KW)) {
            return;
        }
        int m = p.open();
        p.bump(WHERE_KW);
        while (!p.atEof() && !p.at(L_CURLY) && !p.at(SEMICOLON) && !p.at(EQ)) {
            int wm = p.open();
            if (p.at(FOR_KW)) {
                p.bump(FOR_KW);
                genericParams(p);
            }
            if (p.at(LIFETIME_IDENT)) {
                GrammarTypes.lifetime(p);
                if (p.expect(COLON)) {
                    GrammarTypes.lifetimeBounds(p);
                }
            } else {
                int before = p.pos;
                GrammarTypes.type(p);
                if (p.pos == before) {
                    p.close(wm, WHERE_PRED);
                    break;
                }
                if (p.at(COLON) && !p.at(COLON2)) {
                    p.bump(COLON);
                    GrammarTypes.boundsOpt(p);
                } else {
                    p.errorExpected();
                }
            }
            p.close(wm, WHERE_PRED);
            if (!p.eat(COMMA)) {
                break;
            }
        }
        p.close(m, WHERE_CLAUSE);
    }

    // ------------------------------------------------------------------ adts

    static void structRest(Parser p, int m, SyntaxKind kind) {
        name(p);
        genericParams(p);
        if (p.at(SEMICOLON) && kind == STRUCT) {
            p.bump(SEMICOLON);
        } else if (p.at(L_PAREN) && kind == STRUCT) {
            tupleFieldList(p);
            whereClause(p);
            p.expect(SEMICOLON);
        } else {
            boolean hadWhere = p.at(WHERE_KW);
            whereClause(p);
            if (p.at(L_CURLY)) {
                recordFieldList(p);
            } else if (p.at(SEMICOLON) && kind == STRUCT) {
                p.bump(SEMICOLON);
            } else if (kind == STRUCT && !hadWhere) {
                String what = "expected `where`, `{`, `(`, or `;` after struct name";
                p.error(p.placeExpected(what + ", found " + p.foundDescription(), what));
            } else {
                p.errorExpected();
            }
        }
        p.close(m, kind);
    }

    static void recordFieldList(Parser p) {
        int m = p.open();
        p.bump(L_CURLY);
        while (!p.atEof() && !p.at(R_CURLY)) {
            int fm = p.openItem();
            outerAttrs(p);
            visibility(p);
            if (p.atContextual("unsafe") || p.at(UNSAFE_KW)) {
                p.bump(UNSAFE_KW);
            }
            if (p.at(IDENT)) {
                name(p);
                if (p.expect(COLON)) {
                    GrammarTypes.type(p);
                }
                if (p.at(EQ)) {
                    p.bump(EQ);
                    GrammarExprs.expr(p);
                }
                p.close(fm, RECORD_FIELD);
            } else {
                p.errorExpected("identifier");
                p.close(fm, ERROR_NODE);
                if (!p.at(R_CURLY) && !p.at(COMMA)) {
                    if (atDelimOpen(p)) {
                        tokenTree(p);
                    } else {
                        p.bumpAny();
                    }
                }
            }
            if (!p.at(R_CURLY) && !p.at(COMMA)) {
                p.error(SyntaxError.of("expected `,`, or `}`, found " + p.foundDescription(),
                        TextRange.empty(p.prevRange().end())).withLabel("help: try adding a comma: `,`"));
                if (p.at(IDENT) || p.at(PUB_KW) || p.at(POUND)) {
                    continue;
                }
                break;
            }
            p.eat(COMMA);
        }
        p.expect(R_CURLY);
        p.close(m, RECORD_FIELD_LIST);
    }

    static void tupleFieldList(Parser p) {
        int m = p.open();
        p.bump(L_PAREN);
        while (!p.atEof() && !p.at(R_PAREN)) {
            int fm = p.open();
            outerAttrs(p);
            visibility(p);
            int before = p.pos;
            GrammarTypes.type(p);
            p.close(fm, TUPLE_FIELD);
            if (p.pos == before) {
                break;
            }
            if (!p.at(R_PAREN) && !p.expect(COMMA)) {
                break;
            }
        }
        p.expect(R_PAREN);
        p.close(m, TUPLE_FIELD_LIST);
    }

    static void enumRest(Parser p, int m) {
        p.bump(ENUM_KW);
        name(p);
        genericParams(p);
        whereClause(p);
        if (p.at(L_CURLY)) {
            int vm = p.open();
            p.bump(L_CURLY);
            while (!p.atEof() && !p.at(R_CURLY)) {
                int v = p.openItem();
                outerAttrs(p);
                visibility(p);
                if (p.at(IDENT)) {
                    name(p);
                    if (p.at(L_CURLY)) {
                        recordFieldList(p);
                    } else if (p.at(L_PAREN)) {
                        tupleFieldList(p);
                    }
                    if (p.at(EQ)) {
                        p.bump(EQ);
                        GrammarExprs.expr(p);
                    }
                    p.close(v, VARIANT);
                } else {
                    p.errorExpected("identifier");
                    p.close(v, ERROR_NODE);
                    if (!p.at(R_CURLY) && !p.at(COMMA)) {
                        p.bumpAny();
                    }
                }
                if (!p.at(R_CURLY) && !p.expect(COMMA)) {
                    if (p.at(IDENT) || p.at(POUND)) {
                        continue;
                    }
                    break;
                }
            }
            p.expect(R_CURLY);
            p.close(vm, VARIANT_LIST);
        } else {
            p.errorExpected();
        }
        p.close(m, ENUM);
    }

    // ------------------------------------------------------------------ traits and impls

    static SyntaxKind traitRest(Parser p, int m) {
        p.bump(TRAIT_KW);
        name(p);
        genericParams(p);
        if (p.at(EQ)) {
            // trait alias
            p.bump(EQ);
            GrammarTypes.boundsOpt(p);
            whereClause(p);
            p.expect(SEMICOLON);
            p.close(m, TRAIT_ALIAS);
            return TRAIT_ALIAS;
        }
        if (p.at(COLON) && !p.at(COLON2)) {
            p.bump(COLON);
            GrammarTypes.boundsOpt(p);
        }
        whereClause(p);
        if (p.at(L_CURLY)) {
            boolean saved = p.inTraitItems;
            p.inTraitItems = true;
            assocItemList(p);
            p.inTraitItems = saved;
        } else {
            p.errorExpected();
        }
        p.close(m, TRAIT);
        return TRAIT;
    }

    static void implRest(Parser p, int m) {
        p.bump(IMPL_KW);
        if (p.at(L_ANGLE) && isGenericParamsStart(p)) {
            genericParams(p);
        }
        if (p.at(CONST_KW)) {
            p.bump(CONST_KW);
        }
        if (p.at(BANG) && p.nth(1) != L_CURLY && p.nth(1) != FOR_KW) {
            p.bump(BANG);
        }
        GrammarTypes.type(p);
        if (p.at(FOR_KW)) {
            p.bump(FOR_KW);
            GrammarTypes.type(p);
        }
        whereClause(p);
        if (p.at(L_CURLY)) {
            assocItemList(p);
        } else {
            p.errorExpected();
        }
        p.close(m, IMPL);
    }

    /** After `impl`, `<` starts generic params unless it is a qualified path like `impl <T as X>::Y`. */
    private static boolean isGenericParamsStart(Parser p) {
        SyntaxKind k1 = p.nth(1);
        if (k1 == R_ANGLE || k1 == POUND || k1 == LIFETIME_IDENT || k1 == CONST_KW) {
            return true;
        }
        if (k1 == IDENT) {
            SyntaxKind k2 = p.nth(2);
            return k2 == R_ANGLE || k2 == COMMA || k2 == EQ || (k2 == COLON && !p.nthAt(2, COLON2));
        }
        return false;
    }

    static void assocItemList(Parser p) {
        itemListBody(p, ASSOC_ITEM_LIST);
    }

    static void externItemList(Parser p) {
        itemListBody(p, EXTERN_ITEM_LIST);
    }

    /** The braces of an impl, trait or extern block; a non-item ends the list with rustc's error. */
    private static void itemListBody(Parser p, SyntaxKind kind) {
        int m = p.open();
        TextRange open = p.currentRange();
        p.bump(L_CURLY);
        innerAttrs(p);
        while (!p.atEof() && !p.at(R_CURLY)) {
            if (!item(p, false)) {
                TextRange bad = p.currentRange();
                // skip to the closing brace of this list
                int e = p.open();
                int depth = 0;
                while (!p.atEof()) {
                    SyntaxKind k = p.current();
                    if (depth == 0 && k == R_CURLY) {
                        break;
                    }
                    if (k == L_CURLY || k == L_PAREN || k == L_BRACK) {
                        depth++;
                    } else if (k == R_CURLY || k == R_PAREN || k == R_BRACK) {
                        depth--;
                    }
                    p.bumpAny();
                }
                p.close(e, ERROR_NODE);
                p.error(SyntaxError.of("non-item in item list", bad).withLabel("non-item starts here")
                        .withSecondary(open, "item list starts here")
                        .withSecondary(p.currentRange(), "item list ends here"));
            }
        }
        p.expect(R_CURLY);
        p.close(m, kind);
    }

    // ------------------------------------------------------------------ other items

    static void typeAlias(Parser p, int m) {
        p.bump(TYPE_KW);
        name(p);
        genericParams(p);
        if (p.at(COLON) && !p.at(COLON2)) {
            p.bump(COLON);
            GrammarTypes.boundsOpt(p);
        }
        whereClause(p);
        if (p.at(EQ)) {
            p.bump(EQ);
            GrammarTypes.type(p);
        }
        whereClause(p);
        p.expect(SEMICOLON);
        p.close(m, TYPE_ALIAS);
    }

    static void constOrStatic(Parser p, int m, SyntaxKind kind) {
        p.bumpAny(); // const / static
        if (kind == STATIC && p.at(MUT_KW)) {
            p.bump(MUT_KW);
        }
        boolean named = true;
        if (kind == CONST && p.at(UNDERSCORE)) {
            int n = p.open();
            p.bump(UNDERSCORE);
            p.close(n, NAME);
        } else {
            named = p.at(IDENT);
            name(p);
        }
        genericParams(p);
        if (p.at(COLON) && !p.at(COLON2)) {
            p.bump(COLON);
            GrammarTypes.type(p);
        } else if (named) {
            p.error(SyntaxError.of("missing type for `" + (kind == CONST ? "const" : "static") + "` item",
                    TextRange.empty(p.prevRange().end())));
        }
        if (p.at(EQ)) {
            p.bump(EQ);
            GrammarExprs.expr(p);
        }
        whereClause(p);
        p.expect(SEMICOLON);
        p.close(m, kind);
    }

    static void moduleItem(Parser p, int m) {
        p.bump(MOD_KW);
        name(p);
        if (p.at(SEMICOLON)) {
            p.bump(SEMICOLON);
        } else if (p.at(L_CURLY)) {
            int l = p.open();
            p.bump(L_CURLY);
            innerAttrs(p);
            while (!p.atEof() && !p.at(R_CURLY)) {
                if (!item(p, false)) {
                    notAnItem(p);
                }
            }
            p.expect(R_CURLY);
            p.close(l, ITEM_LIST);
        } else {
            p.errorExpected();
        }
        p.close(m, MODULE);
    }

    static void externCrate(Parser p, int m) {
        p.bump(EXTERN_KW);
        p.bump(CRATE_KW);
        if (p.at(IDENT) || p.at(SELF_KW)) {
            nameRef(p);
        } else {
            p.errorExpected("identifier");
        }
        rename(p);
        p.expect(SEMICOLON);
        p.close(m, EXTERN_CRATE);
    }

    static void rename(Parser p) {
        if (p.at(AS_KW)) {
            int m = p.open();
            p.bump(AS_KW);
            if (p.at(UNDERSCORE)) {
                p.bump(UNDERSCORE);
            } else {
                name(p);
            }
            p.close(m, RENAME);
        }
    }

    static void useItem(Parser p, int m) {
        p.bump(USE_KW);
        useTree(p, true);
        p.expect(SEMICOLON);
        p.close(m, USE);
    }

    static void useTree(Parser p, boolean top) {
        int m = p.open();
        if (p.at(STAR)) {
            p.bump(STAR);
        } else if (p.at(L_CURLY)) {
            useTreeList(p);
        } else if (p.at(COLON2) && (p.nth(2) == STAR || p.nth(2) == L_CURLY)) {
            p.bump(COLON2);
            if (p.at(STAR)) {
                p.bump(STAR);
            } else {
                useTreeList(p);
            }
        } else if (GrammarPaths.atPathStart(p)) {
            GrammarPaths.path(p, GrammarPaths.Mode.USE);
            if (p.at(COLON2)) {
                p.bump(COLON2);
                if (p.at(STAR)) {
                    p.bump(STAR);
                } else if (p.at(L_CURLY)) {
                    useTreeList(p);
                } else {
                    p.errorExpected("identifier");
                }
            } else {
                rename(p);
            }
        } else {
            p.errorExpected("identifier");
        }
        p.close(m, USE_TREE);
    }

    static void useTreeList(Parser p) {
        int m = p.open();
        p.bump(L_CURLY);
        while (!p.atEof() && !p.at(R_CURLY)) {
            int before = p.pos;
            useTree(p, false);
            if (p.pos == before) {
                break;
            }
            if (!p.at(R_CURLY) && !p.expect(COMMA)) {
                break;
            }
        }
        p.expect(R_CURLY);
        p.close(m, USE_TREE_LIST);
    }

    /** rustc's `is_named_param`: `&`/`&&`/`mut` at most once, then an identifier or `_`, then `:`. */
    private static boolean namedParam(Parser p) {
        int k = 0;
        while (p.nth(k) == AMP || p.nth(k) == AMP2) {
            k++;
        }
        if (p.nth(k) == MUT_KW) {
            k++;
        }
        SyntaxKind t = p.nth(k);
        return (t == IDENT || t == UNDERSCORE || t.isKeyword()) && p.nth(k + 1) == COLON && p.nth(k + 2) != COLON;
    }

    static boolean is2015(Parser p) {
        return !p.edition().atLeast(Edition.E2018);
    }
}
