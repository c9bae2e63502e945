package rac.syntax;

import static rac.syntax.SyntaxKind.*;

import rac.base.Edition;

/**
 * Grammar of expressions, blocks and statements. Binary operators are parsed by precedence climbing
 * with rustc's precedence and associativity.
 */
final class GrammarExprs {
    private GrammarExprs() {
    }

    /** Restriction: struct literals are not allowed (if/while/match heads). */
    static final int NO_STRUCT = 1;
    /** Restriction: statement position; a block-like expression ends the statement. */
    static final int STMT = 2;
    /** Restriction: `let` is allowed here (if/while conditions, match guards, through `&&`). */
    static final int ALLOW_LET = 4;

    /** Set by {@link #atom} when the expression just parsed is a brace-delimited macro call. */
    private static final ThreadLocal<Boolean> UNUSED = null;

    /** Parses an expression; reports "expected expression" if there is none. */
    static void expr(Parser p) {
        if (!exprBp(p, p.open(), 0, 1).parsed) {
            p.errorExpected("expression");
        }
    }

    static void exprNoStruct(Parser p) {
        exprBp(p, p.open(), NO_STRUCT, 1);
    }

    static boolean isBlockLike(SyntaxKind k) {
        return switch (k) {
            case BLOCK_EXPR, IF_EXPR, WHILE_EXPR, LOOP_EXPR, FOR_EXPR, MATCH_EXPR -> true;
            default -> false;
        };
    }

    /** Result of parsing an expression: whether anything was parsed and whether it ends a statement. */
    record Done(boolean parsed, boolean blockLike) {
        static final Done NONE = new Done(false, false);
        static final Done EXPR = new Done(true, false);
        static final Done BLOCK = new Done(true, true);
    }

    /**
     * Parses an expression whose node starts at checkpoint {@code m} (outer attributes may already be
     * there), with operators binding at least {@code minBp}.
     */
    static Done exprBp(Parser p, int m, int r, int minBp) {
        GrammarItems.outerAttrs(p);
        Done lhs = unary(p, m, r);
        if (!lhs.parsed) {
            return lhs;
        }
        if (lhs.blockLike && (r & STMT) != 0) {
            return lhs;
        }
        return binaryRest(p, m, r, minBp);
    }

    private static Done binaryRest(Parser p, int m, int r, int minBp) {
        while (true) {
            SyntaxKind op = currentOp(p);
            if (op == null) {
                break;
            }
            int bp = bindingPower(op);
            if (bp < minBp) {
                break;
            }
            if (op == AS_KW) {
                p.bump(AS_KW);
                GrammarTypes.typeNoBounds(p, false);
                p.close(m, CAST_EXPR);
                continue;
            }
            if (op == DOT2 || op == DOT2EQ || op == DOT3) {
                p.bump(op);
                if (canStartRangeEnd(p, r)) {
                    exprBp(p, p.open(), r & ~STMT & ~ALLOW_LET, bp + 1);
                } else if (op != DOT2) {
                    p.errorExpected("expression");
                }
                p.close(m, RANGE_EXPR);
                continue;
            }
            TextRange opRange = p.currentRange();
            SyntaxKind lhsKind = p.kindAt(m);
            p.bump(op);
            boolean rightAssoc = bp == 1;
            int rr = op == AMP2 ? r & ~STMT : r & ~STMT & ~ALLOW_LET;
            Done rhs = exprBp(p, p.open(), rr, rightAssoc ? bp : bp + 1);
            if (!rhs.parsed) {
                p.errorExpected("expression");
            }
            if (bp == 5 && lhsKind == BIN_EXPR) {
                TextRange prevOp = p.comparisonOpOfNodeAt(m);
                if (prevOp != null) {
                    SyntaxError e = SyntaxError.of("comparison operators cannot be chained", prevOp)
                            .withPrimary(opRange, "");
                    if (prevOp.length() == 1 && p.text.charAt(p.lexed.charOffsetOfByte(prevOp.start())) == '<') {
                        e = e.withHelp("use `::<...>` instead of `<...>` to specify lifetime, type, or const arguments")
                                .withHelp("or use `(...)` if you meant to specify fn arguments");
                    }
                    p.error(e);
                }
            }
            p.close(m, BIN_EXPR);
        }
        return Done.EXPR;
    }

    /** The binary (or `as` / range) operator at the current position, longest match first. */
    static SyntaxKind currentOp(Parser p) {
        SyntaxKind k = p.current();
        switch (k) {
            case PIPE:
                if (p.at(PIPE2)) return PIPE2;
                if (p.at(PIPEEQ)) return PIPEEQ;
                return PIPE;
            case AMP:
                if (p.at(AMP2)) return AMP2;
                if (p.at(AMPEQ)) return AMPEQ;
                return AMP;
            case EQ:
                if (p.at(EQ2)) return EQ2;
                if (p.at(FAT_ARROW)) return null;
                return EQ;
            case BANG:
                return p.at(NEQ) ? NEQ : null;
            case L_ANGLE:
                if (p.at(SHLEQ)) return SHLEQ;
                if (p.at(SHL)) return SHL;
                if (p.at(LTEQ)) return LTEQ;
                return L_ANGLE;
            case R_ANGLE:
                if (p.at(SHREQ)) return SHREQ;
                if (p.at(SHR)) return SHR;
                if (p.at(GTEQ)) return GTEQ;
                return R_ANGLE;
            case CARET:
                return p.at(CARETEQ) ? CARETEQ : CARET;
            case PLUS:
                return p.at(PLUSEQ) ? PLUSEQ : PLUS;
            case MINUS:
                if (p.at(MINUSEQ)) return MINUSEQ;
                if (p.at(THIN_ARROW)) return null;
                return MINUS;
            case STAR:
                return p.at(STAREQ) ? STAREQ : STAR;
            case SLASH:
                return p.at(SLASHEQ) ? SLASHEQ : SLASH;
            case PERCENT:
                return p.at(PERCENTEQ) ? PERCENTEQ : PERCENT;
            case DOT:
                if (p.at(DOT3)) return DOT3;
                if (p.at(DOT2EQ)) return DOT2EQ;
                if (p.at(DOT2)) return DOT2;
                return null;
            case AS_KW:
                return AS_KW;
            default:
                return null;
        }
    }

