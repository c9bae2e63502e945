package rac.syntax;

import static rac.syntax.SyntaxKind.*;

import java.util.ArrayList;
import java.util.List;
import rac.base.Edition;

/**
 * Recursive-descent parser producing a lossless green tree. Parsing never throws: it returns the tree
 * and its errors. The grammar lives in the {@code Grammar*} classes; this class holds the token
 * cursor, the tree builder and error reporting.
 *
 * <p>Nodes are built with {@link #open()} (a checkpoint: the index of the next child) and
 * {@link #close(int, SyntaxKind)} (wrap every child since the checkpoint into a node). Closing
 * returns the same checkpoint, so a finished node can be wrapped again ("precede").
 */
public final class Parser {
    final Lexed lexed;
    final Edition edition;
    final String text;
    /** Raw indices of the significant (non-trivia) tokens, with an EOF sentinel at the end. */
    private final int[] sig;
    private final int sigCount;
    /** Current position in {@link #sig}. */
    int pos;
    /** Whether the parser is in a trait's item list (not inside a function body there). */
    boolean inTraitItems;
    /** Next raw token not yet placed in the tree. */
    private int rawPos;
    /** The stack of finished children not yet wrapped into a node. */
    private GreenElement[] stack = new GreenElement[256];
    private int stackSize;
    /** Kinds of the significant tokens (parallel to {@link #sig}). */
    private final SyntaxKind[] sigKinds;
    /** Unbalanced-delimiter errors; when present they replace the parser's own errors, as in rustc. */
    private final Delimiters.Result delimiters;
    final List<SyntaxError> errors = new ArrayList<>();
    /** Kinds checked at the current position since the last bump, for "expected one of" messages. */
    private final long[] expected = new long[(SyntaxKind.values().length + 63) / 64];
    private final List<String> expectedExtra = new ArrayList<>(4);
    /** The position at which {@link #expected} was collected. */
    private int expectedPos = -1;
    /** Byte offset of the last error reported, to avoid cascades at one position. */
    private int lastErrorAt = -1;

    private Parser(String text, Edition edition) {
        this.text = text;
        this.edition = edition;
        this.lexed = Lexer.lex(text, edition);
        int n = lexed.count;
        int[] s = new int[n + 1];
        int c = 0;
        for (int i = 0; i < n; i++) {
            SyntaxKind k = SyntaxKind.of(lexed.kinds[i]);
            if (!k.isTrivia() && k != ERROR) {
                s[c++] = i;
            }
        }
        s[c] = n;
        this.sig = s;
        this.sigCount = c;
        SyntaxKind[] all = SyntaxKind.values();
        SyntaxKind[] sk = new SyntaxKind[c + 1];
        for (int i = 0; i < c; i++) {
            sk[i] = all[lexed.kinds[s[i]]];
        }
        sk[c] = EOF;
        this.sigKinds = sk;
        this.delimiters = Delimiters.check(lexed);
    }

    /** Parses a whole source file. */
    public static Parse parse(String text, Edition edition) {
        Parser p = new Parser(text, edition);
        GrammarItems.sourceFile(p);
        return p.finishTree(SOURCE_FILE);
    }

    /** Parses a registered source file. */
    public static Parse parseFile(rac.base.SourceFile file, Edition edition) {
        return parse(file.text(), edition);
    }

    /** Parses {@code text} as a single expression (used by tests and macro expansion). */
    public static Parse parseExpr(String text, Edition edition) {
        return parseFragment(text, edition, FragmentKind.EXPR);
    }

    /** The syntactic category a macro expansion is parsed as (rustc's AstFragmentKind). */
    public enum FragmentKind {
        /** One expression; root SOURCE_FILE holding the expression node. */
        EXPR,
        /** One type; root SOURCE_FILE holding the type node. */
        TYPE,
        /** One pattern (or-patterns allowed); root SOURCE_FILE holding the pattern node. */
        PAT,
        /** A path (type-position generics); root SOURCE_FILE holding a PATH. */
        PATH,
        /** Zero or more items; root MACRO_ITEMS. */
        ITEMS,
        /** Statements with an optional tail expression; root MACRO_STMTS. */
        STMTS
    }

