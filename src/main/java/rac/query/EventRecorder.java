package rac.query;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A thread-safe listener that records events, for tests: {@code executed()} gives the queries that
 * ran, e.g. {@code ["parse(a.rs)", "infer(f)"]}.
 */
public final class EventRecorder implements Consumer<Event> {
    private final List<Event> events = new ArrayList<>();

    /** Creates a recorder and registers it with {@code db}. */
    public static EventRecorder attach(Database db) {
        EventRecorder r = new EventRecorder();
        db.addListener(r);
        return r;
    }

    @Override
    public synchronized void accept(Event event) {
        events.add(event);
    }

    /** All recorded events, in order. */
    public synchronized List<Event> events() {
        return List.copyOf(events);
    }

    /** Forgets everything recorded so far. */
    public synchronized void clear() {
        events.clear();
    }

    /** The keys of recorded events of the given type, in order, as strings. */
    public synchronized List<String> of(Class<? extends Event> type) {
        List<String> out = new ArrayList<>();
        for (Event e : events) {
            if (type.isInstance(e)) {
                out.add(String.valueOf(e.key()));
            }
        }
        return out;
    }

    /** The keys of {@code query} that executed their function, in order, e.g. {@code ["a.rs", "b.rs"]}. */
    public synchronized List<String> executedKeys(Query<?, ?> query) {
        List<String> out = new ArrayList<>();
        for (Event e : events) {
            if (e instanceof Event.WillExecute(DatabaseKey key) && key.query() == query) {
                out.add(String.valueOf(key.key()));
            }
        }
        return out;
    }

    /** Queries that executed their function, in order. */
    public List<String> executed() {
        return of(Event.WillExecute.class);
    }

    /** Memos validated by walking their dependencies. */
    public List<String> validated() {
        return of(Event.DidValidateMemo.class);
    }

    /** Memos validated by the durability shortcut. */
    public List<String> validatedByDurability() {
        return of(Event.DidValidateByDurability.class);
    }

    /** Queries that re-ran to an equal value (early cutoff). */
    public List<String> cutoffs() {
        return of(Event.DidReuseAfterCutoff.class);
    }

    /** Persistent queries loaded from the store. */
    public List<String> loaded() {
        return of(Event.DidLoadFromStore.class);
    }
}
