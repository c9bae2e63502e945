package rac.mir;

/** Why an {@code Assert} terminator may panic; each has rustc's exact panic message. */
public enum AssertKind {
    ADD_OVERFLOW("attempt to add with overflow"),
    SUB_OVERFLOW("attempt to subtract with overflow"),
    MUL_OVERFLOW("attempt to multiply with overflow"),
    DIV_OVERFLOW("attempt to divide with overflow"),
    REM_OVERFLOW("attempt to calculate the remainder with overflow"),
    NEG_OVERFLOW("attempt to negate with overflow"),
    SHL_OVERFLOW("attempt to shift left with overflow"),
    SHR_OVERFLOW("attempt to shift right with overflow"),
    DIV_BY_ZERO("attempt to divide by zero"),
    REM_BY_ZERO("attempt to calculate the remainder with a divisor of zero"),
    /** Operands: the length, the index. */
    BOUNDS_CHECK("index out of bounds: the len is {} but the index is {}"),
    /** Operands: the length, the end index. */
    SLICE_END("range end index {} out of range for slice of length {}"),
    /** Operands: the length, the start index. */
    SLICE_START("range start index {} out of range for slice of length {}"),
    /** Operands: the start, the end. */
    SLICE_ORDER("slice index starts at {} but ends at {}"),
    /** {@code ilog2} / {@code ilog10} of zero or a negative number. */
    ILOG_NONPOSITIVE("argument of integer logarithm must be positive"),
    /** {@code isqrt} of a negative number. */
    ISQRT_NEGATIVE("argument of integer square root cannot be negative"),
    /** {@code char::is_digit} / {@code to_digit} with a radix outside 2..=36. */
    DIGIT_RADIX("to_digit: invalid radix -- radix must be in the range 2 to 36 inclusive");

    private final String message;

    AssertKind(String message) {
        this.message = message;
    }

    public String message() {
        return message;
    }

    /** The overflow kind for a checked binary operator. */
    public static AssertKind overflowOf(rac.hir.BinaryOp op) {
        return switch (op) {
            case ADD -> ADD_OVERFLOW;
            case SUB -> SUB_OVERFLOW;
            case MUL -> MUL_OVERFLOW;
            case DIV -> DIV_OVERFLOW;
            case REM -> REM_OVERFLOW;
            case SHL -> SHL_OVERFLOW;
            case SHR -> SHR_OVERFLOW;
            default -> throw new IllegalArgumentException(op.toString());
        };
    }
}
