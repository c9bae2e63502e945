/**
 * The incremental query engine, modelled on Salsa (the engine under rust-analyzer).
 *
 * <p>Every compiler stage is a {@link rac.query.DerivedQuery}: a pure function of the
 * {@link rac.query.InputQuery inputs} and other queries it reads through a
 * {@link rac.query.QueryContext}. The {@link rac.query.Database} memoizes results per key, records
 * what each one read, and after an input changes re-verifies memos key by key (red-green), re-running
 * only those whose dependencies changed and stopping the wave where a recomputed value equals the old
 * one (early cutoff). It also provides durability levels, parallel evaluation with cycle detection,
 * cancellation of stale readers by writers, an event log for tests, statistics, and an optional
 * persistent store. This package depends on nothing else in rac, and does no I/O except through an
 * explicitly supplied {@link rac.query.PersistentStore}.
 */
package rac.query;