    /**
     * Parses {@code text} as one syntactic fragment, e.g. a macro expansion result. Leftover input is
     * reported as "macro expansion ignores token" style errors and kept in the tree.
     */
    public static Parse parseFragment(String text, Edition edition, FragmentKind kind) {
        Parser p = new Parser(text, edition);
        SyntaxKind root = SOURCE_FILE;
        switch (kind) {
            case EXPR -> GrammarExprs.expr(p);
            case TYPE -> GrammarTypes.type(p);
            case PAT -> GrammarPats.pattern(p);
            case PATH -> GrammarPaths.path(p, GrammarPaths.Mode.TYPE);
            case ITEMS -> {
                root = MACRO_ITEMS;
                while (!p.atEof()) {
                    if (!GrammarItems.item(p, false)) {
                        GrammarItems.notAnItem(p);
                        if (p.at(R_CURLY)) {
                            p.errorAndBump("unexpected closing delimiter: `}`");
                        }
                    }
                }
            }
            case STMTS -> {
                root = MACRO_STMTS;
                while (!p.atEof()) {
                    int before = p.pos;
                    GrammarExprs.stmt(p);
                    if (p.pos == before) {
                        p.bumpAny();
                    }
                }
            }
        }
        if (!p.atEof()) {
            p.error(SyntaxError.of("macro expansion ignores token " + p.foundDescription()
                    + " and any following", p.currentRange()));
        }
        return p.finishTree(root);
    }

    private Parse finishTree(SyntaxKind rootKind) {
        checkDocComments();
        // every byte ends up in the tree
        while (pos < sigCount) {
            bumpAny();
        }
        flushTrivia(lexed.count);
        GreenNode root = new GreenNode(rootKind, java.util.Arrays.copyOf(stack, stackSize));
        // rustc's order: lexer errors as it lexes (up to where lexing stopped), then delimiter errors;
        // only if the delimiters balance does the parser run and report its own errors.
        List<SyntaxError> all = new ArrayList<>();
        boolean fatal = false;
        List<SyntaxError> lexErrors = new ArrayList<>(lexed.errors);
        lexErrors.sort((a, b) -> Integer.compare(a.range().start(), b.range().start()));
        for (SyntaxError e : lexErrors) {
            if (e.range().start() >= delimiters.stopOffset()) {
                break;
            }
            all.add(e);
            if (isFatalLexError(e)) {
                fatal = true; // rustc stops after an unterminated literal or comment
                break;
            }
        }
        if (!fatal) {
            if (!delimiters.errors().isEmpty()) {
                all.addAll(delimiters.errors());
            } else {
                List<SyntaxError> parseErrors = new ArrayList<>(errors);
                parseErrors.sort((a, b) -> Integer.compare(a.range().start(), b.range().start()));
                all.addAll(parseErrors);
                all.addAll(lexed.lateErrors);
            }
        }
        return new Parse(root, all);
    }

    private static boolean isFatalLexError(SyntaxError e) {
        String c = e.code();
        return c != null && (c.equals("E0758") || c.equals("E0765") || c.equals("E0766") || c.equals("E0748")
                || c.equals("E0762") || c.equals("E0763"));
    }

    // ------------------------------------------------------------------ token cursor

    /** Kind of the n-th significant token ahead. */
    SyntaxKind nth(int n) {
        int i = pos + n;
        return i < sigCount ? sigKinds[i] : EOF;
    }

    SyntaxKind current() {
        return nth(0);
    }

    /** Whether the n-th and (n+1)-th significant tokens are adjacent in the text. */
    boolean joint(int n) {
        int i = pos + n;
        return i + 1 < sigCount && sig[i + 1] == sig[i] + 1;
    }

    /** Text of the n-th significant token ahead. */
    String nthText(int n) {
        int i = pos + n;
        return i < sigCount ? lexed.tokenText(sig[i]) : "";
    }

    boolean nthTextIs(int n, String s) {
        int i = pos + n;
        if (i >= sigCount) {
            return false;
        }
        int raw = sig[i];
        int st = lexed.start(raw);
        return lexed.end(raw) - st == s.length() && text.startsWith(s, st);
    }

    boolean atEof() {
        return pos >= sigCount;
    }

    /** Byte offset of the current token's start. */
    int currentStart() {
        return pos < sigCount ? lexed.byteStart(sig[pos]) : lexed.byteOffset(text.length());
    }

