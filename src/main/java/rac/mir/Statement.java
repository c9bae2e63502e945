package rac.mir;

/** A MIR statement. */
public sealed interface Statement {
    /** {@code place = rvalue}. */
    record Assign(Place place, Rvalue rvalue) implements Statement { }

    /** The local's storage becomes live. */
    record StorageLive(int local) implements Statement { }

    /** The local's storage is dead. */
    record StorageDead(int local) implements Statement { }
}
