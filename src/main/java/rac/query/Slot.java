package rac.query;

import java.util.ArrayList;

/**
 * The per-key state of a derived query: the current memo and, while some thread verifies or computes
 * it, the owning {@link LocalState}. Ownership changes under the slot's monitor; the waiter list is
 * guarded by the database's graph lock (always taken after the slot monitor).
 */
final class Slot {
    final DatabaseKey key;
    volatile Memo memo;
    volatile LocalState owner;
    /** Incremented on every release, so waiters can tell that the owner let go. */
    volatile long generation;
    /** Runtimes blocked on this slot; guarded by the graph lock. */
    final ArrayList<LocalState> waiters = new ArrayList<>(0);
    /** Whether {@link #waiters} may be non-empty; written under the slot monitor. */
    boolean anyWaiting;

    Slot(DatabaseKey key) {
        this.key = key;
    }
}
