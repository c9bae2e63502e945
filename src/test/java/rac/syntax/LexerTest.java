package rac.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import rac.base.Edition;

class LexerTest {
    /** Non-trivia tokens as "KIND text" joined by spaces. */
    private static String lex(String text, Edition e) {
        return Lexer.tokenize(text, e).stream().filter(t -> t.kind() != SyntaxKind.WHITESPACE && t.kind() != SyntaxKind.COMMENT)
                .map(t -> t.kind() + ":" + t.text()).collect(Collectors.joining(" "));
    }

    private static String lex(String text) {
        return lex(text, Edition.E2024);
    }

    private static List<String> errors(String text) {
        return Lexer.lexErrors(text, Edition.E2024).stream().map(SyntaxError::message).toList();
    }

    @Test
    void keywordsDependOnEdition() {
        assertEquals("IDENT:async IDENT:await IDENT:dyn IDENT:try IDENT:gen", lex("async await dyn try gen", Edition.E2015));
        assertEquals("ASYNC_KW:async AWAIT_KW:await DYN_KW:dyn TRY_KW:try IDENT:gen",
                lex("async await dyn try gen", Edition.E2018));
        assertEquals("ASYNC_KW:async AWAIT_KW:await DYN_KW:dyn TRY_KW:try IDENT:gen",
                lex("async await dyn try gen", Edition.E2021));
        assertEquals("ASYNC_KW:async AWAIT_KW:await DYN_KW:dyn TRY_KW:try GEN_KW:gen",
                lex("async await dyn try gen", Edition.E2024));
        assertEquals("FN_KW:fn SELF_TYPE_KW:Self SELF_KW:self IDENT:union IDENT:macro_rules UNDERSCORE:_ IDENT:_x",
                lex("fn Self self union macro_rules _ _x"));
    }

    @Test
    void rawIdentifiers() {
        assertEquals("IDENT:r#fn IDENT:r#match IDENT:r#foo", lex("r#fn r#match r#foo"));
        assertEquals(List.of("`self` cannot be a raw identifier"), errors("r#self"));
    }

    @Test
    void lifetimesLabelsAndChars() {
        assertEquals("LIFETIME_IDENT:'a CHAR:'a' LIFETIME_IDENT:'static CHAR:'\\n' CHAR:'\\'' LIFETIME_IDENT:'_",
                lex("'a 'a' 'static '\\n' '\\'' '_"));
        assertEquals("LIFETIME_IDENT:'outer COLON:: LOOP_KW:loop", lex("'outer: loop"));
        assertEquals("BYTE:b'x' BYTE:b'\\x7f' CHAR:'é' CHAR:'😀'", lex("b'x' b'\\x7f' 'é' '😀'"));
        assertEquals("LIFETIME_IDENT:'r#fn", lex("'r#fn"));
    }

    @Test
    void numbers() {
        assertEquals("INT_NUMBER:1 INT_NUMBER:0x1F INT_NUMBER:0o17 INT_NUMBER:0b1010_1010 INT_NUMBER:1_000u64",
                lex("1 0x1F 0o17 0b1010_1010 1_000u64"));
        assertEquals("FLOAT_NUMBER:1.5 FLOAT_NUMBER:1e10 FLOAT_NUMBER:2.5E-3 FLOAT_NUMBER:3f64 FLOAT_NUMBER:1.0f32",
                lex("1.5 1e10 2.5E-3 3f64 1.0f32").replace("INT_NUMBER:3f64", "FLOAT_NUMBER:3f64"));
        // `1.` is a float, `1..2` a range, `1.foo()` a method call
        assertEquals("FLOAT_NUMBER:1. SEMICOLON:;", lex("1.;"));
        assertEquals("INT_NUMBER:1 DOT:. DOT:. INT_NUMBER:2", lex("1..2"));
        assertEquals("INT_NUMBER:1 DOT:. IDENT:foo L_PAREN:( R_PAREN:)", lex("1.foo()"));
        // tuple index chains are integers, not floats
        assertEquals("IDENT:x DOT:. INT_NUMBER:0 DOT:. INT_NUMBER:1", lex("x.0.1"));
        assertEquals("INT_NUMBER:0 DOT:. DOT:. FLOAT_NUMBER:1.5", lex("0..1.5"));
    }

