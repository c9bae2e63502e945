package rac.query;

/**
 * One query applied to one key: a dependency edge target, an event subject and a cycle frame.
 * Printed as {@code name(key)}, e.g. {@code parse(a.rs)}.
 */
public final class DatabaseKey {
    private final Query<?, ?> query;
    private final Object key;
    private final int hash;

    /** Creates the key for {@code query} applied to {@code key}. */
    public DatabaseKey(Query<?, ?> query, Object key) {
        this.query = query;
        this.key = key;
        this.hash = query.index() * 31 + (key == null ? 0 : key.hashCode());
    }

    /** The query. */
    public Query<?, ?> query() {
        return query;
    }

    /** The key the query is applied to. */
    public Object key() {
        return key;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DatabaseKey other && other.hash == hash && other.query == query
                && java.util.Objects.equals(other.key, key);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return query.name() + "(" + key + ")";
    }
}
