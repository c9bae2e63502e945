package rac.codegen;

import rac.ty.Ty;

/** How rac types are laid out in LLVM IR. */
final class Types {
    private Types() {
    }

    static boolean isZeroSized(Ty t) {
        return switch (t) {
            case Ty.Tuple tu -> tu.elements().stream().allMatch(Types::isZeroSized);
            case Ty.Never n -> true;
            case Ty.Error e -> true;
            default -> false;
        };
    }

    /** The type of an SSA value of this type. */
    static String valueType(Ty t) {
        return switch (t) {
            case Ty.Int i -> "i" + i.kind().bits();
            case Ty.Bool b -> "i1";
            case Ty.Char c -> "i32";
            case Ty.Float f -> f.bits() == 32 ? "float" : "double";
            case Ty.Ref r -> r.pointee() instanceof Ty.Str ? "{ ptr, i64 }" : "ptr";
            case Ty.Tuple tu -> memoryType(t);
            default -> throw new IllegalStateException("no LLVM value type for " + Ty.display(t));
        };
    }

    /** The type of this type's storage in memory ({@code bool} is a byte). */
    static String memoryType(Ty t) {
        return switch (t) {
            case Ty.Bool b -> "i8";
            case Ty.Tuple tu -> {
                StringBuilder sb = new StringBuilder("{ ");
                boolean first = true;
                for (Ty e : tu.elements()) {
                    if (!first) {
                        sb.append(", ");
                    }
                    first = false;
                    sb.append(isZeroSized(e) ? "{}" : memoryType(e));
                }
                yield sb.append(first ? "}" : " }").toString();
            }
            default -> valueType(t);
        };
    }

    /** The LLVM return type of a function returning {@code t}. */
    static String returnType(Ty t) {
        return isZeroSized(t) ? "void" : valueType(t);
    }

    static int bits(Ty t) {
        return switch (t) {
            case Ty.Int i -> i.kind().bits();
            case Ty.Bool b -> 1;
            case Ty.Char c -> 32;
            default -> throw new IllegalStateException("not a scalar: " + Ty.display(t));
        };
    }
}
