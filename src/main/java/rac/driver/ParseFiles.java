package rac.driver;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import rac.base.Edition;
import rac.base.SourceFile;
import rac.syntax.Parse;
import rac.syntax.Parser;
import rac.syntax.SyntaxError;

/** {@code rac parse}: parses each file on its own and prints one line per file with errors. */
final class ParseFiles {
    private ParseFiles() {
    }

    static int run(List<Path> files, Edition edition, PrintStream out) {
        int bad = 0;
        for (Path f : files) {
            String text;
            try {
                text = Files.readString(f);
            } catch (IOException | java.io.UncheckedIOException e) {
                out.println(f + ": error: couldn't read: " + e.getMessage());
                bad++;
                continue;
            }
            Parse p = Parser.parse(text, edition);
            if (!p.errors().isEmpty()) {
                bad++;
                SyntaxError first = p.errors().get(0);
                SourceFile sf = new SourceFile(new rac.base.FileId(0), f.toString(), text);
                int at = first.range().start();
                out.println(f + ": " + p.errors().size() + " error" + (p.errors().size() == 1 ? "" : "s") + "; first at "
                        + sf.line(at) + ":" + sf.column(at) + ": " + first.message());
            }
        }
        return bad == 0 ? 0 : 1;
    }
}
