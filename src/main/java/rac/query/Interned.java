package rac.query;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Declares a kind of interned value (Salsa's interned queries, rust-analyzer's {@code FunctionLoc ->
 * FunctionId}): {@link Database#intern} maps equal values to the same small int id, stable for the
 * life of the database, and {@link Database#lookup} maps it back. Interning is not a tracked read: the
 * mapping never changes (ids are never reused), so it needs no dependency. Ids are not stable across
 * processes, so values holding them must not be persisted as they are.
 *
 * @param <T> the interned type (structural {@code equals}/{@code hashCode})
 */
public final class Interned<T> {
    private static final AtomicInteger NEXT = new AtomicInteger();
    private final String name;
    private final int index;

    private Interned(String name) {
        this.name = Objects.requireNonNull(name);
        this.index = NEXT.getAndIncrement();
    }

    /** Declares an interned kind. */
    public static <T> Interned<T> named(String name) {
        return new Interned<>(name);
    }

    /** The kind's name. */
    public String name() {
        return name;
    }

    int index() {
        return index;
    }

    @Override
    public String toString() {
        return name;
    }
}
