package rac.syntax.ast;

import rac.syntax.SyntaxKind;

/** The kind of a literal expression or pattern. */
public enum LiteralKind {
    INT, FLOAT, CHAR, BYTE, STRING, BYTE_STRING, C_STRING, BOOL, ERROR;

    /** The literal kind of a literal token kind. */
    public static LiteralKind of(SyntaxKind k) {
        return switch (k) {
            case INT_NUMBER -> INT;
            case FLOAT_NUMBER -> FLOAT;
            case CHAR -> CHAR;
            case BYTE -> BYTE;
            case STRING -> STRING;
            case BYTE_STRING -> BYTE_STRING;
            case C_STRING -> C_STRING;
            case TRUE_KW, FALSE_KW -> BOOL;
            default -> ERROR;
        };
    }
}