    static int bindingPower(SyntaxKind op) {
        return switch (op) {
            case EQ, PLUSEQ, MINUSEQ, STAREQ, SLASHEQ, PERCENTEQ, AMPEQ, PIPEEQ, CARETEQ, SHLEQ, SHREQ -> 1;
            case DOT2, DOT2EQ, DOT3 -> 2;
            case PIPE2 -> 3;
            case AMP2 -> 4;
            case EQ2, NEQ, L_ANGLE, R_ANGLE, LTEQ, GTEQ -> 5;
            case PIPE -> 6;
            case CARET -> 7;
            case AMP -> 8;
            case SHL, SHR -> 9;
            case PLUS, MINUS -> 10;
            case STAR, SLASH, PERCENT -> 11;
            case AS_KW -> 12;
            default -> 0;
        };
    }

    private static boolean canStartRangeEnd(Parser p, int r) {
        if (p.at(L_CURLY)) {
            return (r & NO_STRUCT) == 0;
        }
        return canStartExpr(p);
    }

    static boolean canStartExpr(Parser p) {
        SyntaxKind k = p.current();
        if (k.isLiteral()) {
            return true;
        }
        return switch (k) {
            case IDENT, L_PAREN, L_BRACK, L_CURLY, PIPE, MINUS, BANG, STAR, AMP, DOT, L_ANGLE, COLON, IF_KW,
                 WHILE_KW, LOOP_KW, FOR_KW, MATCH_KW, UNSAFE_KW, ASYNC_KW, MOVE_KW, RETURN_KW, BREAK_KW,
                 CONTINUE_KW, LET_KW, TRUE_KW, FALSE_KW, CONST_KW, STATIC_KW, YIELD_KW, BECOME_KW, BOX_KW, DO_KW,
                 TRY_KW, GEN_KW, SELF_KW, SUPER_KW, CRATE_KW, SELF_TYPE_KW, LIFETIME_IDENT, POUND, UNDERSCORE ->
                    k != COLON || p.at(COLON2);
            default -> false;
        };
    }

    // ------------------------------------------------------------------ prefix and postfix

    private static Done unary(Parser p, int m, int r) {
        SyntaxKind k = p.current();
        if (k == MINUS && p.at(THIN_ARROW)) {
            return Done.NONE;
        }
        switch (k) {
            case MINUS, BANG, STAR -> {
                p.bump(k);
                Done d = exprBp(p, p.open(), r & ~STMT & ~ALLOW_LET, 13);
                if (!d.parsed) {
                    p.errorExpected("expression");
                }
                p.close(m, PREFIX_EXPR);
                return Done.EXPR;
            }
            case AMP -> {
                p.bump(AMP);
                if (p.atContextual("raw") && (p.nth(1) == CONST_KW || p.nth(1) == MUT_KW)) {
                    p.bumpRemap(RAW_KW);
                    p.bumpAny();
                } else {
                    p.eat(MUT_KW);
                }
                Done d = exprBp(p, p.open(), r & ~STMT & ~ALLOW_LET, 13);
                if (!d.parsed) {
                    p.errorExpected("expression");
                }
                p.close(m, REF_EXPR);
                return Done.EXPR;
            }
            case DOT -> {
                if (p.at(DOT2) || p.at(DOT2EQ) || p.at(DOT3)) {
                    SyntaxKind op = p.at(DOT2EQ) ? DOT2EQ : p.at(DOT3) ? DOT3 : DOT2;
                    p.bump(op);
                    if (canStartRangeEnd(p, r)) {
                        exprBp(p, p.open(), r & ~STMT & ~ALLOW_LET, 3);
                    } else if (op != DOT2) {
                        p.errorExpected("expression");
                    }
                    p.close(m, RANGE_EXPR);
                    return Done.EXPR;
                }
            }
            case BOX_KW -> {
                p.bump(BOX_KW);
                exprBp(p, p.open(), r & ~STMT & ~ALLOW_LET, 13);
                p.close(m, BOX_EXPR);
                return Done.EXPR;
            }
            case TILDE -> {
                p.error(SyntaxError.of("`~` cannot be used as a unary operator", p.currentRange()));
                p.bump(TILDE);
                exprBp(p, p.open(), r & ~STMT & ~ALLOW_LET, 13);
                p.close(m, PREFIX_EXPR);
                return Done.EXPR;
            }
            default -> {
            }
        }
        Done a = atom(p, m, r);
        if (!a.parsed) {
            return a;
        }
        if (a.blockLike && (r & STMT) != 0 && !(p.at(DOT) && !p.at(DOT2)) && !p.at(QUESTION)) {
            return a;
        }
        postfix(p, m);
        return Done.EXPR;
    }

