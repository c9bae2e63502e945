package rac.query;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;

/**
 * The query database: input values, memoized derived values, and the machinery that keeps them
 * consistent across revisions (red-green verification, early cutoff, durability), runs queries in
 * parallel, detects cycles and cancels stale readers. Thread-safe.
 *
 * <pre>{@code
 * Database db = new Database();
 * db.set(FILE_TEXT, "a.rs", "fn main() {}", Durability.LOW);
 * int n = db.get(LINE_COUNT, "a.rs");
 * }</pre>
 *
 * <p>Reads from outside any query ({@link #get}) hold a shared lock for their duration; writes
 * ({@link #set}) first raise a pending-write flag, which makes running queries throw {@link Cancelled}
 * at their next read, then take the exclusive lock, so a write returns once those readers have unwound.
 * Inputs must not be set from inside a query.
 */
public final class Database implements AutoCloseable {

    /** Configures a {@link Database}. */
    public static final class Builder {
        private int parallelism = Runtime.getRuntime().availableProcessors();
        private long stackSize = 64L << 20;
        private ExecutorService executor;
        private PersistentStore store;
        private String storeSalt = "";
        private boolean timing;

        private Builder() {
        }

        /** Worker threads for {@code getAll} (default: available processors; 1 means sequential). */
        public Builder parallelism(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("parallelism must be >= 1");
            }
            this.parallelism = n;
            return this;
        }

        /** Stack size of the worker threads the database creates (default 64 MiB). */
        public Builder stackSize(long bytes) {
            this.stackSize = bytes;
            return this;
        }

        /**
         * Uses the given executor for {@code getAll} instead of creating one. The database does not
         * shut it down. Any executor works: a waiting parent runs unstarted tasks itself.
         */
        public Builder executor(ExecutorService executor) {
            this.executor = executor;
            return this;
        }

        /**
         * Uses a persistent store for persistent queries; {@code salt} (e.g. the compiler version) is
         * mixed into every store key so that incompatible builds do not share entries.
         */
        public Builder store(PersistentStore store, String salt) {
            this.store = Objects.requireNonNull(store);
            this.storeSalt = Objects.requireNonNull(salt);
            return this;
        }

        /** Measures wall time per query kind (see {@link QueryStats#nanos}). */
        public Builder timing(boolean on) {
            this.timing = on;
            return this;
        }

