package rac.syntax;

/** A red (positioned) node or token. */
public sealed interface SyntaxElement permits SyntaxNode, SyntaxToken {
    SyntaxKind kind();

    /** Byte range of this element in the file. */
    TextRange textRange();

    /** The parent node, or null at the root. */
    SyntaxNode parent();

    /** Index of this element among its parent's children. */
    int indexInParent();
}
