package rac.codegen;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import rac.hir.DefId;
import rac.ty.AdtDef;
import rac.ty.Ty;

/**
 * How rac types are laid out in LLVM IR. Tuples and structs are LLVM literal structs of their
 * fields in declaration order; an enum is {@code { i64 tag, [n x i64] payload }} where the payload
 * holds the active variant's fields as a literal struct, and the tag is the discriminant value.
 * Sizes computed here only size enum payloads, and never undercount LLVM's own layout.
 */
final class Types {
    private final Function<DefId, AdtDef> adts;
    private final Map<Ty, String> memoryTypes = new HashMap<>();

    Types(Function<DefId, AdtDef> adts) {
        this.adts = adts;
    }

    AdtDef adt(Ty.Adt a) {
        return adts.apply(a.def());
    }

    boolean isZeroSized(Ty t) {
        return switch (t) {
            case Ty.Tuple tu -> tu.elements().stream().allMatch(this::isZeroSized);
            case Ty.Never n -> true;
            case Ty.Error e -> true;
            case Ty.Array a -> a.len() == 0 || isZeroSized(a.element());
            case Ty.Adt a -> {
                AdtDef def = adt(a);
                yield def.isEnum() ? def.variants().isEmpty()
                        : fieldTypes(def, def.struct(), a).stream().allMatch(this::isZeroSized);
            }
            default -> false;
        };
    }

    /** The type of an SSA value of this type. */
    String valueType(Ty t) {
        return switch (t) {
            case Ty.Int i -> "i" + i.kind().bits();
            case Ty.Bool b -> "i1";
            case Ty.Char c -> "i32";
            case Ty.Float f -> f.bits() == 32 ? "float" : "double";
            case Ty.Ref r -> r.pointee() instanceof Ty.Str || r.pointee() instanceof Ty.Slice ? "{ ptr, i64 }" : "ptr";
            case Ty.Tuple tu -> memoryType(t);
            case Ty.Array a -> memoryType(t);
            case Ty.Adt a -> memoryType(t);
            default -> throw new IllegalStateException("no LLVM value type for " + Ty.display(t));
        };
    }

    /** The type of this type's storage in memory ({@code bool} is a byte). */
    String memoryType(Ty t) {
        String cached = memoryTypes.get(t);
        if (cached != null) {
            return cached;
        }
        String s = switch (t) {
            case Ty.Bool b -> "i8";
            case Ty.Tuple tu -> structType(tu.elements());
            case Ty.Array a -> "[" + a.len() + " x " + (isZeroSized(a.element()) ? "{}" : memoryType(a.element())) + "]";
            case Ty.Adt a -> {
                AdtDef def = adt(a);
                if (!def.isEnum()) {
                    yield structType(fieldTypes(def, def.struct(), a));
                }
                long payload = 0;
                for (AdtDef.VariantDef v : def.variants()) {
                    payload = Math.max(payload, size(variantType(def, v, a)));
                }
                yield payload == 0 ? "{ i64 }" : "{ i64, [" + ((payload + 7) / 8) + " x i64] }";
            }
            default -> valueType(t);
        };
        memoryTypes.put(t, s);
        return s;
    }

    /** The field types of a variant of the instance {@code a}, as a tuple (its payload's layout). */
    static Ty variantType(AdtDef def, AdtDef.VariantDef v, Ty.Adt a) {
        return new Ty.Tuple(fieldTypes(def, v, a));
    }

    /** The field types of a variant of the instance {@code a} (generic arguments substituted). */
    static List<Ty> fieldTypes(AdtDef def, AdtDef.VariantDef v, Ty.Adt a) {
        List<Ty> out = new java.util.ArrayList<>();
        for (int i = 0; i < v.fields().size(); i++) {
            out.add(def.fieldTy(v, i, a));
        }
        return out;
    }

    private String structType(List<Ty> fields) {
        StringBuilder sb = new StringBuilder("{ ");
        boolean first = true;
        for (Ty e : fields) {
            if (!first) {
                sb.append(", ");
            }
            first = false;
            sb.append(isZeroSized(e) ? "{}" : memoryType(e));
        }
        return sb.append(first ? "}" : " }").toString();
    }

    /** An upper bound of the type's size in bytes (exact for everything but 128-bit integers). */
    long size(Ty t) {
        return switch (t) {
            case Ty.Tuple tu -> structSize(tu.elements());
            case Ty.Array a -> a.len() * size(a.element());
            case Ty.Adt a -> {
                AdtDef def = adt(a);
                if (!def.isEnum()) {
                    yield structSize(fieldTypes(def, def.struct(), a));
                }
                long payload = 0;
                for (AdtDef.VariantDef v : def.variants()) {
                    payload = Math.max(payload, size(variantType(def, v, a)));
                }
                yield 8 + (payload + 7) / 8 * 8;
            }
            default -> isZeroSized(t) ? 0 : scalarSize(t);
        };
    }

    long align(Ty t) {
        return switch (t) {
            case Ty.Tuple tu -> tu.elements().stream().mapToLong(this::align).max().orElse(1);
            case Ty.Array a -> align(a.element());
            case Ty.Adt a -> {
                AdtDef def = adt(a);
                if (def.isEnum()) {
                    yield 8;
                }
                yield fieldTypes(def, def.struct(), a).stream().mapToLong(this::align).max().orElse(1);
            }
            case Ty.Ref r -> 8;
            default -> isZeroSized(t) ? 1 : scalarSize(t);
        };
    }

    private long structSize(List<Ty> fields) {
        long off = 0;
        long maxAlign = 1;
        for (Ty f : fields) {
            long a = align(f);
            maxAlign = Math.max(maxAlign, a);
            off = (off + a - 1) / a * a + size(f);
        }
        return (off + maxAlign - 1) / maxAlign * maxAlign;
    }

    private static long scalarSize(Ty t) {
        return switch (t) {
            case Ty.Int i -> i.kind().bits() / 8;
            case Ty.Bool b -> 1;
            case Ty.Char c -> 4;
            case Ty.Float f -> f.bits() / 8;
            case Ty.Ref r -> r.pointee() instanceof Ty.Str || r.pointee() instanceof Ty.Slice ? 16 : 8;
            default -> 8;
        };
    }

    /** The LLVM return type of a function returning {@code t}. */
    String returnType(Ty t) {
        return isZeroSized(t) ? "void" : valueType(t);
    }

    /** Whether a reference to {@code pointee} is a fat pointer (data pointer and length). */
    static boolean isFat(Ty pointee) {
        return pointee instanceof Ty.Str || pointee instanceof Ty.Slice;
    }

    static int bits(Ty t) {
        return switch (t) {
            case Ty.Int i -> i.kind().bits();
            case Ty.Bool b -> 1;
            case Ty.Char c -> 32;
            default -> throw new IllegalStateException("not a scalar: " + Ty.display(t));
        };
    }
}
