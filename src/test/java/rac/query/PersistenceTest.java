package rac.query;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Persistent queries are taken from the store in a fresh database when their inputs are unchanged. */
class PersistenceTest {
    private final InputQuery<String, String> source = InputQuery.named("source", Codec.string(), Codec.string());
    private final DerivedQuery<String, Integer> words = DerivedQuery.named("words",
            (ctx, k) -> ctx.get(source, k).split(" ").length);
    /** The "analysed library": persistent, reads two files through an intermediate query. */
    private final DerivedQuery<String, Integer> library = DerivedQuery.persistent("library",
            (ctx, k) -> ctx.get(words, k + "/a.rs") * 100 + ctx.get(words, k + "/b.rs"),
            Codec.string(), Codec.integer());

    private Database fresh(PersistentStore store) {
        Database db = Database.builder().store(store, "test-v1").parallelism(1).build();
        db.set(source, "std/a.rs", "one two three", Durability.HIGH);
        db.set(source, "std/b.rs", "four five", Durability.HIGH);
        return db;
    }

    @Test
    void aFreshDatabaseTakesTheValueFromTheStore() {
        InMemoryStore store = new InMemoryStore();
        try (Database db1 = fresh(store)) {
            EventRecorder log = EventRecorder.attach(db1);
            assertEquals(302, db1.get(library, "std"));
            assertEquals(List.of("library(std)", "words(std/a.rs)", "words(std/b.rs)"), log.executed());
            assertEquals(List.of("library(std)"), log.of(Event.DidStore.class));
            assertEquals(1, store.size());
        }
        try (Database db2 = fresh(store)) {
            EventRecorder log = EventRecorder.attach(db2);
            assertEquals(302, db2.get(library, "std"));
            assertEquals(List.of(), log.executed());
            assertEquals(List.of("library(std)"), log.loaded());
            assertEquals(1, db2.stats(library).loads());

            // The loaded memo depends on the inputs it was computed from.
            db2.set(source, "std/b.rs", "four five six", Durability.HIGH);
            log.clear();
            assertEquals(303, db2.get(library, "std"));
            assertTrue(log.executed().contains("library(std)"), log.executed().toString());
        }
    }

    @Test
    void aChangedInputMakesTheStoredValueStale() {
        InMemoryStore store = new InMemoryStore();
        try (Database db1 = fresh(store)) {
            assertEquals(302, db1.get(library, "std"));
        }
        try (Database db2 = fresh(store)) {
            db2.set(source, "std/a.rs", "one", Durability.HIGH);
            EventRecorder log = EventRecorder.attach(db2);
            assertEquals(102, db2.get(library, "std"));
            assertEquals(List.of(), log.loaded());
            assertTrue(log.executed().contains("library(std)"));
        }
        // The entry was overwritten with the new fingerprints.
        try (Database db3 = fresh(store)) {
            db3.set(source, "std/a.rs", "one", Durability.HIGH);
            EventRecorder log = EventRecorder.attach(db3);
            assertEquals(102, db3.get(library, "std"));
            assertEquals(List.of("library(std)"), log.loaded());
        }
    }

    @Test
    void aDifferentSaltDoesNotShareEntries() {
        InMemoryStore store = new InMemoryStore();
        try (Database db1 = fresh(store)) {
            db1.get(library, "std");
        }
        try (Database db2 = Database.builder().store(store, "test-v2").build()) {
            db2.set(source, "std/a.rs", "one two three", Durability.HIGH);
            db2.set(source, "std/b.rs", "four five", Durability.HIGH);
            EventRecorder log = EventRecorder.attach(db2);
            db2.get(library, "std");
            assertEquals(List.of(), log.loaded());
        }
    }

    @Test
    void inputsWithoutCodecsPreventPersisting() {
        InputQuery<String, String> plain = InputQuery.named("plain");
        DerivedQuery<String, Integer> p = DerivedQuery.persistent("p", (ctx, k) -> ctx.get(plain, k).length(),
                Codec.string(), Codec.integer());
        InMemoryStore store = new InMemoryStore();
        try (Database db = Database.builder().store(store, "s").build()) {
            db.set(plain, "k", "abc");
            assertEquals(3, db.get(p, "k"));
            assertEquals(0, store.size());
        }
    }

    @Test
    void corruptEntriesAreIgnored() {
        InMemoryStore store = new InMemoryStore();
        try (Database db1 = fresh(store)) {
            db1.get(library, "std");
        }
        InMemoryStore corrupt = new InMemoryStore();
        PersistentStore broken = new PersistentStore() {
            @Override
            public Optional<byte[]> get(String key) {
                return store.get(key).map(b -> java.util.Arrays.copyOf(b, b.length / 2));
            }

            @Override
            public void put(String key, byte[] value) {
                corrupt.put(key, value);
            }
        };
        try (Database db2 = fresh(broken)) {
            EventRecorder log = EventRecorder.attach(db2);
            assertEquals(302, db2.get(library, "std"));
            assertEquals(List.of(), log.loaded());
            assertEquals(1, corrupt.size());
        }
    }

    @Test
    void directoryStoreRoundTripsAndLeavesNoTemporaryFiles(@TempDir Path dir) throws IOException {
        DirectoryStore store = new DirectoryStore(dir.resolve("cache"));
        String key = "ab".repeat(32);
        assertEquals(Optional.empty(), store.get(key));
        store.put(key, new byte[] {1, 2, 3});
        store.put(key, new byte[] {4, 5});
        assertArrayEquals(new byte[] {4, 5}, store.get(key).orElseThrow());
        try (Stream<Path> files = Files.walk(dir)) {
            List<Path> regular = files.filter(Files::isRegularFile).toList();
            assertEquals(List.of(dir.resolve("cache").resolve("ab").resolve(key)), regular);
        }
        assertThrows(IllegalArgumentException.class, () -> store.get("../etc/passwd"));
    }

    @Test
    void directoryStoreWarmsAFreshDatabase(@TempDir Path dir) {
        try (Database db1 = fresh(new DirectoryStore(dir))) {
            assertEquals(302, db1.get(library, "std"));
        }
        try (Database db2 = fresh(new DirectoryStore(dir))) {
            EventRecorder log = EventRecorder.attach(db2);
            assertEquals(302, db2.get(library, "std"));
            assertEquals(List.of("library(std)"), log.loaded());
            assertEquals(List.of(), log.executed());
        }
    }
}
