package rac.query;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a query (transitively, possibly across threads) depends on itself. The cycle lists the
 * frames from the first query of the cycle to the one that requested it again. Callers may catch it
 * inside a query to recover with a fallback value.
 */
public final class CycleException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<DatabaseKey> cycle;

    /** Creates the exception for the given cycle. */
    public CycleException(List<DatabaseKey> cycle) {
        super("cycle detected: " + render(cycle));
        this.cycle = List.copyOf(cycle);
    }

    /** The frames of the cycle, in call order; the last one requested the first. */
    public List<DatabaseKey> cycle() {
        return cycle;
    }

    /** The cycle rendered as strings, e.g. {@code ["a(1)", "b(1)"]}. */
    public List<String> frames() {
        return cycle.stream().map(DatabaseKey::toString).toList();
    }

    private static String render(List<DatabaseKey> cycle) {
        if (cycle.isEmpty()) {
            return "(empty)";
        }
        return cycle.stream().map(DatabaseKey::toString).collect(Collectors.joining(" -> "))
                + " -> " + cycle.getFirst();
    }
}
