package rac.ty;

import java.util.List;
import java.util.Set;
import rac.base.IntTy;

/**
 * The methods of the primitive types (integers, floats, char) that rac builds in until the
 * standard library in Rust can be compiled: receiver type + method name → parameter types (after
 * {@code self}) and return type. Inference records a call to one of them as a builtin
 * {@link InferenceResult.MethodResolution} carrying the method name; MIR building lowers it
 * ({@code rac.mir.BuiltinLowering}).
 */
public final class BuiltinMethods {
    private BuiltinMethods() {
    }

    /** A builtin method's parameter types (without {@code self}) and return type. */
    public record Signature(List<Ty> params, Ty ret) {
        public Signature {
            params = List.copyOf(params);
        }
    }

    private static final Ty U32 = new Ty.Int(IntTy.U32);
    private static final Ty I32 = Ty.I32;

    private static final Set<String> INT_UNARY = Set.of("wrapping_neg", "swap_bytes", "reverse_bits", "isqrt",
            "to_be", "to_le");
    private static final Set<String> INT_BINARY = Set.of("min", "max", "wrapping_add", "wrapping_sub",
            "wrapping_mul", "saturating_add", "saturating_sub", "saturating_mul", "rem_euclid", "div_euclid",
            "wrapping_div", "wrapping_rem");
    private static final Set<String> INT_COUNT = Set.of("count_ones", "count_zeros", "leading_zeros",
            "trailing_zeros", "leading_ones", "trailing_ones", "ilog2", "ilog10");
    private static final Set<String> ASCII_PREDICATES = Set.of("is_ascii", "is_ascii_alphabetic",
            "is_ascii_uppercase", "is_ascii_lowercase", "is_ascii_alphanumeric", "is_ascii_digit",
            "is_ascii_hexdigit", "is_ascii_punctuation", "is_ascii_graphic", "is_ascii_whitespace",
            "is_ascii_control");
    private static final Set<String> CHAR_PREDICATES = Set.of("is_alphabetic", "is_numeric", "is_alphanumeric",
            "is_whitespace", "is_uppercase", "is_lowercase", "is_control");
    private static final Set<String> FLOAT_UNARY = Set.of("sqrt", "abs", "exp", "exp2", "ln", "log10", "log2",
            "sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh", "floor", "ceil", "round",
            "round_ties_even", "trunc", "fract", "signum", "to_degrees", "to_radians", "recip", "cbrt", "exp_m1",
            "ln_1p");
    private static final Set<String> FLOAT_BINARY = Set.of("powf", "log", "atan2", "min", "max", "hypot",
            "rem_euclid", "div_euclid", "copysign");
    private static final Set<String> FLOAT_PREDICATES = Set.of("is_nan", "is_finite", "is_infinite",
            "is_sign_negative", "is_sign_positive", "is_normal", "is_subnormal");

    private static final List<String> ALL_NAMES = allNames();

    private static List<String> allNames() {
        java.util.TreeSet<String> names = new java.util.TreeSet<>();
        for (Set<String> s : List.of(INT_UNARY, INT_BINARY, INT_COUNT, ASCII_PREDICATES, CHAR_PREDICATES, FLOAT_UNARY,
                FLOAT_BINARY, FLOAT_PREDICATES)) {
            names.addAll(s);
        }
        names.addAll(List.of("to_ascii_uppercase", "to_ascii_lowercase", "eq_ignore_ascii_case", "pow", "wrapping_pow",
                "saturating_pow", "rotate_left", "rotate_right", "clamp", "abs_diff", "overflowing_add",
                "overflowing_sub", "overflowing_mul", "abs", "signum", "wrapping_abs", "saturating_abs",
                "saturating_neg", "unsigned_abs", "is_positive", "is_negative", "is_power_of_two",
                "next_power_of_two", "powi", "mul_add", "is_digit", "len_utf8", "len_utf16", "wrapping_shl",
                "wrapping_shr", "overflowing_neg", "div_ceil"));
        return List.copyOf(names);
    }

    /** The names of the builtin methods of {@code self}, sorted. */
    public static List<String> names(Ty self) {
        return ALL_NAMES.stream().filter(n -> signature(self, n) != null).toList();
    }