    private static void postfix(Parser p, int m) {
        while (true) {
            SyntaxKind k = p.current();
            if (k == QUESTION) {
                p.bump(QUESTION);
                p.close(m, TRY_EXPR);
            } else if (k == L_PAREN) {
                argList(p);
                p.close(m, CALL_EXPR);
            } else if (k == L_BRACK) {
                p.bump(L_BRACK);
                expr(p);
                p.expect(R_BRACK);
                p.close(m, INDEX_EXPR);
            } else if (k == DOT && !p.at(DOT2)) {
                SyntaxKind n = p.nth(1);
                if (n == AWAIT_KW) {
                    p.bump(DOT);
                    p.bump(AWAIT_KW);
                    p.close(m, AWAIT_EXPR);
                } else if (n == IDENT || n == SELF_KW || n == SUPER_KW || n == CRATE_KW || n == SELF_TYPE_KW) {
                    p.bump(DOT);
                    GrammarItems.nameRef(p);
                    if (p.at(COLON2) && p.nth(2) == L_ANGLE) {
                        GrammarPaths.genericArgs(p, true);
                        if (p.at(L_PAREN)) {
                            argList(p);
                        } else {
                            p.errorExpected();
                        }
                        p.close(m, METHOD_CALL_EXPR);
                    } else if (p.at(L_PAREN)) {
                        argList(p);
                        p.close(m, METHOD_CALL_EXPR);
                    } else {
                        p.close(m, FIELD_EXPR);
                    }
                } else if (n == INT_NUMBER || n == FLOAT_NUMBER) {
                    p.bump(DOT);
                    String index = p.nthText(0);
                    int digits = 0;
                    while (digits < index.length() && Character.isDigit(index.charAt(digits))) {
                        digits++;
                    }
                    if (n == INT_NUMBER && digits > 0 && digits < index.length()) {
                        p.error(SyntaxError.of("suffixes on a tuple index are invalid", p.currentRange())
                                .withLabel("invalid suffix `" + index.substring(digits) + "`"));
                    }
                    GrammarItems.nameRef(p);
                    p.close(m, FIELD_EXPR);
                } else if (n.isKeyword() && n != AWAIT_KW) {
                    p.bump(DOT);
                    // `x.match { }` (postfix match) and `x.use` are unstable; treat keyword as a field name error
                    if (n == MATCH_KW) {
                        p.bump(MATCH_KW);
                        matchArmList(p);
                        p.close(m, MATCH_EXPR);
                    } else if (n == USE_KW) {
                        p.bump(USE_KW);
                        p.close(m, METHOD_CALL_EXPR);
                    } else {
                        p.errorExpected("identifier");
                        p.close(m, FIELD_EXPR);
                    }
                } else {
                    p.bump(DOT);
                    p.error(SyntaxError.of("unexpected token: " + p.foundDescription(), p.currentRange()));
                    p.close(m, FIELD_EXPR);
                    return;
                }
            } else {
                return;
            }
        }
    }

    static void argList(Parser p) {
        int m = p.open();
        p.bump(L_PAREN);
        while (!p.atEof() && !p.at(R_PAREN)) {
            int before = p.pos;
            int e = p.open();
            Done d = exprBp(p, e, 0, 1);
            if (p.pos == before) {
                break;
            }
            if (!p.at(R_PAREN) && !p.at(COMMA)) {
                java.util.List<String> items = new java.util.ArrayList<>(java.util.List.of("`)`", "`,`", "`.`", "`?`", "an operator"));
                if (p.kindAt(e) == PATH_EXPR) {
                    items.addAll(java.util.List.of("`!`", "`::`", "`{`"));
                }
                missingCommaError(p, items);
                if (canStartExpr(p) && !p.newlineBeforeCurrent()) {
                    continue;
                }
                break;
            }
            p.eat(COMMA);
        }
        closeDelim(p, R_PAREN);
        p.close(m, ARG_LIST);
    }

    /** rustc's error after an element of an array or tuple that is not followed by `,` or the closer. */
    private static void elementListError(Parser p, String close, int elemStart, boolean unused) {
        java.util.List<String> items = new java.util.ArrayList<>(java.util.List.of(close, "`,`", "`.`", "`?`", "an operator"));
        if (p.kindAt(elemStart) == PATH_EXPR) {
            items.addAll(java.util.List.of("`!`", "`::`", "`{`"));
        }
        missingCommaError(p, items);
    }

    /** "expected one of ..." with rustc's "help: missing `,`" label when the next token could start an item. */
    static void missingCommaError(Parser p, java.util.List<String> items) {
        p.errorExpectedOneOf(items);
        if (canStartExpr(p) && !p.newlineBeforeCurrent() && !p.errors.isEmpty()) {
            int last = p.errors.size() - 1;
            p.errors.set(last, p.errors.get(last).withSecondary(TextRange.empty(p.prevRange().end()), "help: missing `,`"));
        }
    }

