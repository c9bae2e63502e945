package rac.syntax.ast;

import java.util.ArrayList;
import java.util.List;
import rac.syntax.SyntaxElement;
import rac.syntax.SyntaxKind;
import rac.syntax.SyntaxNode;
import rac.syntax.SyntaxToken;

/**
 * A delimited token tree {@code ( ... )}, {@code [ ... ]} or {@code { ... }} as used by macro calls and
 * attributes. Gives a trivia-free view for macro expansion: leaves with their spacing, and subtrees.
 */
public final class TokenTree extends AstNode {
    /** Kind of the nodes this class wraps. */
    public static final SyntaxKind KIND = SyntaxKind.TOKEN_TREE;

    public TokenTree(SyntaxNode node) {
        super(node);
    }

    /** Wraps {@code node} if it is a TOKEN_TREE, else returns null. */
    public static TokenTree cast(SyntaxNode node) {
        return node != null && node.kind() == KIND ? new TokenTree(node) : null;
    }

    /** The delimiter kind of a token tree. */
    public enum Delimiter { PAREN, BRACKET, BRACE, NONE }

    /** One element inside the delimiters: a leaf token or a nested tree. */
    public sealed interface Element permits Leaf, Subtree {
    }

    /**
     * A leaf token. {@code joint} is true when the next token follows with no whitespace in between
     * (proc_macro's {@code Spacing::Joint}), which tells {@code >>=} from {@code > >=}.
     */
    public record Leaf(SyntaxToken token, boolean joint) implements Element {
        public SyntaxKind kind() {
            return token.kind();
        }

        public String text() {
            return token.text();
        }
    }

    /** A nested token tree. */
    public record Subtree(TokenTree tree) implements Element {
    }

    /** The opening delimiter. */
    public Delimiter delimiter() {
        SyntaxToken t = syntax().firstSignificantChildToken();
        if (t == null) {
            return Delimiter.NONE;
        }
        return switch (t.kind()) {
            case L_PAREN -> Delimiter.PAREN;
            case L_BRACK -> Delimiter.BRACKET;
            case L_CURLY -> Delimiter.BRACE;
            default -> Delimiter.NONE;
        };
    }

    /** The elements between the delimiters, trivia removed. */
    public List<Element> elements() {
        List<SyntaxElement> raw = syntax().childrenWithTokens();
        List<Element> out = new ArrayList<>();
        int first = -1;
        int last = -1;
        for (int i = 0; i < raw.size(); i++) {
            if (!(raw.get(i) instanceof SyntaxToken t && t.kind().isTrivia())) {
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
        }
        Delimiter d = delimiter();
        int from = d == Delimiter.NONE ? 0 : first + 1;
        int to = raw.size();
        if (d != Delimiter.NONE && last > first) {
            SyntaxElement l = raw.get(last);
            if (l instanceof SyntaxToken lt && isClose(lt.kind())) {
                to = last;
            }
        }
        for (int i = from; i < to; i++) {
            SyntaxElement e = raw.get(i);
            switch (e) {
                case SyntaxToken t -> {
                    if (t.kind().isTrivia()) {
                        continue;
                    }
                    boolean joint = i + 1 < raw.size() && !(raw.get(i + 1) instanceof SyntaxToken n && n.kind().isTrivia())
                            && i + 1 < to;
                    out.add(new Leaf(t, joint));
                }
                case SyntaxNode n -> {
                    TokenTree tt = TokenTree.cast(n);
                    if (tt != null) {
                        out.add(new Subtree(tt));
                    }
                }
            }
        }
        return out;
    }

    private static boolean isClose(SyntaxKind k) {
        return k == SyntaxKind.R_PAREN || k == SyntaxKind.R_BRACK || k == SyntaxKind.R_CURLY;
    }
}
