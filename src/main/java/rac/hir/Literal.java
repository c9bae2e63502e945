package rac.hir;

import java.math.BigInteger;
import rac.base.IntTy;

/** A literal value as written, with its suffix if any. */
public sealed interface Literal {
    /** An integer literal; {@code suffix} is null when unsuffixed. */
    record Int(BigInteger value, IntTy suffix) implements Literal { }

    /** A float literal; {@code bits} is 0 when unsuffixed. */
    record Float(String text, int bits) implements Literal { }

    /** {@code true} / {@code false}. */
    record Bool(boolean value) implements Literal { }

    /** A char literal's scalar value. */
    record Char(int value) implements Literal { }

    /** A string literal's unescaped contents. */
    record Str(String value) implements Literal { }
}
