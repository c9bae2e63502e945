package rac.syntax.ast;

import java.util.ArrayList;
import java.util.List;
import rac.syntax.SyntaxNode;
import rac.syntax.TextRange;

/**
 * Base of the typed AST classes: a thin wrapper over a {@link SyntaxNode} with helpers to find
 * typed children. Missing children are null (or empty lists); nothing here throws.
 */
public abstract class AstNode implements AstNodeLike {
    private final SyntaxNode node;

    protected AstNode(SyntaxNode node) {
        this.node = node;
    }

    @Override
    public final SyntaxNode syntax() {
        return node;
    }

    /** The exact source text of this node. */
    public String text() {
        return node.text();
    }

    /** The byte range of this node. */
    public TextRange textRange() {
        return node.textRange();
    }

    /** The first child castable to {@code type}, or null. */
    protected <T> T child(Class<T> type) {
        for (SyntaxNode c : node.children()) {
            T t = AstCasts.cast(type, c);
            if (t != null) {
                return t;
            }
        }
        return null;
    }

    /** All children castable to {@code type}. */
    protected <T> List<T> children(Class<T> type) {
        List<T> out = new ArrayList<>();
        for (SyntaxNode c : node.children()) {
            T t = AstCasts.cast(type, c);
            if (t != null) {
                out.add(t);
            }
        }
        return out;
    }

    /** The n-th child expression, or null. */
    protected Expr nthExpr(int n) {
        int i = 0;
        for (SyntaxNode c : node.children()) {
            Expr e = Expr.cast(c);
            if (e != null) {
                if (i == n) {
                    return e;
                }
                i++;
            }
        }
        return null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AstNode a && a.getClass() == getClass() && a.node.equals(node);
    }

    @Override
    public int hashCode() {
        return node.hashCode();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "@" + node.textRange();
    }
}
