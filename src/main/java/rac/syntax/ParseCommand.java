package rac.syntax;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import rac.base.Edition;
import rac.base.FileId;
import rac.base.SourceFile;

/**
 * The logic of {@code rac parse FILE...}: parses each file and prints one line per file that has
 * errors, {@code FILE: N error(s), first at LINE:COL: MESSAGE}. The CLI wiring lives in the driver.
 */
public final class ParseCommand {
    private ParseCommand() {
    }

    /** Parses every file; returns 0 if none had errors, 1 otherwise. */
    public static int run(List<Path> files, Edition edition, PrintStream out) {
        int status = 0;
        for (Path f : files) {
            String text;
            try {
                byte[] bytes = Files.readAllBytes(f);
                text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                out.println(f + ": 1 error(s), first at 1:1: couldn't read " + f + ": stream did not contain valid UTF-8");
                status = 1;
                continue;
            } catch (IOException e) {
                out.println(f + ": 1 error(s), first at 1:1: couldn't read " + f + ": " + e.getMessage());
                status = 1;
                continue;
            }
            Parse p = Parser.parse(text, edition);
            if (!p.errors().isEmpty()) {
                status = 1;
                SyntaxError first = p.errors().get(0);
                SourceFile sf = new SourceFile(new FileId(0), f.toString(), text);
                int at = first.range().start();
                int line = sf.line(at);
                int col = sf.column(at);
                if (at > 0 && at == sf.length() && text.endsWith("\n")) {
                    // rustc shows the end of a file that ends with a newline on its last line
                    line = sf.line(at - 1);
                    col = sf.column(at - 1) + 1;
                }
                out.println(f + ": " + p.errors().size() + " error(s), first at " + line + ":" + col + ": "
                        + first.message());
            }
        }
        return status;
    }
}
