package rac.pat;

import java.math.BigInteger;

/**
 * A constructor: the head of a pattern or of a value (rustc's {@code Constructor}). Integer and
 * char ranges are half-open {@code [lo, hi)} in the natural number space, with
 * {@link #NEG_INFINITY}/{@link #POS_INFINITY} standing for the values beyond
 * {@code isize}/{@code usize} that no finite range covers.
 */
sealed interface Ctor {
    BigInteger POS_INFINITY = BigInteger.ONE.shiftLeft(200);
    BigInteger NEG_INFINITY = POS_INFINITY.negate();

    /** The single constructor of a tuple, struct or box. */
    record Struct() implements Ctor { }

    /** Enum variant {@code index}. */
    record Variant(int index) implements Ctor { }

    /** The constructor of a reference. */
    record Ref() implements Ctor { }

    /** {@code true} or {@code false}. */
    record Bool(boolean value) implements Ctor { }

    /** A range of integers or chars, {@code [lo, hi)}. */
    record IntRange(BigInteger lo, BigInteger hi) implements Ctor {
        boolean isSubrange(IntRange other) {
            return other.lo.compareTo(lo) <= 0 && hi.compareTo(other.hi) <= 0;
        }

        boolean isSingleton() {
            return lo.add(BigInteger.ONE).equals(hi);
        }

        IntRange intersection(IntRange other) {
            BigInteger l = lo.max(other.lo);
            BigInteger h = hi.min(other.hi);
            return l.compareTo(h) < 0 ? new IntRange(l, h) : null;
        }
    }

    /** A float range (a literal is a one-point inclusive range); bounds may be infinite. */
    record FloatRange(double lo, double hi, boolean inclusive) implements Ctor {
        boolean isCoveredBy(FloatRange other) {
            if (lo < other.lo) {
                return false;
            }
            if (other.inclusive) {
                return hi <= other.hi;
            }
            return inclusive ? hi < other.hi : hi <= other.hi;
        }
    }

    /** A string literal. */
    record Str(String value) implements Ctor { }

    /**
     * A slice or array shape: fixed length {@code prefix} (then {@code suffix} is 0), or
     * variable length with at least {@code prefix + suffix} elements.
     */
    record Slice(Integer arrayLength, boolean varLen, int prefix, int suffix) implements Ctor {
        int arity() {
            return prefix + suffix;
        }

        /** Whether every length this constructor stands for is matched by {@code other}. */
        boolean isCoveredBy(Slice other) {
            return other.varLen ? other.arity() <= arity() : other.arity() == arity();
        }

        static Slice of(Integer arrayLength, boolean varLen, int prefix, int suffix) {
            if (arrayLength != null && varLen && prefix + suffix == arrayLength) {
                return new Slice(arrayLength, false, arrayLength, 0);
            }
            return varLen ? new Slice(arrayLength, true, prefix, suffix)
                    : new Slice(arrayLength, false, prefix + suffix, 0);
        }
    }

    /** An or-pattern (only ever a pattern's head, never split on). */
    record Or() implements Ctor { }

    /** A wildcard or binding. */
    record Wildcard() implements Ctor { }

    /** Values that cannot be listed (floats, strings, opaque types, non-exhaustive enums); prints as {@code _}. */
    record NonExhaustive() implements Ctor { }

    /** Hidden variants; prints as {@code _}. */
    record Hidden() implements Ctor { }

    /** Stands for the constructors missing from a column during specialization. */
    record Missing() implements Ctor { }

    /** The dummy constructor of an empty type. */
    record Never() implements Ctor { }

    Ctor STRUCT = new Struct();
    Ctor REF = new Ref();
    Ctor OR = new Or();
    Ctor WILDCARD = new Wildcard();
    Ctor NON_EXHAUSTIVE = new NonExhaustive();
    Ctor HIDDEN = new Hidden();
    Ctor MISSING = new Missing();
    Ctor NEVER = new Never();

    /** Whether every value of {@code this} is matched by a pattern whose head is {@code other}. */
    static boolean isCoveredBy(Ctor self, Ctor other) {
        if (other instanceof Wildcard) {
            return true;
        }
        return switch (self) {
            case Missing m -> false;
            case NonExhaustive n -> false;
            case Hidden h -> false;
            case Never n -> false;
            case Struct s -> other instanceof Struct;
            case Ref r -> other instanceof Ref;
            case Variant v -> other instanceof Variant o && o.index == v.index;
            case Bool b -> other instanceof Bool o && o.value == b.value;
            case IntRange r -> other instanceof IntRange o && r.isSubrange(o);
            case FloatRange f -> other instanceof FloatRange o && f.isCoveredBy(o);
            case Str s -> other instanceof Str o && o.value.equals(s.value);
            case Slice s -> other instanceof Slice o && s.isCoveredBy(o);
            case Or o -> false;
            case Wildcard w -> false;
        };
    }
}