    /** Byte range of the current token. */
    TextRange currentRange() {
        if (pos < sigCount) {
            int r = sig[pos];
            return TextRange.at(lexed.byteStart(r), lexed.byteLen(r));
        }
        int end = lexed.byteOffset(text.length());
        return TextRange.empty(end);
    }

    /** Byte range of the n-th token ahead. */
    TextRange nthRange(int n) {
        int i = pos + n;
        if (i < sigCount) {
            int r = sig[i];
            return TextRange.at(lexed.byteStart(r), lexed.byteLen(r));
        }
        return TextRange.empty(lexed.byteOffset(text.length()));
    }

    /** Byte range of the previous significant token (empty at 0 if none). */
    TextRange prevRange() {
        if (pos == 0) {
            return TextRange.empty(0);
        }
        int r = sig[pos - 1];
        return TextRange.at(lexed.byteStart(r), lexed.byteLen(r));
    }

    /** Number of single-character tokens making up a composite kind. */
    private static int width(SyntaxKind k) {
        return switch (k) {
            case DOT3, DOT2EQ, SHLEQ, SHREQ -> 3;
            case DOT2, COLON2, EQ2, FAT_ARROW, NEQ, THIN_ARROW, LTEQ, GTEQ, PLUSEQ, MINUSEQ, PIPEEQ, AMPEQ,
                 CARETEQ, SLASHEQ, STAREQ, PERCENTEQ, AMP2, PIPE2, SHL, SHR, LARROW -> 2;
            default -> 1;
        };
    }

    /** Whether a (possibly composite) kind is at the n-th position, without recording it as expected. */
    boolean nthAt(int n, SyntaxKind k) {
        return switch (k) {
            case DOT2 -> nth(n) == DOT && joint(n) && nth(n + 1) == DOT;
            case DOT3 -> nth(n) == DOT && joint(n) && nth(n + 1) == DOT && joint(n + 1) && nth(n + 2) == DOT;
            case DOT2EQ -> nth(n) == DOT && joint(n) && nth(n + 1) == DOT && joint(n + 1) && nth(n + 2) == EQ;
            case COLON2 -> nth(n) == COLON && joint(n) && nth(n + 1) == COLON;
            case EQ2 -> pair(n, EQ, EQ);
            case FAT_ARROW -> pair(n, EQ, R_ANGLE);
            case NEQ -> pair(n, BANG, EQ);
            case THIN_ARROW -> pair(n, MINUS, R_ANGLE);
            case LTEQ -> pair(n, L_ANGLE, EQ);
            case GTEQ -> pair(n, R_ANGLE, EQ);
            case PLUSEQ -> pair(n, PLUS, EQ);
            case MINUSEQ -> pair(n, MINUS, EQ);
            case PIPEEQ -> pair(n, PIPE, EQ);
            case AMPEQ -> pair(n, AMP, EQ);
            case CARETEQ -> pair(n, CARET, EQ);
            case SLASHEQ -> pair(n, SLASH, EQ);
            case STAREQ -> pair(n, STAR, EQ);
            case PERCENTEQ -> pair(n, PERCENT, EQ);
            case AMP2 -> pair(n, AMP, AMP);
            case PIPE2 -> pair(n, PIPE, PIPE);
            case SHL -> pair(n, L_ANGLE, L_ANGLE);
            case SHR -> pair(n, R_ANGLE, R_ANGLE);
            case LARROW -> pair(n, L_ANGLE, MINUS);
            case SHLEQ -> pair(n, L_ANGLE, L_ANGLE) && joint(n + 1) && nth(n + 2) == EQ;
            case SHREQ -> pair(n, R_ANGLE, R_ANGLE) && joint(n + 1) && nth(n + 2) == EQ;
            default -> nth(n) == k;
        };
    }

    private boolean pair(int n, SyntaxKind a, SyntaxKind b) {
        return nth(n) == a && joint(n) && nth(n + 1) == b;
    }

    /** Whether {@code k} is at the current position; records it for "expected" messages. */
    boolean at(SyntaxKind k) {
        if (expectedPos != pos) {
            clearExpected();
            expectedPos = pos;
        }
        expected[k.ordinal() >>> 6] |= 1L << (k.ordinal() & 63);
        return nthAt(0, k);
    }

    /** Records a description (like "identifier") for "expected" messages. */
    void expectedAlso(String what) {
        if (expectedPos != pos) {
            clearExpected();
            expectedPos = pos;
        }
        if (!expectedExtra.contains(what)) {
            expectedExtra.add(what);
        }
    }

