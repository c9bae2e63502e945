package rac.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import rac.base.Edition;

/**
 * Property test: valid files from the parser test data, mutated at the token and byte level, still
 * lex and parse without exceptions, and the tree and the token stream give the input back exactly.
 */
class ParserFuzzTest {
    private static List<String> seeds;

    static synchronized List<String> seeds() throws IOException {
        if (seeds == null) {
            try (Stream<Path> s = Files.walk(ParserSnapshotTest.dataDir())) {
                seeds = s.filter(f -> f.toString().endsWith(".rs")).sorted().map(f -> {
                    try {
                        return Files.readString(f);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }).toList();
            }
        }
        return seeds;
    }

    @Provide
    Arbitrary<Long> seedsArb() {
        return Arbitraries.longs();
    }

    @Property(tries = 400)
    void mutatedInputNeverBreaksTheParser(@ForAll("seedsArb") long seed) throws IOException {
        List<String> files = seeds();
        String base = files.get((int) Math.floorMod(seed, (long) files.size()));
        String text = Mutator.mutate(base, seed);
        for (Edition e : new Edition[] {Edition.E2015, Edition.E2024}) {
            checkInvariants(text, e);
        }
    }

    static void checkInvariants(String text, Edition e) {
        int len = text.getBytes(StandardCharsets.UTF_8).length;
        Parse p = Parser.parse(text, e);
        assertEquals(text, p.tree().text(), "tree must round-trip");
        assertEquals(len, p.tree().textRange().end());
        for (SyntaxError err : p.errors()) {
            assertTrue(err.range().end() <= len, () -> "error range out of bounds: " + err);
            assertTrue(!err.message().isEmpty());
        }
        StringBuilder sb = new StringBuilder();
        int offset = 0;
        for (Token t : Lexer.tokenize(text, e)) {
            assertEquals(offset, t.range().start(), "tokens must be contiguous");
            offset = t.range().end();
            sb.append(t.text());
        }
        assertEquals(text, sb.toString(), "tokens must round-trip");
    }
}
