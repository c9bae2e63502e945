package rac.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Interned values get small ids that are stable for the life of a database. */
class InternTest {
    record FunctionLoc(String file, String name) {
    }

    private static final Interned<FunctionLoc> FUNCTION = Interned.named("function");

    @Test
    void equalValuesShareAnIdAndIdsAreDense() {
        try (Database db = new Database()) {
            int a = db.intern(FUNCTION, new FunctionLoc("a.rs", "main"));
            int b = db.intern(FUNCTION, new FunctionLoc("a.rs", "helper"));
            assertEquals(0, a);
            assertEquals(1, b);
            assertEquals(a, db.intern(FUNCTION, new FunctionLoc("a.rs", "main")));
            assertEquals(new FunctionLoc("a.rs", "helper"), db.lookup(FUNCTION, b));
            assertEquals(2, db.internedCount(FUNCTION));
            assertThrows(IllegalArgumentException.class, () -> db.lookup(FUNCTION, 7));
        }
        try (Database other = new Database()) {
            assertEquals(0, other.intern(FUNCTION, new FunctionLoc("z.rs", "z")));
        }
    }

    @Test
    void idsSurviveEditsAndQueriesCanIntern() {
        InputQuery<String, List<String>> names = InputQuery.named("names");
        DerivedQuery<String, List<Integer>> fnIds = DerivedQuery.named("fnIds", (ctx, file) -> {
            List<Integer> ids = new ArrayList<>();
            for (String n : ctx.get(names, file)) {
                ids.add(ctx.intern(FUNCTION, new FunctionLoc(file, n)));
            }
            return ids;
        });
        try (Database db = new Database()) {
            db.set(names, "a.rs", List.of("f", "g"));
            assertEquals(List.of(0, 1), db.get(fnIds, "a.rs"));
            db.set(names, "a.rs", List.of("g", "h", "f"));
            assertEquals(List.of(1, 2, 0), db.get(fnIds, "a.rs"));
        }
    }

    @Test
    void concurrentInterningAssignsOneIdPerValue() throws Exception {
        try (Database db = new Database(); ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<List<Integer>>> fs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                fs.add(pool.submit(() -> {
                    List<Integer> ids = new ArrayList<>();
                    for (int i = 0; i < 2000; i++) {
                        ids.add(db.intern(FUNCTION, new FunctionLoc("f.rs", "fn" + i)));
                    }
                    return ids;
                }));
            }
            List<Integer> first = fs.getFirst().get();
            for (Future<List<Integer>> f : fs) {
                assertEquals(first, f.get());
            }
            Set<Integer> distinct = ConcurrentHashMap.newKeySet();
            distinct.addAll(first);
            assertEquals(2000, distinct.size());
            assertEquals(2000, db.internedCount(FUNCTION));
            for (int i = 0; i < 2000; i++) {
                assertEquals(new FunctionLoc("f.rs", "fn" + i), db.lookup(FUNCTION, first.get(i)));
            }
        }
    }
}
