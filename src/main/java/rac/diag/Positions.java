package rac.diag;

import rac.base.SourceFile;

/**
 * Line and column lookup as rustc's source map does it. The one difference from
 * {@link SourceFile#lineIndex}: rustc does not start a line after a newline that ends the file,
 * so an offset at the very end of a file ending in a newline belongs to the last real line.
 * A UTF-8 byte order mark is not part of the first line (rustc strips it when loading a file),
 * though byte offsets still count it.
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

    /** Whether the file starts with a UTF-8 byte order mark. */
    static boolean hasBom(SourceFile f) {
        byte[] b = f.bytes();
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    }

    /** Where the text of a line starts: after the byte order mark on the first line. */
    private static int textStart(SourceFile f, int lineIndex) {
        return lineIndex == 0 && hasBom(f) ? 3 : f.lineStart(lineIndex);
    }

    /** Zero-based column in chars (Unicode scalar values) from the start of the line. */
    static int col(SourceFile f, int offset) {
        int start = textStart(f, lineIndex(f, offset));
        return f.charCount(start, Math.max(start, Math.min(offset, f.length())));
    }

    /** Display width of the text from the start of the line to the offset (rustc's col_display). */
    static int colDisplay(SourceFile f, int offset) {
        int start = textStart(f, lineIndex(f, offset));
        return TextWidth.width(f.slice(start, Math.max(start, Math.min(offset, f.length()))));
    }

    /** The text of a zero-based line as rustc shows it (no terminator, no byte order mark). */
    static String lineText(SourceFile f, int lineIndex) {
        String t = f.lineText(lineIndex);
        return lineIndex == 0 && hasBom(f) && t.startsWith("\uFEFF") ? t.substring(1) : t;
    }
}
