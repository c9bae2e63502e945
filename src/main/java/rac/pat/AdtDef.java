package rac.pat;

/**
 * A struct or enum as the type checker describes it to the exhaustiveness checker, for one
 * instantiation of its generic parameters (so field types are concrete). Methods are called
 * lazily and may be called several times; implementations should be cheap or cache.
 * Identity matters: the checker memoizes per {@code AdtDef} object.
 */
public interface AdtDef {
    /** The type as rustc prints it, e.g. {@code Option<i32>} or {@code Color}. */
    String typeName();

    /** Whether this is an enum (otherwise a struct with the single variant 0). */
    boolean isEnum();

    /** The number of variants; 1 for a struct. */
    int variantCount();

    /** Variant {@code index} (0 for a struct). */
    VariantDef variant(int index);

    /**
     * Whether this is an enum marked {@code #[non_exhaustive]} and defined in another crate, so that
     * matching it needs a wildcard.
     */
    default boolean isForeignNonExhaustive() {
        return false;
    }

    /**
     * Identifies the ADT's definition independently of its generic arguments ({@code Option<i32>} and
     * {@code Option<bool>} share it); used to label uncovered variants of nested witnesses.
     */
    default Object definitionId() {
        return this;
    }

    /**
     * Whether variant {@code index} is one rustc does not list in witnesses: a {@code #[doc(hidden)]}
     * variant of a foreign {@code #[non_exhaustive]} enum, or an unstable one. A match must still
     * cover it, and a missing hidden variant is reported as {@code _}.
     */
    default boolean isVariantHidden(int index) {
        return false;
    }
}
