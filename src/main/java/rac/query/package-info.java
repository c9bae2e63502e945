/**
 * The incremental query engine, modelled on Salsa (the engine under rust-analyzer).
 *
 * <h2>Model</h2>
 * Every compiler stage is a {@link rac.query.DerivedQuery}: a pure function of the
 * {@link rac.query.InputQuery inputs} and other queries it reads through a
 * {@link rac.query.QueryContext}. The {@link rac.query.Database} memoizes each result per key together
 * with the list of queries it read (in order), the revision it was last verified at and the revision its
 * value last changed at. Setting an input to a different value creates a new revision. A memo from an
 * older revision is verified on demand, key by key (red-green): its dependencies are verified first, in
 * order, stopping at the first one that changed; only then does the query re-run, and if the new value
 * {@code equals} the old one the old changed-at revision is kept (early cutoff), so its dependents are
 * not re-run. Each input has a {@link rac.query.Durability}; a memo whose durability class saw no input
 * change since it was verified is valid without walking its dependencies.
 *
 * <h2>Rules for query authors</h2>
 * <ul>
 *   <li>Keys and values are immutable and have structural {@code equals}/{@code hashCode} (records,
 *       lists of records, interned objects). Early cutoff relies on {@code equals}.</li>
 *   <li>A query function reads only through its context (or {@link rac.query.Database#get} on the same
 *       thread, which is equivalent), does no I/O and has no side effects: it may be re-run, run on any
 *       thread, or not run at all.</li>
 *   <li>Do not catch {@link rac.query.Cancelled}. Catching {@link rac.query.CycleException} to recover
 *       with a fallback is allowed; catching a failure of a dependency is allowed (the dependency is
 *       still recorded).</li>
 *   <li>Use {@link rac.query.QueryContext#getAll} to compute independent keys (function bodies) in
 *       parallel; long loops that do no reads call {@link rac.query.QueryContext#checkCancelled}.</li>
 *   <li>Query names are unique within a database; declare queries once, as constants.</li>
 * </ul>
 *
 * <h2>Threads</h2>
 * Reads from outside a query take a shared lock; a write raises a pending-write flag (running queries
 * throw {@link rac.query.Cancelled} at their next read), waits for the readers to unwind, then applies
 * the change. A key being computed by one thread is waited for by the others. Waiting threads are
 * recorded in a wait-for graph; a wait that would close a cycle raises {@link rac.query.CycleException}
 * naming the cycle's frames instead. A parent waiting in {@code getAll} runs not-yet-started tasks
 * itself, so the pool cannot starve.
 *
 * <h2>Tests and profiling</h2>
 * {@link rac.query.Event}s report executions, validations, cutoffs, waits, cancellations and cycles;
 * {@link rac.query.EventRecorder#executed()} gives the list of queries that re-ran, which is how
 * incremental behaviour is tested. {@link rac.query.Database#stats()} gives per-query counters and,
 * with timing on, wall times ({@link rac.query.QueryStats#report}).
 *
 * <h2>Memory and ids</h2>
 * {@link rac.query.DerivedQuery#withLru} bounds how many values a query keeps (evicted memos still
 * verify their dependents); {@link rac.query.Database#sweep} drops memos not used in the current
 * revision; {@link rac.query.InputQuery inputs} can be {@link rac.query.Database#remove removed}.
 * {@link rac.query.Interned} kinds give values small int ids stable for the database's life.
 *
 * <h2>Persistence</h2>
 * A query made {@link rac.query.DerivedQuery#persistent persistent} is looked up in the database's
 * {@link rac.query.PersistentStore} when it has no memo, under a SHA-256 of (salt, query name, encoded
 * key). The entry holds the value and the SHA-256 fingerprints of the encoded values of every input the
 * computation read transitively; it is used only if all of them are unchanged, and those inputs become
 * the memo's dependencies. This package does no I/O except through a store the driver passes in.
 *
 * <p>This package depends on nothing else in rac.
 */
package rac.query;
