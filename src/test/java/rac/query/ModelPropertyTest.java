package rac.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Model-based check: on random query graphs with data-dependent reads, durabilities and parallel
 * reads, every value read after a random sequence of edits equals a from-scratch evaluation, and a
 * revision without a real change re-executes nothing.
 */
class ModelPropertyTest {

    /** How node {@code j} is computed: from inputs (negative refs, {@code -1-i}) and earlier nodes. */
    record NodeSpec(List<Integer> refs, int op, boolean parallel) {
    }

    private static int combine(int op, int cond, List<Integer> vals) {
        return switch (op) {
            case 0 -> vals.stream().mapToInt(Integer::intValue).sum() % 5;
            case 1 -> vals.stream().mapToInt(Integer::intValue).min().orElse(0);
            case 2 -> vals.stream().mapToInt(Integer::intValue).sum() > 4 ? 1 : 0;
            default -> cond;
        };
    }

    /** Reference semantics: node j reads its first ref; if that is even it reads refs[1..], else nothing more. */
    private static int reference(List<NodeSpec> specs, int[] inputs, int j, Map<Integer, Integer> cache) {
        Integer cached = cache.get(j);
        if (cached != null) {
            return cached;
        }
        NodeSpec s = specs.get(j);
        int first = refValue(specs, inputs, s.refs().getFirst(), cache);
        int result;
        if (first % 2 == 0) {
            List<Integer> vals = new ArrayList<>();
            vals.add(first);
            for (int r : s.refs().subList(1, s.refs().size())) {
                vals.add(refValue(specs, inputs, r, cache));
            }
            result = combine(s.op(), first, vals);
        } else {
            result = first;
        }
        cache.put(j, result);
        return result;
    }

    private static int refValue(List<NodeSpec> specs, int[] inputs, int ref, Map<Integer, Integer> cache) {
        return ref < 0 ? inputs[-1 - ref] : reference(specs, inputs, ref, cache);
    }

    @Property(tries = 200)
    void incrementalResultsEqualFromScratchResults(@ForAll long seed) {
        run(seed, false);
    }

    /** A seed that once exposed a batch write in which a later set of the same key lost. */
    @org.junit.jupiter.api.Test
    void regressionSeed144() {
        run(144, false);
    }

    static void run(long seed, boolean verbose) {
        Random rnd = new Random(seed);
        int nInputs = 3 + rnd.nextInt(5);
        int nNodes = 5 + rnd.nextInt(20);
        List<NodeSpec> specs = new ArrayList<>();
        for (int j = 0; j < nNodes; j++) {
            int k = 1 + rnd.nextInt(4);
            List<Integer> refs = new ArrayList<>();
            for (int r = 0; r < k; r++) {
                refs.add(j == 0 || rnd.nextInt(3) == 0 ? -1 - rnd.nextInt(nInputs) : rnd.nextInt(j));
            }
            specs.add(new NodeSpec(refs, rnd.nextInt(4), rnd.nextBoolean()));
        }
        InputQuery<Integer, Integer> input = InputQuery.named("input");
        int lru = rnd.nextInt(3) == 0 ? 1 + rnd.nextInt(4) : 0;
        DerivedQuery<Integer, Integer>[] node = newNodeQuery(specs, input, lru);

        int[] values = new int[nInputs];
        Durability[] durability = new Durability[nInputs];
        try (Database db = Database.builder().parallelism(1 + rnd.nextInt(3)).build()) {
            db.write(w -> {
                for (int i = 0; i < nInputs; i++) {
                    values[i] = rnd.nextInt(4);
                    durability[i] = Durability.VALUES[rnd.nextInt(3)];
                    w.set(input, i, values[i], durability[i]);
                }
            });
            EventRecorder log = EventRecorder.attach(db);
            if (verbose) {
                System.out.println("specs " + specs);
                db.addListener(e -> System.out.println("  " + e));
            }
            for (int step = 0; step < 12; step++) {
                if (verbose) {
                    System.out.println("step " + step + " values " + java.util.Arrays.toString(values) + " " + java.util.Arrays.toString(durability));
                }
                Map<Integer, Integer> cache = new HashMap<>();
                for (int j = nNodes - 1; j >= 0; j--) {
                    if (rnd.nextInt(3) != 0) {
                        assertEquals(reference(specs, values, j, cache), db.get(node[0], j),
                                "node " + j + " at step " + step + " seed " + seed);
                    }
                }
                // Edit one or two inputs (sometimes to the same value) in one revision.
                int edits = 1 + rnd.nextInt(2);
                db.write(w -> {
                    for (int e = 0; e < edits; e++) {
                        int i = rnd.nextInt(nInputs);
                        values[i] = rnd.nextInt(4);
                        if (rnd.nextInt(5) == 0) {
                            durability[i] = Durability.VALUES[rnd.nextInt(3)];
                        }
                        w.set(input, i, values[i], durability[i]);
                    }
                });
            }
            // A revision without a real change re-executes nothing.
            for (int j = 0; j < nNodes; j++) {
                db.get(node[0], j);
            }
            log.clear();
            db.syntheticWrite(Durability.HIGH);
            Map<Integer, Integer> cache = new HashMap<>();
            for (int j = 0; j < nNodes; j++) {
                assertEquals(reference(specs, values, j, cache), db.get(node[0], j));
            }
            if (lru == 0) {
                assertEquals(List.of(), log.executed());
            } else {
                // Evicted values are recomputed when read, but nothing re-runs because of a change.
                assertEquals(List.of(), log.cutoffs());
                assertEquals(true, db.valueCount(node[0]) <= lru);
            }
        }
    }

