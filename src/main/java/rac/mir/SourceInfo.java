package rac.mir;

/**
 * A source position relative to the function's item start (byte offsets), for panics; or, when
 * {@code externalFile} is set, a fixed location outside the crate (a panic that rustc reports inside
 * the standard library, e.g. {@code attempt to multiply with overflow} in {@code i32::pow}).
 */
public record SourceInfo(int start, int end, String externalFile, int externalLine, int externalColumn) {
    public SourceInfo(int start, int end) {
        this(start, end, null, 0, 0);
    }
}
