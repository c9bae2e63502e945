package rac.pat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import rac.base.IntTy;

/**
 * A value (or set of values) that no arm matches, printed by {@link #toString()} exactly as rustc
 * prints it in "non-exhaustive patterns: `...` not covered": {@code None}, {@code Some(_)},
 * {@code i32::MIN..=-1_i32}, {@code &[_, _, ..]}, {@code Color::Named { name: 0_u8..=2_u8 }}.
 */
public final class Witness {
    final Ctor ctor;
    final PatTy ty;
    final List<Witness> fields;

    Witness(Ctor ctor, PatTy ty, List<Witness> fields) {
        this.ctor = ctor;
        this.ty = ty;
        this.fields = List.copyOf(fields);
    }

    /** The type of the value this witness stands for. */
    public PatTy ty() {
        return ty;
    }

    /** Whether this witness prints as a plain {@code _}. */
    boolean isWild() {
        return ctor instanceof Ctor.Wildcard || ctor instanceof Ctor.NonExhaustive
                || ctor instanceof Ctor.Hidden || ctor instanceof Ctor.Missing || ctor instanceof Ctor.Never;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        print(sb);
        return sb.toString();
    }

    private void print(StringBuilder sb) {
        switch (ctor) {
            case Ctor.Bool b -> sb.append(b.value());
            case Ctor.IntRange r -> sb.append(printRange(r, ty));
            case Ctor.Ref r -> {
                sb.append(ty instanceof PatTy.Ref ref && ref.mutable() ? "&mut " : "&");
                fields.get(0).print(sb);
            }
            case Ctor.Struct s -> printStructLike(sb, 0);
            case Ctor.Variant v -> printStructLike(sb, v.index());
            case Ctor.Slice s -> {
                sb.append('[');
                List<String> parts = new ArrayList<>();
                if (s.varLen()) {
                    for (int i = 0; i < s.prefix(); i++) {
                        parts.add(fields.get(i).toString());
                    }
                    parts.add("..");
                    for (int i = s.prefix(); i < s.arity(); i++) {
                        parts.add(fields.get(i).toString());
                    }
                } else {
                    for (Witness f : fields) {
                        parts.add(f.toString());
                    }
                }
                sb.append(String.join(", ", parts)).append(']');
            }
            case Ctor.Str s -> sb.append('"').append(s.value()).append('"');
            default -> sb.append('_');
        }
    }

    private void printStructLike(StringBuilder sb, int variantIndex) {
        if (ty instanceof PatTy.Adt adt) {
            VariantDef v = adt.def().variant(variantIndex);
            sb.append(v.path());
            switch (v.kind()) {
                case UNIT -> { }
                case STRUCT -> {
                    sb.append(" { ");
                    int printed = 0;
                    for (int i = 0; i < fields.size(); i++) {
                        if (fields.get(i).isWild()) {
                            continue;
                        }
                        if (printed > 0) {
                            sb.append(", ");
                        }
                        sb.append(v.fields().get(i).name()).append(": ");
                        fields.get(i).print(sb);
                        printed++;
                    }
                    if (printed < fields.size()) {
                        sb.append(printed > 0 ? ", .." : "..");
                    }
                    sb.append(" }");
                }
                case TUPLE -> {
                    if (!fields.isEmpty()) {
                        sb.append('(');
                        for (int i = 0; i < fields.size(); i++) {
                            if (i > 0) {
                                sb.append(", ");
                            }
                            fields.get(i).print(sb);
                        }
                        sb.append(')');
                    }
                }
            }
            return;
        }
        sb.append('(');
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            fields.get(i).print(sb);
        }
        if (fields.size() == 1) {
            sb.append(',');
        }
        sb.append(')');
    }

    /** Prints a range of {@code ty} (an integer or char type) as rustc does. */
    static String printRange(Ctor.IntRange r, PatTy ty) {
        if (r.lo().equals(Ctor.NEG_INFINITY) && r.hi().equals(Ctor.POS_INFINITY)) {
            return "_";
        }
        if (r.isSingleton()) {
            return printValue(r.lo(), ty);
        }
        BigInteger typeMin;
        BigInteger typeMax;
        boolean is128 = false;
        if (ty instanceof PatTy.Int t) {
            typeMin = Types.min(t.kind());
            typeMax = Types.max(t.kind());
            is128 = t.kind().bits() == 128;
        } else {
            typeMin = BigInteger.ZERO;
            typeMax = BigInteger.valueOf(0x10FFFF);
        }
        StringBuilder sb = new StringBuilder();
        if (!r.lo().equals(Ctor.NEG_INFINITY)) {
            // Values beyond usize::MAX / isize::MAX show as `MAX..`.
            sb.append(printValue(r.lo().min(typeMax), ty));
        }
        if (r.hi().equals(Ctor.POS_INFINITY) || (is128 && r.hi().equals(typeMax.add(BigInteger.ONE)))) {
            sb.append("..");
        } else {
            BigInteger last = r.hi().subtract(BigInteger.ONE);
            if (last.compareTo(typeMin) < 0) {
                sb.append("..").append(printValue(r.hi(), ty));
            } else {
                sb.append("..=").append(printValue(last, ty));
            }
        }
        return sb.toString();
    }

    static String printValue(BigInteger v, PatTy ty) {
        if (ty instanceof PatTy.Int t) {
            IntTy k = t.kind();
            if (v.equals(Types.max(k))) {
                return k.rustName() + "::MAX";
            }
            if (k.signed() && v.equals(Types.min(k))) {
                return k.rustName() + "::MIN";
            }
            return v + "_" + k.rustName();
        }
        return charLiteral(v.intValueExact());
    }

    /** A char literal as Rust's {@code {:?}} prints it. */
    static String charLiteral(int c) {
        String body = switch (c) {
            case 0 -> "\\0";
            case '\t' -> "\\t";
            case '\r' -> "\\r";
            case '\n' -> "\\n";
            case '\'' -> "\\'";
            case '\\' -> "\\\\";
            default -> isPrintable(c) ? new String(Character.toChars(c)) : "\\u{" + Integer.toHexString(c) + "}";
        };
        return "'" + body + "'";
    }

    private static boolean isPrintable(int c) {
        if (c == ' ') {
            return true;
        }
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.PRIVATE_USE, Character.SURROGATE,
                    Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.SPACE_SEPARATOR, Character.NON_SPACING_MARK, Character.ENCLOSING_MARK -> false;
            default -> true;
        };
    }
}
