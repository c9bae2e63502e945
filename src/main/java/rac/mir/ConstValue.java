package rac.mir;

import java.math.BigInteger;

/** A constant operand's value. */
public sealed interface ConstValue {
    /** An integer or bool or char, as its bits (two's complement). */
    record Scalar(BigInteger bits) implements ConstValue { }

    /** A string literal ({@code &'static str}). */
    record Str(String value) implements ConstValue { }

    /**
     * The address of a constant promoted to static memory ({@code &5}, {@code &CONST}), as rustc
     * promotes constant rvalues: the reference stays valid after the function returns.
     */
    record Promoted(ConstValue value, rac.ty.Ty pointee) implements ConstValue { }

    /** The zero-sized value of a ZST such as {@code ()} or a function item. */
    record ZeroSized() implements ConstValue { }

    /** A reference to a function item (its value is zero-sized; codegen calls it directly). */
    record Fn(rac.hir.DefId def, String name, java.util.List<rac.ty.Ty> args) implements ConstValue {
        public Fn {
            args = java.util.List.copyOf(args);
        }

        public Fn(rac.hir.DefId def, String name) {
            this(def, name, java.util.List.of());
        }
    }
}
