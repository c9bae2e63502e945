package rac.pat;

import java.math.BigInteger;
import java.util.List;

/**
 * A pattern as the exhaustiveness checker sees it: fully typed, with match ergonomics already
 * made explicit (implicit dereferences written as {@link Ref} patterns, as in rustc's THIR), and
 * constants already evaluated to literals. Results refer to patterns by object identity, so the
 * caller can map each {@code Pat} object back to its span (records compare structurally, so use
 * an {@link java.util.IdentityHashMap}).
 */
public sealed interface Pat {
    /** {@code _}. */
    record Wild() implements Pat { }

    /** {@code x}, {@code ref mut x}, or {@code x @ p} when {@code sub} is not null. */
    record Binding(String name, Pat sub) implements Pat { }

    /** An integer literal (also a negative one), or an integer constant. */
    record IntLit(BigInteger value) implements Pat { }

    /** {@code true} or {@code false}. */
    record BoolLit(boolean value) implements Pat { }

    /** A char literal, as a Unicode scalar value. */
    record CharLit(int codePoint) implements Pat { }

    /** A string literal; matches a place of type {@code str} or {@code &str}. */
    record StrLit(String value) implements Pat { }

    /** A float literal. */
    record FloatLit(double value) implements Pat { }

    /**
     * An integer or char range {@code lo..=hi}, {@code lo..hi}, {@code lo..} or {@code ..=hi}
     * ({@code null} for an absent bound; chars as code points).
     */
    record Range(BigInteger lo, BigInteger hi, boolean inclusive) implements Pat { }

    /** A float range, with absent bounds as {@code null}. */
    record FloatRange(Double lo, Double hi, boolean inclusive) implements Pat { }

    /** A tuple pattern with every element given ({@code ..} already expanded to wildcards). */
    record Tuple(List<Pat> elements) implements Pat {
        public Tuple {
            elements = List.copyOf(elements);
        }
    }

    /**
     * A struct, tuple-struct, unit or enum variant pattern ({@code S { a, .. }}, {@code Some(x)},
     * {@code Color::Red}, {@code box p}). Fields not listed (because of {@code ..}) are wildcards.
     *
     * @param variant the variant index (0 for a struct)
     * @param fields the written fields, by field index
     */
    record Variant(int variant, List<FieldPat> fields) implements Pat {
        public Variant {
            fields = List.copyOf(fields);
        }
    }

    /** A field of a {@link Variant} pattern. */
    record FieldPat(int index, Pat pat) { }

    /** {@code &p} or {@code &mut p}, also an implicit dereference from match ergonomics. */
    record Ref(Pat sub) implements Pat { }

    /**
     * A slice or array pattern {@code [a, b, .., y, z]}: without a rest pattern when
     * {@code hasRest} is false (then {@code suffix} is empty); {@code x @ ..} is a rest pattern.
     */
    record Slice(List<Pat> prefix, boolean hasRest, List<Pat> suffix) implements Pat {
        public Slice {
            prefix = List.copyOf(prefix);
            suffix = List.copyOf(suffix);
        }
    }

    /** {@code p | q | ...}, anywhere in a pattern. */
    record Or(List<Pat> alternatives) implements Pat {
        public Or {
            alternatives = List.copyOf(alternatives);
        }
    }

    /** A pattern that already had an error: the checker reports nothing for its match. */
    record Error() implements Pat { }

    /** Shorthand for a {@link Variant} pattern whose fields are given in order, from index 0. */
    static Pat variant(int variant, Pat... fields) {
        FieldPat[] fs = new FieldPat[fields.length];
        for (int i = 0; i < fields.length; i++) {
            fs[i] = new FieldPat(i, fields[i]);
        }
        return new Variant(variant, List.of(fs));
    }

    /** Shorthand for an integer literal. */
    static Pat intLit(long value) {
        return new IntLit(BigInteger.valueOf(value));
    }
}