    /** Expects a closing delimiter; on failure skips to it if it closes this list. */
    private static void closeDelim(Parser p, SyntaxKind close) {
        if (p.eat(close)) {
            return;
        }
        p.errorExpected();
        int depth = 0;
        while (!p.atEof()) {
            SyntaxKind k = p.current();
            if (depth == 0 && k == close) {
                p.bump(close);
                return;
            }
            if (depth == 0 && (k == R_CURLY || k == SEMICOLON) && close != R_CURLY) {
                return;
            }
            if (k == L_PAREN || k == L_BRACK || k == L_CURLY) {
                depth++;
            } else if (k == R_PAREN || k == R_BRACK || k == R_CURLY) {
                if (depth == 0) {
                    return;
                }
                depth--;
            }
            p.bumpAny();
        }
    }

    static void literal(Parser p) {
        int m = p.open();
        p.bumpAny();
        p.close(m, LITERAL);
    }

    // ------------------------------------------------------------------ atoms

    private static Done atom(Parser p, int m, int r) {
        SyntaxKind k = p.current();
        if (k.isLiteral() || k == TRUE_KW || k == FALSE_KW) {
            int l = m;
            p.bumpAny();
            p.close(l, LITERAL);
            return Done.EXPR;
        }
        switch (k) {
            case L_PAREN -> {
                p.bump(L_PAREN);
                int n = 0;
                boolean comma = false;
                while (!p.atEof() && !p.at(R_PAREN)) {
                    int before = p.pos;
                    int elemStart = p.open();
                    exprBp(p, elemStart, 0, 1);
                    n++;
                    comma = false;
                    if (p.pos == before) {
                        break;
                    }
                    if (!p.at(R_PAREN)) {
                        if (!p.at(COMMA)) {
                            elementListError(p, "`)`", elemStart, false);
                            break;
                        }
                        p.bump(COMMA);
                        comma = true;
                    }
                }
                closeDelim(p, R_PAREN);
                p.close(m, n == 1 && !comma ? PAREN_EXPR : TUPLE_EXPR);
                return Done.EXPR;
            }
            case L_BRACK -> {
                p.bump(L_BRACK);
                boolean first = true;
                while (!p.atEof() && !p.at(R_BRACK)) {
                    int before = p.pos;
                    int elemStart = p.open();
                    exprBp(p, elemStart, 0, 1);
                    if (p.pos == before) {
                        break;
                    }
                    if (first && p.at(SEMICOLON)) {
                        p.bump(SEMICOLON);
                        expr(p);
                        break;
                    }
                    first = false;
                    if (!p.at(R_BRACK) && !p.at(COMMA)) {
                        elementListError(p, "`]`", elemStart, p.pos - before == 0);
                        break;
                    }
                    p.eat(COMMA);
                }
                closeDelim(p, R_BRACK);
                p.close(m, ARRAY_EXPR);
                return Done.EXPR;
            }
            case L_CURLY -> {
                stmtList(p);
                p.close(m, BLOCK_EXPR);
                return Done.BLOCK;
            }
            case PIPE -> {
                closure(p, m);
                return Done.EXPR;
            }
            case MOVE_KW -> {
                if (p.nth(1) == PIPE) {
                    closure(p, m);
                    return Done.EXPR;
                }
            }
            case STATIC_KW -> {
                closure(p, m);
                return Done.EXPR;
            }
            case ASYNC_KW -> {
                if (p.nth(1) == L_CURLY || (p.nth(1) == MOVE_KW && p.nth(2) == L_CURLY)) {
                    p.bump(ASYNC_KW);
                    p.eat(MOVE_KW);
                    stmtList(p);
                    p.close(m, BLOCK_EXPR);
                    return Done.BLOCK;
                }
                closure(p, m);
                return Done.EXPR;
            }
            case GEN_KW -> {
                if (p.nth(1) == L_CURLY || (p.nth(1) == MOVE_KW && p.nth(2) == L_CURLY)) {
                    p.bump(GEN_KW);
                    p.eat(MOVE_KW);
                    stmtList(p);
                    p.close(m, BLOCK_EXPR);
                    return Done.BLOCK;
                }
            }
            case UNSAFE_KW -> {
                if (p.nth(1) == L_CURLY) {
                    p.bump(UNSAFE_KW);
                    stmtList(p);
                    p.close(m, BLOCK_EXPR);
                    return Done.BLOCK;
                }
            }
            case CONST_KW -> {
                if (p.nth(1) == L_CURLY) {
                    p.bump(CONST_KW);
                    stmtList(p);
                    p.close(m, BLOCK_EXPR);
                    return Done.BLOCK;
                }
                closure(p, m);
                return Done.EXPR;
            }
            case TRY_KW -> {
                if (p.nth(1) == L_CURLY) {
                    p.bump(TRY_KW);
                    stmtList(p);
                    p.close(m, BLOCK_EXPR);
                    return Done.BLOCK;
                }
            }
            case IF_KW -> {
                ifExpr(p, m);
                return Done.BLOCK;
            }
            case WHILE_KW -> {
                TextRange whileRange = p.currentRange();
                p.bump(WHILE_KW);
                TextRange condBegin = p.currentRange();
                Done cond = exprBp(p, p.open(), NO_STRUCT | ALLOW_LET, 1);
                if (p.at(L_CURLY) || !cond.parsed) {
                    block(p);
                } else {
                    // rustc names both the loop and the condition it parsed (often a block that was
                    // meant as the body).
                    TextRange condRange = new TextRange(condBegin.start(), p.prevRange().end());
                    p.error(SyntaxError.of("expected `{`, found " + p.foundDescription(), p.currentRange())
                            .withLabel("expected `{`")
                            .withSecondary(whileRange, "while parsing the body of this `while` expression")
                            .withSecondary(condRange, "this `while` condition successfully parsed"));
                }
                p.close(m, WHILE_EXPR);
                return Done.BLOCK;
            }
            case LOOP_KW -> {
                p.bump(LOOP_KW);
                block(p);
                p.close(m, LOOP_EXPR);
                return Done.BLOCK;
            }
            case FOR_KW -> {
                if (p.nth(1) == L_ANGLE) {
                    closure(p, m);
                    return Done.EXPR;
                }
                p.bump(FOR_KW);
                GrammarPats.pattern(p);
                p.expect(IN_KW);
                exprBp(p, p.open(), NO_STRUCT, 1);
                block(p);
                p.close(m, FOR_EXPR);
                return Done.BLOCK;
            }
            case LIFETIME_IDENT -> {
                if (p.nth(1) == COLON && !p.nthAt(1, COLON2)) {
                    int l = p.open();
                    GrammarTypes.lifetime(p);
                    p.bump(COLON);
                    p.close(l, LABEL);
                    SyntaxKind n = p.current();
                    if (n == LOOP_KW || n == WHILE_KW || n == FOR_KW || n == L_CURLY
                            || (n == UNSAFE_KW && p.nth(1) == L_CURLY)) {
                        return atom(p, m, r);
                    }
                    p.error("expected `while`, `for`, `loop` or `{` after a label");
                    p.close(m, ERROR_NODE);
                    return Done.EXPR;
                }
                p.error(SyntaxError.of("labeled expression must be followed by `:`", p.currentRange()));
                GrammarTypes.lifetime(p);
                p.close(m, ERROR_NODE);
                return Done.EXPR;
            }
            case MATCH_KW -> {
                p.bump(MATCH_KW);
                exprBp(p, p.open(), NO_STRUCT, 1);
                matchArmList(p);
                p.close(m, MATCH_EXPR);
                return Done.BLOCK;
            }
            case RETURN_KW, YIELD_KW, BECOME_KW -> {
                p.bump(k);
                if (canStartExprValue(p, r)) {
                    exprBp(p, p.open(), r & ~STMT & ~ALLOW_LET, 1);
                }
                p.close(m, k == RETURN_KW ? RETURN_EXPR : k == YIELD_KW ? YIELD_EXPR : BECOME_EXPR);
                return Done.EXPR;
            }
            case DO_KW -> {
                if (p.nthContextual(1, "yeet")) {
                    p.bump(DO_KW);
                    p.bumpRemap(YEET_KW);
                    if (canStartExprValue(p, r)) {
                        exprBp(p, p.open(), r & ~STMT & ~ALLOW_LET, 1);
                    }
                    p.close(m, YEET_EXPR);
                    return Done.EXPR;
                }
            }
            case BREAK_KW -> {
                p.bump(BREAK_KW);
                if (p.at(LIFETIME_IDENT)) {
                    GrammarTypes.lifetime(p);
                }
                if (canStartExprValue(p, r)) {
                    exprBp(p, p.open(), r & ~STMT & ~ALLOW_LET, 1);
                }
                p.close(m, BREAK_EXPR);
                return Done.EXPR;
            }
            case CONTINUE_KW -> {
                p.bump(CONTINUE_KW);
                if (p.at(LIFETIME_IDENT)) {
                    GrammarTypes.lifetime(p);
                }
                p.close(m, CONTINUE_EXPR);
                return Done.EXPR;
            }
            case LET_KW -> {
                if ((r & ALLOW_LET) == 0) {
                    p.error(SyntaxError.of("expected expression, found `let` statement", p.currentRange())
                            .withNote("only supported directly in conditions of `if` and `while` expressions"));
                }
                p.bump(LET_KW);
                GrammarPats.pattern(p);
                if (p.expect(EQ)) {
                    exprBp(p, p.open(), r & NO_STRUCT, 5);
                }
                p.close(m, LET_EXPR);
                return Done.EXPR;
            }
            case UNDERSCORE -> {
                p.bump(UNDERSCORE);
                p.close(m, UNDERSCORE_EXPR);
                return Done.EXPR;
            }
            case IDENT -> {
                if (p.atContextual("builtin") && p.nth(1) == POUND) {
                    p.bumpRemap(BUILTIN_KW);
                    p.bump(POUND);
                    SyntaxKind kind = p.nthTextIs(0, "offset_of") ? OFFSET_OF_EXPR
                            : p.nthTextIs(0, "asm") ? ASM_EXPR : FORMAT_ARGS_EXPR;
                    if (p.at(IDENT)) {
                        p.bumpAny();
                    }
                    if (GrammarItems.atDelimOpen(p)) {
                        GrammarItems.tokenTree(p);
                    }
                    p.close(m, kind);
                    return Done.EXPR;
                }
            }
            default -> {
            }
        }
        if (GrammarPaths.atPathStart(p)) {
            GrammarPaths.path(p, GrammarPaths.Mode.EXPR);
            if (p.at(BANG) && !p.at(NEQ)) {
                p.bump(BANG);
                boolean braces = p.at(L_CURLY);
                if (GrammarItems.atDelimOpen(p)) {
                    GrammarItems.tokenTree(p);
                } else {
                    p.errorExpected();
                }
                p.close(m, MACRO_CALL);
                p.close(m, MACRO_EXPR);
                return braces ? Done.BLOCK : Done.EXPR;
            }
            if (p.at(L_CURLY) && (r & NO_STRUCT) == 0) {
                recordExprFieldList(p);
                p.close(m, RECORD_EXPR);
                return Done.EXPR;
            }
            p.close(m, PATH_EXPR);
            return Done.EXPR;
        }
        return Done.NONE;
    }

