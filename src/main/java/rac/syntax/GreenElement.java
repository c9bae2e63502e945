package rac.syntax;

/** A node or token of the immutable green tree: a kind and a text length in UTF-8 bytes. */
public sealed interface GreenElement permits GreenNode, GreenToken {
    SyntaxKind kind();

    /** Length of this element's text in UTF-8 bytes. */
    int textLength();

    /** Appends this element's text to {@code sb}. */
    void writeText(StringBuilder sb);
}
