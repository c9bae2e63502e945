package rac.hir;

/** A statement in a block. */
public sealed interface Stmt {
    /**
     * {@code let pat: ty = init else { els };} ({@code ty} null when absent, {@code init} -1 when
     * absent, {@code els} -1 without an else block); {@code letStart} is where the {@code let}
     * keyword is (item-relative, -1 when unknown), for diagnostics that span the whole binding.
     */
    record Let(int pat, TypeRef ty, int init, int els, int letStart) implements Stmt {
        public Let(int pat, TypeRef ty, int init) {
            this(pat, ty, init, -1, -1);
        }
    }

    /** An expression statement; {@code semi} tells whether it ended with {@code ;}. */
    record ExprStmt(int expr, boolean semi) implements Stmt { }
}
