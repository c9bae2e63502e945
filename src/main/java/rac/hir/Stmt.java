package rac.hir;

/** A statement in a block. */
public sealed interface Stmt {
    /** {@code let pat: ty = init;} ({@code ty} null when absent, {@code init} -1 when absent). */
    record Let(int pat, TypeRef ty, int init) implements Stmt { }

    /** An expression statement; {@code semi} tells whether it ended with {@code ;}. */
    record ExprStmt(int expr, boolean semi) implements Stmt { }
}
