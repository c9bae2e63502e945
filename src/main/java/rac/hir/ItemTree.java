package rac.hir;

import java.util.List;

/**
 * The items of one file with their signatures, without bodies and without absolute positions, so
 * that an edit inside a body leaves the item tree equal.
 */
public record ItemTree(List<FnItem> fns, List<Unsupported> unsupported) {
    public ItemTree {
        fns = List.copyOf(fns);
        unsupported = List.copyOf(unsupported);
    }

    /**
     * A function signature. {@code index} is the item's position among the file's top-level items,
     * used to find its syntax again.
     */
    public record FnItem(String name, List<Param> params, TypeRef ret, int index) {
        public FnItem {
            params = List.copyOf(params);
        }
    }

    /** A parameter's declared type; its pattern is lowered with the body. */
    public record Param(TypeRef ty) { }

    /** An item kind rac cannot compile yet (reported when the crate is analysed). */
    public record Unsupported(String what, int index) { }
}
