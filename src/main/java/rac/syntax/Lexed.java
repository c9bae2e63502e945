package rac.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * The raw result of lexing: parallel arrays of token kinds and char start offsets (with an end
 * sentinel), plus lexer errors in byte offsets. Internal to the syntax package.
 */
final class Lexed {
    final String text;
    int count;
    int[] kinds;
    int[] starts;
    /** Byte offset of each char index, or null if the text is ASCII-only. */
    final int[] byteOffsets;
    final List<SyntaxError> errors = new ArrayList<>();
    /** Errors rustc reports only after parsing (e.g. emoji in identifiers). */
    final List<SyntaxError> lateErrors = new ArrayList<>();

    Lexed(String text, int capacity) {
        this.text = text;
        this.kinds = new int[Math.max(16, capacity)];
        this.starts = new int[Math.max(16, capacity) + 1];
        this.byteOffsets = computeByteOffsets(text);
    }

    private static int[] computeByteOffsets(String s) {
        int n = s.length();
        int i = 0;
        while (i < n && s.charAt(i) < 0x80) {
            i++;
        }
        if (i == n) {
            return null;
        }
        int[] map = new int[n + 1];
        int b = 0;
        for (int j = 0; j < n; j++) {
            map[j] = b;
            char c = s.charAt(j);
            if (c < 0x80) {
                b += 1;
            } else if (c < 0x800) {
                b += 2;
            } else if (Character.isHighSurrogate(c) && j + 1 < n && Character.isLowSurrogate(s.charAt(j + 1))) {
                b += 4;
                map[++j] = b; // low surrogate: point inside; never a token boundary
            } else {
                b += 3;
            }
        }
        map[n] = b;
        return map;
    }

    void push(SyntaxKind kind, int start) {
        if (count == kinds.length) {
            kinds = java.util.Arrays.copyOf(kinds, count * 2);
            starts = java.util.Arrays.copyOf(starts, count * 2 + 1);
        }
        kinds[count] = kind.ordinal();
        starts[count] = start;
        count++;
    }

    void finish() {
        starts[count] = text.length();
    }

    int byteOffset(int charOffset) {
        return byteOffsets == null ? charOffset : byteOffsets[charOffset];
    }

    /** The char offset of a byte offset that starts a char. */
    int charOffsetOfByte(int byteOffset) {
        if (byteOffsets == null) {
            return byteOffset;
        }
        int i = java.util.Arrays.binarySearch(byteOffsets, byteOffset);
        if (i < 0) {
            return -i - 1;
        }
        while (i > 0 && byteOffsets[i - 1] == byteOffset) {
            i--;
        }
        return i;
    }

    SyntaxKind kind(int i) {
        return SyntaxKind.of(kinds[i]);
    }

    int start(int i) {
        return starts[i];
    }

    int end(int i) {
        return starts[i + 1];
    }

    int byteStart(int i) {
        return byteOffset(starts[i]);
    }

    int byteLen(int i) {
        return byteOffset(starts[i + 1]) - byteOffset(starts[i]);
    }

    String tokenText(int i) {
        return text.substring(starts[i], starts[i + 1]);
    }

    void error(String message, int charStart, int charEnd) {
        errors.add(SyntaxError.of(message, new TextRange(byteOffset(charStart), byteOffset(charEnd))));
    }
}
