package rac.hir;

/**
 * A format spec after {@code :} in a format string ({@code {:*^+#09.3x?}}): fill and alignment,
 * flags, width and precision (a literal count, or an argument expression id from {@code 1$},
 * {@code name$} or {@code .*}; -1 when absent), and the formatting trait.
 */
public record FmtSpec(int fill, Align align, boolean plus, boolean minus, boolean alternate, boolean zero,
                      long width, int widthArg, long precision, int precisionArg, Trait trait, int debugHex) {
    /** Alignment ({@code UNKNOWN}: the type's default). */
    public enum Align { LEFT, RIGHT, CENTER, UNKNOWN }

    /** The formatting trait selected by the spec's type. */
    public enum Trait {
        DISPLAY("std::fmt::Display"), DEBUG("Debug"), LOWER_HEX("LowerHex"), UPPER_HEX("UpperHex"),
        OCTAL("Octal"), BINARY("Binary"), LOWER_EXP("LowerExp"), UPPER_EXP("UpperExp");

        private final String rustName;

        Trait(String rustName) {
            this.rustName = rustName;
        }

        /** The trait's name as rustc's diagnostics print it. */
        public String rustName() {
            return rustName;
        }
    }

    /** {@code {}}. */
    public static final FmtSpec DISPLAY = new FmtSpec(' ', Align.UNKNOWN, false, false, false, false, -1, -1, -1, -1,
            Trait.DISPLAY, 0);

    /** This spec with the width/precision argument expressions replaced. */
    public FmtSpec withArgs(int newWidthArg, int newPrecisionArg) {
        return new FmtSpec(fill, align, plus, minus, alternate, zero, width, newWidthArg, precision, newPrecisionArg,
                trait, debugHex);
    }
}
