package rac.ty;

import java.math.BigInteger;
import java.util.List;
import rac.hir.DefId;
import rac.hir.ItemTree;

/**
 * A struct or enum as the type checker and codegen see it: its variants (a struct has one) with
 * their fields' types and, for enums, each variant's discriminant value.
 */
public record AdtDef(DefId def, String name, boolean isEnum, List<VariantDef> variants, List<String> typeParams) {
    public AdtDef {
        variants = List.copyOf(variants);
        typeParams = List.copyOf(typeParams);
    }

    /** The type of field {@code field} of {@code variant} in the instance {@code ty} of this ADT. */
    public Ty fieldTy(VariantDef variant, int field, Ty.Adt ty) {
        return Ty.subst(variant.fields().get(field).ty(), ty.args());
    }

    /** A variant (or the struct itself): its definition, shape, fields and discriminant. */
    public record VariantDef(DefId def, String name, ItemTree.FieldsKind kind, List<FieldDef> fields,
                             BigInteger discriminant) {
        public VariantDef {
            fields = List.copyOf(fields);
        }

        /** The index of the field named {@code name}, or -1. */
        public int fieldIndex(String name) {
            for (int i = 0; i < fields.size(); i++) {
                if (fields.get(i).name().equals(name)) {
                    return i;
                }
            }
            return -1;
        }
    }

    /** A field: its name ("0", "1", ... for tuple fields) and type. */
    public record FieldDef(String name, Ty ty) { }

    /** The index of the variant whose definition is {@code def} (the struct's own def for a struct), or -1. */
    public int variantIndex(DefId def) {
        for (int i = 0; i < variants.size(); i++) {
            if (variants.get(i).def().equals(def)) {
                return i;
            }
        }
        return -1;
    }

    /** The single variant of a struct. */
    public VariantDef struct() {
        return variants.get(0);
    }

    /** The type of this ADT with its own parameters as arguments ({@code W<T>} inside its impls). */
    public Ty.Adt ty() {
        List<Ty> args = new java.util.ArrayList<>();
        for (int i = 0; i < typeParams.size(); i++) {
            args.add(new Ty.Param(i, typeParams.get(i)));
        }
        return new Ty.Adt(def, name, args);
    }
}
