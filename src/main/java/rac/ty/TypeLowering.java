package rac.ty;

import rac.base.IntTy;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import rac.hir.TypeRef;

/** Resolves written types ({@link TypeRef}) to {@link Ty}, reporting unknown names. */
public final class TypeLowering {
    private TypeLowering() {
    }

    /** A problem with a written type, as rustc words it: error code (or null), message, label. */
    public record Problem(String code, String message, String label) { }

    /**
     * Resolves a type path in the scope where the type is written: returns the type, or null when
     * the path names nothing there (primitive types are the fallback for single names), reporting
     * other problems through {@code onError}.
     */
    public interface TypeScope {
        Ty resolve(List<String> path, Consumer<Problem> onError);

        /** The value of the const named by {@code path} (an array length), or null with a problem reported. */
        default java.math.BigInteger constValue(List<String> path, Consumer<Problem> onError) {
            onError.accept(new Problem("E0425", "cannot find value `" + String.join("::", path) + "` in this scope",
                    "not found in this scope"));
            return null;
        }

        /**
         * Applies written generic arguments to a resolved struct or enum, checking their number;
         * {@code args} is empty when none were written.
         */
        default Ty applyArgs(Ty.Adt adt, List<Ty> args, Consumer<Problem> onError) {
            return args.isEmpty() ? adt : new Ty.Adt(adt.def(), adt.name(), args);
        }

        /**
         * The associated type {@code name} of {@code self} (through {@code trait} when written,
         * else through the traits {@code self} is bounded by), or ERROR with a problem reported.
         */
        default Ty assocType(Ty self, TypeRef trait, String name, Consumer<Problem> onError) {
            onError.accept(new Problem(null, "associated types are not supported by rac yet", ""));
            return Ty.ERROR;
        }

        /** A scope with no items: only primitive types resolve. */
        TypeScope EMPTY = (path, onError) -> null;
    }

    /**
     * Lowers a type reference; {@code onError} receives each problem (an unresolved name, or a
     * type form rac does not support yet) and the result is then {@link Ty#ERROR}.
     */
    public static Ty lower(TypeRef ref, Consumer<Problem> onError) {
        return lower(ref, TypeScope.EMPTY, onError);
    }

    /** Lowers a type reference written in {@code scope}. */
    public static Ty lower(TypeRef ref, TypeScope scope, Consumer<Problem> onError) {
        return switch (ref) {
            case null -> Ty.UNIT;
            case TypeRef.Path p -> lowerPath(p, scope, onError);
            case TypeRef.Ref r -> {
                Ty inner = lower(r.pointee(), scope, onError);
                yield inner instanceof Ty.Error ? inner : new Ty.Ref(r.mutable(), inner);
            }
            case TypeRef.Tuple t -> {
                List<Ty> elems = new ArrayList<>();
                for (TypeRef e : t.elements()) {
                    elems.add(lower(e, scope, onError));
                }
                yield new Ty.Tuple(elems);
            }
            case TypeRef.Slice sl -> {
                Ty inner = lower(sl.element(), scope, onError);
                yield inner instanceof Ty.Error ? inner : new Ty.Slice(inner);
            }
            case TypeRef.Array a -> {
                Ty inner = lower(a.element(), scope, onError);
                java.math.BigInteger len = a.len() != null ? a.len() : scope.constValue(a.lenPath(), onError);
                if (inner instanceof Ty.Error || len == null) {
                    yield Ty.ERROR;
                }
                yield new Ty.Array(inner, len.longValue());
            }
            case TypeRef.Never n -> Ty.NEVER;
            case TypeRef.Infer i -> Ty.ERROR;
            case TypeRef.ImplTrait it -> {
                onError.accept(new Problem(null, "`impl Trait` in this position is not supported by rac yet", ""));
                yield Ty.ERROR;
            }
            case TypeRef.Assoc as -> {
                Ty self = lower(as.self(), scope, onError);
                yield self instanceof Ty.Error ? self : scope.assocType(self, as.trait(), as.name(), onError);
            }
            case TypeRef.Unsupported u -> {
                onError.accept(new Problem(null, "the type `" + u.text() + "` is not supported by rac yet", ""));
                yield Ty.ERROR;
            }
        };
    }

    private static Ty lowerPath(TypeRef.Path p, TypeScope scope, Consumer<Problem> onError) {
        boolean[] reported = {false};
        Ty item = scope.resolve(p.segments(), problem -> {
            reported[0] = true;
            onError.accept(problem);
        });
        if (item instanceof Ty.Adt adt && adt.args().isEmpty()) {
            List<Ty> args = new ArrayList<>();
            for (TypeRef a : p.args()) {
                args.add(lower(a, scope, onError));
            }
            return scope.applyArgs(adt, args, onError);
        }
        if (item != null) {
            if (!p.args().isEmpty() && !(item instanceof Ty.Error)) {
                onError.accept(new Problem("E0109", "type arguments are not allowed on this type", ""));
            }
            return item;
        }
        if (reported[0]) {
            return Ty.ERROR;
        }
        if (p.segments().size() == 1) {
            String n = p.segments().get(0);
            IntTy it = IntTy.byName(n);
            if (it != null) {
                return new Ty.Int(it);
            }
            switch (n) {
                case "bool":
                    return Ty.BOOL;
                case "char":
                    return Ty.CHAR;
                case "str":
                    return Ty.STR;
                case "f32":
                    return new Ty.Float(32);
                case "f64":
                    return new Ty.Float(64);
                default:
                    break;
            }
        }
        String name = String.join("::", p.segments());
        onError.accept(new Problem("E0425", "cannot find type `" + name + "` in this scope", "not found in this scope"));
        return Ty.ERROR;
    }
}