    private static boolean canStartExprValue(Parser p, int r) {
        if (p.at(L_CURLY)) {
            return (r & NO_STRUCT) == 0;
        }
        return canStartExpr(p);
    }

    private static void recordExprFieldList(Parser p) {
        int m = p.open();
        p.bump(L_CURLY);
        while (!p.atEof() && !p.at(R_CURLY)) {
            if (p.at(DOT2)) {
                p.bump(DOT2);
                if (!p.at(R_CURLY)) {
                    expr(p);
                }
                break;
            }
            int f = p.open();
            GrammarItems.outerAttrs(p);
            if ((p.at(IDENT) || p.at(INT_NUMBER)) && p.nth(1) == COLON && !p.nthAt(1, COLON2)) {
                GrammarItems.nameRef(p);
                p.bump(COLON);
                expr(p);
            } else {
                int before = p.pos;
                expr(p);
                if (p.pos == before) {
                    p.close(f, ERROR_NODE);
                    break;
                }
            }
            p.close(f, RECORD_EXPR_FIELD);
            if (!p.at(R_CURLY) && !p.expect(COMMA)) {
                break;
            }
        }
        closeDelim(p, R_CURLY);
        p.close(m, RECORD_EXPR_FIELD_LIST);
    }

    private static void closure(Parser p, int m) {
        if (p.at(FOR_KW)) {
            int b = p.open();
            p.bump(FOR_KW);
            GrammarItems.genericParams(p);
            p.close(b, CLOSURE_BINDER);
        }
        p.eat(CONST_KW);
        p.eat(STATIC_KW);
        p.eat(ASYNC_KW);
        if (p.at(GEN_KW)) {
            p.bump(GEN_KW);
        }
        p.eat(MOVE_KW);
        if (p.at(PIPE)) {
            GrammarItems.paramList(p, GrammarItems.ParamFlavor.CLOSURE);
        } else {
            p.errorExpected();
            p.close(m, CLOSURE_EXPR);
            return;
        }
        if (p.at(THIN_ARROW)) {
            GrammarItems.retType(p, false);
            if (p.at(L_CURLY)) {
                blockExpr(p);
            } else {
                p.errorExpected();
            }
        } else {
            Done d = exprBp(p, p.open(), 0, 1);
            if (!d.parsed) {
                p.errorExpected("expression");
            }
        }
        p.close(m, CLOSURE_EXPR);
    }

