package rac.query;

import java.util.Objects;

/**
 * A query whose values are set by the driver or daemon ({@link Database#set}); reading an unset key
 * throws {@link IllegalStateException}. Inputs that persistent queries depend on need codecs
 * ({@link #named(String, Codec, Codec)}) so that stored results can be validated against their fingerprints.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public final class InputQuery<K, V> implements Query<K, V> {
    private final String name;
    private final int index;
    private final Codec<K> keyCodec;
    private final Codec<V> valueCodec;

    private InputQuery(String name, Codec<K> keyCodec, Codec<V> valueCodec) {
        this.name = Objects.requireNonNull(name);
        this.index = QueryIndices.next();
        this.keyCodec = keyCodec;
        this.valueCodec = valueCodec;
    }

    /** Creates an input query without codecs. */
    public static <K, V> InputQuery<K, V> named(String name) {
        return new InputQuery<>(name, null, null);
    }

    /** Creates an input query whose keys and values can be serialized (needed by persistent queries). */
    public static <K, V> InputQuery<K, V> named(String name, Codec<K> keyCodec, Codec<V> valueCodec) {
        return new InputQuery<>(name, Objects.requireNonNull(keyCodec), Objects.requireNonNull(valueCodec));
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int index() {
        return index;
    }

    /** The key codec, or null. */
    public Codec<K> keyCodec() {
        return keyCodec;
    }

    /** The value codec, or null. */
    public Codec<V> valueCodec() {
        return valueCodec;
    }

    @Override
    public String toString() {
        return name;
    }
}