    /**
     * Readers on several threads read every node in one top-level {@code getAll} while a writer applies
     * edits: each snapshot read must equal the from-scratch values of one of the input states written.
     */
    @Property(tries = 12)
    void concurrentReadersSeeSnapshotsOfSomeRevision(@ForAll long seed) throws Exception {
        Random rnd = new Random(seed);
        int nInputs = 3 + rnd.nextInt(4);
        int nNodes = 8 + rnd.nextInt(16);
        List<NodeSpec> specs = new ArrayList<>();
        for (int j = 0; j < nNodes; j++) {
            int k = 1 + rnd.nextInt(4);
            List<Integer> refs = new ArrayList<>();
            for (int r = 0; r < k; r++) {
                refs.add(j == 0 || rnd.nextInt(3) == 0 ? -1 - rnd.nextInt(nInputs) : rnd.nextInt(j));
            }
            specs.add(new NodeSpec(refs, rnd.nextInt(4), rnd.nextBoolean()));
        }
        List<int[]> states = new ArrayList<>();
        int[] v = new int[nInputs];
        for (int i = 0; i < nInputs; i++) {
            v[i] = rnd.nextInt(4);
        }
        states.add(v.clone());
        for (int step = 0; step < 25; step++) {
            v[rnd.nextInt(nInputs)] = rnd.nextInt(4);
            states.add(v.clone());
        }
        java.util.Set<List<Integer>> valid = new java.util.HashSet<>();
        for (int[] st : states) {
            Map<Integer, Integer> cache = new HashMap<>();
            List<Integer> vec = new ArrayList<>();
            for (int j = 0; j < nNodes; j++) {
                vec.add(reference(specs, st, j, cache));
            }
            valid.add(vec);
        }
        List<Integer> all = new ArrayList<>();
        for (int j = nNodes - 1; j >= 0; j--) {
            all.add(j);
        }
        InputQuery<Integer, Integer> input = InputQuery.named("input");
        DerivedQuery<Integer, Integer>[] node = newNodeQuery(specs, input, 0);
        try (Database db = Database.builder().parallelism(3).build();
                java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(3)) {
            db.write(w -> {
                for (int i = 0; i < nInputs; i++) {
                    w.set(input, i, states.getFirst()[i], Durability.VALUES[i % 3]);
                }
            });
            java.util.concurrent.atomic.AtomicBoolean done = new java.util.concurrent.atomic.AtomicBoolean();
            java.util.concurrent.atomic.AtomicInteger reads = new java.util.concurrent.atomic.AtomicInteger();
            List<java.util.concurrent.Future<String>> readers = new ArrayList<>();
            for (int r = 0; r < 3; r++) {
                readers.add(pool.submit(() -> {
                    while (!done.get()) {
                        try {
                            List<Integer> got = new ArrayList<>(db.getAll(node[0], all));
                            java.util.Collections.reverse(got);
                            if (!valid.contains(got)) {
                                return "inconsistent snapshot " + got;
                            }
                            reads.incrementAndGet();
                        } catch (Cancelled e) {
                            // retry
                        }
                    }
                    return null;
                }));
            }
            for (int[] st : states.subList(1, states.size())) {
                // Let at least one more read complete between writes, so reads and writes interleave.
                int before = reads.get();
                while (reads.get() == before) {
                    java.util.concurrent.locks.LockSupport.parkNanos(50_000);
                }
                db.write(w -> {
                    for (int i = 0; i < nInputs; i++) {
                        w.set(input, i, st[i], Durability.VALUES[i % 3]);
                    }
                });
            }
            done.set(true);
            for (var f : readers) {
                assertEquals(null, f.get(20, java.util.concurrent.TimeUnit.SECONDS), "seed " + seed);
            }
            Map<Integer, Integer> cache = new HashMap<>();
            for (int j = 0; j < nNodes; j++) {
                assertEquals(reference(specs, states.getLast(), j, cache), db.get(node[0], j));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static DerivedQuery<Integer, Integer>[] newNodeQuery(List<NodeSpec> specs, InputQuery<Integer, Integer> input,
            int lru) {
        DerivedQuery<Integer, Integer>[] node = new DerivedQuery[1];
        QueryFunction<Integer, Integer> fn = (ctx, j) -> {
            NodeSpec s = specs.get(j);
            int firstRef = s.refs().getFirst();
            int first = firstRef < 0 ? ctx.get(input, -1 - firstRef) : ctx.get(node[0], firstRef);
            if (first % 2 != 0) {
                return first;
            }
            List<Integer> vals = new ArrayList<>();
            vals.add(first);
            List<Integer> rest = s.refs().subList(1, s.refs().size());
            List<Integer> nodeRefs = new ArrayList<>();
            for (int r : rest) {
                if (r >= 0) {
                    nodeRefs.add(r);
                }
            }
            if (s.parallel() && nodeRefs.size() >= 2) {
                ctx.prefetch(node[0], nodeRefs);
            }
            for (int r : rest) {
                vals.add(r < 0 ? ctx.get(input, -1 - r) : ctx.get(node[0], r));
            }
            return combine(s.op(), first, vals);
        };
        node[0] = lru > 0 ? DerivedQuery.named("node", fn).withLru(lru) : DerivedQuery.named("node", fn);
        return node;
    }
}