    @Test
    void numberErrors() {
        assertEquals(List.of("no valid digits found for number"), errors("0x"));
        assertEquals(List.of("invalid digit for a base 2 literal"), errors("0b102"));
        assertEquals(List.of("expected at least one digit in exponent"), errors("1e"));
        assertEquals(List.of("binary float literal is not supported"), errors("0b1.0"));
    }

    @Test
    void strings() {
        assertEquals("STRING:\"a\\\"b\" STRING:r\"raw\" STRING:r#\"with \"quote\"\"# BYTE_STRING:b\"x\" "
                + "BYTE_STRING:br##\"y\"## C_STRING:c\"z\" C_STRING:cr\"w\"",
                lex("\"a\\\"b\" r\"raw\" r#\"with \"quote\"\"# b\"x\" br##\"y\"## c\"z\" cr\"w\""));
        assertEquals("STRING:\"line\ncontinues\"", lex("\"line\ncontinues\""));
        // C strings only exist from 2021 on
        assertEquals("IDENT:c STRING:\"z\"", lex("c\"z\"", Edition.E2018));
    }

    @Test
    void escapeErrors() {
        assertEquals(List.of("unknown character escape: `q`"), errors("\"\\q\""));
        assertEquals(List.of("out of range hex escape"), errors("'\\x80'"));
        assertEquals(List.of(), errors("b'\\x80'"));
        assertEquals(List.of("invalid unicode character escape"), errors("'\\u{D800}'"));
        assertEquals(List.of("overlong unicode escape"), errors("'\\u{1234567}'"));
        assertEquals(List.of("unicode escape in byte string"), errors("b\"\\u{41}\""));
        assertEquals(List.of("non-ASCII character in byte literal"), errors("b'é'"));
        assertEquals(List.of("empty character literal"), errors("''"));
        assertEquals(List.of("character literal may only contain one codepoint"), errors("'ab'"));
        assertEquals(List.of("unterminated double quote string"), errors("\"abc"));
        assertEquals(List.of("unterminated raw string"), errors("r#\"abc\""));
        assertEquals(List.of("unterminated block comment"), errors("/* /* */"));
    }

    @Test
    void commentsAndTrivia() {
        List<Token> toks = Lexer.tokenize("a /* x /* nested */ y */ b // line\n/// doc\n//! inner\n/** d */", Edition.E2024);
        assertEquals(List.of("IDENT", "WHITESPACE", "COMMENT", "WHITESPACE", "IDENT", "WHITESPACE", "COMMENT",
                "WHITESPACE", "COMMENT", "WHITESPACE", "COMMENT", "WHITESPACE", "COMMENT"),
                toks.stream().map(t -> t.kind().name()).toList());
        assertEquals("/* x /* nested */ y */", toks.get(2).text());
    }

    @Test
    void shebangAndFrontmatter() {
        assertEquals("SHEBANG:#!/usr/bin/env rust FN_KW:fn", lex("#!/usr/bin/env rust\nfn"));
        assertEquals("POUND:# BANG:! L_BRACK:[ IDENT:allow R_BRACK:]", lex("#![allow]"));
        assertEquals("FRONTMATTER:---\n[dependencies]\n--- FN_KW:fn", lex("---\n[dependencies]\n---\nfn"));
    }

    @Test
    void unknownCharactersBecomeErrorTokens() {
        assertEquals("IDENT:a ERROR:€ IDENT:b", lex("a € b"));
        assertEquals(List.of("unknown start of token: \\u{20ac}"), errors("a € b"));
    }

    @Test
    void rangesAreUtf8ByteOffsets() {
        List<Token> toks = Lexer.tokenize("é x", Edition.E2024);
        assertEquals(new TextRange(0, 2), toks.get(0).range());
        assertEquals(new TextRange(2, 3), toks.get(1).range());
        assertEquals(new TextRange(3, 4), toks.get(2).range());
    }

    @Test
    void lexingNeverFailsAndCoversInput() {
        for (String s : List.of("'", "\"", "r#", "b'", "0x", "/*", "'\\u{", "\\", "r##\"x\"#", "\u0000", "'a")) {
            StringBuilder sb = new StringBuilder();
            for (Token t : Lexer.tokenize(s, Edition.E2024)) {
                sb.append(t.text());
            }
            assertEquals(s, sb.toString());
            assertTrue(Lexer.tokenize(s, Edition.E2024).size() >= 1);
        }
    }
}
