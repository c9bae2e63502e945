package rac.mir;

import rac.ty.Ty;

/** An operand of an rvalue or a call. */
public sealed interface Operand {
    /** Copy the value out of a place. */
    record Copy(Place place) implements Operand { }

    /** Move the value out of a place. */
    record Move(Place place) implements Operand { }

    /** A constant of the given type. */
    record Constant(ConstValue value, Ty ty) implements Operand { }
}