    /** True if the method's receiver is {@code &self} (the ASCII methods of char and u8). */
    public static boolean takesRefSelf(String name) {
        return ASCII_PREDICATES.contains(name) || name.equals("eq_ignore_ascii_case")
                || name.equals("to_ascii_uppercase") || name.equals("to_ascii_lowercase");
    }

    /** The signature of the builtin method {@code name} of {@code self}, or null if there is none. */
    public static Signature signature(Ty self, String name) {
        return switch (self) {
            case Ty.Int it -> intMethod(it, name);
            case Ty.Float f -> floatMethod(f, name);
            case Ty.Char c -> charMethod(name);
            default -> null;
        };
    }

    private static Signature sig(Ty ret, Ty... params) {
        return new Signature(List.of(params), ret);
    }

    private static Signature intMethod(Ty.Int self, String name) {
        IntTy k = self.kind();
        boolean signed = k.signed();
        if (INT_UNARY.contains(name)) {
            return sig(self);
        }
        if (INT_BINARY.contains(name)) {
            return sig(self, self);
        }
        if (INT_COUNT.contains(name)) {
            return sig(U32);
        }
        if (k == IntTy.U8) {
            if (ASCII_PREDICATES.contains(name)) {
                return sig(Ty.BOOL);
            }
            switch (name) {
                case "to_ascii_uppercase", "to_ascii_lowercase" -> {
                    return sig(self);
                }
                case "eq_ignore_ascii_case" -> {
                    return sig(Ty.BOOL, new Ty.Ref(false, self));
                }
                default -> { }
            }
        }
        return switch (name) {
            case "pow", "wrapping_pow", "saturating_pow", "rotate_left", "rotate_right", "wrapping_shl", "wrapping_shr" ->
                    sig(self, U32);
            case "overflowing_neg" -> sig(new Ty.Tuple(List.of(self, Ty.BOOL)));
            case "div_ceil" -> signed ? null : sig(self, self);
            case "clamp" -> sig(self, self, self);
            case "abs_diff" -> sig(new Ty.Int(unsignedOf(k)), self);
            case "overflowing_add", "overflowing_sub", "overflowing_mul" ->
                    sig(new Ty.Tuple(List.of(self, Ty.BOOL)), self);
            case "abs", "signum", "wrapping_abs", "saturating_abs", "saturating_neg" -> signed ? sig(self) : null;
            case "unsigned_abs" -> signed ? sig(new Ty.Int(unsignedOf(k))) : null;
            case "is_positive", "is_negative" -> signed ? sig(Ty.BOOL) : null;
            case "is_power_of_two" -> signed ? null : sig(Ty.BOOL);
            case "next_power_of_two" -> signed ? null : sig(self);
            default -> null;
        };
    }

    /** The unsigned type of the same width. */
    public static IntTy unsignedOf(IntTy k) {
        return switch (k) {
            case I8 -> IntTy.U8;
            case I16 -> IntTy.U16;
            case I32 -> IntTy.U32;
            case I64 -> IntTy.U64;
            case I128 -> IntTy.U128;
            case ISIZE -> IntTy.USIZE;
            default -> k;
        };
    }

    private static Signature floatMethod(Ty.Float self, String name) {
        if (FLOAT_UNARY.contains(name)) {
            return sig(self);
        }
        if (FLOAT_BINARY.contains(name)) {
            return sig(self, self);
        }
        if (FLOAT_PREDICATES.contains(name)) {
            return sig(Ty.BOOL);
        }
        return switch (name) {
            case "powi" -> sig(self, I32);
            case "mul_add", "clamp" -> sig(self, self, self);
            default -> null;
        };
    }

    private static Signature charMethod(String name) {
        if (ASCII_PREDICATES.contains(name) || CHAR_PREDICATES.contains(name)) {
            return sig(Ty.BOOL);
        }
        return switch (name) {
            case "to_ascii_uppercase", "to_ascii_lowercase" -> sig(Ty.CHAR);
            case "eq_ignore_ascii_case" -> sig(Ty.BOOL, new Ty.Ref(false, Ty.CHAR));
            case "is_digit" -> sig(Ty.BOOL, U32);
            case "len_utf8", "len_utf16" -> sig(Ty.USIZE);
            default -> null;
        };
    }
}
