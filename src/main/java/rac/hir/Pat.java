package rac.hir;

/** A pattern. Children are ids into the body's pattern arena. */
public sealed interface Pat {
    /** A pattern that failed to lower. */
    record Missing() implements Pat { }

    /** {@code _}. */
    record Wild() implements Pat { }

    /** A tuple pattern {@code (a, b)}. */
    record Tuple(java.util.List<Integer> elements) implements Pat {
        public Tuple {
            elements = java.util.List.copyOf(elements);
        }
    }

    /** A binding {@code mut name}; {@code binding} is an index into the body's bindings. */
    record Bind(int binding) implements Pat { }
}
