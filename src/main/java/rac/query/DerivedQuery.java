package rac.query;

import java.util.Objects;

/**
 * A memoized query computed by a {@link QueryFunction}. A derived query may be made
 * {@link #persistent persistent}: its results are then also looked up in and written to the
 * database's {@link PersistentStore}.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public final class DerivedQuery<K, V> implements Query<K, V> {
    private final String name;
    private final int index;
    private final QueryFunction<K, V> function;
    private final Codec<K> keyCodec;
    private final Codec<V> valueCodec;
    private final int lruCapacity;

    private DerivedQuery(String name, QueryFunction<K, V> function, Codec<K> keyCodec, Codec<V> valueCodec,
            int lruCapacity) {
        this.name = Objects.requireNonNull(name);
        this.function = Objects.requireNonNull(function);
        this.index = QueryIndices.next();
        this.keyCodec = keyCodec;
        this.valueCodec = valueCodec;
        this.lruCapacity = lruCapacity;
    }

    /** Creates a derived query. */
    public static <K, V> DerivedQuery<K, V> named(String name, QueryFunction<K, V> function) {
        return new DerivedQuery<>(name, function, null, null, 0);
    }

    /**
     * Returns a copy of this query (a new query: use it instead of this one) that keeps at most
     * {@code capacity} values in memory per database, evicting the oldest computed ones (rust-analyzer
     * does this for syntax trees). An evicted memo keeps its dependencies and revisions, so dependents
     * are still verified without it; its value is recomputed only when read again, and since its inputs
     * did not change, that recomputation does not count as a change.
     */
    public DerivedQuery<K, V> withLru(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("LRU capacity must be >= 1");
        }
        return new DerivedQuery<>(name, function, keyCodec, valueCodec, capacity);
    }

    /** The LRU capacity, or 0 if values are never evicted. */
    public int lruCapacity() {
        return lruCapacity;
    }

    /**
     * Creates a persistent derived query: on a cache miss the database consults its store, and after
     * executing it stores the value together with fingerprints of the inputs it (transitively) read.
     */
    public static <K, V> DerivedQuery<K, V> persistent(String name, QueryFunction<K, V> function,
            Codec<K> keyCodec, Codec<V> valueCodec) {
        return new DerivedQuery<>(name, function, Objects.requireNonNull(keyCodec),
                Objects.requireNonNull(valueCodec), 0);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int index() {
        return index;
    }

    /** The function computing this query. */
    public QueryFunction<K, V> function() {
        return function;
    }

    /** Whether results are persisted. */
    public boolean isPersistent() {
        return keyCodec != null;
    }

    /** The key codec of a persistent query, or null. */
    public Codec<K> keyCodec() {
        return keyCodec;
    }

    /** The value codec of a persistent query, or null. */
    public Codec<V> valueCodec() {
        return valueCodec;
    }

    @Override
    public String toString() {
        return name;
    }
}
