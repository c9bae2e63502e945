package rac.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import rac.base.Edition;
import rac.syntax.Lexer;
import rac.syntax.Parse;
import rac.syntax.Parser;

/**
 * Lex and lex+parse throughput over the standard library's sources (extracted from the rustdoc
 * source pages of the stable toolchain). One operation processes the whole corpus, single-threaded;
 * MB/s = corpus MB / (ms/op / 1000). The corpus size is printed at setup.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xss16m", "-Xmx4g"})
public class ParseBenchmark {
    private List<String> sources;

    @Setup
    public void load() throws IOException {
        Path root = stdSourceRoot();
        sources = new ArrayList<>();
        long bytes = 0;
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".rs.html")).sorted().toList()) {
                String text = extract(Files.readString(p));
                sources.add(text);
                bytes += text.getBytes(StandardCharsets.UTF_8).length;
            }
        }
        System.out.printf("%n# corpus: %d files, %.2f MB (MB/s = %.2f / (ms/op / 1000))%n",
                sources.size(), bytes / 1e6, bytes / 1e6);
    }

    @Benchmark
    public void lex(Blackhole bh) {
        for (String s : sources) {
            bh.consume(Lexer.tokenize(s, Edition.E2024));
        }
    }

    @Benchmark
    public void lexAndParse(Blackhole bh) {
        for (String s : sources) {
            Parse p = Parser.parse(s, Edition.E2024);
            if (!p.errors().isEmpty()) {
                throw new IllegalStateException("parse errors in the std corpus: " + p.errors().get(0));
            }
            bh.consume(p);
        }
    }

    static Path stdSourceRoot() throws IOException {
        Path toolchains = Path.of(System.getProperty("user.home"), ".rustup", "toolchains");
        try (Stream<Path> s = Files.list(toolchains)) {
            for (Path t : s.sorted().toList()) {
                Path src = t.resolve("share/doc/rust/html/src");
                if (t.getFileName().toString().startsWith("stable-") && Files.isDirectory(src)) {
                    return src;
                }
            }
        }
        throw new IOException("no stable toolchain docs under " + toolchains);
    }

    /** Extracts the Rust text of a rustdoc source page (same rules as the test-support StdCorpus). */
    static String extract(String html) {
        String open = "<pre class=\"rust\"><code>";
        int i = html.indexOf(open) + open.length();
        int end = html.indexOf("</code></pre>", i);
        StringBuilder out = new StringBuilder(end - i);
        while (i < end) {
            char c = html.charAt(i);
            if (c == '<') {
                i = html.startsWith("<a href=#", i) ? html.indexOf("</a>", i) + 4 : html.indexOf('>', i) + 1;
            } else if (c == '&') {
                int semi = html.indexOf(';', i);
                String ent = html.substring(i + 1, semi);
                switch (ent) {
                    case "lt" -> out.append('<');
                    case "gt" -> out.append('>');
                    case "amp" -> out.append('&');
                    case "quot" -> out.append('"');
                    case "apos" -> out.append('\'');
                    default -> out.appendCodePoint(ent.startsWith("#x")
                            ? Integer.parseInt(ent.substring(2), 16) : Integer.parseInt(ent.substring(1)));
                }
                i = semi + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
