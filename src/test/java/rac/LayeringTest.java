package rac;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Enforces the layering of ARCHITECTURE.md: each package may use only the packages listed for it.
 * A lower layer (syntax) never sees a higher one (types, MIR, driver). Fails on any other reference,
 * in imports or fully qualified names in code.
 */
class LayeringTest {
    /** Package to the packages it may depend on. */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("base", Set.of()),
            Map.entry("query", Set.of()),
            Map.entry("diag", Set.of("base")),
            Map.entry("syntax", Set.of("base", "diag")),
            Map.entry("hir", Set.of("base", "diag", "syntax")),
            Map.entry("ty", Set.of("base", "diag", "hir", "pat")),
            Map.entry("mir", Set.of("base", "diag", "hir", "ty")),
            Map.entry("codegen", Set.of("base", "diag", "hir", "ty", "mir")),
            Map.entry("llvm", Set.of("base", "diag")),
            Map.entry("pat", Set.of("base", "diag")),
            Map.entry("driver", Set.of("base", "diag", "query", "syntax", "hir", "ty", "mir", "codegen", "llvm")));

    private static final Pattern REF = Pattern.compile("\\brac\\.([a-z]+)\\.[A-Za-z]");

    private static Path sourceRoot() {
        return Path.of(System.getProperty("rac.root", ".")).resolve("src/main/java/rac");
    }

    @Test
    void everyPackageIsDeclared() throws IOException {
        Set<String> found = new TreeSet<>();
        try (Stream<Path> dirs = Files.list(sourceRoot())) {
            dirs.filter(Files::isDirectory).forEach(d -> found.add(d.getFileName().toString()));
        }
        assertEquals(new TreeSet<>(ALLOWED.keySet()), found,
                "a new top-level package needs its place in the layering (LayeringTest and ARCHITECTURE.md)");
    }

    @Test
    void packagesUseOnlyLowerLayers() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Map.Entry<String, Set<String>> e : ALLOWED.entrySet()) {
            Path dir = sourceRoot().resolve(e.getKey());
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    int lineNo = 0;
                    boolean inComment = false;
                    for (String line : Files.readAllLines(f)) {
                        lineNo++;
                        String t = line.trim();
                        if (inComment) {
                            if (t.contains("*/")) {
                                inComment = false;
                            }
                            continue;
                        }
                        if (t.startsWith("/*")) {
                            inComment = !t.contains("*/");
                            continue;
                        }
                        if (t.startsWith("//") || t.startsWith("*")) {
                            continue;
                        }
                        Matcher m = REF.matcher(line);
                        while (m.find()) {
                            String target = m.group(1);
                            if (!target.equals(e.getKey()) && !e.getValue().contains(target)) {
                                violations.add(f + ":" + lineNo + ": " + e.getKey() + " uses " + target);
                            }
                        }
                    }
                }
            }
        }
        assertTrue(violations.isEmpty(), "layering violations:\n" + String.join("\n", violations));
    }
}
