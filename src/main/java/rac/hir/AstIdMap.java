package rac.hir;

import java.util.ArrayList;
import java.util.List;
import rac.syntax.SyntaxKind;
import rac.syntax.SyntaxNode;

/**
 * The item nodes of a file outside function bodies, in preorder; an item's index here is its
 * {@code astId}. Editing inside a body does not change the list, so ids of other items are stable.
 */
public final class AstIdMap {
    private final List<SyntaxNode> nodes;

    private AstIdMap(List<SyntaxNode> nodes) {
        this.nodes = nodes;
    }

    /** Collects the items of a SOURCE_FILE. */
    public static AstIdMap of(SyntaxNode sourceFile) {
        List<SyntaxNode> out = new ArrayList<>();
        collect(sourceFile, out);
        return new AstIdMap(out);
    }

    private static void collect(SyntaxNode container, List<SyntaxNode> out) {
        for (SyntaxNode c : container.children()) {
            if (SyntaxUtil.isItem(c.kind())) {
                out.add(c);
                if (c.kind() == SyntaxKind.MODULE) {
                    SyntaxNode list = c.firstChild(SyntaxKind.ITEM_LIST);
                    if (list != null) {
                        collect(list, out);
                    }
                } else if (c.kind() == SyntaxKind.IMPL || c.kind() == SyntaxKind.TRAIT) {
                    SyntaxNode list = c.firstChild(SyntaxKind.ASSOC_ITEM_LIST);
                    if (list != null) {
                        collect(list, out);
                    }
                }
            }
        }
    }

    public SyntaxNode get(int astId) {
        return nodes.get(astId);
    }

    public int size() {
        return nodes.size();
    }
}
