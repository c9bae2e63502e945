package rac.diag;

import rac.base.SourceFile;

/**
 * Line and column lookup as rustc's source map does it. The one difference from
 * {@link SourceFile#lineIndex}: rustc does not start a line after a newline that ends the file,
 * so an offset at the very end of a file ending in a newline belongs to the last real line.
 */
final class Positions {
    private Positions() {
    }

    /** Zero-based line index of a byte offset, as rustc computes it. */
    static int lineIndex(SourceFile f, int offset) {
        int li = f.lineIndex(Math.min(offset, f.length()));
        if (li > 0 && li == f.lineCount() - 1 && f.lineStart(li) == f.length()) {
            li--;
        }
        return li;
    }

    /** One-based line number. */
    static int line(SourceFile f, int offset) {
        return lineIndex(f, offset) + 1;
    }

    /** Zero-based column in chars (Unicode scalar values) from the start of the line. */
    static int col(SourceFile f, int offset) {
        int start = f.lineStart(lineIndex(f, offset));
        return f.charCount(start, Math.min(offset, f.length()));
    }

    /** Display width of the text from the start of the line to the offset (rustc's col_display). */
    static int colDisplay(SourceFile f, int offset) {
        int start = f.lineStart(lineIndex(f, offset));
        return TextWidth.width(f.slice(start, Math.min(offset, f.length())));
    }
}
