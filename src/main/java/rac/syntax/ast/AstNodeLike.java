package rac.syntax.ast;

import rac.syntax.SyntaxNode;
import rac.syntax.TextRange;

/** Anything that wraps a syntax node: every typed AST class and interface. */
public interface AstNodeLike {
    /** The underlying red node. */
    SyntaxNode syntax();

    /** The exact source text of the node. */
    default String text() {
        return syntax().text();
    }

    /** The node's byte range. */
    default TextRange textRange() {
        return syntax().textRange();
    }
}
