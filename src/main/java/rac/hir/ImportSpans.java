package rac.hir;

import java.util.ArrayList;
import java.util.List;
import rac.syntax.SyntaxElement;
import rac.syntax.SyntaxKind;
import rac.syntax.SyntaxNode;
import rac.syntax.SyntaxToken;

/** Finds the source range of one leaf of a use declaration, in the order ItemTreeLowering numbers them. */
public final class ImportSpans {
    private ImportSpans() {
    }

    /**
     * The range, relative to the start of {@code use}, of the path of import {@code index}: from the
     * first segment of the whole tree to the leaf's last segment (how rustc spans `a::b::c`).
     */
    public static RelRange of(SyntaxNode use, int index) {
        int base = use.textRange().start();
        List<int[]> leaves = new ArrayList<>();
        SyntaxNode tree = use.firstChild(SyntaxKind.USE_TREE);
        if (tree != null) {
            walk(tree, -1, leaves);
        }
        if (index < 0 || index >= leaves.size()) {
            return new RelRange(0, use.textRange().length());
        }
        int[] r = leaves.get(index);
        return new RelRange(r[0] - base, r[1] - base);
    }

    private static void walk(SyntaxNode tree, int start, List<int[]> leaves) {
        SyntaxNode path = tree.firstChild(SyntaxKind.PATH);
        int s = start;
        int end = tree.textRange().start();
        if (path != null) {
            if (s < 0) {
                s = path.textRange().start();
            }
            end = path.textRange().end();
        }
        SyntaxNode list = tree.firstChild(SyntaxKind.USE_TREE_LIST);
        if (list != null) {
            for (SyntaxNode child : SyntaxUtil.children(list, SyntaxKind.USE_TREE)) {
                walk(child, s, leaves);
            }
            return;
        }
        for (SyntaxElement e : tree.childrenWithTokens()) {
            if (e instanceof SyntaxToken t && t.kind() == SyntaxKind.STAR) {
                end = t.textRange().end();
                if (s < 0) {
                    s = t.textRange().start();
                }
            }
        }
        if (s < 0) {
            s = tree.textRange().start();
        }
        leaves.add(new int[] {s, end});
    }
}
