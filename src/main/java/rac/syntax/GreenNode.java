package rac.syntax;

import java.util.Arrays;
import java.util.List;

/** An immutable interior node of the green tree: kind, children, and total text length in bytes. */
public final class GreenNode implements GreenElement {
    private final SyntaxKind kind;
    private final GreenElement[] children;
    private final int textLength;
    private int hash;

    public GreenNode(SyntaxKind kind, GreenElement[] children) {
        this.kind = kind;
        this.children = children;
        int len = 0;
        for (GreenElement c : children) {
            len += c.textLength();
        }
        this.textLength = len;
    }

    public GreenNode(SyntaxKind kind, List<GreenElement> children) {
        this(kind, children.toArray(new GreenElement[0]));
    }

    @Override
    public SyntaxKind kind() {
        return kind;
    }

    @Override
    public int textLength() {
        return textLength;
    }

    public int childCount() {
        return children.length;
    }

    public GreenElement child(int i) {
        return children[i];
    }

    /** The children as an unmodifiable list. */
    public List<GreenElement> children() {
        return Arrays.asList(children).stream().toList();
    }

    @Override
    public void writeText(StringBuilder sb) {
        for (GreenElement c : children) {
            c.writeText(sb);
        }
    }

    /** The full text of this subtree. */
    public String text() {
        StringBuilder sb = new StringBuilder(textLength);
        writeText(sb);
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        return o instanceof GreenNode n && n.kind == kind && n.textLength == textLength
                && n.hashCode() == hashCode() && Arrays.equals(n.children, children);
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = kind.hashCode() * 31 + Arrays.hashCode(children);
            if (h == 0) {
                h = 1;
            }
            hash = h;
        }
        return h;
    }

    @Override
    public String toString() {
        return kind + "@" + textLength;
    }
}
