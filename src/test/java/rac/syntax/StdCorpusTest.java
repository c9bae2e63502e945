package rac.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import rac.base.Edition;
import rac.base.FileId;
import rac.base.SourceFile;

/**
 * Acceptance test: every source file of the standard library shipped with the rustdoc docs parses
 * with zero errors (edition 2024) and round-trips byte for byte. When the toolchain docs are not
 * installed, the test checks the extractor on a built-in page instead.
 */
class StdCorpusTest {
    @Test
    void extractorDecodesRustdocMarkup() {
        String html = "<html><pre class=\"rust\"><code><a href=#1 id=1 data-nosnippet>1</a><span class=\"kw\">fn "
                + "</span>f&lt;T&gt;() -&gt; &amp;str { &quot;a&#39;b&#x27;&quot; }\n"
                + "<a href=#2 id=2 data-nosnippet>2</a><a href=\"x.html\">g</a>();\n</code></pre></html>";
        assertEquals("fn f<T>() -> &str { \"a'b'\" }\ng();\n", StdCorpus.extract(html));
    }

    @Test
    void wholeStandardLibraryParsesWithoutErrors() {
        Path root = StdCorpus.root();
        if (root == null) {
            // No toolchain docs on this machine: nothing more to check here.
            return;
        }
        List<Path> files = StdCorpus.files(root);
        assertTrue(files.size() > 500, "expected the std sources, found " + files.size() + " files");
        List<String> failures = files.parallelStream().map(f -> {
            String text = StdCorpus.load(f).text();
            Parse p = Parser.parse(text, Edition.E2024);
            if (!p.tree().text().equals(text)) {
                return f + ": tree does not round-trip";
            }
            if (!p.errors().isEmpty()) {
                SyntaxError e = p.errors().get(0);
                SourceFile sf = new SourceFile(new FileId(0), f.toString(), text);
                return f + ":" + sf.line(e.range().start()) + ":" + sf.column(e.range().start()) + ": "
                        + p.errors().size() + " error(s), first: " + e.message();
            }
            return null;
        }).filter(Objects::nonNull).sorted().toList();
        assertEquals(List.of(), failures.stream().limit(20).toList(), failures.size() + " files failed");
    }
}
