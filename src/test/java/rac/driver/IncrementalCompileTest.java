package rac.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import rac.base.Edition;
import rac.base.FileId;
import rac.hir.DefId;
import rac.query.Database;
import rac.query.Durability;
import rac.query.EventRecorder;

/**
 * The incremental contract through the real stage queries: editing one function body re-runs that
 * function's body lowering, inference, MIR and codegen only; the other functions' queries re-run at
 * most their (cheap) body lowering from the new parse and stop there by early cutoff.
 */
class IncrementalCompileTest {
    private static final String BEFORE = """
            fn square(x: i32) -> i32 {
                x * x
            }

            fn cube(x: i32) -> i32 {
                x * x * x
            }

            fn main() {
                println!("{} {}", square(3), cube(2));
            }
            """;

    /** Same length and lines: only the body of {@code cube} differs. */
    private static final String AFTER = BEFORE.replace("x * x * x", "x + x + x");

    private static Database database(String text) {
        Database db = new Database();
        FileId file = new FileId(0);
        db.set(Queries.FILE_TEXT, file, text, Durability.LOW);
        db.set(Queries.FILE_NAME, file, "main.rs", Durability.LOW);
        db.set(Queries.SOURCE_ROOT, Queries.CrateKey.LOCAL, new Queries.SourceRoot(java.util.Map.of()), Durability.LOW);
        db.set(Queries.OPTIONS, Queries.CrateKey.LOCAL,
                new Queries.CrateOptions("main", Edition.E2021, 0, true, file), Durability.LOW);
        return db;
    }

    private static void compileAll(Database db) {
        assertTrue(db.get(Queries.CRATE_DIAGNOSTICS, Queries.CrateKey.LOCAL).isEmpty());
        for (DefId fn : db.get(Queries.FUNCTIONS, Queries.CrateKey.LOCAL)) {
            db.get(Queries.MIR, fn);
            db.get(Queries.LLVM_IR, new Queries.CguKey(fn.index()));
        }
    }

    private static TreeSet<String> executedOf(EventRecorder rec, String query) {
        TreeSet<String> out = new TreeSet<>();
        for (String e : rec.executed()) {
            if (e.startsWith(query + "(")) {
                out.add(e);
            }
        }
        return out;
    }

    @Test
    void editingOneBodyRecomputesOnlyThatFunction() {
        Database db = database(BEFORE);
        compileAll(db);
        EventRecorder rec = EventRecorder.attach(db);
        db.set(Queries.FILE_TEXT, new FileId(0), AFTER, Durability.LOW);
        compileAll(db);
        // cube is DefId(1): the second function of the file.
        assertEquals(new TreeSet<>(List.of("inferenceResult(DefId(1))")), executedOf(rec, "inferenceResult"));
        assertEquals(new TreeSet<>(List.of("mirBody(DefId(1))")), executedOf(rec, "mirBody"));
        assertEquals(new TreeSet<>(List.of("matchCheck(DefId(1))")), executedOf(rec, "matchCheck"));
        assertEquals(new TreeSet<>(List.of("llvmIr(CguKey[def=1, args=[]])")), executedOf(rec, "llvmIr"));
        assertEquals(new TreeSet<>(), executedOf(rec, "fnSig"), "signatures did not change");
    }

    @Test
    void unchangedInputRecomputesNothing() {
        Database db = database(BEFORE);
        compileAll(db);
        EventRecorder rec = EventRecorder.attach(db);
        db.set(Queries.FILE_TEXT, new FileId(0), BEFORE, Durability.LOW);
        compileAll(db);
        assertEquals(List.of(), rec.executed());
    }
}
