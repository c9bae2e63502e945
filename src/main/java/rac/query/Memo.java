package rac.query;

/** A memoized result of one derived query key, with what it read and when it was last verified. */
final class Memo {
    /** The value of a memo whose value was evicted (LRU); never equal to anything else. */
    static final Object EVICTED = new Object() {
        @Override
        public String toString() {
            return "<evicted>";
        }
    };

    final DatabaseKey key;
    final Object value;
    /** The revision in which the value last changed. */
    final long changedAt;
    /** The minimum durability of the dependencies (HIGH when there are none). */
    final Durability durability;
    /** What the computation read, in order, without duplicates. */
    final DatabaseKey[] deps;
    /** The last revision in which this memo was known valid. */
    volatile long verifiedAt;

    Memo(DatabaseKey key, Object value, long changedAt, Durability durability, DatabaseKey[] deps, long verifiedAt) {
        this.key = key;
        this.value = value;
        this.changedAt = changedAt;
        this.durability = durability;
        this.deps = deps;
        this.verifiedAt = verifiedAt;
    }

    boolean hasValue() {
        return value != EVICTED;
    }

    /** This memo without its value. */
    Memo evicted() {
        return new Memo(key, EVICTED, changedAt, durability, deps, verifiedAt);
    }
}
