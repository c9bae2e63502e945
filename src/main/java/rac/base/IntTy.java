package rac.base;

/** The built-in integer types, with their bit width and signedness. */
public enum IntTy {
    I8("i8", 8, true), I16("i16", 16, true), I32("i32", 32, true), I64("i64", 64, true),
    I128("i128", 128, true), ISIZE("isize", 64, true),
    U8("u8", 8, false), U16("u16", 16, false), U32("u32", 32, false), U64("u64", 64, false),
    U128("u128", 128, false), USIZE("usize", 64, false);

    private final String name;
    private final int bits;
    private final boolean signed;

    IntTy(String name, int bits, boolean signed) {
        this.name = name;
        this.bits = bits;
        this.signed = signed;
    }

    public String rustName() {
        return name;
    }

    public int bits() {
        return bits;
    }

    public boolean signed() {
        return signed;
    }

    /** Looks up a primitive integer type by its Rust name, or null. */
    public static IntTy byName(String n) {
        for (IntTy t : values()) {
            if (t.name.equals(n)) {
                return t;
            }
        }
        return null;
    }

    /** Smallest value as a BigInteger-compatible long for widths up to 64 (i128/u128 excluded). */
    public long minValue() {
        if (!signed) {
            return 0;
        }
        return bits == 64 ? Long.MIN_VALUE : -(1L << (bits - 1));
    }

    /** Largest value for widths below 64; for 64-bit unsigned returns -1 (all ones). */
    public long maxValue() {
        if (signed) {
            return bits == 64 ? Long.MAX_VALUE : (1L << (bits - 1)) - 1;
        }
        return bits == 64 ? -1L : (1L << bits) - 1;
    }
}
