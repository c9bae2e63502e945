package rac.syntax;

/** A red cursor on a {@link GreenToken}: knows its parent and absolute byte offset. */
public final class SyntaxToken implements SyntaxElement {
    private final SyntaxNode parent;
    private final GreenToken green;
    private final int offset;
    private final int index;

    SyntaxToken(SyntaxNode parent, GreenToken green, int offset, int index) {
        this.parent = parent;
        this.green = green;
        this.offset = offset;
        this.index = index;
    }

    @Override
    public SyntaxKind kind() {
        return green.kind();
    }

    public GreenToken green() {
        return green;
    }

    /** The token's exact text. */
    public String text() {
        return green.text();
    }

    @Override
    public TextRange textRange() {
        return new TextRange(offset, offset + green.textLength());
    }

    @Override
    public SyntaxNode parent() {
        return parent;
    }

    @Override
    public int indexInParent() {
        return index;
    }

    /** The next sibling element, or null. */
    public SyntaxElement nextSibling() {
        return parent.childElement(index + 1);
    }

    /** The previous sibling element, or null. */
    public SyntaxElement prevSibling() {
        return index == 0 ? null : parent.childElement(index - 1);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SyntaxToken t && t.green == green && t.offset == offset && t.index == index
                && java.util.Objects.equals(t.parent, parent);
    }

    @Override
    public int hashCode() {
        return offset * 31 + green.hashCode();
    }

    @Override
    public String toString() {
        return kind() + "@" + textRange() + " " + Dump.quote(text());
    }
}
