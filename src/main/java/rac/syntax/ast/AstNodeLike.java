package rac.syntax.ast;

import rac.syntax.SyntaxNode;

/** Anything that wraps a syntax node: every typed AST class and interface. */
public interface AstNodeLike {
    /** The underlying red node. */
    SyntaxNode syntax();
}
