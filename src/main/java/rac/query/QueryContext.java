package rac.query;

import java.util.List;

/**
 * The handle a {@link QueryFunction} reads through: every read is recorded as a dependency of the
 * query being computed. Only valid during that computation, on the thread it was given to.
 */
public final class QueryContext {
    final LocalState state;

    QueryContext(LocalState state) {
        this.state = state;
    }

    /** Reads a query (input or derived) and records it as a dependency. */
    public <K, V> V get(Query<K, V> query, K key) {
        return state.db.read(state, query, key);
    }

    /**
     * Reads many keys of one query, computing those not yet valid in parallel on the database's
     * executor, and records all of them (in list order) as dependencies. Returns the values in key order.
     * If some keys fail, the first failure in key order is rethrown after all have finished.
     */
    public <K, V> List<V> getAll(Query<K, V> query, List<K> keys) {
        return state.db.readAll(state, query, keys);
    }

    /** Like {@link #getAll} but discards the values (they stay memoized). */
    public <K> void prefetch(Query<K, ?> query, List<K> keys) {
        state.db.readAll(state, query, keys);
    }

    /** Throws {@link Cancelled} if a write is pending; call it in long loops that do no reads. */
    public void checkCancelled() {
        state.db.checkCancelled(state);
    }

    /** Interns a value; see {@link Database#intern}. */
    public <T> int intern(Interned<T> kind, T value) {
        return state.db.intern(kind, value);
    }

    /** Looks up an interned value; see {@link Database#lookup}. */
    public <T> T lookup(Interned<T> kind, int id) {
        return state.db.lookup(kind, id);
    }
}
