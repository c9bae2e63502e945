package rac.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * A red cursor on a {@link GreenNode}: the green node plus its parent and absolute byte offset.
 * Red nodes are made on demand and are cheap; two cursors on the same place are {@code equals}.
 */
public final class SyntaxNode implements SyntaxElement {
    private final SyntaxNode parent;
    private final GreenNode green;
    private final int offset;
    private final int index;

    private SyntaxNode(SyntaxNode parent, GreenNode green, int offset, int index) {
        this.parent = parent;
        this.green = green;
        this.offset = offset;
        this.index = index;
    }

    /** The root cursor of a green tree, at offset 0. */
    public static SyntaxNode root(GreenNode green) {
        return new SyntaxNode(null, green, 0, 0);
    }

    @Override
    public SyntaxKind kind() {
        return green.kind();
    }

    public GreenNode green() {
        return green;
    }

    @Override
    public SyntaxNode parent() {
        return parent;
    }

    @Override
    public int indexInParent() {
        return index;
    }

    @Override
    public TextRange textRange() {
        return new TextRange(offset, offset + green.textLength());
    }

    /** The exact source text of this subtree. */
    public String text() {
        return green.text();
    }

    /** The element at child index {@code i}, or null if out of range. */
    public SyntaxElement childElement(int i) {
        if (i < 0 || i >= green.childCount()) {
            return null;
        }
        int off = offset;
        for (int j = 0; j < i; j++) {
            off += green.child(j).textLength();
        }
        return make(green.child(i), off, i);
    }

    private SyntaxElement make(GreenElement g, int off, int i) {
        return switch (g) {
            case GreenNode n -> new SyntaxNode(this, n, off, i);
            case GreenToken t -> new SyntaxToken(this, t, off, i);
        };
    }

    /** All child nodes and tokens in order. */
    public List<SyntaxElement> childrenWithTokens() {
        int n = green.childCount();
        List<SyntaxElement> out = new ArrayList<>(n);
        int off = offset;
        for (int i = 0; i < n; i++) {
            GreenElement g = green.child(i);
            out.add(make(g, off, i));
            off += g.textLength();
        }
        return out;
    }

    /** Child nodes (not tokens) in order. */
    public List<SyntaxNode> children() {
        int n = green.childCount();
        List<SyntaxNode> out = new ArrayList<>();
        int off = offset;
        for (int i = 0; i < n; i++) {
            GreenElement g = green.child(i);
            if (g instanceof GreenNode gn) {
                out.add(new SyntaxNode(this, gn, off, i));
            }
            off += g.textLength();
        }
        return out;
    }

    /** The first child node of the given kind, or null. */
    public SyntaxNode firstChild(SyntaxKind kind) {
        int n = green.childCount();
        int off = offset;
        for (int i = 0; i < n; i++) {
            GreenElement g = green.child(i);
            if (g instanceof GreenNode gn && gn.kind() == kind) {
                return new SyntaxNode(this, gn, off, i);
            }
            off += g.textLength();
        }
        return null;
    }

    /** The first child token of the given kind, or null. */
    public SyntaxToken firstToken(SyntaxKind kind) {
        int n = green.childCount();
        int off = offset;
        for (int i = 0; i < n; i++) {
            GreenElement g = green.child(i);
            if (g instanceof GreenToken gt && gt.kind() == kind) {
                return new SyntaxToken(this, gt, off, i);
            }
            off += g.textLength();
        }
        return null;
    }

    /** The first non-trivia child token, or null. */
    public SyntaxToken firstSignificantChildToken() {
        int n = green.childCount();
        int off = offset;
        for (int i = 0; i < n; i++) {
            GreenElement g = green.child(i);
            if (g instanceof GreenToken gt && !gt.kind().isTrivia()) {
                return new SyntaxToken(this, gt, off, i);
            }
            off += g.textLength();
        }
        return null;
    }

    /** The first token in this subtree (depth first), or null if it has none. */
    public SyntaxToken firstTokenDeep() {
        SyntaxNode n = this;
        outer:
        while (true) {
            for (SyntaxElement e : n.childrenWithTokens()) {
                if (e instanceof SyntaxToken t) {
                    return t;
                }
                SyntaxNode c = (SyntaxNode) e;
                if (c.green.textLength() > 0 || c.green.childCount() > 0) {
                    SyntaxToken t = c.firstTokenDeep();
                    if (t != null) {
                        return t;
                    }
                }
            }
            return null;
        }
    }

    /** All tokens of this subtree in order, trivia included. */
    public List<SyntaxToken> descendantTokens() {
        List<SyntaxToken> out = new ArrayList<>();
        collectTokens(this, out);
        return out;
    }

    private static void collectTokens(SyntaxNode n, List<SyntaxToken> out) {
        for (SyntaxElement e : n.childrenWithTokens()) {
            switch (e) {
                case SyntaxToken t -> out.add(t);
                case SyntaxNode c -> collectTokens(c, out);
            }
        }
    }

    /** This node and all descendant nodes in preorder. */
    public List<SyntaxNode> descendants() {
        List<SyntaxNode> out = new ArrayList<>();
        collectNodes(this, out);
        return out;
    }

    private static void collectNodes(SyntaxNode n, List<SyntaxNode> out) {
        out.add(n);
        for (SyntaxNode c : n.children()) {
            collectNodes(c, out);
        }
    }

    /** Ancestors starting with this node itself. */
    public List<SyntaxNode> ancestors() {
        List<SyntaxNode> out = new ArrayList<>();
        for (SyntaxNode n = this; n != null; n = n.parent) {
            out.add(n);
        }
        return out;
    }

    /** The next sibling node, or null. */
    public SyntaxNode nextSiblingNode() {
        if (parent == null) {
            return null;
        }
        List<SyntaxNode> sib = parent.children();
        for (int i = 0; i < sib.size(); i++) {
            if (sib.get(i).index == index) {
                return i + 1 < sib.size() ? sib.get(i + 1) : null;
            }
        }
        return null;
    }

    /** A rust-analyzer style indented dump of this subtree: {@code FN@0..12} / {@code IDENT@3..7 "main"}. */
    public String debugDump() {
        StringBuilder sb = new StringBuilder();
        Dump.dump(this, sb, 0);
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SyntaxNode n && n.green == green && n.offset == offset && n.index == index
                && java.util.Objects.equals(n.parent, parent);
    }

    @Override
    public int hashCode() {
        return offset * 31 + System.identityHashCode(green);
    }

    @Override
    public String toString() {
        return kind() + "@" + textRange();
    }
}
