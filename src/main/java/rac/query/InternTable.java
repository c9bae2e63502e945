package rac.query;

import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

/** The values of one {@link Interned} kind in one database: a map to ids and an array back. */
final class InternTable {
    private final Interned<?> kind;
    private final ConcurrentHashMap<Object, Integer> ids = new ConcurrentHashMap<>();
    private volatile Object[] values = new Object[64];
    private int size;

    InternTable(Interned<?> kind) {
        this.kind = kind;
    }

    int intern(Object value) {
        Integer id = ids.get(value);
        if (id != null) {
            return id;
        }
        synchronized (this) {
            id = ids.get(value);
            if (id != null) {
                return id;
            }
            int n = size;
            Object[] v = values;
            if (n == v.length) {
                v = Arrays.copyOf(v, n * 2);
            }
            v[n] = value;
            values = v;
            size = n + 1;
            ids.put(value, n); // publishes the element: whoever sees the id sees the value
            return n;
        }
    }

    Object lookup(int id) {
        Object[] v = values;
        Object value = id >= 0 && id < v.length ? v[id] : null;
        if (value == null) {
            throw new IllegalArgumentException("no " + kind.name() + " with id " + id);
        }
        return value;
    }

    int size() {
        return ids.size();
    }
}
