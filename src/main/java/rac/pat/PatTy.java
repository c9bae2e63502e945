package rac.pat;

import java.util.List;
import java.util.stream.Collectors;
import rac.base.IntTy;

/**
 * The type of a matched place, as far as exhaustiveness checking needs it. {@link #display()} is
 * the type as rustc prints it in "the matched value is of type `...`".
 */
public sealed interface PatTy {
    /** The type as rustc prints it. */
    String display();

    /** {@code bool}. */
    record Bool() implements PatTy {
        public String display() {
            return "bool";
        }
    }

    /** {@code char}. */
    record Char() implements PatTy {
        public String display() {
            return "char";
        }
    }

    /** A primitive integer type. {@code usize}/{@code isize} are never exhaustively matched by finite ranges. */
    record Int(IntTy kind) implements PatTy {
        public String display() {
            return kind.rustName();
        }
    }

    /** {@code f32} / {@code f64}: only literal and range patterns, never exhaustive without a wildcard. */
    record Float(int bits) implements PatTy {
        public String display() {
            return "f" + bits;
        }
    }

    /** {@code str}: only string literal patterns (usually below a {@link Ref}). */
    record Str() implements PatTy {
        public String display() {
            return "str";
        }
    }

    /** {@code &T} or {@code &mut T}. */
    record Ref(boolean mutable, PatTy pointee) implements PatTy {
        public String display() {
            return (mutable ? "&mut " : "&") + pointee.display();
        }
    }

    /** A tuple; the empty tuple is unit. */
    record Tuple(List<PatTy> elements) implements PatTy {
        public Tuple {
            elements = List.copyOf(elements);
        }

        public String display() {
            if (elements.size() == 1) {
                return "(" + elements.get(0).display() + ",)";
            }
            return elements.stream().map(PatTy::display).collect(Collectors.joining(", ", "(", ")"));
        }
    }

    /** {@code [T; N]}. */
    record Array(PatTy element, int length) implements PatTy {
        public String display() {
            return "[" + element.display() + "; " + length + "]";
        }
    }

    /** {@code [T]} (unsized; usually below a {@link Ref}). */
    record Slice(PatTy element) implements PatTy {
        public String display() {
            return "[" + element.display() + "]";
        }
    }

    /**
     * A struct or enum (also {@code Box<T>}, described as a struct whose fields the type checker
     * chooses). The definition is asked lazily, so recursive types are fine.
     */
    record Adt(AdtDef def) implements PatTy {
        public String display() {
            return def.typeName();
        }
    }

    /** The never type {@code !}: no values. */
    record Never() implements PatTy {
        public String display() {
            return "!";
        }
    }

    /** A type whose values can only be matched by wildcards and bindings (closures, raw pointers, ...). */
    record Opaque(String name) implements PatTy {
        public String display() {
            return name;
        }
    }
}
