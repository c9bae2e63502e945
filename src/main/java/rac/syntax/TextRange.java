package rac.syntax;

import rac.base.FileId;
import rac.base.Span;

/** A half-open range {@code [start, end)} of UTF-8 byte offsets into a file's text. */
public record TextRange(int start, int end) {
    public TextRange {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad range " + start + ".." + end);
        }
    }

    /** The range of {@code len} bytes starting at {@code start}. */
    public static TextRange at(int start, int len) {
        return new TextRange(start, start + len);
    }

    /** An empty range at {@code offset}. */
    public static TextRange empty(int offset) {
        return new TextRange(offset, offset);
    }

    public int length() {
        return end - start;
    }

    public boolean isEmpty() {
        return start == end;
    }

    /** Whether {@code offset} is inside the range (the end is exclusive). */
    public boolean contains(int offset) {
        return start <= offset && offset < end;
    }

    /** Whether {@code other} lies entirely within this range. */
    public boolean containsRange(TextRange other) {
        return start <= other.start && other.end <= end;
    }

    /** The smallest range covering both. */
    public TextRange cover(TextRange other) {
        return new TextRange(Math.min(start, other.start), Math.max(end, other.end));
    }

    /** This range in the given file as a span. */
    public Span toSpan(FileId file) {
        return new Span(file, start, end);
    }

    @Override
    public String toString() {
        return start + ".." + end;
    }
}
