package rac.mir;

import java.util.List;

import rac.ty.Ty;

/** The right-hand side of an assignment. */
public sealed interface Rvalue {
    /** The operand itself. */
    record Use(Operand operand) implements Rvalue { }

    /** A binary operation without overflow check (wrapping, comparisons, bit operations). */
    record BinaryOp(rac.hir.BinaryOp op, Operand lhs, Operand rhs) implements Rvalue { }

    /** An arithmetic operation yielding {@code (result, overflowed)}, as rustc's AddWithOverflow. */
    record CheckedBinaryOp(rac.hir.BinaryOp op, Operand lhs, Operand rhs) implements Rvalue { }

    /** {@code Neg} or {@code Not}. */
    record UnaryOp(rac.hir.UnaryOp op, Operand operand) implements Rvalue { }

    /** A tuple built from operands. */
    record Tuple(List<Operand> operands) implements Rvalue {
        public Tuple {
            operands = List.copyOf(operands);
        }
    }

    /** {@code &place} / {@code &mut place}: the place's address. */
    record Ref(boolean mutable, Place place) implements Rvalue { }

    /** {@code operand as ty} between integer types (and bool to integer). */
    record Cast(Operand operand, Ty target) implements Rvalue { }

    /** A struct or enum value built from its fields' operands (in declaration order) for variant {@code variant}. */
    record Aggregate(Ty.Adt adt, int variant, List<Operand> fields) implements Rvalue {
        public Aggregate {
            fields = List.copyOf(fields);
        }
    }

    /** The discriminant value of the enum in {@code place}. */
    record Discriminant(Place place) implements Rvalue { }

    /** An array built from its elements' operands. */
    record Array(Ty element, List<Operand> elements) implements Rvalue {
        public Array {
            elements = List.copyOf(elements);
        }
    }

    /** {@code [value; count]}. */
    record Repeat(Operand value, long count) implements Rvalue { }

    /** The length of the array or slice in {@code place} (a slice place is a dereferenced fat pointer). */
    record Len(Place place) implements Rvalue { }

    /** A reference to an array ({@code &[T; N]}) made a slice reference ({@code &[T]}). */
    record Unsize(Operand operand, Ty target) implements Rvalue { }

    /**
     * A reference to elements {@code start..end} of the array or slice in {@code place} (bounds
     * already checked); {@code target} is the resulting {@code &[T]} / {@code &mut [T]} / {@code &str}.
     */
    record SubSlice(Place place, Operand start, Operand end, Ty target) implements Rvalue { }

    /**
     * A call of a side-effect-free native function that cannot panic: an LLVM intrinsic with its
     * type suffix ({@code llvm.sqrt.f64}), a libm function ({@code tan}) or a runtime helper
     * ({@code rac_rt_char_is}); its argument and result types are the operands' and the place's.
     * The stand-in for rustc's intrinsic calls in the builtin methods of primitive types.
     */
    record Intrinsic(String function, List<Operand> args) implements Rvalue {
        public Intrinsic {
            args = List.copyOf(args);
        }
    }
}