    private static void ifExpr(Parser p, int m) {
        TextRange ifRange = p.currentRange();
        p.bump(IF_KW);
        boolean blockFirst = p.at(L_CURLY);
        TextRange blockStart = p.currentRange();
        TextRange condBegin = p.currentRange();
        int condStart = p.open();
        Done c = exprBp(p, condStart, NO_STRUCT | ALLOW_LET, 1);
        if (!c.parsed) {
            p.errorExpected("expression");
        }
        if (blockFirst && !p.at(L_CURLY)) {
            p.error(SyntaxError.of("missing condition for `if` expression", TextRange.empty(ifRange.end()))
                    .withLabel("expected condition here")
                    .withSecondary(TextRange.empty(blockStart.start()),
                            "if this block is the condition of the `if` expression, then it must be followed by another block"));
        } else if (!p.at(L_CURLY) && c.parsed && p.at(ELSE_KW)) {
            p.error(SyntaxError.of("this `if` expression is missing a block after the condition", ifRange)
                    .withHelp("add a block here"));
        } else if (!p.at(L_CURLY) && c.parsed && !p.atEof()) {
            missingBlockAfterCondition(p, new TextRange(condBegin.start(), p.prevRange().end()));
        } else {
            block(p);
        }
        elseBranch(p);
        p.close(m, IF_EXPR);
    }

    /**
     * rustc's error for `if cond` followed by something other than a block: "expected `{`", a note on
     * the condition, and, when a statement follows on its own line, the suggestion to wrap it in a block.
     */
    private static void missingBlockAfterCondition(Parser p, TextRange cond) {
        TextRange found = p.currentRange();
        SyntaxError e = SyntaxError.of("expected `{`, found " + p.foundDescription(), found).withLabel("expected `{`")
                .withSpanNote(cond, "the `if` expression is missing a block after this condition");
        if (p.newlineBeforeCurrent()) {
            int depth = 0;
            for (int k = 0; ; k++) {
                SyntaxKind t = p.nth(k);
                if (t == EOF || (depth == 0 && t == R_CURLY)) {
                    break;
                }
                if (t == L_PAREN || t == L_BRACK || t == L_CURLY) {
                    depth++;
                } else if (t == R_PAREN || t == R_BRACK || t == R_CURLY) {
                    depth--;
                } else if (t == SEMICOLON && depth == 0) {
                    TextRange end = p.nthRange(k);
                    e = e.withSuggestion("you might have meant to write this as part of a block",
                            java.util.List.of(TextRange.empty(found.start()), TextRange.empty(end.end())),
                            java.util.List.of("{ ", " }"));
                    break;
                }
            }
        }
        p.error(e);
    }

