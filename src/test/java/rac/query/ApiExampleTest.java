package rac.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The usage shown in the package documentation, as a test: how the driver wires a stage through the engine. */
class ApiExampleTest {
    static final InputQuery<String, String> FILE_TEXT = InputQuery.named("fileText");
    static final DerivedQuery<String, Integer> LINE_COUNT = DerivedQuery.named("lineCount",
            (QueryContext ctx, String file) -> ctx.get(FILE_TEXT, file).split("\n").length);
    static final InputQuery<String, List<String>> FILES = InputQuery.named("files");
    static final DerivedQuery<String, Integer> TOTAL_LINES = DerivedQuery.named("totalLines",
            (ctx, crate) -> ctx.getAll(LINE_COUNT, ctx.get(FILES, crate)).stream().mapToInt(Integer::intValue).sum());

    @Test
    void driverStyleUsage() {
        try (Database db = new Database()) {
            EventRecorder log = EventRecorder.attach(db);
            db.write(w -> w
                    .set(FILE_TEXT, "a.rs", "fn main() {}")
                    .set(FILE_TEXT, "b.rs", "fn f() {\n}\n")
                    .set(FILE_TEXT, "std.rs", "pub fn x() {}\npub fn y() {}", Durability.HIGH)
                    .set(FILES, "main", List.of("a.rs", "b.rs", "std.rs"), Durability.MEDIUM));
            int n = db.get(LINE_COUNT, "a.rs");
            assertEquals(1, n);
            assertEquals(5, db.get(TOTAL_LINES, "main"));

            log.clear();
            db.set(FILE_TEXT, "a.rs", "fn main() {\n}");
            assertEquals(6, db.get(TOTAL_LINES, "main"));
            assertEquals(List.of("lineCount(a.rs)", "totalLines(main)"), log.executed());
            assertEquals(List.of("lineCount(std.rs)"), log.validatedByDurability());
        }
    }
}