    /** Whether the current token is an identifier with the given text (a contextual keyword). */
    boolean atContextual(String kw) {
        return nth(0) == IDENT && nthTextIs(0, kw);
    }

    boolean nthContextual(int n, String kw) {
        return nth(n) == IDENT && nthTextIs(n, kw);
    }

    /** Bumps {@code k} if it is at the current position. */
    boolean eat(SyntaxKind k) {
        if (!at(k)) {
            return false;
        }
        bump(k);
        return true;
    }

    /** Bumps a (possibly composite) token; the caller has checked it is there. */
    void bump(SyntaxKind k) {
        int w = width(k);
        addToken(k, w);
    }

    /** Bumps the current token, whatever it is, with its own kind. */
    void bumpAny() {
        if (atEof()) {
            return;
        }
        addToken(nth(0), 1);
    }

    /** Bumps the current token but gives it kind {@code k} (contextual keywords). */
    void bumpRemap(SyntaxKind k) {
        if (atEof()) {
            return;
        }
        addToken(k, 1);
    }

    private void addToken(SyntaxKind k, int width) {
        if (pos >= sigCount) {
            return;
        }
        int first = sig[pos];
        flushTrivia(first);
        int last = sig[Math.min(pos + width - 1, sigCount - 1)];
        int from = lexed.start(first);
        int to = lexed.end(last);
        int byteLen = lexed.byteOffset(to) - lexed.byteOffset(from);
        push(k == IDENT ? internIdent(from, to, byteLen) : GreenToken.slice(k, text, from, to, byteLen));
        rawPos = last + 1;
        pos += width;
    }

    private void clearExpected() {
        for (int i = 0; i < expected.length; i++) {
            expected[i] = 0;
        }
        expectedExtra.clear();
    }

    /**
     * Splits the current token: emits its first {@code chars} characters as a token of kind {@code k}
     * and leaves the rest as the current token (used for {@code x.0.1} style float splitting).
     */
    private void flushTrivia(int upTo) {
        while (rawPos < upTo) {
            int r = rawPos;
            push(GreenToken.slice(SyntaxKind.of(lexed.kinds[r]), text, lexed.start(r), lexed.end(r),
                    lexed.byteLen(r)));
            rawPos++;
        }
    }

    // ------------------------------------------------------------------ tree building

    /** Starts a node at the current position (leading trivia stays outside). */
    int open() {
        if (pos < sigCount) {
            flushTrivia(sig[pos]);
        } else {
            flushTrivia(lexed.count);
        }
        return stackSize;
    }

    /** Per-parse table of identifier tokens, so each distinct name is one shared token. */
    private GreenToken[] idents = new GreenToken[1024];
    private int identCount;

