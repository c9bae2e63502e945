package rac.pat;

import java.util.List;

/**
 * One variant of an enum, or the single variant of a struct.
 *
 * @param path the variant as rustc prints it in a witness: {@code None}, {@code Color::Red},
 *     {@code std::cmp::Ordering::Less}, or for a struct its name, {@code S}
 * @param kind whether fields are written as a unit, a tuple or with braces
 * @param fields the fields in declaration order, with their types in this instantiation
 */
public record VariantDef(String path, Kind kind, List<Field> fields) {
    public VariantDef {
        fields = List.copyOf(fields);
    }

    /** How the variant's fields are written. */
    public enum Kind { UNIT, TUPLE, STRUCT }

    /** A field: its name ({@code "0"}, {@code "1"}... for tuple fields) and type. */
    public record Field(String name, PatTy ty) { }

    /** A unit variant. */
    public static VariantDef unit(String path) {
        return new VariantDef(path, Kind.UNIT, List.of());
    }

    /** A tuple variant with the given field types. */
    public static VariantDef tuple(String path, PatTy... types) {
        Field[] fs = new Field[types.length];
        for (int i = 0; i < types.length; i++) {
            fs[i] = new Field(Integer.toString(i), types[i]);
        }
        return new VariantDef(path, Kind.TUPLE, List.of(fs));
    }
}
