package rac.hir;

/** Unary operators. */
public enum UnaryOp { NEG, NOT, DEREF }
