package rac.hir;

import java.util.List;

/**
 * The parts of an inline assembly expression ({@code asm!}): its template, split into literal text
 * and operand placeholders, and its operands, as rustc's {@code InlineAsmTemplatePiece} and
 * {@code InlineAsmOperand}.
 */
public final class Asm {
    private Asm() {
    }

    /** A piece of the template (the template strings joined with newlines). */
    public sealed interface Piece {
        /** Literal assembly text ({@code {{}} already unescaped). */
        record Text(String text) implements Piece { }

        /**
         * {@code {operand:modifier}}: the operand's index, its modifier (null without one) and where the
         * placeholder is written (the whole template string when escapes hide the exact place).
         */
        record Placeholder(int operand, String modifier, RelRange range) implements Piece {
            public Placeholder(int operand, String modifier) {
                this(operand, modifier, null);
            }
        }
    }

    /** The direction of an operand. */
    public enum Kind {
        IN, OUT, LATEOUT, INOUT, INLATEOUT, CONST, SYM, LABEL;

        /** True for operands that write a register. */
        public boolean isOutput() {
            return this == OUT || this == LATEOUT || this == INOUT || this == INLATEOUT;
        }

        /** True for operands that read a register. */
        public boolean isInput() {
            return this == IN || this == INOUT || this == INLATEOUT;
        }

        /** True for outputs that may share a register with an input ({@code lateout}, {@code inlateout}). */
        public boolean isLate() {
            return this == LATEOUT || this == INLATEOUT;
        }
    }

    /**
     * An operand: {@code reg} is a register class ({@code reg}, {@code xmm_reg}, ...) or, when
     * {@code explicit}, a register name ({@code eax}); {@code in} is the input expression (the value of
     * a {@code const}, the path of a {@code sym}, the block of a {@code label}), {@code out} the output
     * place (-1 for {@code _} or none).
     */
    public record Operand(Kind kind, String reg, boolean explicit, int in, int out, RelRange range) { }

    /** The options of an {@code asm!} ({@code options(...)}), in rustc's spelling. */
    public static final List<String> OPTIONS = List.of("pure", "nomem", "readonly", "preserves_flags", "noreturn",
            "nostack", "att_syntax", "raw", "may_unwind");
}
