package rac.hir;

import java.util.List;

/** A type as written in source, before it is resolved to a {@code rac.ty.Ty}. */
public sealed interface TypeRef {
    /**
     * A path like {@code i32} or {@code std::string::String}, with the generic arguments of its last
     * segment ({@code Vec<u8>}; empty when none are written).
     */
    record Path(List<String> segments, List<TypeRef> args) implements TypeRef {
        public Path {
            segments = List.copyOf(segments);
            args = List.copyOf(args);
        }

        public Path(List<String> segments) {
            this(segments, List.of());
        }
    }

    /** {@code &T} / {@code &mut T}. */
    record Ref(boolean mutable, TypeRef pointee) implements TypeRef { }

    /** {@code (A, B)}; {@code ()} is unit. */
    record Tuple(List<TypeRef> elements) implements TypeRef { }

    /**
     * {@code [T; N]}: the length is an integer literal ({@code len}) or the path of a const
     * ({@code lenPath}); both null when it is some other expression.
     */
    record Array(TypeRef element, java.math.BigInteger len, List<String> lenPath) implements TypeRef { }

    /** {@code [T]}. */
    record Slice(TypeRef element) implements TypeRef { }

    /** {@code !}. */
    record Never() implements TypeRef { }

    /** {@code _}. */
    record Infer() implements TypeRef { }

    /**
     * {@code impl Trait} in argument position: an anonymous type parameter bounded by
     * {@code bounds} ({@code index} numbers the function's {@code impl Trait} parameters).
     */
    record ImplTrait(List<TypeRef> bounds, int index) implements TypeRef {
        public ImplTrait {
            bounds = List.copyOf(bounds);
        }
    }

    /**
     * An associated type of a type: {@code <T as Trait>::Name} ({@code trait} non-null) or
     * {@code T::Name} / {@code Self::Name} ({@code trait} null: found through the bounds of T).
     */
    record Assoc(TypeRef self, TypeRef trait, String name) implements TypeRef { }

    /** A type form rac does not support yet (the text is kept for the message). */
    record Unsupported(String text) implements TypeRef { }
}
