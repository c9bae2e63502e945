package rac.query;

import java.nio.charset.StandardCharsets;

/**
 * Serializes values of one type for the {@link PersistentStore}. {@code decode(encode(v))} must
 * equal {@code v}, and encoding must be deterministic (its bytes are fingerprinted).
 *
 * @param <T> the type encoded
 */
public interface Codec<T> {
    /** Encodes a value to bytes. */
    byte[] encode(T value);

    /** Decodes bytes produced by {@link #encode}. */
    T decode(byte[] bytes);

    /** UTF-8 strings. */
    static Codec<String> string() {
        return new Codec<>() {
            @Override
            public byte[] encode(String value) {
                return value.getBytes(StandardCharsets.UTF_8);
            }

            @Override
            public String decode(byte[] bytes) {
                return new String(bytes, StandardCharsets.UTF_8);
            }
        };
    }

    /** 32-bit integers, big-endian. */
    static Codec<Integer> integer() {
        return new Codec<>() {
            @Override
            public byte[] encode(Integer value) {
                int v = value;
                return new byte[] {(byte) (v >>> 24), (byte) (v >>> 16), (byte) (v >>> 8), (byte) v};
            }

            @Override
            public Integer decode(byte[] b) {
                if (b.length != 4) {
                    throw new IllegalArgumentException("expected 4 bytes, got " + b.length);
                }
                return (b[0] & 0xff) << 24 | (b[1] & 0xff) << 16 | (b[2] & 0xff) << 8 | (b[3] & 0xff);
            }
        };
    }
}
