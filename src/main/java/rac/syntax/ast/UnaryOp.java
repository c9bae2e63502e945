package rac.syntax.ast;

import rac.syntax.SyntaxKind;

/** A prefix operator: dereference {@code *}, logical/bitwise not {@code !}, negation {@code -}. */
public enum UnaryOp {
    DEREF, NOT, NEG;

    /** The operator for a token kind, or null. */
    public static UnaryOp of(SyntaxKind k) {
        return switch (k) {
            case STAR -> DEREF;
            case BANG -> NOT;
            case MINUS -> NEG;
            default -> null;
        };
    }
}
