package rac.pat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import rac.base.IntTy;

/** Facts about {@link PatTy}s the algorithm needs: field types, value ranges, inhabitedness. */
final class Types {
    private final Map<AdtDef, Boolean> uninhabitedAdts = new IdentityHashMap<>();

    /** The types of the fields of {@code ctor} for a value of type {@code ty}. */
    List<PatTy> fieldTypes(Ctor ctor, PatTy ty) {
        return switch (ctor) {
            case Ctor.Struct s -> switch (ty) {
                case PatTy.Tuple t -> t.elements();
                case PatTy.Adt a -> variantFieldTypes(a.def(), 0);
                default -> List.of();
            };
            case Ctor.Variant v -> ty instanceof PatTy.Adt a ? variantFieldTypes(a.def(), v.index()) : List.of();
            case Ctor.Ref r -> ty instanceof PatTy.Ref ref ? List.of(ref.pointee()) : List.of();
            case Ctor.Slice s -> {
                PatTy elem = elementType(ty);
                List<PatTy> out = new ArrayList<>(s.arity());
                for (int i = 0; i < s.arity(); i++) {
                    out.add(elem);
                }
                yield out;
            }
            default -> List.of();
        };
    }

    static PatTy elementType(PatTy ty) {
        return switch (ty) {
            case PatTy.Array a -> a.element();
            case PatTy.Slice s -> s.element();
            default -> new PatTy.Opaque("_");
        };
    }

    static List<PatTy> variantFieldTypes(AdtDef def, int variant) {
        List<VariantDef.Field> fs = def.variant(variant).fields();
        List<PatTy> out = new ArrayList<>(fs.size());
        for (VariantDef.Field f : fs) {
            out.add(f.ty());
        }
        return out;
    }

    static BigInteger min(IntTy t) {
        return t.signed() ? BigInteger.ONE.shiftLeft(t.bits() - 1).negate() : BigInteger.ZERO;
    }

    static BigInteger max(IntTy t) {
        return BigInteger.ONE.shiftLeft(t.signed() ? t.bits() - 1 : t.bits()).subtract(BigInteger.ONE);
    }

    static boolean isPointerSized(IntTy t) {
        return t == IntTy.USIZE || t == IntTy.ISIZE;
    }

    /** The ranges that make up all values of an integer or char type (the values an exhaustive match must cover). */
    static List<Ctor.IntRange> fullRanges(PatTy ty) {
        if (ty instanceof PatTy.Char) {
            return List.of(new Ctor.IntRange(BigInteger.ZERO, BigInteger.valueOf(0xD800)),
                    new Ctor.IntRange(BigInteger.valueOf(0xE000), BigInteger.valueOf(0x110000)));
        }
        IntTy t = ((PatTy.Int) ty).kind();
        if (t == IntTy.USIZE) {
            return List.of(new Ctor.IntRange(BigInteger.ZERO, Ctor.POS_INFINITY));
        }
        if (t == IntTy.ISIZE) {
            return List.of(new Ctor.IntRange(Ctor.NEG_INFINITY, Ctor.POS_INFINITY));
        }
        return List.of(new Ctor.IntRange(min(t), max(t).add(BigInteger.ONE)));
    }

    /** Whether {@code ty} visibly has no values (references and slices always have some). */
    boolean isUninhabited(PatTy ty) {
        return switch (ty) {
            case PatTy.Never n -> true;
            case PatTy.Tuple t -> t.elements().stream().anyMatch(this::isUninhabited);
            case PatTy.Array a -> a.length() > 0 && isUninhabited(a.element());
            case PatTy.Adt a -> isUninhabited(a.def());
            default -> false;
        };
    }

    private boolean isUninhabited(AdtDef def) {
        Boolean known = uninhabitedAdts.get(def);
        if (known != null) {
            return known;
        }
        uninhabitedAdts.put(def, false); // a cycle means the type is recursive: treat it as inhabited
        boolean result;
        if (def.isEnum()) {
            if (def.isForeignNonExhaustive()) {
                result = false;
            } else {
                result = true;
                for (int i = 0; i < def.variantCount(); i++) {
                    if (!isVariantUninhabited(def, i)) {
                        result = false;
                        break;
                    }
                }
            }
        } else {
            result = isVariantUninhabited(def, 0);
        }
        uninhabitedAdts.put(def, result);
        return result;
    }

    boolean isVariantUninhabited(AdtDef def, int variant) {
        for (VariantDef.Field f : def.variant(variant).fields()) {
            if (isUninhabited(f.ty())) {
                return true;
            }
        }
        return false;
    }
}
