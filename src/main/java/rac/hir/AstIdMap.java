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
                collectItem(c, out);
            }
        }
    }

    /** An item, then the items inside it: a module's, an impl's or trait's, a function body's. */
    private static void collectItem(SyntaxNode c, List<SyntaxNode> out) {
        out.add(c);
        switch (c.kind()) {
            case FN -> {
                SyntaxNode body = c.firstChild(SyntaxKind.BLOCK_EXPR);
                if (body != null) {
                    collectInBody(body, out);
                }
            }
            case MODULE -> {
                SyntaxNode list = c.firstChild(SyntaxKind.ITEM_LIST);
                if (list != null) {
                    collect(list, out);
                }
            }
            case IMPL, TRAIT -> {
                SyntaxNode list = c.firstChild(SyntaxKind.ASSOC_ITEM_LIST);
                if (list != null) {
                    collect(list, out);
                }
            }
            default -> { }
        }
    }

    /**
     * Items declared inside a function body, in any block at any depth, in preorder. The items of
     * a nested function's body come right after that function.
     */
    static void collectInBody(SyntaxNode node, List<SyntaxNode> out) {
        for (SyntaxNode c : node.children()) {
            if (SyntaxUtil.isItem(c.kind())) {
                if (node.kind() == SyntaxKind.STMT_LIST) {
                    collectItem(c, out);
                }
            } else {
                collectInBody(c, out);
            }
        }
    }

    /** The item nodes declared directly or nested inside a function body (not inside nested items). */
    static List<SyntaxNode> bodyItems(SyntaxNode body) {
        List<SyntaxNode> out = new ArrayList<>();
        collectTop(body, out);
        return out;
    }

    private static void collectTop(SyntaxNode node, List<SyntaxNode> out) {
        for (SyntaxNode c : node.children()) {
            if (SyntaxUtil.isItem(c.kind())) {
                if (node.kind() == SyntaxKind.STMT_LIST) {
                    out.add(c);
                }
            } else {
                collectTop(c, out);
            }
        }
    }

    /**
     * The blocks of a function body ({@code body}, a BLOCK_EXPR) that declare items, as rustc scopes
     * them: block 0 is the body's own block, then each nested statement list that declares items, in
     * preorder; {@code blockParent} is the nearest enclosing such block, {@code itemBlock} the block of
     * each item of {@link #bodyItems} (same order), {@code blockStarts} the start offset of each
     * block's statement list (-1 when the body has none).
     */
    public record BodyBlocks(List<Integer> itemBlock, List<Integer> blockParent, List<Integer> blockStarts) { }

    /** The item-declaring blocks of a function body; see {@link BodyBlocks}. */
    public static BodyBlocks bodyBlocks(SyntaxNode body) {
        List<Integer> itemBlock = new ArrayList<>();
        List<Integer> blockParent = new ArrayList<>();
        List<Integer> blockStarts = new ArrayList<>();
        SyntaxNode top = body.kind() == SyntaxKind.STMT_LIST ? body : body.firstChild(SyntaxKind.STMT_LIST);
        blockParent.add(-1);
        blockStarts.add(top == null ? -1 : top.textRange().start());
        collectBlocks(body, top, 0, itemBlock, blockParent, blockStarts);
        return new BodyBlocks(itemBlock, blockParent, blockStarts);
    }

    private static void collectBlocks(SyntaxNode node, SyntaxNode top, int block, List<Integer> itemBlock,
                                      List<Integer> blockParent, List<Integer> blockStarts) {
        if (node.kind() == SyntaxKind.STMT_LIST && !node.equals(top)
                && node.children().stream().anyMatch(c -> SyntaxUtil.isItem(c.kind()))) {
            blockParent.add(block);
            blockStarts.add(node.textRange().start());
            block = blockParent.size() - 1;
        }
        for (SyntaxNode c : node.children()) {
            if (SyntaxUtil.isItem(c.kind())) {
                if (node.kind() == SyntaxKind.STMT_LIST) {
                    itemBlock.add(block);
                }
            } else {
                collectBlocks(c, top, block, itemBlock, blockParent, blockStarts);
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