    /** An optional `else` branch: `else if ...`, `else { ... }`, or rustc's recovery for `else cond {`. */
    private static void elseBranch(Parser p) {
        if (!p.at(ELSE_KW)) {
            return;
        }
        TextRange elseRange = p.currentRange();
        p.bump(ELSE_KW);
        if (p.at(IF_KW)) {
            ifExpr(p, p.open());
        } else if (p.at(L_CURLY)) {
            blockExpr(p);
        } else {
            // `else cond {`: report the missing `if` and parse the rest as the `else if` it probably was.
            TextRange found = p.currentRange();
            p.error(SyntaxError.of("expected `{`, found " + p.foundDescription(), found)
                    .withSecondary(elseRange, "expected an `if` or a block after this `else`")
                    .withSuggestion("add an `if` if this is the condition of a chained `else if` statement",
                            TextRange.empty(found.start()), "if "));
            int m = p.open();
            Done c = exprBp(p, p.open(), NO_STRUCT, 1);
            if (c.parsed && p.at(L_CURLY)) {
                block(p);
                elseBranch(p);
            }
            p.close(m, ERROR_NODE);
        }
    }

    private static void matchArmList(Parser p) {
        int m = p.open();
        if (!p.at(L_CURLY)) {
            p.errorExpected();
            p.close(m, MATCH_ARM_LIST);
            return;
        }
        p.bump(L_CURLY);
        GrammarItems.innerAttrs(p);
        while (!p.atEof() && !p.at(R_CURLY)) {
            int a = p.open();
            GrammarItems.outerAttrs(p);
            int before = p.pos;
            GrammarPats.pattern(p);
            if (p.at(IF_KW)) {
                int g = p.open();
                p.bump(IF_KW);
                exprBp(p, p.open(), ALLOW_LET, 1);
                p.close(g, MATCH_GUARD);
            }
            if (!p.expect(FAT_ARROW)) {
                if (p.pos == before) {
                    p.bumpAny();
                }
                // skip to the next arm separator
                while (!p.atEof() && !p.at(R_CURLY) && !p.at(COMMA) && !p.at(FAT_ARROW)) {
                    if (GrammarItems.atDelimOpen(p)) {
                        GrammarItems.tokenTree(p);
                    } else {
                        p.bumpAny();
                    }
                }
                if (p.at(FAT_ARROW)) {
                    p.bump(FAT_ARROW);
                } else {
                    p.eat(COMMA);
                    p.close(a, MATCH_ARM);
                    continue;
                }
            }
            Done body = exprBp(p, p.open(), STMT, 1);
            if (!body.parsed) {
                p.errorExpected("expression");
            }
            if (p.at(COMMA)) {
                p.bump(COMMA);
            } else if (!p.at(R_CURLY) && !body.blockLike) {
                p.errorExpected();
            }
            p.close(a, MATCH_ARM);
        }
        p.expect(R_CURLY);
        p.close(m, MATCH_ARM_LIST);
    }

    // ------------------------------------------------------------------ blocks and statements

    /** A block expression {@code { ... }} as its own node. */
    static void blockExpr(Parser p) {
        int m = p.open();
        stmtList(p);
        p.close(m, BLOCK_EXPR);
    }

    /** The body block of if/while/for/loop: reports "expected `{`" if absent. */
    private static void block(Parser p) {
        if (p.at(L_CURLY)) {
            blockExpr(p);
        } else {
            p.errorExpected();
        }
    }

    static void stmtList(Parser p) {
        int m = p.open();
        TextRange openRange = p.currentRange();
        if (!p.expect(L_CURLY)) {
            p.close(m, STMT_LIST);
            return;
        }
        GrammarItems.innerAttrs(p);
        while (!p.atEof() && !p.at(R_CURLY)) {
            int errorsBefore = p.errors.size();
            stmt(p);
            if (p.errors.size() > errorsBefore && !p.errors.get(p.errors.size() - 1).message().startsWith("expected `;`")) {
                // like rustc, give up on the rest of this block after a hard error
                skipToBlockEnd(p);
            }
        }
        if (!p.eat(R_CURLY)) {
            p.error(SyntaxError.of("this file contains an unclosed delimiter", p.currentRange())
                    .withSecondary(openRange, "unclosed delimiter"));
        }
        p.close(m, STMT_LIST);
    }

    private static void skipToBlockEnd(Parser p) {
        if (p.at(R_CURLY) || p.atEof()) {
            return;
        }
        int e = p.open();
        int depth = 0;
        while (!p.atEof()) {
            SyntaxKind k = p.current();
            if (depth == 0 && k == R_CURLY) {
                break;
            }
            if (k == L_CURLY || k == L_PAREN || k == L_BRACK) {
                depth++;
            } else if ((k == R_CURLY || k == R_PAREN || k == R_BRACK) && depth > 0) {
                depth--;
            }
            p.bumpAny();
        }
        p.close(e, ERROR_NODE);
    }