    private GreenToken internIdent(int from, int to, int byteLen) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + text.charAt(i);
        }
        int mask = idents.length - 1;
        int slot = (h ^ (h >>> 16)) & mask;
        int n = to - from;
        while (true) {
            GreenToken t = idents[slot];
            if (t == null) {
                GreenToken fresh = GreenToken.slice(IDENT, text, from, to, byteLen);
                idents[slot] = fresh;
                if (++identCount * 2 > idents.length) {
                    rehashIdents();
                }
                return fresh;
            }
            String tt = t.text();
            if (tt.length() == n && text.regionMatches(from, tt, 0, n)) {
                return t;
            }
            slot = (slot + 1) & mask;
        }
    }

    private void rehashIdents() {
        GreenToken[] old = idents;
        idents = new GreenToken[old.length * 2];
        int mask = idents.length - 1;
        for (GreenToken t : old) {
            if (t != null) {
                int h = t.text().hashCode();
                int slot = (h ^ (h >>> 16)) & mask;
                while (idents[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                idents[slot] = t;
            }
        }
    }

    private void push(GreenElement e) {
        if (stackSize == stack.length) {
            stack = java.util.Arrays.copyOf(stack, stackSize * 2);
        }
        stack[stackSize++] = e;
    }

    /**
     * Starts an item node: preceding comments (not separated by a blank line) are attached to it, as
     * rust-analyzer does, so doc comments belong to their item.
     */
    int openItem() {
        int target = pos < sigCount ? sig[pos] : lexed.count;
        int attach = target;
        int r = target - 1;
        while (r >= rawPos) {
            SyntaxKind k = SyntaxKind.of(lexed.kinds[r]);
            if (k == COMMENT) {
                attach = r;
            } else if (k == WHITESPACE) {
                if (countNewlines(r) >= 2) {
                    break;
                }
            } else {
                break;
            }
            r--;
        }
        flushTrivia(attach);
        return stackSize;
    }

    private int countNewlines(int raw) {
        int n = 0;
        for (int i = lexed.start(raw); i < lexed.end(raw); i++) {
            if (text.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }

    /** Wraps all children since checkpoint {@code m} into a node of {@code kind}; returns {@code m}. */
    int close(int m, SyntaxKind kind) {
        int n = stackSize;
        GreenElement[] kids = new GreenElement[n - m];
        System.arraycopy(stack, m, kids, 0, n - m);
        for (int i = m + 1; i < n; i++) {
            stack[i] = null;
        }
        stack[m] = new GreenNode(kind, kids);
        stackSize = m + 1;
        return m;
    }

    /** The kind of the node most recently closed at checkpoint {@code m}, or null. */
    SyntaxKind kindAt(int m) {
        if (m < stackSize && stack[m] instanceof GreenNode n) {
            return n.kind();
        }
        return null;
    }

    /** Changes the kind of the node at checkpoint {@code m} (e.g. PATH_EXPR to MACRO_EXPR decisions). */
    void retag(int m, SyntaxKind kind) {
        if (m < stackSize && stack[m] instanceof GreenNode n) {
            GreenElement[] kids = new GreenElement[n.childCount()];
            for (int i = 0; i < kids.length; i++) {
                kids[i] = n.child(i);
            }
            stack[m] = new GreenNode(kind, kids);
        }
    }

    /** The source text of the children since checkpoint {@code m}. */
    String textSince(int m) {
        StringBuilder sb = new StringBuilder();
        for (int i = m; i < stackSize; i++) {
            stack[i].writeText(sb);
        }
        return sb.toString();
    }

    /** If the node at checkpoint {@code m} is a comparison BIN_EXPR, the byte range of its operator. */
    TextRange comparisonOpOfNodeAt(int m) {
        if (!(m < stackSize && stack[m] instanceof GreenNode n) || n.kind() != BIN_EXPR) {
            return null;
        }
        int start = startOffsetOf(m);
        for (int i = 0; i < n.childCount(); i++) {
            GreenElement c = n.child(i);
            if (c instanceof GreenToken t) {
                switch (t.kind()) {
                    case EQ2, NEQ, L_ANGLE, R_ANGLE, LTEQ, GTEQ -> {
                        return TextRange.at(start, t.textLength());
                    }
                    default -> {
                    }
                }
            }
            start += c.textLength();
        }
        return null;
    }

    /** Byte offset where the stack entry {@code m} starts. */
    private int startOffsetOf(int m) {
        // total length of the tree built so far, minus the entries from m on
        int end = rawPos < lexed.count ? lexed.byteOffset(lexed.start(rawPos)) : lexed.byteOffset(text.length());
        for (int i = stackSize - 1; i >= m; i--) {
            end -= stack[i].textLength();
        }
        return end;
    }

    /** Number of children since checkpoint {@code m} (to detect empty nodes). */
    int sizeSince(int m) {
        return stackSize - m;
    }

    // ------------------------------------------------------------------ doc comments

    /** Raw indices of trivia where inner doc comments are allowed (where inner attributes are). */
    private final java.util.BitSet innerDocOk = new java.util.BitSet();
    /** Raw indices of tokens inside macro token trees, where doc comments are just tokens. */
    private final java.util.BitSet inTokenTree = new java.util.BitSet();
    private int tokenTreeDepth;
    private int tokenTreeStartRaw;

    /** Marks the trivia before the current token as a place where inner doc comments are allowed. */
    void allowInnerDocsBeforeCurrent() {
        int to = pos < sigCount ? sig[pos] : lexed.count;
        int from = pos > 0 ? sig[pos - 1] + 1 : 0;
        innerDocOk.set(from, to);
    }

    void enterTokenTree() {
        if (tokenTreeDepth++ == 0) {
            tokenTreeStartRaw = pos < sigCount ? sig[pos] : lexed.count;
        }
    }

    void exitTokenTree() {
        if (--tokenTreeDepth == 0) {
            int end = pos > 0 ? sig[pos - 1] + 1 : 0;
            if (end > tokenTreeStartRaw) {
                inTokenTree.set(tokenTreeStartRaw, end);
            }
        }
    }

    private static boolean isOuterDoc(String t) {
        return (t.startsWith("///") && !t.startsWith("////"))
                || (t.startsWith("/**") && !t.startsWith("/***") && !t.equals("/**/"));
    }

    private static boolean isInnerDoc(String t) {
        return t.startsWith("//!") || t.startsWith("/*!");
    }

    /** rustc's doc comment placement errors (E0585, E0753), from the token stream. */
    private void checkDocComments() {
        int sigIndex = 0;
        for (int r = 0; r < lexed.count; r++) {
            if (sigIndex < sigCount && sig[sigIndex] <= r) {
                while (sigIndex < sigCount && sig[sigIndex] <= r) {
                    sigIndex++;
                }
                continue;
            }
            if (lexed.kinds[r] != COMMENT.ordinal() || inTokenTree.get(r)) {
                continue;
            }
            int st = lexed.start(r);
            if (text.startsWith("///", st) || text.startsWith("/**", st)) {
                String t = lexed.tokenText(r);
                if (!isOuterDoc(t)) {
                    continue;
                }
                SyntaxKind next = sigIndex < sigCount ? sigKinds[sigIndex] : EOF;
                if (next == R_CURLY || next == EOF) {
                    error(SyntaxError.of("found a documentation comment that doesn't document anything",
                            TextRange.at(lexed.byteStart(r), lexed.byteLen(r))).withCode("E0585")
                            .withHelp("doc comments must come before what they document, if a comment was intended use `//`"));
                }
            } else if ((text.startsWith("//!", st) || text.startsWith("/*!", st)) && !innerDocOk.get(r)) {
                error(SyntaxError.of("expected outer doc comment", TextRange.at(lexed.byteStart(r), lexed.byteLen(r)))
                        .withCode("E0753"));
            }
        }
    }

    // ------------------------------------------------------------------ errors

    void error(SyntaxError e) {
        if (e.range().start() == lastErrorAt && !errors.isEmpty()) {
            return; // one error per position: later ones are cascades
        }
        lastErrorAt = e.range().start();
        errors.add(e);
    }

    /** Reports {@code message} at the current token. */
    void error(String message) {
        error(SyntaxError.of(message, currentRange()));
    }

    /** Reports {@code message} at the current token and bumps it into an ERROR node. */
    void errorAndBump(String message) {
        error(message);
        if (!atEof()) {
            int m = open();
            bumpAny();
            close(m, ERROR_NODE);
        }
    }

    /** Expects {@code k}; on mismatch reports rustc's "expected ..., found ..." and does not move. */
    boolean expect(SyntaxKind k) {
        if (eat(k)) {
            return true;
        }
        errorExpected();
        return false;
    }

    /** Describes the current token as rustc does in "found ..." messages. */
    String foundDescription() {
        if (atEof()) {
            return "<eof>";
        }
        SyntaxKind k = nth(0);
        String t = nthText(0);
        if (k.isKeyword() && k.ordinal() < AUTO_KW.ordinal()) {
            if (k == ABSTRACT_KW || k == BECOME_KW || k == BOX_KW || k == DO_KW || k == FINAL_KW || k == MACRO_KW
                    || k == OVERRIDE_KW || k == PRIV_KW || k == TYPEOF_KW || k == UNSIZED_KW || k == VIRTUAL_KW
                    || k == YIELD_KW || k == TRY_KW || k == GEN_KW) {
                return "reserved keyword `" + t + "`";
            }
            return "keyword `" + t + "`";
        }
        if (k == COMMENT) {
            return "doc comment";
        }
        if (k == LIFETIME_IDENT) {
            return "lifetime `" + t + "`";
        }
        // rustc shows the whole glued operator
        for (SyntaxKind g : new SyntaxKind[] {SHLEQ, SHREQ, DOT3, DOT2EQ, DOT2, COLON2, EQ2, FAT_ARROW, NEQ,
            THIN_ARROW, LTEQ, GTEQ, PLUSEQ, MINUSEQ, PIPEEQ, AMPEQ, CARETEQ, SLASHEQ, STAREQ, PERCENTEQ, AMP2,
            PIPE2, SHL, SHR, LARROW}) {
            if (nthAt(0, g)) {
                return "`" + g.fixedText() + "`";
            }
        }
        return "`" + t + "`";
    }

    /** The rustc-style description of the expected set ("`;`", "one of `(`, `::`, or `<`"). */
    String expectedDescription() {
        if (expectedPos != pos) {
            clearExpected();
            expectedPos = pos;
        }
        List<String> items = new ArrayList<>();
        for (SyntaxKind k : SyntaxKind.values()) {
            if ((expected[k.ordinal() >>> 6] & (1L << (k.ordinal() & 63))) != 0) {
                String d = describeExpected(k);
                if (d != null && !items.contains(d)) {
                    items.add(d);
                }
            }
        }
        for (String s : expectedExtra) {
            if (!items.contains(s)) {
                items.add(s);
            }
        }
        items.sort(String::compareTo);
        if (items.isEmpty()) {
            return null;
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        StringBuilder sb = new StringBuilder("one of ");
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                sb.append(i == items.size() - 1 ? (items.size() == 2 ? " or " : ", or ") : ", ");
            }
            sb.append(items.get(i));
        }
        return sb.toString();
    }

    private static String describeExpected(SyntaxKind k) {
        if (k.fixedText() != null) {
            return "`" + k.fixedText() + "`";
        }
        return switch (k) {
            case IDENT -> "identifier";
            case LIFETIME_IDENT -> "lifetime";
            default -> null;
        };
    }

    /** Reports "expected X, found Y" from the recorded expected set. */
    void errorExpected() {
        String exp = expectedDescription();
        String found = foundDescription();
        String msg = (exp == null ? "unexpected token" : "expected " + exp) + ", found " + found;
        error(placeExpected(msg, expectedLabel(exp)));
    }

    /** rustc's label for an expected set: the list itself up to six entries, else a count. */
    String expectedLabel(String exp) {
        if (exp == null) {
            return "unexpected token";
        }
        if (exp.startsWith("one of")) {
            int n = Integer.parseInt(countDescr());
            return n > 6 ? "expected one of " + n + " possible tokens" : "expected " + exp;
        }
        return "expected " + exp;
    }

    /** Reports "expected one of ..., found X" for an explicit list of expected items. */
    void errorExpectedOneOf(List<String> items) {
        clearExpected();
        for (String s : items) {
            expectedAlso(s);
        }
        errorExpected();
    }

    /** Whether a line break separates the previous significant token from the current one. */
    boolean newlineBeforeCurrent() {
        return pos > 0 && !atEof() && newlineBetween(pos - 1, pos);
    }

    /**
     * rustc's placement for "expected ..., found ..." errors: on the found token, unless it starts a
     * new line, in which case the "expected" label goes right after the previous token and the found
     * token is labelled "unexpected token".
     */
    SyntaxError placeExpected(String msg, String expectedLabel) {
        TextRange cur = currentRange();
        if (pos > 0 && !atEof() && newlineBetween(pos - 1, pos)) {
            TextRange prev = prevRange();
            return SyntaxError.of(msg, cur).withLabel("unexpected token")
                    .withSecondary(TextRange.empty(prev.end()), expectedLabel);
        }
        return SyntaxError.of(msg, cur).withLabel(expectedLabel);
    }

    /** Whether a line break separates significant tokens {@code a} and {@code b} (indices into sig). */
    private boolean newlineBetween(int a, int b) {
        int from = lexed.end(sig[a]);
        int to = lexed.start(sig[b]);
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n') {
                return true;
            }
        }
        return false;
    }

    private String countDescr() {
        String d = expectedDescription();
        if (d == null) {
            return "0";
        }
        int n = 1;
        int depth = 0;
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (c == '`') {
                depth ^= 1;
            } else if (c == ',' && depth == 0) {
                n++;
            }
        }
        return String.valueOf(n);
    }

    /** Reports "expected WHAT, found Y" at the current token. */
    void errorExpected(String what) {
        String msg = "expected " + what + ", found " + foundDescription();
        // rustc labels the found token for a missing expression even across a line break; only
        // the "expected one of <tokens>" errors move their label after the previous token.
        if (what.equals("expression")) {
            error(SyntaxError.of(msg, currentRange()).withLabel("expected expression"));
            return;
        }
        error(placeExpected(msg, "expected " + what));
    }

    Edition edition() {
        return edition;
    }
}
