// Differential check of rac.syntax against rustc's parser: mutates the valid parser test files,
// runs both rac's parser and `rustup run nightly rustc -Z parse-crate-root-only --edition 2024` on
// each, and reports files where they disagree on whether there is an error, or on the first error's
// line:col and message. Build first (mvn -q -o test-compile), then from the repository root:
//
//   java -cp target/classes:target/test-classes tools/syntax/DiffRustc.java [firstSeed] [count]
//
// Positions at the very end of a file are compared loosely (rustc shows them on the last line).

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import rac.base.Edition;
import rac.base.FileId;
import rac.base.SourceFile;
import rac.syntax.MutatorAccess;
import rac.syntax.Parse;
import rac.syntax.Parser;

public class DiffRustc {
    public static void main(String[] args) throws Exception {
        long first = args.length > 0 ? Long.parseLong(args[0]) : 0;
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        List<String> seeds = new ArrayList<>();
        try (var s = Files.walk(Path.of("src/test/resources/syntax/ok"))) {
            for (Path f : s.filter(p -> p.toString().endsWith(".rs") && !p.toString().contains("edition")).sorted().toList()) {
                seeds.add(Files.readString(f));
            }
        }
        Path dir = Files.createTempDirectory("rac-diff");
        int presence = 0;
        int message = 0;
        int same = 0;
        for (long seed = first; seed < first + count; seed++) {
            String text = MutatorAccess.mutate(seeds.get((int) Math.floorMod(seed, (long) seeds.size())), seed);
            Path file = dir.resolve("m" + seed + ".rs");
            Files.writeString(file, text);
            Parse p = Parser.parse(text, Edition.E2024);
            String ours = "OK";
            if (!p.errors().isEmpty()) {
                SourceFile sf = new SourceFile(new FileId(0), "x", text);
                int at = p.errors().get(0).range().start();
                ours = (at == text.length() ? "EOF" : sf.line(at) + ":" + sf.column(at)) + " " + p.errors().get(0).message();
            }
            String theirs = rustc(file, text);
            boolean oursOk = ours.equals("OK");
            boolean theirsOk = theirs.equals("OK");
            if (oursOk != theirsOk) {
                presence++;
                System.out.println("PRESENCE " + file + "\n  rac  : " + ours + "\n  rustc: " + theirs);
            } else if (!ours.equals(theirs)) {
                message++;
                System.out.println("MESSAGE  " + file + "\n  rac  : " + ours + "\n  rustc: " + theirs);
            } else {
                same++;
            }
        }
        System.out.println("same " + same + ", different first error " + message + ", error presence differs " + presence);
    }

    private static String rustc(Path file, String text) throws Exception {
        Process pr = new ProcessBuilder("rustup", "run", "nightly", "rustc", "-Z", "parse-crate-root-only",
                "--edition", "2024", "--out-dir", file.getParent().toString(), file.toString())
                .redirectErrorStream(true).start();
        List<String> lines = new String(pr.getInputStream().readAllBytes()).lines().toList();
        pr.waitFor(60, TimeUnit.SECONDS);
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.startsWith("error") && !l.startsWith("error: aborting")) {
                String msg = l.substring(l.indexOf(": ") + 2);
                String loc = i + 1 < lines.size() ? lines.get(i + 1).trim() : "";
                String pos = loc.startsWith("-->") ? loc.substring(loc.indexOf(':') + 1) : "?";
                String[] lc = pos.split(":");
                if (lc.length == 2) {
                    // rustc puts the end of a newline-terminated file on its last line
                    long lastLine = text.lines().count();
                    if (Long.parseLong(lc[0]) == lastLine && Integer.parseInt(lc[1]) > text.lines().reduce((a, b) -> b).orElse("").length()
                            && text.endsWith("\n")) {
                        pos = "EOF";
                    }
                }
                return pos + " " + msg;
            }
        }
        return "OK";
    }
}