    static void stmt(Parser p) {
        if (p.at(SEMICOLON)) {
            p.bump(SEMICOLON);
            return;
        }
        int m = p.openItem();
        GrammarItems.outerAttrs(p);
        if (p.at(LET_KW)) {
            letStmt(p, m);
            return;
        }
        if (GrammarItems.atItemStart(p) || (p.atContextual("macro_rules") && p.nth(1) == BANG)) {
            SyntaxKind k = GrammarItems.itemRest(p, m, true);
            if (k != null) {
                return;
            }
        }
        int before = p.pos;
        Done d = exprBp(p, m, STMT, 1);
        if (!d.parsed || p.pos == before) {
            if (p.sizeSince(m) > 0 && p.pos == before) {
                // attributes without a statement
                p.error("expected statement after outer attribute");
                p.close(m, ERROR_NODE);
                return;
            }
            p.errorExpected("expression");
            if (!p.at(R_CURLY)) {
                int e = p.open();
                if (GrammarItems.atDelimOpen(p)) {
                    GrammarItems.tokenTree(p);
                } else {
                    p.bumpAny();
                }
                p.close(e, ERROR_NODE);
            }
            return;
        }
        if (p.at(SEMICOLON)) {
            p.bump(SEMICOLON);
            p.close(m, EXPR_STMT);
            return;
        }
        if (p.at(R_CURLY) || p.atEof()) {
            return; // tail expression
        }
        if (d.blockLike) {
            p.close(m, EXPR_STMT);
            return;
        }
        statementEndError(p, p.kindAt(m), false);
        p.close(m, EXPR_STMT);
    }

    /**
     * The error after an expression statement (or a let initializer) that is followed by something
     * unexpected: rustc's "expected `;`" when the next token starts a new line, else its full
     * "expected one of" list.
     */
    static void statementEndError(Parser p, SyntaxKind lastExpr, boolean inLet) {
        if (p.atEof() || (p.newlineBeforeCurrent() && (canStartExpr(p) || p.current().isKeyword()))) {
            missingSemicolon(p);
            return;
        }
        java.util.List<String> items = new java.util.ArrayList<>(java.util.List.of("`.`", "`;`", "`?`", "an operator"));
        items.add(inLet ? "`else`" : "`}`");
        if (lastExpr == PATH_EXPR) {
            items.add("`!`");
            items.add("`::`");
            items.add("`{`");
        }
        p.errorExpectedOneOf(items);
    }

    /** rustc's "expected `;`, found X": the inline help after the previous token, X labelled. */
    static void missingSemicolon(Parser p) {
        TextRange prev = p.prevRange();
        if (p.atEof()) {
            p.error(SyntaxError.of("expected `;`, found `<eof>`", TextRange.empty(prev.end())).withLabel("expected `;`"));
            return;
        }
        p.error(SyntaxError.of("expected `;`, found " + p.foundDescription(), TextRange.empty(prev.end()))
                .withLabel("help: add `;` here")
                .withSecondary(p.currentRange(), "unexpected token"));
    }

    private static void letStmt(Parser p, int m) {
        int errorsBefore = p.errors.size();
        p.bump(LET_KW);
        int patStart = p.open();
        GrammarPats.pattern(p);
        String patText = p.textSince(patStart);
        boolean bareIdent = p.kindAt(patStart) == IDENT_PAT && !patText.contains("@");
        boolean sawColon = p.at(COLON) && !p.at(COLON2);
        SyntaxKind typeKind = null;
        if (p.at(COLON) && !p.at(COLON2)) {
            TextRange colon = p.currentRange();
            p.bump(COLON);
            if (!GrammarTypes.atTypeStart(p)) {
                p.error(p.placeExpected("expected type, found " + p.foundDescription(), "expected type")
                        .withSecondary(colon, "while parsing the type for `" + patText + "`"));
            } else {
                int t = p.open();
                GrammarTypes.type(p);
                typeKind = p.kindAt(t);
            }
        }
        if (!p.at(EQ) && !p.at(SEMICOLON) && !p.at(ELSE_KW) && !p.atEof() && p.errors.size() == errorsBefore
                && !(p.newlineBeforeCurrent() && (canStartExpr(p) || p.current().isKeyword()))) {
            java.util.List<String> items = new java.util.ArrayList<>(java.util.List.of("`;`", "`=`"));
            if (!sawColon) {
                items.add("`:`");
                items.add("`|`");
                if (bareIdent) {
                    items.add("`@`");
                }
            } else if (typeKind == PATH_TYPE) {
                items.addAll(java.util.List.of("`!`", "`(`", "`+`", "`::`", "`<`"));
            }
            p.errorExpectedOneOf(items);
        }
        if (p.at(EQ) && !p.at(EQ2)) {
            p.bump(EQ);
            int init = p.open();
            Done d = exprBp(p, init, 0, 1);
            if (!d.parsed) {
                p.errorExpected("expression");
            } else if (!p.at(SEMICOLON) && !p.at(ELSE_KW)) {
                statementEndError(p, p.kindAt(init), true);
            }
            if (p.at(ELSE_KW)) {
                int e = p.open();
                p.bump(ELSE_KW);
                if (p.at(L_CURLY)) {
                    blockExpr(p);
                } else {
                    p.errorExpected();
                }
                p.close(e, LET_ELSE);
            }
        }
        if (!p.eat(SEMICOLON) && p.errors.size() == errorsBefore) {
            missingSemicolon(p);
        }
        p.close(m, LET_STMT);
    }

    static boolean edition2018(Parser p) {
        return p.edition().atLeast(Edition.E2018);
    }
}
