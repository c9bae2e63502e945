package rac.hir;

/** A pattern. Children are ids into the body's pattern arena. */
public sealed interface Pat {
    /** A pattern that failed to lower. */
    record Missing() implements Pat { }

    /** {@code _}. */
    record Wild() implements Pat { }

    /**
     * A tuple pattern {@code (a, b)}; {@code rest} is the index in {@code elements} where a {@code ..}
     * stands (the elements before it match the first fields, those after it the last), -1 without.
     */
    record Tuple(java.util.List<Integer> elements, int rest) implements Pat {
        public Tuple {
            elements = java.util.List.copyOf(elements);
        }

        public Tuple(java.util.List<Integer> elements) {
            this(elements, -1);
        }
    }

    /**
     * A binding {@code mut name}, {@code ref name}, {@code name @ sub}; {@code binding} is an index
     * into the body's bindings, {@code sub} the subpattern after {@code @} (-1 without).
     */
    record Bind(int binding, int sub) implements Pat {
        public Bind(int binding) {
            this(binding, -1);
        }
    }

    /** A literal pattern ({@code 1}, {@code -1}, {@code 'a'}, {@code "s"}, {@code true}). */
    record Lit(Literal value, boolean negated) implements Pat { }

    /**
     * A range pattern {@code lo..=hi}, {@code lo..hi}, {@code lo..}, {@code ..=hi}: the bounds are
     * ids of {@link Lit} or {@link Const} patterns, -1 when absent.
     */
    record Range(int lo, int hi, boolean inclusive) implements Pat { }

    /** A path to a {@code const} item: matches the const's value. */
    record Const(DefId def) implements Pat { }

    /** {@code &p} or {@code &mut p}. */
    record Ref(boolean mutable, int inner) implements Pat { }

    /**
     * A slice or array pattern {@code [a, b, .., y, z]}: {@code hasRest} when it has a {@code ..}
     * (then {@code suffix} holds the patterns after it), {@code slice} the binding pattern of
     * {@code rest @ ..} (its sub-pattern is -1) or -1.
     */
    record Slice(java.util.List<Integer> prefix, boolean hasRest, int slice, java.util.List<Integer> suffix)
            implements Pat {
        public Slice {
            prefix = java.util.List.copyOf(prefix);
            suffix = java.util.List.copyOf(suffix);
        }
    }

    /** {@code p | q}: the alternatives bind the same bindings (same binding ids). */
    record Or(java.util.List<Integer> alternatives) implements Pat {
        public Or {
            alternatives = java.util.List.copyOf(alternatives);
        }
    }

    /**
     * A struct or enum variant pattern: {@code E::V} / {@code S} ({@code kind} UNIT), {@code V(a, .., b)}
     * (TUPLE: {@code fields} positional, {@code rest} the index of {@code ..} or -1), or
     * {@code S { a, b: p, .. }} (RECORD: {@code names} gives each field's name, {@code rest} is 0 when
     * {@code ..} is present, -1 otherwise). {@code ctor} is the struct's or variant's def, or null for
     * {@code Self} (then {@code selfVariant} names the variant of {@code Self::Variant}, or is null).
     */
    record Adt(DefId ctor, ItemTree.FieldsKind kind, java.util.List<String> names, java.util.List<Integer> fields,
               int rest, String selfVariant) implements Pat {
        public Adt {
            names = java.util.List.copyOf(names);
            fields = java.util.List.copyOf(fields);
        }

        public Adt(DefId ctor, ItemTree.FieldsKind kind, java.util.List<String> names, java.util.List<Integer> fields,
                   int rest) {
            this(ctor, kind, names, fields, rest, null);
        }

        /** The variant index of this pattern in the matched enum {@code adtVariants} (by ctor or by name). */
        public int variantIn(java.util.function.ToIntFunction<DefId> byCtor,
                             java.util.function.ToIntFunction<String> byName) {
            if (ctor != null) {
                return byCtor.applyAsInt(ctor);
            }
            return selfVariant != null ? byName.applyAsInt(selfVariant) : 0;
        }
    }
}
