package rac.query;

import java.util.List;

/** Something the database did, reported to listeners ({@link Database#addListener}). */
public sealed interface Event {
    /** The query concerned, or null for events not about one query. */
    DatabaseKey key();

    /** A derived query is about to run its function. */
    record WillExecute(DatabaseKey key) implements Event {
    }

    /** A memo from an older revision was verified by walking its dependencies, which were unchanged. */
    record DidValidateMemo(DatabaseKey key) implements Event {
    }

    /**
     * A memo from an older revision was verified without walking its dependencies because no input
     * of its durability or lower changed since.
     */
    record DidValidateByDurability(DatabaseKey key) implements Event {
    }

    /** A query re-ran and produced a value equal to the old one; its changed-at revision was kept. */
    record DidReuseAfterCutoff(DatabaseKey key) implements Event {
    }

    /** The current thread is about to wait for another thread computing the same query. */
    record WillBlockOn(DatabaseKey key) implements Event {
    }

    /** An input was set to a new value (or durability) or removed, creating revision {@code revision}. */
    record DidSetInput(DatabaseKey key, long revision) implements Event {
    }

    /** A computation (running {@code key}, or null at top level) was cancelled by a pending write. */
    record DidCancel(DatabaseKey key) implements Event {
    }

    /** A cycle was detected; {@code key} is the query that was requested again. */
    record DidDetectCycle(DatabaseKey key, List<DatabaseKey> cycle) implements Event {
    }

    /** A persistent query's value was loaded from the store instead of being computed. */
    record DidLoadFromStore(DatabaseKey key) implements Event {
    }

    /** A persistent query's value was written to the store. */
    record DidStore(DatabaseKey key) implements Event {
    }
}
