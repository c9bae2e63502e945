package rac.query;

/**
 * A kind of query, either an {@link InputQuery} set from outside or a {@link DerivedQuery} computed
 * from other queries. Queries are compared by identity; their names must be unique within a database.
 *
 * @param <K> the key type (a record or other type with structural {@code equals}/{@code hashCode})
 * @param <V> the value type (structural {@code equals} enables early cutoff)
 */
public sealed interface Query<K, V> permits InputQuery, DerivedQuery {
    /** The query's name, as printed in events and cycle reports, e.g. {@code "parse"}. */
    String name();

    /** A small process-wide index used by databases to find this query's table. */
    int index();
}
