package rac.syntax;

/** Test support: public entry to {@link Mutator} for ad-hoc fuzzing runs outside JUnit. */
public final class MutatorAccess {
    private MutatorAccess() {
    }

    /** See {@link Mutator#mutate}. */
    public static String mutate(String text, long seed) {
        return Mutator.mutate(text, seed);
    }
}
