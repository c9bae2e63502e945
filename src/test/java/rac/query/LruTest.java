package rac.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** LRU queries keep a bounded number of values; evicted memos still verify their dependents. */
class LruTest {
    private final InputQuery<String, String> text = InputQuery.named("text");
    private final DerivedQuery<String, List<String>> parse = DerivedQuery.<String, List<String>>named("parse",
            (ctx, f) -> List.of(ctx.get(text, f).split(" "))).withLru(2);
    private final DerivedQuery<String, Integer> count = DerivedQuery.named("count", (ctx, f) -> ctx.get(parse, f).size());

    private Database db() {
        Database db = new Database();
        db.set(text, "a", "x y");
        db.set(text, "b", "x y z");
        db.set(text, "c", "x");
        db.set(text, "d", "q");
        return db;
    }

    @Test
    void atMostCapacityValuesAreKept() {
        try (Database db = db()) {
            assertEquals(2, db.get(count, "a"));
            assertEquals(3, db.get(count, "b"));
            assertEquals(1, db.get(count, "c"));
            assertEquals(1, db.get(count, "d"));
            assertEquals(2, db.valueCount(parse));
            assertEquals(4, db.memoCount(parse));
            assertEquals(4, db.valueCount(count));
        }
    }

    @Test
    void evictedMemosVerifyDependentsWithoutRecomputing() {
        try (Database db = db()) {
            for (String f : List.of("a", "b", "c", "d")) {
                db.get(count, f);
            }
            EventRecorder log = EventRecorder.attach(db);
            db.set(text, "d", "q r");
            // parse(a)'s value was evicted, but count(a) is verified through parse(a)'s memo.
            assertEquals(2, db.get(count, "a"));
            assertEquals(List.of(), log.executed());
            assertEquals(List.of("parse(a)", "count(a)"), log.validated());
        }
    }

    @Test
    void readingAnEvictedValueRecomputesItWithoutInvalidatingDependents() {
        try (Database db = db()) {
            for (String f : List.of("a", "b", "c", "d")) {
                db.get(count, f);
            }
            EventRecorder log = EventRecorder.attach(db);
            assertEquals(List.of("x", "y"), db.get(parse, "a"));
            assertEquals(List.of("parse(a)"), log.executed());
            log.clear();
            db.set(text, "d", "q r");
            assertEquals(2, db.get(count, "a"));
            assertEquals(List.of(), log.executed());
            // And a real change of an evicted key still propagates.
            db.set(text, "b", "only");
            assertEquals(1, db.get(count, "b"));
            assertTrue(log.executed().containsAll(List.of("parse(b)", "count(b)")), log.executed().toString());
        }
    }
}
