package rac.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import rac.query.MiniCompiler.FnKey;

/** Red-green verification, early cutoff, per-key invalidation, durability and the event log. */
class IncrementalTest {
    private final MiniCompiler c = new MiniCompiler();
    private Database db;
    private EventRecorder log;

    @BeforeEach
    void setUp() {
        db = Database.builder().parallelism(1).build();
        db.set(c.fileText, "a.rs", "fn a {1}\nfn b {22}");
        db.set(c.fileText, "b.rs", "fn c {333}");
        db.set(c.crateFiles, "main", List.of("a.rs", "b.rs"));
        log = EventRecorder.attach(db);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void firstReadExecutesEachQueryOnceInDependencyOrder() {
        assertEquals(2, db.get(c.itemCount, "a.rs"));
        assertEquals(List.of("itemCount(a.rs)", "itemNames(a.rs)", "parse(a.rs)"), log.executed());
        log.clear();
        assertEquals(2, db.get(c.itemCount, "a.rs"));
        assertEquals(List.of(), log.executed());
        assertEquals(List.of(), log.validated());
    }

    @Test
    void unrelatedInputChangeOnlyValidates() {
        db.get(c.itemCount, "a.rs");
        long before = db.revision();
        db.set(c.fileText, "b.rs", "fn c {4444}");
        assertEquals(before + 1, db.revision());
        log.clear();
        assertEquals(2, db.get(c.itemCount, "a.rs"));
        assertEquals(List.of(), log.executed());
        assertEquals(List.of("parse(a.rs)", "itemNames(a.rs)", "itemCount(a.rs)"), log.validated());
    }

    @Test
    void settingAnEqualValueCreatesNoRevision() {
        db.get(c.itemCount, "a.rs");
        log.clear();
        long before = db.revision();
        db.set(c.fileText, "a.rs", "fn a {1}\nfn b {22}");
        assertEquals(before, db.revision());
        db.get(c.itemCount, "a.rs");
        assertEquals(List.of(), log.executed());
        assertEquals(List.of(), log.validated());
        assertEquals(List.of(), log.of(Event.DidSetInput.class));
    }

    @Test
    void earlyCutoffStopsTheWave() {
        db.get(c.itemCount, "a.rs");
        log.clear();
        db.set(c.fileText, "a.rs", "fn a {1 + 1}\nfn b {22}"); // a body edit: item names unchanged
        assertEquals(2, db.get(c.itemCount, "a.rs"));
        assertEquals(List.of("parse(a.rs)", "itemNames(a.rs)"), log.executed());
        assertEquals(List.of("itemNames(a.rs)"), log.cutoffs());
        assertEquals(List.of("itemCount(a.rs)"), log.validated());
    }

    @Test
    void cutoffKeepsTheOldValueInstance() {
        List<String> first = db.get(c.itemNames, "a.rs");
        db.set(c.fileText, "a.rs", "fn a {9}\nfn b {22}");
        assertSame(first, db.get(c.itemNames, "a.rs"));
    }

    @Test
    void changedValuePropagates() {
        assertEquals(2, db.get(c.itemCount, "a.rs"));
        log.clear();
        db.set(c.fileText, "a.rs", "fn a {1}\nfn b {22}\nfn z {0}");
        assertEquals(3, db.get(c.itemCount, "a.rs"));
        assertEquals(List.of("parse(a.rs)", "itemNames(a.rs)", "itemCount(a.rs)"), log.executed());
        assertEquals(List.of(), log.cutoffs());
    }

    @Test
    void keysAreInvalidatedOneByOne() {
        FnKey a = new FnKey("a.rs", "a");
        FnKey b = new FnKey("a.rs", "b");
        FnKey cc = new FnKey("b.rs", "c");
        assertEquals(3, db.get(c.infer, a));
        assertEquals(4, db.get(c.infer, b));
        assertEquals(5, db.get(c.infer, cc));
        log.clear();
        db.set(c.fileText, "a.rs", "fn a {1+1}\nfn b {22}");
        assertEquals(5, db.get(c.infer, a));
        assertEquals(List.of("parse(a.rs)", "body(a.rs::a)", "infer(a.rs::a)"), log.executed());
        assertEquals(List.of("a.rs::a"), log.executedKeys(c.infer));
        log.clear();
        assertEquals(4, db.get(c.infer, b));
        assertEquals(List.of("body(a.rs::b)"), log.executed());
        assertEquals(List.of("body(a.rs::b)"), log.cutoffs());
        assertEquals(List.of("infer(a.rs::b)"), log.validated());
        log.clear();
        assertEquals(5, db.get(c.infer, cc));
        assertEquals(List.of(), log.executed());
        assertEquals(List.of("parse(b.rs)", "body(b.rs::c)", "infer(b.rs::c)"), log.validated());
    }

    @Test
    void verificationStopsAtTheFirstChangedDependency() {
        AtomicInteger runs = new AtomicInteger();
        InputQuery<String, Integer> x = InputQuery.named("x");
        DerivedQuery<String, Integer> sum = DerivedQuery.named("sum", (ctx, k) -> {
            runs.incrementAndGet();
            return ctx.get(x, "1") + ctx.get(c.itemCount, "a.rs") + ctx.get(c.itemCount, "b.rs");
        });
        db.set(x, "1", 10);
        assertEquals(13, db.get(sum, "s"));
        db.set(x, "1", 20);
        log.clear();
        assertEquals(23, db.get(sum, "s"));
        // x comes first in the dependency list and changed, so sum re-ran before any other dependency
        // was verified (they are verified later, when the new execution reads them).
        assertEquals(new Event.WillExecute(new DatabaseKey(sum, "s")), log.events().getFirst());
        assertEquals(List.of("sum(s)"), log.executed());
        assertEquals(List.of("parse(a.rs)", "itemNames(a.rs)", "itemCount(a.rs)", "parse(b.rs)",
                "itemNames(b.rs)", "itemCount(b.rs)"), log.validated());
        assertEquals(2, runs.get());
    }

    @Test
    void highDurabilityMemosSkipDependencyWalkAfterLowChange() {
        db.set(c.fileText, "std.rs", "fn print {x}\nfn exit {y}", Durability.HIGH);
        db.get(c.itemCount, "std.rs");
        db.get(c.itemCount, "a.rs");
        log.clear();
        db.set(c.fileText, "a.rs", "fn a {1}\nfn b {22}\nfn n {}");
        assertEquals(2, db.get(c.itemCount, "std.rs"));
        assertEquals(List.of("itemCount(std.rs)"), log.validatedByDurability());
        assertEquals(List.of(), log.validated());
        assertEquals(List.of(), log.executed());
        assertEquals(3, db.get(c.itemCount, "a.rs"));
        assertEquals(1, db.stats(c.itemCount).durabilityValidations());

        // A HIGH change does invalidate HIGH memos.
        log.clear();
        db.set(c.fileText, "std.rs", "fn print {x}", Durability.HIGH);
        assertEquals(1, db.get(c.itemCount, "std.rs"));
        assertEquals(List.of("parse(std.rs)", "itemNames(std.rs)", "itemCount(std.rs)"), log.executed());
    }

    @Test
    void mixedDurabilityMemoWalksItsDependencies() {
        db.set(c.fileText, "std.rs", "fn print {x}", Durability.HIGH);
        DerivedQuery<String, Integer> both = DerivedQuery.named("both",
                (ctx, k) -> ctx.get(c.itemCount, "std.rs") + ctx.get(c.itemCount, "a.rs"));
        assertEquals(3, db.get(both, "k"));
        db.set(c.fileText, "b.rs", "fn c {}");
        log.clear();
        assertEquals(3, db.get(both, "k"));
        assertEquals(List.of("itemCount(std.rs)"), log.validatedByDurability());
        assertEquals(List.of("parse(a.rs)", "itemNames(a.rs)", "itemCount(a.rs)", "both(k)"), log.validated());
    }

    @Test
    void loweringDurabilityOfAnEqualValueStillInvalidates() {
        db.set(c.fileText, "std.rs", "fn print {x}", Durability.HIGH);
        db.get(c.itemCount, "std.rs");
        long r = db.revision();
        db.set(c.fileText, "std.rs", "fn print {x}", Durability.LOW);
        assertEquals(r + 1, db.revision());
        db.set(c.fileText, "std.rs", "fn print {x}\nfn more {}", Durability.LOW);
        assertEquals(2, db.get(c.itemCount, "std.rs"));
    }

    @Test
    void durabilityLoweredBelowACutoffIsNotTrustedLater() {
        db.set(c.fileText, "std.rs", "fn print {x}", Durability.HIGH);
        assertEquals(1, db.get(c.itemCount, "std.rs"));
        // Lower the durability and change the text, but not the item names: itemCount is only validated.
        db.set(c.fileText, "std.rs", "fn print {y}", Durability.LOW);
        assertEquals(1, db.get(c.itemCount, "std.rs"));
        // A LOW change must now reach itemCount: its memo may not use the HIGH shortcut any more.
        db.set(c.fileText, "std.rs", "fn print {y}\nfn exit {}", Durability.LOW);
        assertEquals(2, db.get(c.itemCount, "std.rs"));
    }

    @Test
    void laterSetOfTheSameKeyInABatchWins() {
        db.write(w -> w.set(c.fileText, "a.rs", "fn x {}\nfn y {}\nfn z {}").set(c.fileText, "a.rs", "fn a {1}\nfn b {22}"));
        assertEquals(2, db.get(c.itemCount, "a.rs"));
        db.write(w -> w.set(c.fileText, "a.rs", "fn a {1}\nfn b {22}").set(c.fileText, "a.rs", "fn only {}"));
        assertEquals(1, db.get(c.itemCount, "a.rs"));
    }

    @Test
    void batchWriteCreatesOneRevision() {
        long r = db.revision();
        db.write(w -> w.set(c.fileText, "a.rs", "fn q {}").set(c.fileText, "b.rs", "fn r {}"));
        assertEquals(r + 1, db.revision());
        assertEquals(List.of("fileText(a.rs)", "fileText(b.rs)"), log.of(Event.DidSetInput.class));
    }

    @Test
    void syntheticWriteForcesVerification() {
        db.get(c.itemCount, "a.rs");
        log.clear();
        db.syntheticWrite(Durability.LOW);
        db.get(c.itemCount, "a.rs");
        assertEquals(List.of(), log.executed());
        assertEquals(3, log.validated().size());
    }

    @Test
    void failuresAreNotMemoized() {
        AtomicInteger runs = new AtomicInteger();
        DerivedQuery<String, Integer> bad = DerivedQuery.named("bad", (ctx, k) -> {
            runs.incrementAndGet();
            throw new IllegalStateException("boom " + k);
        });
        assertThrows(IllegalStateException.class, () -> db.get(bad, "x"));
        assertThrows(IllegalStateException.class, () -> db.get(bad, "x"));
        assertEquals(2, runs.get());
    }

    @Test
    void aDependencyFailingDuringVerificationCountsAsChanged() {
        FnKey b = new FnKey("a.rs", "b");
        DerivedQuery<FnKey, String> safeBody = DerivedQuery.named("safeBody", (ctx, fn) -> {
            try {
                return ctx.get(c.body, fn);
            } catch (IllegalArgumentException e) {
                return "<missing>";
            }
        });
        assertEquals("{22}", db.get(safeBody, b));
        db.set(c.fileText, "a.rs", "fn a {1}");
        log.clear();
        // Verifying safeBody re-runs body(a.rs::b), which now throws: safeBody must re-run, not fail.
        assertEquals("<missing>", db.get(safeBody, b));
        assertEquals(List.of("parse(a.rs)", "body(a.rs::b)", "safeBody(a.rs::b)", "body(a.rs::b)"), log.executed());
    }

    @Test
    void readingAnUnsetInputFails() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> db.get(c.itemCount, "nope.rs"));
        assertTrue(e.getMessage().contains("fileText(nope.rs)"), e.getMessage());
    }

    @Test
    void aQueryThatCaughtAMissingInputReRunsWhenItIsSet() {
        DerivedQuery<String, Integer> optional = DerivedQuery.named("optional", (ctx, file) -> {
            try {
                return ctx.get(c.itemCount, file);
            } catch (IllegalStateException e) {
                return -1;
            }
        });
        assertEquals(-1, db.get(optional, "new.rs"));
        db.set(c.fileText, "new.rs", "fn n {}");
        assertEquals(1, db.get(optional, "new.rs"));
    }

    @Test
    void removingAnInputReRunsItsReaders() {
        DerivedQuery<String, Integer> optional = DerivedQuery.named("optional", (ctx, file) -> {
            try {
                return ctx.get(c.itemCount, file);
            } catch (IllegalStateException e) {
                return -1;
            }
        });
        assertEquals(1, db.get(optional, "b.rs"));
        long r = db.revision();
        db.remove(c.fileText, "b.rs");
        assertEquals(r + 1, db.revision());
        db.remove(c.fileText, "b.rs"); // already gone: no new revision
        assertEquals(r + 1, db.revision());
        assertEquals(false, db.hasInput(c.fileText, "b.rs"));
        assertEquals(-1, db.get(optional, "b.rs"));
        assertEquals(2, db.get(c.itemCount, "a.rs"));
        db.set(c.fileText, "b.rs", "fn c {}\nfn d {}");
        assertEquals(2, db.get(optional, "b.rs"));
    }

    @Test
    void settingInputsInsideAQueryIsRejected() {
        DerivedQuery<String, Integer> writer = DerivedQuery.named("writer", (ctx, k) -> {
            db.set(c.fileText, "a.rs", "x");
            return 0;
        });
        assertThrows(IllegalStateException.class, () -> db.get(writer, "k"));
    }

    @Test
    void nestedTopLevelGetInsideAQueryRecordsADependency() {
        DerivedQuery<String, Integer> viaDb = DerivedQuery.named("viaDb", (ctx, k) -> db.get(c.itemCount, k));
        assertEquals(2, db.get(viaDb, "a.rs"));
        db.set(c.fileText, "a.rs", "fn only {}");
        assertEquals(1, db.get(viaDb, "a.rs"));
    }

    @Test
    void duplicateQueryNamesAreRejected() {
        DerivedQuery<String, Integer> p1 = DerivedQuery.named("dup", (ctx, k) -> 1);
        DerivedQuery<String, Integer> p2 = DerivedQuery.named("dup", (ctx, k) -> 2);
        db.get(p1, "k");
        assertThrows(IllegalArgumentException.class, () -> db.get(p2, "k"));
    }

    @Test
    void statisticsCountExecutionsAndValidations() {
        db.get(c.itemCount, "a.rs");
        db.set(c.fileText, "a.rs", "fn a {3}\nfn b {22}");
        db.get(c.itemCount, "a.rs");
        QueryStats parse = db.stats(c.parse);
        QueryStats names = db.stats(c.itemNames);
        QueryStats count = db.stats(c.itemCount);
        assertEquals(2, parse.executions());
        assertEquals(2, names.executions());
        assertEquals(1, names.cutoffs());
        assertEquals(1, count.executions());
        assertEquals(1, count.validations());
        assertTrue(db.stats().stream().anyMatch(s -> s.name().equals("parse")));
    }

    @Test
    void sweepDropsMemosNotUsedInTheCurrentRevision() {
        FnKey a = new FnKey("a.rs", "a");
        FnKey b = new FnKey("a.rs", "b");
        db.get(c.infer, a);
        db.get(c.infer, b);
        assertEquals(2, db.memoCount(c.infer));
        db.set(c.fileText, "a.rs", "fn a {1}");
        assertEquals(3, db.get(c.infer, a));
        assertEquals(2, db.sweep()); // infer(a.rs::b) and body(a.rs::b) were not verified
        assertEquals(1, db.memoCount(c.infer));
        assertEquals(1, db.memoCount(c.body));
        log.clear();
        assertEquals(3, db.get(c.infer, a));
        assertEquals(List.of(), log.executed());
        // A swept dependency is recomputed and conservatively counts as changed for its dependents.
        db.set(c.fileText, "a.rs", "fn a {1}\nfn b {22}");
        assertEquals(4, db.get(c.infer, b));
    }

    @Test
    void timingIsRecordedWhenEnabled() {
        try (Database timed = Database.builder().timing(true).parallelism(1).build()) {
            timed.set(c.fileText, "a.rs", "fn a {}");
            timed.get(c.itemCount, "a.rs");
            QueryStats parse = timed.stats(c.parse);
            QueryStats count = timed.stats(c.itemCount);
            assertTrue(parse.nanos() > 0);
            assertEquals(parse.nanos(), parse.selfNanos()); // parse runs no nested query
            assertTrue(count.selfNanos() <= count.nanos()); // itemCount's total includes itemNames and parse
            String report = QueryStats.report(timed.stats());
            assertTrue(report.lines().anyMatch(l -> l.endsWith("  parse") && l.contains(" 1 ")), report);
            assertEquals(4, report.lines().count(), report); // header + parse, itemNames, itemCount
        }
    }
}
