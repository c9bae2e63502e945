package rac.mir;

import java.util.List;

/** A memory location: a local plus projections (none yet besides the local itself). */
public record Place(int local, List<Projection> projections) {
    public Place {
        projections = List.copyOf(projections);
    }

    public static Place local(int local) {
        return new Place(local, List.of());
    }

    /** Field projection, dereference. */
    public sealed interface Projection {
        /** {@code .n} of a tuple or struct. */
        record Field(int index, rac.ty.Ty ty) implements Projection { }

        /** {@code *p}. */
        record Deref() implements Projection { }

        /** {@code p[i]} with the index in local {@code index}. */
        record Index(int index) implements Projection { }

        /** The place viewed as variant {@code variant} of its enum (followed by a field projection). */
        record Downcast(int variant) implements Projection { }
    }
}
