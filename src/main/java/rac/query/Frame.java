package rac.query;

import java.util.ArrayList;
import java.util.HashSet;

/** One active query on a {@link LocalState}'s stack, collecting the dependencies it reads. */
final class Frame {
    private static final DatabaseKey[] NONE = new DatabaseKey[0];
    final DatabaseKey key;
    private ArrayList<DatabaseKey> deps;
    private HashSet<DatabaseKey> seen;
    Durability durability = Durability.HIGH;
    /** Wall time spent executing nested queries on the same thread (only with timing on). */
    long childNanos;

    Frame(DatabaseKey key) {
        this.key = key;
    }

    void record(DatabaseKey dep, Durability d) {
        if (deps == null) {
            deps = new ArrayList<>(4);
        } else if (deps.getLast() == dep) {
            return; // the common case of reading the same thing twice in a row
        }
        if (seen != null) {
            if (!seen.add(dep)) {
                return;
            }
        } else if (deps.size() < 16) {
            for (int i = 0; i < deps.size(); i++) {
                DatabaseKey k = deps.get(i);
                if (k == dep || k.equals(dep)) {
                    return;
                }
            }
        } else {
            seen = new HashSet<>(deps);
            if (!seen.add(dep)) {
                return;
            }
        }
        deps.add(dep);
        durability = durability.min(d);
    }

    void reset() {
        deps = null;
        seen = null;
        durability = Durability.HIGH;
    }

    DatabaseKey[] deps() {
        return deps == null ? NONE : deps.toArray(NONE);
    }
}
