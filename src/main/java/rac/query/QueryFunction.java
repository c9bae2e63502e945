package rac.query;

/**
 * The body of a derived query: a pure function of the key and of what it reads through the context.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
@FunctionalInterface
public interface QueryFunction<K, V> {
    /** Computes the value for {@code key}; every read must go through {@code ctx}. */
    V compute(QueryContext ctx, K key);
}
