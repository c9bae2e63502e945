package rac.pat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns a {@link Pat} of a given {@link PatTy} into a {@link DeconstructedPat}, numbering patterns
 * in source order. A pattern that does not fit its type, or an {@link Pat.Error}, sets
 * {@link #hadError} and lowers to a wildcard.
 */
final class PatLowering {
    private final Types types;
    private int nextUid;
    boolean hadError;

    PatLowering(Types types) {
        this.types = types;
    }

    DeconstructedPat lower(Pat pat, PatTy ty) {
        int uid = nextUid++;
        return switch (pat) {
            case Pat.Wild w -> new DeconstructedPat(Ctor.WILDCARD, List.of(), pat, uid);
            case Pat.Binding b -> {
                if (b.sub() == null) {
                    yield new DeconstructedPat(Ctor.WILDCARD, List.of(), pat, uid);
                }
                // `x @ p` is transparent: rustc reports and labels `p` itself.
                yield lower(b.sub(), ty);
            }
            case Pat.Error e -> error(pat, uid);
            case Pat.BoolLit b -> ty instanceof PatTy.Bool
                    ? leaf(new Ctor.Bool(b.value()), pat, uid) : error(pat, uid);
            case Pat.IntLit i -> ty instanceof PatTy.Int t && inRange(i.value(), t)
                    ? leaf(new Ctor.IntRange(i.value(), i.value().add(BigInteger.ONE)), pat, uid) : error(pat, uid);
            case Pat.CharLit c -> ty instanceof PatTy.Char
                    ? leaf(new Ctor.IntRange(BigInteger.valueOf(c.codePoint()), BigInteger.valueOf(c.codePoint() + 1L)), pat, uid)
                    : error(pat, uid);
            case Pat.FloatLit f -> ty instanceof PatTy.Float
                    ? leaf(new Ctor.FloatRange(f.value(), f.value(), true), pat, uid) : error(pat, uid);
            case Pat.FloatRange f -> ty instanceof PatTy.Float
                    ? leaf(new Ctor.FloatRange(f.lo() == null ? Double.NEGATIVE_INFINITY : f.lo(),
                            f.hi() == null ? Double.POSITIVE_INFINITY : f.hi(), f.hi() == null || f.inclusive()), pat, uid)
                    : error(pat, uid);
            case Pat.Range r -> lowerRange(r, ty, uid);
            case Pat.StrLit s -> switch (ty) {
                case PatTy.Str t -> leaf(new Ctor.Str(s.value()), pat, uid);
                case PatTy.Ref(boolean m, PatTy.Str t) -> new DeconstructedPat(Ctor.REF,
                        List.of(new DeconstructedPat(new Ctor.Str(s.value()), List.of(), null, -1)), pat, uid);
                default -> error(pat, uid);
            };
            case Pat.Ref r -> ty instanceof PatTy.Ref ref
                    ? new DeconstructedPat(Ctor.REF, List.of(lower(r.sub(), ref.pointee())), pat, uid)
                    : error(pat, uid);
            case Pat.Tuple t -> {
                if (!(ty instanceof PatTy.Tuple tt) || tt.elements().size() != t.elements().size()) {
                    yield error(pat, uid);
                }
                List<DeconstructedPat> fields = new ArrayList<>();
                for (int i = 0; i < t.elements().size(); i++) {
                    fields.add(lower(t.elements().get(i), tt.elements().get(i)));
                }
                yield new DeconstructedPat(Ctor.STRUCT, fields, pat, uid);
            }
            case Pat.Variant v -> lowerVariant(v, ty, uid);
            case Pat.Slice s -> lowerSlice(s, ty, uid);
            case Pat.Or o -> {
                if (o.alternatives().isEmpty()) {
                    yield error(pat, uid);
                }
                List<DeconstructedPat> alts = new ArrayList<>();
                for (Pat alt : o.alternatives()) {
                    alts.add(lower(alt, ty));
                }
                yield new DeconstructedPat(Ctor.OR, alts, pat, uid);
            }
        };
    }

    private DeconstructedPat leaf(Ctor ctor, Pat pat, int uid) {
        return new DeconstructedPat(ctor, List.of(), pat, uid);
    }

    private DeconstructedPat error(Pat pat, int uid) {
        hadError = true;
        return new DeconstructedPat(Ctor.WILDCARD, List.of(), pat, uid);
    }

    private static boolean inRange(BigInteger v, PatTy.Int t) {
        return v.compareTo(Types.min(t.kind())) >= 0 && v.compareTo(Types.max(t.kind())) <= 0;
    }

    private DeconstructedPat lowerRange(Pat.Range r, PatTy ty, int uid) {
        BigInteger min;
        BigInteger maxPlusOne;
        boolean pointerSized = false;
        if (ty instanceof PatTy.Int t) {
            min = Types.min(t.kind());
            maxPlusOne = Types.max(t.kind()).add(BigInteger.ONE);
            pointerSized = Types.isPointerSized(t.kind());
        } else if (ty instanceof PatTy.Char) {
            min = BigInteger.ZERO;
            maxPlusOne = BigInteger.valueOf(0x110000);
        } else {
            return error(r, uid);
        }
        BigInteger lo = r.lo() == null ? min : r.lo();
        BigInteger hi;
        if (r.hi() == null) {
            hi = pointerSized ? Ctor.POS_INFINITY : maxPlusOne;
        } else {
            hi = r.inclusive() ? r.hi().add(BigInteger.ONE) : r.hi();
        }
        if (lo.compareTo(min) < 0 || (r.hi() != null && hi.compareTo(maxPlusOne) > 0) || lo.compareTo(hi) >= 0) {
            return error(r, uid);
        }
        return leaf(new Ctor.IntRange(lo, hi), r, uid);
    }

    private DeconstructedPat lowerVariant(Pat.Variant v, PatTy ty, int uid) {
        if (!(ty instanceof PatTy.Adt adt)) {
            return error(v, uid);
        }
        AdtDef def = adt.def();
        if (v.variant() < 0 || v.variant() >= def.variantCount() || (!def.isEnum() && v.variant() != 0)) {
            return error(v, uid);
        }
        List<PatTy> fieldTys = Types.variantFieldTypes(def, v.variant());
        DeconstructedPat[] fields = new DeconstructedPat[fieldTys.size()];
        Arrays.fill(fields, DeconstructedPat.WILD);
        for (Pat.FieldPat fp : v.fields()) {
            if (fp.index() < 0 || fp.index() >= fields.length) {
                return error(v, uid);
            }
            fields[fp.index()] = lower(fp.pat(), fieldTys.get(fp.index()));
        }
        Ctor ctor = def.isEnum() ? new Ctor.Variant(v.variant()) : Ctor.STRUCT;
        return new DeconstructedPat(ctor, List.of(fields), v, uid);
    }

    private DeconstructedPat lowerSlice(Pat.Slice s, PatTy ty, int uid) {
        Integer arrayLength;
        PatTy elem;
        switch (ty) {
            case PatTy.Array a -> {
                arrayLength = a.length();
                elem = a.element();
            }
            case PatTy.Slice sl -> {
                arrayLength = null;
                elem = sl.element();
            }
            default -> {
                return error(s, uid);
            }
        }
        int p = s.prefix().size();
        int sfx = s.suffix().size();
        if (!s.hasRest() && sfx != 0) {
            return error(s, uid);
        }
        if (arrayLength != null && (s.hasRest() ? p + sfx > arrayLength : p != arrayLength)) {
            return error(s, uid);
        }
        List<DeconstructedPat> fields = new ArrayList<>();
        for (Pat e : s.prefix()) {
            fields.add(lower(e, elem));
        }
        for (Pat e : s.suffix()) {
            fields.add(lower(e, elem));
        }
        return new DeconstructedPat(Ctor.Slice.of(arrayLength, s.hasRest(), p, sfx), fields, s, uid);
    }
}
