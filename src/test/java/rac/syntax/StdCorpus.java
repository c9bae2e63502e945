package rac.syntax;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Test support: finds the standard library's sources as rendered by rustdoc
 * ({@code ~/.rustup/toolchains/stable-*&#47;share/doc/rust/html/src/**&#47;*.rs.html}) and extracts the
 * original Rust text from the HTML (line-number anchors and highlighting tags removed, entities decoded).
 */
public final class StdCorpus {
    private StdCorpus() {
    }

    /** One extracted source file. */
    public record Source(Path htmlFile, String text) {
    }

    /** The rustdoc source directory of the stable toolchain, or null if there is none. */
    public static Path root() {
        Path toolchains = Path.of(System.getProperty("user.home"), ".rustup", "toolchains");
        if (!Files.isDirectory(toolchains)) {
            return null;
        }
        try (Stream<Path> s = Files.list(toolchains)) {
            for (Path t : s.sorted().toList()) {
                if (t.getFileName().toString().startsWith("stable-")) {
                    Path src = t.resolve("share/doc/rust/html/src");
                    if (Files.isDirectory(src)) {
                        return src;
                    }
                }
            }
        } catch (IOException e) {
            return null;
        }
        return null;
    }

    /** All {@code .rs.html} files under {@code root}, sorted. */
    public static List<Path> files(Path root) {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".rs.html")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Source load(Path html) {
        try {
            return new Source(html, extract(Files.readString(html)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Extracts the Rust source text from a rustdoc source page. */
    public static String extract(String html) {
        String open = "<pre class=\"rust\"><code>";
        int start = html.indexOf(open);
        if (start < 0) {
            throw new IllegalArgumentException("no source block");
        }
        start += open.length();
        int end = html.indexOf("</code></pre>", start);
        StringBuilder out = new StringBuilder(end - start);
        int i = start;
        while (i < end) {
            char c = html.charAt(i);
            if (c == '<') {
                // line-number anchors carry text we must drop: <a href=#N id=N data-nosnippet>N</a>
                if (html.startsWith("<a href=#", i)) {
                    int close = html.indexOf("</a>", i);
                    i = close + 4;
                    continue;
                }
                int gt = html.indexOf('>', i);
                i = gt + 1;
                continue;
            }
            if (c == '&') {
                int semi = html.indexOf(';', i);
                String ent = html.substring(i + 1, semi);
                out.append(switch (ent) {
                    case "lt" -> "<";
                    case "gt" -> ">";
                    case "amp" -> "&";
                    case "quot" -> "\"";
                    case "apos" -> "'";
                    case "nbsp" -> "\u00a0";
                    default -> {
                        if (ent.startsWith("#x") || ent.startsWith("#X")) {
                            yield new String(Character.toChars(Integer.parseInt(ent.substring(2), 16)));
                        } else if (ent.startsWith("#")) {
                            yield new String(Character.toChars(Integer.parseInt(ent.substring(1))));
                        }
                        throw new IllegalArgumentException("unknown entity &" + ent + ";");
                    }
                });
                i = semi + 1;
                continue;
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    /** Loads every file of the corpus (empty if there is none). */
    public static List<Source> loadAll() {
        Path root = root();
        if (root == null) {
            return List.of();
        }
        List<Source> out = new ArrayList<>();
        for (Path p : files(root)) {
            out.add(load(p));
        }
        return out;
    }
}
