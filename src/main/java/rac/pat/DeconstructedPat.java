package rac.pat;

import java.util.List;

/**
 * A pattern split into its head constructor and its fields (rustc's {@code DeconstructedPat}).
 * {@code uid} numbers the user's patterns in source order; synthesized wildcards have no source.
 */
final class DeconstructedPat {
    /** A wildcard made up by specialization; it has no source pattern. */
    static final DeconstructedPat WILD = new DeconstructedPat(Ctor.WILDCARD, List.of(), null, -1);

    final Ctor ctor;
    /** The fields; for an or-pattern, its alternatives. */
    final List<DeconstructedPat> fields;
    final Pat source;
    final int uid;

    DeconstructedPat(Ctor ctor, List<DeconstructedPat> fields, Pat source, int uid) {
        this.ctor = ctor;
        this.fields = fields;
        this.source = source;
        this.uid = uid;
    }

    boolean isOr() {
        return ctor instanceof Ctor.Or;
    }

    /** The fields this pattern has under {@code ctor} (which it covers), {@code arity} of them. */
    DeconstructedPat[] specialize(Ctor other, int arity) {
        DeconstructedPat[] out = new DeconstructedPat[arity];
        if (ctor instanceof Ctor.Wildcard) {
            java.util.Arrays.fill(out, WILD);
            return out;
        }
        if (ctor instanceof Ctor.Slice s && s.varLen() && other instanceof Ctor.Slice) {
            int p = s.prefix();
            int sfx = s.suffix();
            for (int i = 0; i < p; i++) {
                out[i] = fields.get(i);
            }
            for (int i = p; i < arity - sfx; i++) {
                out[i] = WILD;
            }
            for (int i = 0; i < sfx; i++) {
                out[arity - sfx + i] = fields.get(p + i);
            }
            return out;
        }
        for (int i = 0; i < arity; i++) {
            out[i] = fields.get(i);
        }
        return out;
    }

    /** Whether this pattern matches every value (rustc's {@code pat_is_catchall}). */
    boolean isCatchAll() {
        return switch (ctor) {
            case Ctor.Wildcard w -> true;
            case Ctor.Struct s -> fields.stream().allMatch(DeconstructedPat::isCatchAll);
            case Ctor.Ref r -> fields.stream().allMatch(DeconstructedPat::isCatchAll);
            default -> false;
        };
    }
}
