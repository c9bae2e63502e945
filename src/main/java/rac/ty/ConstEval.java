package rac.ty;

import java.math.BigInteger;
import java.util.List;
import java.util.function.Function;
import rac.base.IntTy;
import rac.diag.Diagnostic;
import rac.hir.BinaryOp;
import rac.hir.Body;
import rac.hir.DefId;
import rac.hir.Expr;
import rac.hir.Literal;
import rac.hir.RelDiagnostic;
import rac.hir.RelRange;

/**
 * Evaluates a `const` initializer at compile time: integer and bool literals, arithmetic with
 * rustc's overflow error (E0080), comparisons, logic, integer casts and other consts. Values are
 * two's-complement integers (bools are 0/1) normalized to their type.
 */
public final class ConstEval {
    /** A constant's value, or the errors that stopped its evaluation. */
    public record Result(BigInteger value, List<RelDiagnostic> errors, String str) {
        public Result {
            errors = List.copyOf(errors);
        }

        public Result(BigInteger value, List<RelDiagnostic> errors) {
            this(value, errors, null);
        }
    }

    /** Thrown inside the evaluator to stop at the first error. */
    private static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient RelDiagnostic diagnostic;

        Failure(RelDiagnostic diagnostic) {
            super(null, null, false, false);
            this.diagnostic = diagnostic;
        }
    }

    private final Body body;
    private final InferenceResult types;
    private final String name;
    private final Function<DefId, BigInteger> consts;

    private ConstEval(Body body, InferenceResult types, String name, Function<DefId, BigInteger> consts) {
        this.body = body;
        this.types = types;
        this.name = name;
        this.consts = consts;
    }

    /**
     * Evaluates the const named {@code name}; {@code consts} gives the value of another const (null
     * when that one failed, which stops this one silently).
     */
    public static Result evaluate(Body body, InferenceResult types, String name, Function<DefId, BigInteger> consts) {
        ConstEval e = new ConstEval(body, types, name, consts);
        Expr root = body.expr(body.root());
        while (root instanceof Expr.Block b && b.stmts().isEmpty() && b.tail() >= 0) {
            root = body.expr(b.tail());
        }
        if (root instanceof Expr.Lit l && l.value() instanceof Literal.Str str) {
            // A `&'static str` constant: its text.
            return new Result(BigInteger.ZERO, List.of(), str.value());
        }
        try {
            BigInteger v = e.eval(body.root());
            return new Result(v, List.of());
        } catch (Failure f) {
            return new Result(null, f.diagnostic == null ? List.of() : List.of(f.diagnostic));
        }
    }

    private BigInteger eval(int id) {
        Expr e = body.expr(id);
        Ty ty = types.exprType(id);
        if (ty instanceof Ty.Float f && !(e instanceof Expr.ConstRef)) {
            return floatBits(evalFloat(id), f);
        }
        return switch (e) {
            case Expr.Lit l -> switch (l.value()) {
                case Literal.Int i -> normalize(i.value(), ty);
                case Literal.Bool b -> b.value() ? BigInteger.ONE : BigInteger.ZERO;
                case Literal.Char c -> BigInteger.valueOf(c.value());
                default -> unsupported(id);
            };
            case Expr.ConstRef c -> {
                BigInteger v = consts.apply(c.def());
                if (v == null) {
                    throw new Failure(null);
                }
                yield v;
            }
            case Expr.Unary u -> {
                BigInteger v = eval(u.operand());
                yield switch (u.op()) {
                    case NEG -> checked(v.negate(), ty, id, "-" , v, null);
                    case NOT -> ty instanceof Ty.Bool ? (v.signum() == 0 ? BigInteger.ONE : BigInteger.ZERO)
                            : normalize(v.not(), ty);
                    case DEREF -> unsupported(id);
                };
            }
            case Expr.Binary b -> binary(id, b, ty);
            case Expr.Cast c -> {
                BigInteger v = eval(c.expr());
                Ty from = types.exprType(c.expr());
                if (from instanceof Ty.Float ff && ty instanceof Ty.Int it) {
                    yield normalize(saturate(floatValue(v, ff), it.kind()), ty);
                }
                yield ty instanceof Ty.Int ? normalize(signedValue(v, from), ty) : unsupported(id);
            }
            case Expr.Block b -> b.stmts().isEmpty() && b.tail() >= 0 ? eval(b.tail()) : unsupported(id);
            default -> unsupported(id);
        };
    }

    private BigInteger binary(int id, Expr.Binary b, Ty ty) {
        if (b.op() == BinaryOp.AND || b.op() == BinaryOp.OR) {
            boolean l = eval(b.lhs()).signum() != 0;
            if (b.op() == BinaryOp.AND ? !l : l) {
                return l ? BigInteger.ONE : BigInteger.ZERO;
            }
            return eval(b.rhs()).signum() != 0 ? BigInteger.ONE : BigInteger.ZERO;
        }
        BigInteger l = eval(b.lhs());
        BigInteger r = eval(b.rhs());
        Ty operandTy = types.exprType(b.lhs());
        if (b.op().isComparison() && operandTy instanceof Ty.Float f) {
            double x = floatValue(l, f);
            double y = floatValue(r, f);
            boolean v = switch (b.op()) {
                case EQ -> x == y;
                case NE -> x != y;
                case LT -> x < y;
                case LE -> x <= y;
                case GT -> x > y;
                default -> x >= y;
            };
            return v ? BigInteger.ONE : BigInteger.ZERO;
        }
        if (b.op().isComparison()) {
            int c = signedValue(l, operandTy).compareTo(signedValue(r, operandTy));
            boolean v = switch (b.op()) {
                case EQ -> c == 0;
                case NE -> c != 0;
                case LT -> c < 0;
                case LE -> c <= 0;
                case GT -> c > 0;
                default -> c >= 0;
            };
            return v ? BigInteger.ONE : BigInteger.ZERO;
        }
        if (!(ty instanceof Ty.Int it)) {
            return switch (b.op()) {
                case BIT_AND -> l.and(r);
                case BIT_OR -> l.or(r);
                case BIT_XOR -> l.xor(r);
                default -> unsupported(id);
            };
        }
        BigInteger sl = signedValue(l, ty);
        BigInteger sr = signedValue(r, ty);
        return switch (b.op()) {
            case ADD -> checked(sl.add(sr), ty, id, "+", l, r);
            case SUB -> checked(sl.subtract(sr), ty, id, "-", l, r);
            case MUL -> checked(sl.multiply(sr), ty, id, "*", l, r);
            case DIV, REM -> {
                if (sr.signum() == 0) {
                    throw new Failure(error(id, b.op() == BinaryOp.DIV
                            ? "attempt to divide `" + show(l, ty) + "` by zero"
                            : "attempt to calculate the remainder of `" + show(l, ty) + "` with a divisor of zero"));
                }
                BigInteger q = b.op() == BinaryOp.DIV ? sl.divide(sr) : sl.remainder(sr);
                yield checked(q, ty, id, b.op() == BinaryOp.DIV ? "/" : "%", l, r);
            }
            case BIT_AND -> normalize(l.and(r), ty);
            case BIT_OR -> normalize(l.or(r), ty);
            case BIT_XOR -> normalize(l.xor(r), ty);
            case SHL, SHR -> {
                int bits = it.kind().bits();
                if (sr.signum() < 0 || sr.compareTo(BigInteger.valueOf(bits)) >= 0) {
                    throw new Failure(error(id, "attempt to shift " + (b.op() == BinaryOp.SHL ? "left" : "right")
                            + " by `" + show(r, types.exprType(b.rhs())) + "`, which would overflow"));
                }
                int n = sr.intValue();
                yield normalize(b.op() == BinaryOp.SHL ? sl.shiftLeft(n) : sl.shiftRight(n), ty);
            }
            default -> unsupported(id);
        };
    }

    /** Evaluates an expression of float type (f32 results are rounded to f32 after each operation). */
    private double evalFloat(int id) {
        Expr e = body.expr(id);
        Ty ty = types.exprType(id);
        boolean f32 = ty instanceof Ty.Float f && f.bits() == 32;
        double v = switch (e) {
            case Expr.Lit l when l.value() instanceof Literal.Float lf -> f32 ? Float.parseFloat(lf.text())
                    : Double.parseDouble(lf.text());
            case Expr.ConstRef c -> floatValue(eval(id), (Ty.Float) ty);
            case Expr.Unary u when u.op() == rac.hir.UnaryOp.NEG -> -evalFloat(u.operand());
            case Expr.Binary b when !b.op().isComparison() && !b.op().isLazy() -> {
                double l = evalFloat(b.lhs());
                double r = evalFloat(b.rhs());
                yield switch (b.op()) {
                    case ADD -> l + r;
                    case SUB -> l - r;
                    case MUL -> l * r;
                    case DIV -> l / r;
                    case REM -> l % r;
                    default -> {
                        unsupported(id);
                        yield 0;
                    }
                };
            }
            case Expr.Cast c -> {
                Ty from = types.exprType(c.expr());
                BigInteger bits = eval(c.expr());
                if (from instanceof Ty.Float ff) {
                    yield floatValue(bits, ff);
                }
                if (from instanceof Ty.Int) {
                    yield new java.math.BigDecimal(signedValue(bits, from)).doubleValue();
                }
                unsupported(id);
                yield 0;
            }
            case Expr.Block b when b.stmts().isEmpty() && b.tail() >= 0 -> evalFloat(b.tail());
            default -> {
                unsupported(id);
                yield 0;
            }
        };
        return f32 ? (double) (float) v : v;
    }

    /** The IEEE bits of a float value of the given type, as an unsigned integer. */
    private static BigInteger floatBits(double v, Ty.Float f) {
        return f.bits() == 32 ? BigInteger.valueOf(Float.floatToRawIntBits((float) v) & 0xFFFFFFFFL)
                : new BigInteger(Long.toUnsignedString(Double.doubleToRawLongBits(v)));
    }

    private static double floatValue(BigInteger bits, Ty.Float f) {
        return f.bits() == 32 ? Float.intBitsToFloat(bits.intValue()) : Double.longBitsToDouble(bits.longValue());
    }

    /** Rust's saturating float-to-int cast (NaN is 0). */
    private static BigInteger saturate(double v, IntTy t) {
        if (Double.isNaN(v)) {
            return BigInteger.ZERO;
        }
        BigInteger min = t.signed() ? BigInteger.ONE.shiftLeft(t.bits() - 1).negate() : BigInteger.ZERO;
        BigInteger max = t.signed() ? BigInteger.ONE.shiftLeft(t.bits() - 1).subtract(BigInteger.ONE)
                : BigInteger.ONE.shiftLeft(t.bits()).subtract(BigInteger.ONE);
        if (Double.isInfinite(v)) {
            return v > 0 ? max : min;
        }
        BigInteger x = new java.math.BigDecimal(v).toBigInteger();
        return x.max(min).min(max);
    }

    /** The value if it fits the type, else rustc's E0080 overflow error. */
    private BigInteger checked(BigInteger exact, Ty ty, int id, String op, BigInteger l, BigInteger r) {
        if (ty instanceof Ty.Int it && !fits(exact, it.kind())) {
            String what = r == null ? "-" + show(l, ty) : show(l, ty) + " " + op + " " + show(r, ty);
            throw new Failure(error(id, "attempt to compute `" + what + "`, which would overflow"));
        }
        return normalize(exact, ty);
    }

    private static boolean fits(BigInteger v, IntTy t) {
        BigInteger min = t.signed() ? BigInteger.ONE.shiftLeft(t.bits() - 1).negate() : BigInteger.ZERO;
        BigInteger max = t.signed() ? BigInteger.ONE.shiftLeft(t.bits() - 1).subtract(BigInteger.ONE)
                : BigInteger.ONE.shiftLeft(t.bits()).subtract(BigInteger.ONE);
        return v.compareTo(min) >= 0 && v.compareTo(max) <= 0;
    }

    /** Two's-complement bits of {@code v} in the type's width (unsigned representation). */
    static BigInteger normalize(BigInteger v, Ty ty) {
        if (ty instanceof Ty.Int it) {
            return v.mod(BigInteger.ONE.shiftLeft(it.kind().bits()));
        }
        return v;
    }

    /** The mathematical value of stored bits. */
    static BigInteger signedValue(BigInteger bits, Ty ty) {
        if (ty instanceof Ty.Int it && it.kind().signed() && bits.testBit(it.kind().bits() - 1)) {
            return bits.subtract(BigInteger.ONE.shiftLeft(it.kind().bits()));
        }
        return bits;
    }

    /** A value as rustc prints it in const-eval messages: `200_u8`, `i32::MAX`. */
    private static String show(BigInteger bits, Ty ty) {
        if (ty instanceof Ty.Int it) {
            BigInteger v = signedValue(bits, ty);
            IntTy k = it.kind();
            if (k.bits() <= 64 && !k.signed() && bits.equals(BigInteger.ONE.shiftLeft(k.bits()).subtract(BigInteger.ONE))) {
                return k.rustName() + "::MAX";
            }
            if (k.signed() && v.equals(BigInteger.ONE.shiftLeft(k.bits() - 1).subtract(BigInteger.ONE))) {
                return k.rustName() + "::MAX";
            }
            if (k.signed() && v.equals(BigInteger.ONE.shiftLeft(k.bits() - 1).negate())) {
                return k.rustName() + "::MIN";
            }
            return v + "_" + k.rustName();
        }
        return bits.toString();
    }

    private RelDiagnostic error(int id, String message) {
        RelRange r = body.exprRange(id);
        return new RelDiagnostic(Diagnostic.error(message).code("E0080")
                .primary(RelDiagnostic.rel(r.start(), r.end()), "evaluation of `" + name + "` failed here").build());
    }

    private BigInteger unsupported(int id) {
        RelRange r = body.exprRange(id);
        throw new Failure(RelDiagnostic.error(null, "this constant expression is not supported by rac yet", r, "",
                List.of()));
    }
}
