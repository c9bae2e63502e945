package rac.mir;

import java.util.List;

/** The instruction that ends a basic block. */
public sealed interface Terminator {
    /** Jump to {@code target}. */
    record Goto(int target) implements Terminator { }

    /** Branch on an integer (or bool) value: {@code values[i]} goes to {@code targets[i]}. */
    record SwitchInt(Operand discr, List<Long> values, List<Integer> targets, int otherwise) implements Terminator {
        public SwitchInt {
            values = List.copyOf(values);
            targets = List.copyOf(targets);
        }
    }

    /** Return {@code _0}. */
    record Return() implements Terminator { }

    /** Unreachable code. */
    record Unreachable() implements Terminator { }

    /**
     * Call {@code func(args)}, store into {@code destination}, continue at {@code target}
     * ({@code -1}: the call diverges).
     */
    record Call(Operand func, List<Operand> args, Place destination, int target, SourceInfo source)
            implements Terminator {
        public Call {
            args = List.copyOf(args);
        }
    }

    /**
     * Panic with {@code kind}'s message unless {@code cond == expected}; the operands are the
     * values the message may mention.
     */
    record Assert(Operand cond, boolean expected, AssertKind kind, int target, SourceInfo source, List<Operand> args)
            implements Terminator {
        public Assert {
            args = List.copyOf(args);
        }

        public Assert(Operand cond, boolean expected, AssertKind kind, int target, SourceInfo source) {
            this(cond, expected, kind, target, source, List.of());
        }
    }

    /**
     * Print a formatted line through the runtime (the skeleton's stand-in for std's printing); with
     * {@code panicAt}, the pieces are a panic message: the thread panics at that location
     * ({@code target} is then -1).
     */
    record Print(boolean stderr, List<PrintPiece> pieces, int target, SourceInfo panicAt, Operand sink)
            implements Terminator {
        public Print {
            pieces = List.copyOf(pieces);
        }

        public Print(boolean stderr, List<PrintPiece> pieces, int target, SourceInfo panicAt) {
            this(stderr, pieces, target, panicAt, null);
        }

        public Print(boolean stderr, List<PrintPiece> pieces, int target) {
            this(stderr, pieces, target, null);
        }
    }

    /**
     * Inline assembly ({@code asm!}): the template with operand placeholders, the operands in the
     * order written, the options and clobbered ABIs; continues at {@code target} (-1 with
     * {@code options(noreturn)}).
     */
    record InlineAsm(List<rac.hir.Asm.Piece> template, List<AsmOperand> operands, List<String> options,
            List<String> clobberAbis, int target) implements Terminator {
        public InlineAsm {
            template = List.copyOf(template);
            operands = List.copyOf(operands);
            options = List.copyOf(options);
            clobberAbis = List.copyOf(clobberAbis);
        }
    }

    /**
     * An operand of {@link InlineAsm}: {@code in} is the input value (a {@code const}'s scalar, a
     * {@code sym}'s function), {@code out} the output place (null for {@code _} or an input),
     * {@code label} the block a {@code label} operand jumps to (-1 for other operands).
     */
    record AsmOperand(rac.hir.Asm.Kind kind, String reg, boolean explicit, Operand in, Place out, int label) {
        public AsmOperand(rac.hir.Asm.Kind kind, String reg, boolean explicit, Operand in, Place out) {
            this(kind, reg, explicit, in, out, -1);
        }
    }

    /** A piece printed by {@link Print}. */
    sealed interface PrintPiece {
        /** Literal text. */
        record Text(String text) implements PrintPiece { }

        /**
         * An operand formatted with {@code spec}; {@code width} / {@code precision} hold the values of
         * count arguments ({@code {:1$}}, {@code {:.*}}; null when the spec has none).
         */
        record Value(Operand operand, rac.ty.Ty ty, rac.hir.FmtSpec spec, Operand width, Operand precision)
                implements PrintPiece {
            public Value(Operand operand, rac.ty.Ty ty) {
                this(operand, ty, rac.hir.FmtSpec.DISPLAY, null, null);
            }
        }
    }
}
