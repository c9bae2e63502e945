package rac.mir;

/** A source position relative to the function's item start (byte offsets), for panics. */
public record SourceInfo(int start, int end) { }
