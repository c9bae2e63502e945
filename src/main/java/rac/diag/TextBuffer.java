package rac.diag;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A grid of code points that an emitter draws into (rustc's {@code StyledBuffer} without styles).
 * Each slot holds one code point; writing past the end of a line pads it with spaces.
 */
final class TextBuffer {
    private final List<int[]> lines = new ArrayList<>();
    private final List<Integer> lengths = new ArrayList<>();

    int numLines() {
        return lines.size();
    }

    private void ensureLine(int line) {
        while (lines.size() <= line) {
            lines.add(new int[16]);
            lengths.add(0);
        }
    }

    /** Puts one code point at (line, col), padding with spaces as needed. */
    void putc(int line, int col, int cp) {
        ensureLine(line);
        int[] row = lines.get(line);
        int len = lengths.get(line);
        if (col >= row.length) {
            row = Arrays.copyOf(row, Math.max(col + 1, row.length * 2));
            lines.set(line, row);
        }
        for (int i = len; i < col; i++) {
            row[i] = ' ';
        }
        row[col] = cp;
        if (col >= len) {
            lengths.set(line, col + 1);
        }
    }

    /** Puts a string starting at (line, col), one code point per slot. */
    void puts(int line, int col, String s) {
        int c = col;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            putc(line, c++, cp);
            i += Character.charCount(cp);
        }
        ensureLine(line);
    }

    /** Appends a string at the end of the line. */
    void append(int line, String s) {
        ensureLine(line);
        puts(line, lengths.get(line), s);
    }

    /** Inserts a string at the start of the line, shifting its contents right. */
    void prepend(int line, String s) {
        ensureLine(line);
        int[] cps = s.codePoints().toArray();
        int[] row = lines.get(line);
        int len = lengths.get(line);
        int[] n = new int[Math.max(16, len + cps.length)];
        System.arraycopy(cps, 0, n, 0, cps.length);
        System.arraycopy(row, 0, n, cps.length, len);
        lines.set(line, n);
        lengths.set(line, len + cps.length);
    }

    /**
     * Replaces the slots [start, end) of a line with the string, as rustc's
     * {@code StyledBuffer::replace} does when it elides the middle of long spans.
     */
    void replace(int line, int start, int end, String s) {
        ensureLine(line);
        int len = lengths.get(line);
        if (start == end || start > len || end > len) {
            return;
        }
        int[] row = lines.get(line);
        int[] cps = s.codePoints().toArray();
        int newLen = len - (end - start) + cps.length;
        int[] n = new int[Math.max(16, newLen)];
        System.arraycopy(row, 0, n, 0, start);
        System.arraycopy(cps, 0, n, start, cps.length);
        System.arraycopy(row, end, n, start + cps.length, len - end);
        lines.set(line, n);
        lengths.set(line, newLen);
    }

    /** The text of one line. */
    String line(int line) {
        return new String(lines.get(line), 0, lengths.get(line));
    }

    List<String> render() {
        List<String> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            out.add(line(i));
        }
        return out;
    }
}
