package rac.query;

/**
 * How rarely an input changes. A memo's durability is the minimum of its dependencies'; a memo whose
 * durability class has seen no input change since it was last verified is valid without walking its
 * dependencies. The standard library's inputs are {@link #HIGH}, user files {@link #LOW}.
 */
public enum Durability {
    /** Changes often (files being edited). */
    LOW,
    /** Changes sometimes (crate graph, options). */
    MEDIUM,
    /** Practically never changes during a session (the standard library). */
    HIGH;

    static final Durability[] VALUES = values();

    /** The smaller of two durabilities. */
    public Durability min(Durability other) {
        return ordinal() <= other.ordinal() ? this : other;
    }
}
