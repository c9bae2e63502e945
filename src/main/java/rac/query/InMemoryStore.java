package rac.query;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A {@link PersistentStore} in memory, for tests and for sharing results between databases. */
public final class InMemoryStore implements PersistentStore {
    private final ConcurrentHashMap<String, byte[]> map = new ConcurrentHashMap<>();

    @Override
    public Optional<byte[]> get(String key) {
        byte[] v = map.get(key);
        return v == null ? Optional.empty() : Optional.of(v.clone());
    }

    @Override
    public void put(String key, byte[] value) {
        map.put(key, value.clone());
    }

    /** The number of entries. */
    public int size() {
        return map.size();
    }
}
