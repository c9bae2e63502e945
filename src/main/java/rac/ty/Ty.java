package rac.ty;

import rac.base.IntTy;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A Rust type. Records give structural equality; inference variables appear only inside an
 * inference run and are resolved away in its results.
 */
public sealed interface Ty {
    /** An integer type like {@code i32}. */
    record Int(IntTy kind) implements Ty { }

    /** {@code f32} or {@code f64}. */
    record Float(int bits) implements Ty { }

    /** {@code bool}. */
    record Bool() implements Ty { }

    /** {@code char}. */
    record Char() implements Ty { }

    /** {@code str} (unsized). */
    record Str() implements Ty { }

    /** {@code !}. */
    record Never() implements Ty { }

    /** A tuple; the empty tuple is unit. */
    record Tuple(List<Ty> elements) implements Ty {
        public Tuple {
            elements = List.copyOf(elements);
        }
    }

    /** {@code &T} or {@code &mut T}. */
    record Ref(boolean mutable, Ty pointee) implements Ty { }

    /**
     * A struct or enum: its definition, its name (for display) and its generic arguments (none yet).
     */
    record Adt(rac.hir.DefId def, String name, List<Ty> args) implements Ty {
        public Adt {
            args = List.copyOf(args);
        }
    }

    /** {@code [T; N]}. */
    record Array(Ty element, long len) implements Ty { }

    /** {@code [T]} (unsized). */
    record Slice(Ty element) implements Ty { }

    /**
     * A generic type parameter of the item being checked: its index in the item's generics (the
     * parent impl's parameters first) and its name.
     */
    record Param(int index, String name) implements Ty { }

    /** An inference variable: general, or restricted to integers or floats. */
    record Infer(int var, InferKind kind) implements Ty { }

    /** The type of an expression that already had an error; unifies with anything, silently. */
    record Error() implements Ty { }

    /** What an inference variable may become. */
    enum InferKind { GENERAL, INT, FLOAT }

    Ty UNIT = new Tuple(List.of());
    Ty BOOL = new Bool();
    Ty CHAR = new Char();
    Ty STR = new Str();
    Ty NEVER = new Never();
    Ty ERROR = new Error();
    Ty I32 = new Int(IntTy.I32);
    Ty STR_REF = new Ref(false, STR);
    Ty USIZE = new Int(IntTy.USIZE);

    /** The type as rustc prints it in diagnostics. */
    static String display(Ty t) {
        return switch (t) {
            case Int i -> i.kind().rustName();
            case Float f -> "f" + f.bits();
            case Bool b -> "bool";
            case Char c -> "char";
            case Str s -> "str";
            case Never n -> "!";
            case Tuple tu -> tu.elements().size() == 1
                    ? "(" + display(tu.elements().get(0)) + ",)"
                    : tu.elements().stream().map(Ty::display).collect(Collectors.joining(", ", "(", ")"));
            case Ref r -> (r.mutable() ? "&mut " : "&") + display(r.pointee());
            case Array a -> "[" + display(a.element()) + "; " + a.len() + "]";
            case Param p -> p.name();
            case Slice sl -> "[" + display(sl.element()) + "]";
            case Adt a -> a.args().isEmpty() ? a.name()
                    : a.name() + a.args().stream().map(Ty::display).collect(Collectors.joining(", ", "<", ">"));
            case Infer v -> switch (v.kind()) {
                case INT -> "{integer}";
                case FLOAT -> "{float}";
                case GENERAL -> "_";
            };
            case Error e -> "{type error}";
        };
    }

    /** {@code t} with every generic parameter {@code Param(i)} replaced by {@code args[i]}. */
    static Ty subst(Ty t, List<Ty> args) {
        if (args.isEmpty()) {
            return t;
        }
        return switch (t) {
            case Param p -> p.index() < args.size() ? args.get(p.index()) : t;
            case Tuple tu -> new Tuple(tu.elements().stream().map(e -> subst(e, args)).toList());
            case Ref r -> new Ref(r.mutable(), subst(r.pointee(), args));
            case Array a -> new Array(subst(a.element(), args), a.len());
            case Slice sl -> new Slice(subst(sl.element(), args));
            case Adt a -> a.args().isEmpty() ? a : new Adt(a.def(), a.name(), a.args().stream().map(e -> subst(e, args))
                    .toList());
            default -> t;
        };
    }

    /** Whether {@code t} mentions a generic parameter. */
    static boolean hasParams(Ty t) {
        return switch (t) {
            case Param p -> true;
            case Tuple tu -> tu.elements().stream().anyMatch(Ty::hasParams);
            case Ref r -> hasParams(r.pointee());
            case Array a -> hasParams(a.element());
            case Slice sl -> hasParams(sl.element());
            case Adt a -> a.args().stream().anyMatch(Ty::hasParams);
            default -> false;
        };
    }

    static boolean isUnit(Ty t) {
        return t instanceof Tuple tu && tu.elements().isEmpty();
    }
}
