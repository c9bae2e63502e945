package rac.query;

import java.util.Optional;

/**
 * A content-addressed byte store that outlives a database, passed in by the driver
 * ({@link Database.Builder#store}). Keys are lowercase hex SHA-256 digests. Implementations must be
 * thread-safe; a failed {@code put} may be ignored (the store is only a cache).
 */
public interface PersistentStore {
    /** The bytes stored under {@code key}, if any. */
    Optional<byte[]> get(String key);

    /** Stores {@code value} under {@code key}, replacing any previous value atomically. */
    void put(String key, byte[] value);
}
