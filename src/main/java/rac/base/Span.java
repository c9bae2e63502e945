package rac.base;

/**
 * A half-open byte range {@code [start, end)} in one source file, as rustc's spans are.
 * Offsets count UTF-8 bytes of the file text, so they agree with rustc's JSON {@code byte_start}.
 */
public record Span(FileId file, int start, int end) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    /** The smallest span covering both; both must be in the same file. */
    public Span to(Span other) {
        return new Span(file, Math.min(start, other.start), Math.max(end, other.end));
    }

    /** An empty span at the end of this one. */
    public Span shrinkToHi() {
        return new Span(file, end, end);
    }

    /** An empty span at the start of this one. */
    public Span shrinkToLo() {
        return new Span(file, start, start);
    }

    public int length() {
        return end - start;
    }
}