        /** Creates the database. */
        public Database build() {
            return new Database(this);
        }
    }

    /** Per-query storage and counters. */
    abstract static sealed class Table permits InputTable, DerivedTable {
        final Query<?, ?> query;
        final LongAdder executions = new LongAdder();
        final LongAdder validations = new LongAdder();
        final LongAdder durabilityValidations = new LongAdder();
        final LongAdder cutoffs = new LongAdder();
        final LongAdder loads = new LongAdder();
        final LongAdder nanos = new LongAdder();
        final LongAdder selfNanos = new LongAdder();

        Table(Query<?, ?> query) {
            this.query = query;
        }
    }

    /** The current value of one input key. */
    record InputValue(DatabaseKey dbKey, Object value, long changedAt, Durability durability) {
    }

    static final class InputTable extends Table {
        final ConcurrentHashMap<Object, InputValue> values = new ConcurrentHashMap<>();

        InputTable(InputQuery<?, ?> query) {
            super(query);
        }
    }

    static final class DerivedTable extends Table {
        final DerivedQuery<?, ?> derived;
        final ConcurrentHashMap<Object, Slot> slots = new ConcurrentHashMap<>();
        /** For LRU queries: slots in the order their values were computed (may hold stale entries). */
        final ConcurrentLinkedQueue<Slot> lruOrder;
        /** For LRU queries: how many slots hold a value. */
        final AtomicInteger liveValues = new AtomicInteger();

        DerivedTable(DerivedQuery<?, ?> query) {
            super(query);
            this.derived = query;
            this.lruOrder = query.lruCapacity() > 0 ? new ConcurrentLinkedQueue<>() : null;
        }

        Slot slot(Object key) {
            Slot s = slots.get(key);
            if (s == null) {
                s = slots.computeIfAbsent(key, k -> new Slot(new DatabaseKey(derived, k)));
            }
            return s;
        }
    }

    /** One key of a parallel {@code getAll}. */
    static final class Task {
        static final int UNCLAIMED = 0;
        static final int RUNNING = 1;
        static final int DONE = 2;
        final Object key;
        final AtomicInteger state = new AtomicInteger(UNCLAIMED);
        /** The state computing this task, set before it starts. */
        volatile LocalState runner;
        volatile Memo result;
        volatile Throwable error;

        Task(Object key) {
            this.key = key;
        }
    }

    /** The tasks of one parallel {@code getAll}, handed out in order through a shared cursor. */
    static final class Fork {
        final LocalState parent;
        final List<Task> tasks;
        final AtomicInteger next = new AtomicInteger();
        final AtomicInteger remaining;

        Fork(LocalState parent, List<Task> tasks) {
            this.parent = parent;
            this.tasks = tasks;
            this.remaining = new AtomicInteger(tasks.size());
        }

        boolean allDone() {
            return remaining.get() == 0;
        }
    }

    private static final Consumer<?>[] NO_LISTENERS = new Consumer<?>[0];

    private final int parallelism;
    private final long stackSize;
    private final boolean ownsExecutor;
    private volatile ExecutorService executor;
    private final PersistentStore store;
    private final String storeSalt;
    private final boolean timing;

    private volatile Table[] tables = new Table[16];
    private final Map<String, Query<?, ?>> byName = new HashMap<>();

    private volatile long revision = 1;
    /** lastChanged[d]: the last revision in which an input of durability >= d changed. */
    private final long[] lastChanged = new long[Durability.VALUES.length];

    private final ReentrantReadWriteLock rw = new ReentrantReadWriteLock();
    private final ReentrantLock writeGate = new ReentrantLock();
    private volatile boolean pendingWrite;

    /** Guards the wait-for graph: LocalState.blocked* fields, Slot.waiters, Task.runner. */
    final Object graphLock = new Object();

    private final ThreadLocal<LocalState> current = new ThreadLocal<>();
    @SuppressWarnings("unchecked")
    private volatile Consumer<Event>[] listeners = (Consumer<Event>[]) NO_LISTENERS;

    /** Creates a database with default settings. */
    public Database() {
        this(new Builder());
    }

    private Database(Builder b) {
        this.parallelism = b.parallelism;
        this.stackSize = b.stackSize;
        this.executor = b.executor;
        this.ownsExecutor = b.executor == null;
        this.store = b.store;
        this.storeSalt = b.storeSalt;
        this.timing = b.timing;
    }

    /** Starts configuring a database. */
    public static Builder builder() {
        return new Builder();
    }

    // ------------------------------------------------------------------------------------------
    // Listeners and statistics

    /**
     * Registers a listener for {@link Event}s; it is called on the thread where the event happens, must
     * be thread-safe, and must not read from or write to the database. Exceptions it throws are ignored.
     */
    @SuppressWarnings("unchecked")
    public synchronized void addListener(Consumer<Event> listener) {
        Consumer<Event>[] old = listeners;
        Consumer<Event>[] n = Arrays.copyOf(old, old.length + 1);
        n[old.length] = Objects.requireNonNull(listener);
        listeners = n;
    }

    /** Removes a listener added with {@link #addListener}. */
    @SuppressWarnings("unchecked")
    public synchronized void removeListener(Consumer<Event> listener) {
        List<Consumer<Event>> l = new ArrayList<>(Arrays.asList(listeners));
        l.remove(listener);
        listeners = l.toArray((Consumer<Event>[]) NO_LISTENERS);
    }

    private boolean listening() {
        return listeners.length != 0;
    }

    private void emit(Event e) {
        for (Consumer<Event> l : listeners) {
            try {
                l.accept(e);
            } catch (RuntimeException ignored) {
                // A failing listener must not corrupt the engine's state; listeners report their own errors.
            }
        }
    }

    /** Statistics per query kind, for every query this database has seen, in first-use order. */
    public List<QueryStats> stats() {
        Table[] t = tables;
        List<QueryStats> out = new ArrayList<>();
        for (Table table : t) {
            if (table != null) {
                out.add(new QueryStats(table.query.name(), table.executions.sum(), table.validations.sum(),
                        table.durabilityValidations.sum(), table.cutoffs.sum(), table.loads.sum(),
                        table.nanos.sum(), table.selfNanos.sum()));
            }
        }
        return out;
    }

    /** Statistics for one query. */
    public QueryStats stats(Query<?, ?> query) {
        Table table = table(query);
        return new QueryStats(query.name(), table.executions.sum(), table.validations.sum(),
                table.durabilityValidations.sum(), table.cutoffs.sum(), table.loads.sum(), table.nanos.sum(),
                table.selfNanos.sum());
    }

    /** The current revision; starts at 1 and grows by one per effective write. */
    public long revision() {
        return revision;
    }

    // ------------------------------------------------------------------------------------------
    // Tables

    private Table table(Query<?, ?> query) {
        Table[] t = tables;
        int i = query.index();
        if (i < t.length) {
            Table table = t[i];
            if (table != null) {
                return table;
            }
        }
        return register(query);
    }

    private synchronized Table register(Query<?, ?> query) {
        Table[] t = tables;
        int i = query.index();
        if (i < t.length && t[i] != null) {
            return t[i];
        }
        Query<?, ?> other = byName.putIfAbsent(query.name(), query);
        if (other != null && other != query) {
            throw new IllegalArgumentException("two different queries are named " + query.name());
        }
        Table table = switch (query) {
            case InputQuery<?, ?> q -> new InputTable(q);
            case DerivedQuery<?, ?> q -> new DerivedTable(q);
        };
        Table[] n = i < t.length ? t.clone() : Arrays.copyOf(t, Math.max(i + 1, t.length * 2));
        n[i] = table;
        tables = n;
        return table;
    }

    private synchronized Query<?, ?> queryNamed(String name) {
        return byName.get(name);
    }

    // ------------------------------------------------------------------------------------------
    // Interning

    private volatile InternTable[] interns = new InternTable[8];

    private InternTable internTable(Interned<?> kind) {
        InternTable[] t = interns;
        int i = kind.index();
        if (i < t.length && t[i] != null) {
            return t[i];
        }
        synchronized (this) {
            t = interns;
            if (i < t.length && t[i] != null) {
                return t[i];
            }
            InternTable table = new InternTable(kind);
            InternTable[] n = i < t.length ? t.clone() : Arrays.copyOf(t, Math.max(i + 1, t.length * 2));
            n[i] = table;
            interns = n;
            return table;
        }
    }

    /**
     * Returns the id of {@code value} in the interned kind, assigning the next one (0, 1, 2, ...) if it
     * is new. Equal values get the same id for the life of the database. Callable anywhere, including
     * inside queries and in parallel.
     */
    public <T> int intern(Interned<T> kind, T value) {
        return internTable(kind).intern(Objects.requireNonNull(value));
    }

    /** The value interned under {@code id}; throws {@link IllegalArgumentException} for unknown ids. */
    @SuppressWarnings("unchecked")
    public <T> T lookup(Interned<T> kind, int id) {
        return (T) internTable(kind).lookup(id);
    }

    /** The number of values interned in {@code kind}. */
    public int internedCount(Interned<?> kind) {
        return internTable(kind).size();
    }

    // ------------------------------------------------------------------------------------------
    // Writes

    /** Sets an input with durability {@link Durability#LOW}. */
    public <K, V> void set(InputQuery<K, V> query, K key, V value) {
        set(query, key, value, Durability.LOW);
    }

    /**
     * Sets an input. If the value equals the current one and the durability is the same, nothing
     * happens; otherwise running queries are cancelled and the revision is bumped.
     */
    public <K, V> void set(InputQuery<K, V> query, K key, V value, Durability durability) {
        write(w -> w.set(query, key, value, durability));
    }

    /** Collects several input changes to apply in one new revision ({@link Database#write}). */
    public static final class InputWriter {
        private final List<Object[]> changes = new ArrayList<>();

        private InputWriter() {
        }

        /** Sets an input with durability {@link Durability#LOW}. */
        public <K, V> InputWriter set(InputQuery<K, V> query, K key, V value) {
            return set(query, key, value, Durability.LOW);
        }

        /** Sets an input. */
        public <K, V> InputWriter set(InputQuery<K, V> query, K key, V value, Durability durability) {
            changes.add(new Object[] {Objects.requireNonNull(query), Objects.requireNonNull(key),
                    Objects.requireNonNull(value), Objects.requireNonNull(durability)});
            return this;
        }

        /**
         * Removes an input (a deleted file): reading it again throws as if it had never been set, and
         * queries that read it re-run.
         */
        public <K, V> InputWriter remove(InputQuery<K, V> query, K key) {
            changes.add(new Object[] {Objects.requireNonNull(query), Objects.requireNonNull(key), null, null});
            return this;
        }
    }

    /** Removes an input; see {@link InputWriter#remove}. Does nothing if it is not set. */
    public <K, V> void remove(InputQuery<K, V> query, K key) {
        write(w -> w.remove(query, key));
    }

    /**
     * Applies several input changes in one revision. Changes that set a value equal to the current
     * one are dropped; if none remain, no revision is created and nothing is cancelled.
     */
    public void write(Consumer<InputWriter> body) {
        if (current.get() != null) {
            throw new IllegalStateException("inputs cannot be set from inside a query");
        }
        InputWriter w = new InputWriter();
        body.accept(w);
        writeGate.lock();
        try {
            // The last change of a key wins; then drop changes that set the current value.
            Map<DatabaseKey, Object[]> last = new LinkedHashMap<>();
            for (Object[] c : w.changes) {
                last.put(new DatabaseKey((Query<?, ?>) c[0], c[1]), c);
            }
            List<Object[]> effective = new ArrayList<>();
            for (Object[] c : last.values()) {
                InputTable table = (InputTable) table((Query<?, ?>) c[0]);
                InputValue old = table.values.get(c[1]);
                boolean removal = c[2] == null;
                if (removal ? old != null
                        : old == null || old.durability != c[3] || !Objects.equals(old.value, c[2])) {
                    effective.add(c);
                }
            }
            if (effective.isEmpty()) {
                return;
            }
            List<DatabaseKey> changed = new ArrayList<>();
            long newRevision;
            pendingWrite = true;
            try {
                rw.writeLock().lock();
                try {
                    newRevision = revision + 1;
                    for (Object[] c : effective) {
                        InputTable table = (InputTable) table((Query<?, ?>) c[0]);
                        InputValue old = table.values.get(c[1]);
                        Durability d = c[3] == null ? old.durability : (Durability) c[3];
                        Durability affected = old == null ? d : (old.durability.ordinal() > d.ordinal() ? old.durability : d);
                        DatabaseKey dk = old != null ? old.dbKey : new DatabaseKey(table.query, c[1]);
                        if (c[2] == null) {
                            table.values.remove(c[1]);
                        } else {
                            table.values.put(c[1], new InputValue(dk, c[2], newRevision, d));
                        }
                        for (int i = 0; i <= affected.ordinal(); i++) {
                            lastChanged[i] = newRevision;
                        }
                        changed.add(dk);
                    }
                    revision = newRevision;
                } finally {
                    rw.writeLock().unlock();
                }
            } finally {
                pendingWrite = false;
            }
            if (listening()) {
                for (DatabaseKey dk : changed) {
                    emit(new Event.DidSetInput(dk, newRevision));
                }
            }
        } finally {
            writeGate.unlock();
        }
    }

    /**
     * Creates a new revision as if an input of the given durability had changed, without changing any
     * value (Salsa's synthetic write; used by tests to force re-verification).
     */
    public void syntheticWrite(Durability durability) {
        if (current.get() != null) {
            throw new IllegalStateException("cannot write from inside a query");
        }
        writeGate.lock();
        try {
            pendingWrite = true;
            try {
                rw.writeLock().lock();
                try {
                    long n = revision + 1;
                    for (int i = 0; i <= durability.ordinal(); i++) {
                        lastChanged[i] = n;
                    }
                    revision = n;
                } finally {
                    rw.writeLock().unlock();
                }
            } finally {
                pendingWrite = false;
            }
        } finally {
            writeGate.unlock();
        }
    }

    /**
     * Drops every memo that was not verified in the current revision (for example those of functions
     * that no longer exist after an edit), to bound memory in a long-running daemon; call it after a
     * complete build. Dropped memos are recomputed if needed again, and their dependents then re-run.
     * Waits for running reads like a write does. Returns the number of memos dropped.
     */
    public int sweep() {
        if (current.get() != null) {
            throw new IllegalStateException("cannot sweep from inside a query");
        }
        writeGate.lock();
        try {
            pendingWrite = true;
            try {
                rw.writeLock().lock();
                try {
                    long rev = revision;
                    int dropped = 0;
                    for (Table t : tables) {
                        if (t instanceof DerivedTable dt) {
                            var it = dt.slots.values().iterator();
                            while (it.hasNext()) {
                                Slot slot = it.next();
                                Memo m = slot.memo;
                                if (m == null || m.verifiedAt != rev) {
                                    it.remove();
                                    slot.memo = null; // the LRU order may still hold the slot
                                    dropped++;
                                    if (dt.lruOrder != null && m != null && m.hasValue()) {
                                        dt.liveValues.decrementAndGet();
                                    }
                                }
                            }
                        }
                    }
                    return dropped;
                } finally {
                    rw.writeLock().unlock();
                }
            } finally {
                pendingWrite = false;
            }
        } finally {
            writeGate.unlock();
        }
    }

    /** The number of keys of a derived query whose memo currently holds its value (not evicted). */
    public int valueCount(DerivedQuery<?, ?> query) {
        DerivedTable dt = (DerivedTable) table(query);
        return (int) dt.slots.values().stream().filter(s -> s.memo != null && s.memo.hasValue()).count();
    }

    /** The number of keys of {@code query} that currently hold a memo (derived) or a value (input). */
    public int memoCount(Query<?, ?> query) {
        return switch (table(query)) {
            case InputTable it -> it.values.size();
            case DerivedTable dt -> (int) dt.slots.values().stream().filter(s -> s.memo != null).count();
        };
    }

    // ------------------------------------------------------------------------------------------
    // Top-level reads

    /**
     * Reads a query. Called from outside any query, it takes the shared read lock for the duration;
     * called on a thread that is computing a query of this database, it reads through that query's
     * context (recording a dependency).
     */
    public <K, V> V get(Query<K, V> query, K key) {
        LocalState rt = current.get();
        if (rt != null) {
            return read(rt, query, key);
        }
        rt = enter();
        try {
            return read(rt, query, key);
        } finally {
            exit();
        }
    }

    /** Top-level parallel read of many keys; see {@link QueryContext#getAll}. */
    public <K, V> List<V> getAll(Query<K, V> query, List<K> keys) {
        LocalState rt = current.get();
        if (rt != null) {
            return readAll(rt, query, keys);
        }
        rt = enter();
        try {
            return readAll(rt, query, keys);
        } finally {
            exit();
        }
    }

    /** Top-level parallel read of many keys, discarding the values; see {@link QueryContext#prefetch}. */
    public <K> void prefetch(Query<K, ?> query, List<K> keys) {
        getAll(query, keys);
    }

    /** Whether an input has been set. */
    public <K, V> boolean hasInput(InputQuery<K, V> query, K key) {
        return ((InputTable) table(query)).values.containsKey(key);
    }

    private LocalState enter() {
        for (;;) {
            rw.readLock().lock();
            if (!pendingWrite) {
                break;
            }
            rw.readLock().unlock();
            writeGate.lock();
            writeGate.unlock();
        }
        LocalState rt = new LocalState(this, null, List.of(), Thread.currentThread());
        current.set(rt);
        return rt;
    }

    private void exit() {
        current.remove();
        rw.readLock().unlock();
    }

    // ------------------------------------------------------------------------------------------
    // Reads inside a read operation

    void checkCancelled(LocalState rt) {
        if (pendingWrite) {
            throw cancel(rt);
        }
    }

    private Cancelled cancel(LocalState rt) {
        if (listening()) {
            emit(new Event.DidCancel(rt.activeKey()));
        }
        return new Cancelled();
    }

    @SuppressWarnings("unchecked")
    <K, V> V read(LocalState rt, Query<K, V> query, K key) {
        if (pendingWrite) {
            throw cancel(rt);
        }
        Table table = table(query);
        Frame frame = rt.top();
        if (table instanceof InputTable it) {
            InputValue iv = it.values.get(key);
            if (iv == null) {
                if (frame != null) {
                    // A caller that catches this must be re-run once the input is set.
                    frame.record(new DatabaseKey(query, key), Durability.LOW);
                }
                throw new IllegalStateException("input " + query.name() + "(" + key + ") is not set");
            }
            if (frame != null) {
                frame.record(iv.dbKey, iv.durability);
            }
            return (V) iv.value;
        }
        DerivedTable dt = (DerivedTable) table;
        Memo m;
        try {
            m = fetch(rt, dt, key, true);
        } catch (RuntimeException e) {
            // A cycle or a failure: a caller that catches it depends on the key all the same, so that it
            // re-runs when the dependency (which has no memo) comes out differently.
            if (frame != null) {
                frame.record(new DatabaseKey(query, key), Durability.LOW);
            }
            throw e;
        }
        if (frame != null) {
            frame.record(m.key, m.durability);
        }
        return (V) m.value;
    }

    /**
     * Returns a memo of {@code key} valid in the current revision, verifying or computing it. With
     * {@code needValue} false (verification of a dependent) the memo's value may be evicted.
     */
    private Memo fetch(LocalState rt, DerivedTable table, Object key, boolean needValue) {
        Slot slot = table.slot(key);
        for (;;) {
            long rev = revision;
            Memo m = slot.memo;
            if (m != null && isValidWithoutDeps(table, m, rev) && (!needValue || m.hasValue())) {
                return m;
            }
            if (!claim(rt, slot)) {
                checkCancelled(rt);
                continue;
            }
            Memo result;
            Frame frame = rt.push(slot.key);
            try {
                result = refresh(rt, table, slot, frame, rev, needValue);
            } finally {
                rt.pop();
                release(slot);
            }
            if (table.lruOrder != null && result.hasValue()) {
                evictBeyondCapacity(table);
            }
            return result;
        }
    }

    /** Evicts the values of the oldest computed keys of an LRU query until it is within capacity. */
    private void evictBeyondCapacity(DerivedTable table) {
        int capacity = table.derived.lruCapacity();
        int requeued = 0;
        while (table.liveValues.get() > capacity) {
            Slot s = table.lruOrder.poll();
            if (s == null) {
                return;
            }
            synchronized (s) {
                Memo m = s.memo;
                if (m == null || !m.hasValue()) {
                    continue; // swept, or evicted by another thread
                }
                if (s.owner != null) {
                    // Being verified or recomputed: keep it, and give up after a while if all are busy.
                    table.lruOrder.add(s);
                    if (++requeued > capacity + 8) {
                        return;
                    }
                    continue;
                }
                s.memo = m.evicted();
                table.liveValues.decrementAndGet();
            }
        }
    }

    /**
     * Records that {@code slot} (claimed) now holds a value instead of {@code previous}: each slot with
     * a value is in the LRU order exactly once, entered when its value was (re)computed after having none.
     */
    private void noteValueStored(DerivedTable table, Slot slot, Memo previous) {
        if (table.lruOrder != null && (previous == null || !previous.hasValue())) {
            table.liveValues.incrementAndGet();
            table.lruOrder.add(slot);
        }
    }

    /**
     * The fast paths: the memo was verified in this revision, or no input of its durability changed
     * since it was verified (then it is marked verified now).
     */
    private boolean isValidWithoutDeps(DerivedTable table, Memo m, long rev) {
        long verified = m.verifiedAt;
        if (verified == rev) {
            return true;
        }
        if (lastChanged[m.durability.ordinal()] <= verified) {
            m.verifiedAt = rev;
            table.durabilityValidations.increment();
            if (listening()) {
                emit(new Event.DidValidateByDurability(m.key));
            }
            return true;
        }
        return false;
    }

    /** With the slot claimed: verify the old memo or compute a new one. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private Memo refresh(LocalState rt, DerivedTable table, Slot slot, Frame frame, long rev, boolean needValue) {
        Memo old = slot.memo;
        Memo valid = null;
        if (old != null) {
            if (old.verifiedAt == rev) {
                valid = old;
            } else if (lastChanged[old.durability.ordinal()] <= old.verifiedAt) {
                old.verifiedAt = rev;
                table.durabilityValidations.increment();
                if (listening()) {
                    emit(new Event.DidValidateByDurability(old.key));
                }
                valid = old;
            } else {
                Durability d = verifyDeps(rt, old);
                if (d != null) {
                    valid = old;
                    if (d != old.durability) {
                        // A dependency's durability dropped (an input was set with a lower durability and
                        // the change was cut off below): the memo must not keep claiming the higher one.
                        valid = new Memo(old.key, old.value, old.changedAt, d, old.deps, rev);
                        slot.memo = valid;
                    } else {
                        old.verifiedAt = rev;
                    }
                    table.validations.increment();
                    if (listening()) {
                        emit(new Event.DidValidateMemo(old.key));
                    }
                }
            }
            if (valid != null) {
                if (valid.hasValue() || !needValue) {
                    return valid;
                }
                // The memo is valid but its value was evicted: recompute it. Its dependencies are
                // unchanged, so the value is the same one and keeps its changed-at revision.
                Memo memo = new Memo(slot.key, execute(rt, table, slot, frame), valid.changedAt,
                        frame.durability, frame.deps(), rev);
                slot.memo = memo;
                noteValueStored(table, slot, valid);
                return memo;
            }
        }
        DerivedQuery query = table.derived;
        if (old == null && store != null && query.isPersistent()) {
            Memo loaded = load(rt, table, slot, frame, rev);
            if (loaded != null) {
                slot.memo = loaded;
                noteValueStored(table, slot, null);
                return loaded;
            }
            frame.reset();
        }
        Object value = execute(rt, table, slot, frame);
        long changedAt = rev;
        if (old != null && Objects.equals(old.value, value)) {
            value = old.value;
            changedAt = old.changedAt;
            table.cutoffs.increment();
            if (listening()) {
                emit(new Event.DidReuseAfterCutoff(slot.key));
            }
        }
        Memo memo = new Memo(slot.key, value, changedAt, frame.durability, frame.deps(), rev);
        slot.memo = memo;
        noteValueStored(table, slot, old);
        if (store != null && query.isPersistent() && changedAt == rev) {
            save(table, memo);
        }
        return memo;
    }

    /** Runs the query function with {@code frame} collecting its reads. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private Object execute(LocalState rt, DerivedTable table, Slot slot, Frame frame) {
        DerivedQuery query = table.derived;
        table.executions.increment();
        if (listening()) {
            emit(new Event.WillExecute(slot.key));
        }
        long t0 = timing ? System.nanoTime() : 0;
        Object value;
        try {
            value = query.function().compute(rt.ctx, slot.key.key());
        } finally {
            if (timing) {
                long elapsed = System.nanoTime() - t0;
                table.nanos.add(elapsed);
                table.selfNanos.add(elapsed - frame.childNanos);
                int n = rt.stack.size();
                if (n >= 2) {
                    rt.stack.get(n - 2).childNanos += elapsed;
                }
            }
        }
        if (pendingWrite) {
            // A read may have thrown Cancelled and been swallowed by the function: do not keep the value.
            throw cancel(rt);
        }
        return value;
    }

    /**
     * Deep verification: returns null if some dependency of {@code memo} changed after it was last
     * verified (checking them in order and stopping at the first change), else the minimum of the
     * dependencies' current durabilities.
     */
    private Durability verifyDeps(LocalState rt, Memo memo) {
        long verifiedAt = memo.verifiedAt;
        Durability min = Durability.HIGH;
        for (DatabaseKey dep : memo.deps) {
            checkCancelled(rt);
            Table t = table(dep.query());
            if (t instanceof InputTable it) {
                InputValue iv = it.values.get(dep.key());
                if (iv == null || iv.changedAt > verifiedAt) {
                    return null;
                }
                min = min.min(iv.durability);
            } else {
                Memo dm;
                try {
                    dm = fetch(rt, (DerivedTable) t, dep.key(), false);
                } catch (Cancelled e) {
                    throw e;
                } catch (RuntimeException e) {
                    // A cycle or a failure in a dependency that may no longer be read: treat it as changed
                    // and re-execute; if the new execution reads it again, the failure surfaces there.
                    return null;
                }
                if (dm.changedAt > verifiedAt) {
                    return null;
                }
                min = min.min(dm.durability);
            }
        }
        return min;
    }

    // ------------------------------------------------------------------------------------------
    // Claiming, blocking and cycle detection

    /**
     * Makes {@code rt} the owner of {@code slot} and returns true, or waits until the current owner
     * releases it and returns false (the caller retries). Throws {@link CycleException} if waiting
     * would close a cycle.
     */
    private boolean claim(LocalState rt, Slot slot) {
        LocalState owner;
        long gen;
        List<DatabaseKey> cycleFrames = null;
        synchronized (slot) {
            owner = slot.owner;
            if (owner == null) {
                slot.owner = rt;
                return true;
            }
            if (owner == rt || owner.thread == rt.thread) {
                // The owner is this very computation (or one this thread is nested in): waiting would never end.
                List<DatabaseKey> stack = rt.logicalStack();
                int i = stack.lastIndexOf(slot.key);
                cycleFrames = List.copyOf(stack.subList(Math.max(i, 0), stack.size()));
                gen = 0;
            } else {
                gen = slot.generation;
                synchronized (graphLock) {
                    rt.blockedOnSlot = slot;
                    rt.blockedOwner = owner;
                    rt.blockedStack = rt.logicalStack();
                    slot.waiters.add(rt);
                    slot.anyWaiting = true;
                    List<LocalState> path = findCycle(rt);
                    if (path != null) {
                        cycleFrames = nameCycle(path, 0);
                        slot.waiters.remove(rt);
                        rt.clearBlocked();
                    }
                }
            }
        }
        if (cycleFrames != null) {
            throw cycle(slot.key, cycleFrames);
        }
        if (listening()) {
            emit(new Event.WillBlockOn(slot.key));
        }
        boolean interrupted = false;
        try {
            for (;;) {
                CycleException pc = rt.pendingCycle;
                if (pc != null) {
                    rt.pendingCycle = null;
                    synchronized (slot) {
                        synchronized (graphLock) {
                            if (rt.blockedOnSlot == slot) {
                                slot.waiters.remove(rt);
                                rt.clearBlocked();
                            }
                        }
                    }
                    throw cycle(slot.key, pc.cycle());
                }
                if (slot.generation != gen) {
                    rt.pendingCycle = null;
                    return false;
                }
                LockSupport.park(slot);
                if (Thread.interrupted()) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private CycleException cycle(DatabaseKey requested, List<DatabaseKey> frames) {
        if (listening()) {
            emit(new Event.DidDetectCycle(requested, List.copyOf(frames)));
        }
        return new CycleException(frames);
    }

    private void release(Slot slot) {
        List<LocalState> wake = null;
        synchronized (slot) {
            // Unregister the waiters before they can see the new generation: once a waiter sees it, no
            // other thread can still find it blocked here (and poison it with a stale cycle).
            if (slot.anyWaiting) {
                synchronized (graphLock) {
                    wake = new ArrayList<>(slot.waiters);
                    for (LocalState w : slot.waiters) {
                        if (w.blockedOnSlot == slot) {
                            w.clearBlocked();
                        }
                    }
                    slot.waiters.clear();
                }
                slot.anyWaiting = false;
            }
            slot.owner = null;
            slot.generation++;
        }
        if (wake != null) {
            for (LocalState w : wake) {
                LockSupport.unpark(w.thread);
            }
        }
    }

    /**
     * Under the graph lock: looks for a wait-for path from {@code start}'s successors back to
     * {@code start}; returns the cycle as a list of states beginning with {@code start}, or null.
     */
    private List<LocalState> findCycle(LocalState start) {
        List<LocalState> path = new ArrayList<>();
        path.add(start);
        Set<LocalState> visited = Collections.newSetFromMap(new IdentityHashMap<>());
        visited.add(start);
        return dfs(start, start, path, visited) ? path : null;
    }

    private boolean dfs(LocalState node, LocalState target, List<LocalState> path, Set<LocalState> visited) {
        for (LocalState next : successors(node)) {
            if (next == target) {
                return true;
            }
            if (visited.add(next)) {
                path.add(next);
                if (dfs(next, target, path, visited)) {
                    return true;
                }
                path.removeLast();
            }
        }
        return false;
    }

    private static List<LocalState> successors(LocalState node) {
        if (node.blockedOnSlot != null) {
            return List.of(node.blockedOwner);
        }
        Fork fork = node.blockedOnFork;
        if (fork != null) {
            List<LocalState> out = new ArrayList<>();
            for (Task t : fork.tasks) {
                LocalState r = t.runner;
                if (r != null && r != node && t.state.get() == Task.RUNNING) {
                    out.add(r);
                }
            }
            return out;
        }
        return List.of();
    }

    /**
     * Names the frames of a cycle of states ({@code path}, each waiting for the next, the last for the
     * first), as seen by the slot-blocked state at index {@code thrower}: starting at the query it
     * requested and ending with the frame that requested it.
     */
    private static List<DatabaseKey> nameCycle(List<LocalState> path, int thrower) {
        int n = path.size();
        LocalState t = path.get(thrower);
        DatabaseKey current = t.blockedOnSlot.key;
        List<DatabaseKey> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            LocalState r = path.get((thrower + i) % n);
            if (r.blockedOnSlot == null) {
                continue;
            }
            List<DatabaseKey> stack = r.blockedStack;
            int idx = stack.lastIndexOf(current);
            out.addAll(stack.subList(Math.max(idx, 0), stack.size()));
            current = r.blockedOnSlot.key;
        }
        return out;
    }

    // ------------------------------------------------------------------------------------------
    // Parallel reads

    @SuppressWarnings("unchecked")
    <K, V> List<V> readAll(LocalState rt, Query<K, V> query, List<K> keys) {
        checkCancelled(rt);
        Table table = table(query);
        if (table instanceof InputTable || keys.size() < 2 || parallelism <= 1) {
            List<V> out = new ArrayList<>(keys.size());
            for (K k : keys) {
                out.add(read(rt, query, k));
            }
            return out;
        }
        DerivedTable dt = (DerivedTable) table;
        long rev = revision;
        int n = keys.size();
        Memo[] results = new Memo[n];
        Task[] tasks = new Task[n];
        List<Task> pending = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Slot s = dt.slots.get(keys.get(i));
            Memo m = s == null ? null : s.memo;
            if (m != null && m.hasValue() && isValidWithoutDeps(dt, m, rev)) {
                results[i] = m;
            } else {
                tasks[i] = new Task(keys.get(i));
                pending.add(tasks[i]);
            }
        }
        if (pending.size() >= 2) {
            runParallel(rt, dt, pending);
        } else {
            for (Task t : pending) {
                runInline(rt, dt, t);
            }
        }
        Frame frame = rt.top();
        Throwable failure = null;
        List<V> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Memo m = results[i];
            if (m == null) {
                Task t = tasks[i];
                m = t.result;
                if (m == null) {
                    if (failure == null) {
                        failure = t.error;
                    }
                    if (frame != null) {
                        frame.record(new DatabaseKey(query, t.key), Durability.LOW);
                    }
                    out.add(null);
                    continue;
                }
            }
            if (frame != null) {
                frame.record(m.key, m.durability);
            }
            out.add((V) m.value);
        }
        if (failure != null) {
            if (failure instanceof Cancelled) {
                throw cancel(rt);
            }
            if (failure instanceof RuntimeException re) {
                throw re;
            }
            if (failure instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(failure);
        }
        return out;
    }

    private void runInline(LocalState rt, DerivedTable dt, Task t) {
        if (t.state.compareAndSet(Task.UNCLAIMED, Task.RUNNING)) {
            runTask(rt, dt, t, null);
        }
    }

    /** Runs a claimed task on {@code runner} and marks it done; the last task of a fork wakes its parent. */
    private void runTask(LocalState runner, DerivedTable dt, Task t, Fork fork) {
        t.runner = runner;
        try {
            if (pendingWrite) {
                throw new Cancelled(); // do not start tasks of a cancelled revision
            }
            t.result = fetch(runner, dt, t.key, true);
        } catch (Throwable e) {
            t.error = e;
        } finally {
            t.state.set(Task.DONE);
            if (fork != null && fork.remaining.decrementAndGet() == 0) {
                LockSupport.unpark(fork.parent.thread);
            }
        }
    }

    /**
     * Computes the tasks on the executor and on the calling thread: a few drainers (at most one per
     * worker) and the caller take tasks in order from a shared cursor, so a waiting parent never
     * depends on a task that has not started. Then waits for the tasks that workers are running.
     */
    private void runParallel(LocalState rt, DerivedTable dt, List<Task> pending) {
        List<DatabaseKey> inherited = rt.logicalStack();
        Fork fork = new Fork(rt, pending);
        int drainers = Math.min(parallelism, pending.size() - 1);
        ExecutorService ex = executor();
        for (int i = 0; i < drainers; i++) {
            try {
                ex.execute(() -> drain(fork, inherited, dt));
            } catch (RejectedExecutionException e) {
                break; // the parent runs what could not be handed out
            }
        }
        for (int i; (i = fork.next.getAndIncrement()) < pending.size(); ) {
            Task t = pending.get(i);
            if (t.state.compareAndSet(Task.UNCLAIMED, Task.RUNNING)) {
                runTask(rt, dt, t, fork);
            }
        }
        if (fork.allDone()) {
            return;
        }
        synchronized (graphLock) {
            rt.blockedOnFork = fork;
            List<LocalState> path = findCycle(rt);
            if (path != null) {
                // The fork edge closed a cycle: make the last slot-blocked state in it throw.
                for (int i = path.size() - 1; i >= 0; i--) {
                    LocalState s = path.get(i);
                    if (s.blockedOnSlot != null) {
                        if (s.pendingCycle == null) {
                            List<DatabaseKey> frames = nameCycle(path, i);
                            s.pendingCycle = new CycleException(frames);
                            LockSupport.unpark(s.thread);
                        }
                        break;
                    }
                }
            }
        }
        boolean interrupted = false;
        try {
            while (!fork.allDone()) {
                LockSupport.park(fork);
                if (Thread.interrupted()) {
                    interrupted = true;
                }
            }
        } finally {
            synchronized (graphLock) {
                rt.clearBlocked();
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** A worker's share of a fork: takes tasks from the cursor until none are left. */
    private void drain(Fork fork, List<DatabaseKey> inherited, DerivedTable dt) {
        LocalState child = null;
        LocalState previous = null;
        try {
            for (int i; (i = fork.next.getAndIncrement()) < fork.tasks.size(); ) {
                Task t = fork.tasks.get(i);
                if (!t.state.compareAndSet(Task.UNCLAIMED, Task.RUNNING)) {
                    continue;
                }
                if (child == null) {
                    child = new LocalState(this, fork.parent, inherited, Thread.currentThread());
                    previous = current.get();
                    current.set(child);
                }
                runTask(child, dt, t, fork);
            }
        } finally {
            if (child != null) {
                if (previous == null) {
                    current.remove();
                } else {
                    current.set(previous);
                }
            }
        }
    }

    private ExecutorService executor() {
        ExecutorService ex = executor;
        if (ex == null) {
            synchronized (this) {
                ex = executor;
                if (ex == null) {
                    AtomicInteger count = new AtomicInteger();
                    ThreadFactory factory = r -> {
                        Thread th = new Thread(null, r, "rac-query-" + count.incrementAndGet(), stackSize);
                        th.setDaemon(true);
                        return th;
                    };
                    ex = Executors.newFixedThreadPool(parallelism, factory);
                    executor = ex;
                }
            }
        }
        return ex;
    }

    /** Shuts down the worker threads the database created (not an executor passed in). */
    @Override
    public void close() {
        ExecutorService ex = executor;
        if (ex != null && ownsExecutor) {
            ex.shutdownNow();
        }
    }

    // ------------------------------------------------------------------------------------------
    // Persistence

    private static final byte[] MAGIC = "racq1".getBytes(StandardCharsets.US_ASCII);

    @SuppressWarnings({"unchecked", "rawtypes"})
    private String storeKey(DerivedQuery query, Object key) {
        MessageDigest md = sha256();
        md.update(MAGIC);
        md.update(storeSalt.getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
        md.update(query.name().getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
        md.update(query.keyCodec().encode(key));
        return HexFormat.of().formatHex(md.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Tries to take a persistent query's value from the store: the entry lists the inputs the value
     * was computed from with fingerprints of their values; it is used only if every one of them is
     * set here to a value with the same fingerprint. Those inputs become the memo's dependencies.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private Memo load(LocalState rt, DerivedTable table, Slot slot, Frame frame, long rev) {
        DerivedQuery query = table.derived;
        Optional<byte[]> entry;
        try {
            entry = store.get(storeKey(query, slot.key.key()));
        } catch (RuntimeException e) {
            return null;
        }
        if (entry.isEmpty()) {
            return null;
        }
        Object value;
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(entry.get()))) {
            byte[] magic = in.readNBytes(MAGIC.length);
            if (!Arrays.equals(magic, MAGIC)) {
                return null;
            }
            int deps = in.readInt();
            for (int i = 0; i < deps; i++) {
                String name = in.readUTF();
                byte[] keyBytes = readBytes(in);
                byte[] fingerprint = readBytes(in);
                if (!(queryNamed(name) instanceof InputQuery iq) || iq.keyCodec() == null) {
                    return null;
                }
                Object k = iq.keyCodec().decode(keyBytes);
                InputValue iv = ((InputTable) table(iq)).values.get(k);
                if (iv == null) {
                    return null;
                }
                frame.record(iv.dbKey, iv.durability);
                byte[] actual = sha256().digest(iq.valueCodec().encode(iv.value));
                if (!Arrays.equals(actual, fingerprint)) {
                    return null;
                }
            }
            value = query.valueCodec().decode(readBytes(in));
        } catch (IOException | RuntimeException e) {
            return null;
        }
        table.loads.increment();
        if (listening()) {
            emit(new Event.DidLoadFromStore(slot.key));
        }
        return new Memo(slot.key, value, rev, frame.durability, frame.deps(), rev);
    }

    private static byte[] readBytes(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > in.available()) {
            throw new IOException("bad length " + n);
        }
        return in.readNBytes(n);
    }

    private static void writeBytes(DataOutputStream out, byte[] b) throws IOException {
        out.writeInt(b.length);
        out.write(b);
    }

    /** Writes a persistent query's value with fingerprints of the inputs it transitively read. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private void save(DerivedTable table, Memo memo) {
        Map<DatabaseKey, InputValue> inputs = new LinkedHashMap<>();
        if (!collectInputs(memo, inputs, Collections.newSetFromMap(new HashMap<>()))) {
            return;
        }
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            out.write(MAGIC);
            out.writeInt(inputs.size());
            for (InputValue iv : inputs.values()) {
                InputQuery iq = (InputQuery) iv.dbKey.query();
                out.writeUTF(iq.name());
                writeBytes(out, iq.keyCodec().encode(iv.dbKey.key()));
                writeBytes(out, sha256().digest(iq.valueCodec().encode(iv.value)));
            }
            writeBytes(out, ((DerivedQuery) table.derived).valueCodec().encode(memo.value));
            out.flush();
            store.put(storeKey(table.derived, memo.key.key()), bytes.toByteArray());
        } catch (IOException | RuntimeException e) {
            return; // the store is only a cache
        }
        if (listening()) {
            emit(new Event.DidStore(memo.key));
        }
    }

    private boolean collectInputs(Memo memo, Map<DatabaseKey, InputValue> inputs, Set<DatabaseKey> visited) {
        for (DatabaseKey dep : memo.deps) {
            Table t = table(dep.query());
            if (t instanceof InputTable it) {
                InputValue iv = it.values.get(dep.key());
                if (iv == null || ((InputQuery<?, ?>) it.query).keyCodec() == null) {
                    return false;
                }
                inputs.putIfAbsent(dep, iv);
            } else if (visited.add(dep)) {
                Slot s = ((DerivedTable) t).slots.get(dep.key());
                Memo m = s == null ? null : s.memo;
                if (m == null || !collectInputs(m, inputs, visited)) {
                    return false;
                }
            }
        }
        return true;
    }
}
