package rac.base;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The text of one source file with a line index. Offsets are UTF-8 byte offsets, matching rustc;
 * the text is kept both as a Java string and as its UTF-8 bytes.
 */
public final class SourceFile {
    private final FileId id;
    private final String name;
    private final String text;
    private final byte[] bytes;
    /** Byte offset of the start of each line. */
    private final int[] lineStarts;

    public SourceFile(FileId id, String name, String text) {
        this.id = id;
        this.name = name;
        this.text = text;
        this.bytes = text.getBytes(StandardCharsets.UTF_8);
        int count = 1;
        for (byte b : bytes) {
            if (b == '\n') {
                count++;
            }
        }
        int[] starts = new int[count];
        int line = 1;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                starts[line++] = i + 1;
            }
        }
        this.lineStarts = starts;
    }

    public FileId id() {
        return id;
    }

    /** The file name as the user gave it (shown in diagnostics and panic locations). */
    public String name() {
        return name;
    }

    public String text() {
        return text;
    }

    /** The UTF-8 bytes of the text; do not modify. */
    public byte[] bytes() {
        return bytes;
    }

    public int length() {
        return bytes.length;
    }

    public int lineCount() {
        return lineStarts.length;
    }

    /** Zero-based line index of a byte offset. */
    public int lineIndex(int offset) {
        int i = Arrays.binarySearch(lineStarts, offset);
        return i >= 0 ? i : -i - 2;
    }

    /** Byte offset where the zero-based line starts. */
    public int lineStart(int lineIndex) {
        return lineStarts[lineIndex];
    }

    /** Byte offset of the end of the zero-based line, excluding its line terminator. */
    public int lineEnd(int lineIndex) {
        int end = lineIndex + 1 < lineStarts.length ? lineStarts[lineIndex + 1] - 1 : bytes.length;
        if (end > lineStarts[lineIndex] && end - 1 < bytes.length && end > 0 && bytes[end - 1] == '\r') {
            end--;
        }
        return end;
    }

    /** The text of the zero-based line, without its terminator. */
    public String lineText(int lineIndex) {
        int s = lineStart(lineIndex);
        return new String(bytes, s, lineEnd(lineIndex) - s, StandardCharsets.UTF_8);
    }

    /** One-based line number of a byte offset. */
    public int line(int offset) {
        return lineIndex(offset) + 1;
    }

    /**
     * One-based column of a byte offset, counted in Unicode scalar values from the line start,
     * as rustc reports columns.
     */
    public int column(int offset) {
        int s = lineStarts[lineIndex(offset)];
        return charCount(s, offset) + 1;
    }

    /** Number of Unicode scalar values in the byte range. */
    public int charCount(int from, int to) {
        int n = 0;
        for (int i = from; i < to && i < bytes.length; i++) {
            if ((bytes[i] & 0xC0) != 0x80) {
                n++;
            }
        }
        return n;
    }

    /** The text of a byte range. */
    public String slice(int from, int to) {
        return new String(bytes, from, to - from, StandardCharsets.UTF_8);
    }
}
