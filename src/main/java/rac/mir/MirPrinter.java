package rac.mir;

import java.math.BigInteger;
import java.util.function.Function;
import rac.hir.DefId;
import rac.base.IntTy;
import rac.ty.Ty;

/** Prints MIR in the shape of rustc's {@code -Z unpretty=mir} output. */
public final class MirPrinter {
    private MirPrinter() {
    }

    /** The header rustc prints before the functions. */
    public static final String HEADER = """
            // WARNING: This output format is intended for human consumers only
            // and is subject to change without notice. Knock yourself out.
            // HINT: See also -Z dump-mir for MIR at specific points during compilation.
            """;

    /** Prints one function; {@code names} gives the path of a called function. */
    public static String print(MirBody body, Function<DefId, String> names) {
        StringBuilder sb = new StringBuilder();
        sb.append("fn ").append(body.name()).append('(');
        for (int i = 1; i <= body.argCount(); i++) {
            if (i > 1) {
                sb.append(", ");
            }
            sb.append('_').append(i).append(": ").append(Ty.display(body.locals().get(i).ty()));
        }
        sb.append(") -> ").append(Ty.display(body.locals().get(0).ty())).append(" {\n");
        for (int i = 1; i < body.locals().size(); i++) {
            LocalDecl d = body.locals().get(i);
            if (d.name() != null) {
                sb.append("    debug ").append(d.name()).append(" => _").append(i).append(";\n");
            }
        }
        for (int i = 0; i < body.locals().size(); i++) {
            if (i >= 1 && i <= body.argCount()) {
                continue;
            }
            LocalDecl d = body.locals().get(i);
            sb.append("    let ").append(d.mutable() ? "mut " : "").append('_').append(i).append(": ")
                    .append(Ty.display(d.ty())).append(";\n");
        }
        for (int b = 0; b < body.blocks().size(); b++) {
            BasicBlock block = body.blocks().get(b);
            sb.append("\n    bb").append(b).append(": {\n");
            for (Statement s : block.statements()) {
                sb.append("        ").append(statement(s)).append(";\n");
            }
            sb.append("        ").append(terminator(block.terminator(), names)).append(";\n    }\n");
        }
        sb.append("}\n\n");
        return sb.toString();
    }

    private static String statement(Statement s) {
        return switch (s) {
            case Statement.Assign a -> place(a.place()) + " = " + rvalue(a.rvalue());
            case Statement.StorageLive l -> "StorageLive(_" + l.local() + ")";
            case Statement.StorageDead d -> "StorageDead(_" + d.local() + ")";
        };
    }

    static String place(Place p) {
        String s = "_" + p.local();
        for (Place.Projection proj : p.projections()) {
            s = switch (proj) {
                case Place.Projection.Field f -> "(" + s + "." + f.index() + ": " + Ty.display(f.ty()) + ")";
                case Place.Projection.Deref d -> "(*" + s + ")";
                case Place.Projection.Index ix -> s + "[_" + ix.index() + "]";
                case Place.Projection.Downcast dc -> "(" + s + " as variant#" + dc.variant() + ")";
            };
        }
        return s;
    }

    static String operand(Operand o) {
        return switch (o) {
            case Operand.Copy c -> "copy " + place(c.place());
            case Operand.Move m -> "move " + place(m.place());
            case Operand.Constant c -> "const " + constant(c.value(), c.ty());
        };
    }

    private static String constant(ConstValue v, Ty ty) {
        return switch (v) {
            case ConstValue.Scalar s -> {
                if (ty instanceof Ty.Bool) {
                    yield s.bits().signum() != 0 ? "true" : "false";
                }
                if (ty instanceof Ty.Int it) {
                    yield intText(s.bits(), it.kind());
                }
                if (ty instanceof Ty.Float f) {
                    double d = f.bits() == 32 ? Float.intBitsToFloat(s.bits().intValue())
                            : Double.longBitsToDouble(s.bits().longValue());
                    yield (f.bits() == 32 ? Float.toString((float) d) : Double.toString(d)) + "_f" + f.bits();
                }
                yield s.bits().toString();
            }
            case ConstValue.Str s -> "\"" + s.value().replace("\\", "\\\\").replace("\"", "\\\"")
                    .replace("\n", "\\n") + "\"";
            case ConstValue.ZeroSized z -> "()";
            case ConstValue.Fn f -> f.name() == null ? "fn" : f.name();
            case ConstValue.Promoted pr -> "&promoted";
        };
    }

    private static String intText(BigInteger bits, IntTy kind) {
        BigInteger mod = BigInteger.ONE.shiftLeft(kind.bits());
        BigInteger v = bits.mod(mod);
        if (kind.signed() && v.testBit(kind.bits() - 1)) {
            v = v.subtract(mod);
        }
        if (kind.signed() && kind.bits() <= 64 && v.longValue() == kind.minValue()) {
            return kind.rustName() + "::MIN";
        }
        if (kind.bits() <= 64 && v.equals(BigInteger.valueOf(kind.maxValue()).mod(mod)) && kind.bits() < 64) {
            return kind.rustName() + "::MAX";
        }
        return v + "_" + kind.rustName();
    }

    private static String rvalue(Rvalue r) {
        return switch (r) {
            case Rvalue.Use u -> operand(u.operand());
            case Rvalue.BinaryOp b -> binName(b.op()) + "(" + operand(b.lhs()) + ", " + operand(b.rhs()) + ")";
            case Rvalue.CheckedBinaryOp c -> binName(c.op()) + "WithOverflow(" + operand(c.lhs()) + ", "
                    + operand(c.rhs()) + ")";
            case Rvalue.UnaryOp u -> (u.op() == rac.hir.UnaryOp.NEG ? "Neg" : "Not") + "(" + operand(u.operand()) + ")";
            case Rvalue.Tuple t -> {
                StringBuilder sb = new StringBuilder("(");
                for (int i = 0; i < t.operands().size(); i++) {
                    if (i > 0) {
                        sb.append(", ");
                    }
                    sb.append(operand(t.operands().get(i)));
                }
                yield sb.append(t.operands().size() == 1 ? ",)" : ")").toString();
            }
            case Rvalue.Cast c -> operand(c.operand()) + " as " + Ty.display(c.target()) + " (IntToInt)";
            case Rvalue.Ref ref -> (ref.mutable() ? "&mut " : "&") + place(ref.place());
            case Rvalue.Aggregate a -> {
                StringBuilder sb = new StringBuilder(a.adt().name()).append("::<variant#").append(a.variant())
                        .append(">(");
                for (int i = 0; i < a.fields().size(); i++) {
                    sb.append(i > 0 ? ", " : "").append(operand(a.fields().get(i)));
                }
                yield sb.append(')').toString();
            }
            case Rvalue.Discriminant d -> "discriminant(" + place(d.place()) + ")";
            case Rvalue.Array a -> "[" + String.join(", ", a.elements().stream().map(MirPrinter::operand).toList()) + "]";
            case Rvalue.Repeat rep -> "[" + operand(rep.value()) + "; " + rep.count() + "]";
            case Rvalue.Len l -> "Len(" + place(l.place()) + ")";
            case Rvalue.Intrinsic in -> in.function() + "("
                    + String.join(", ", in.args().stream().map(MirPrinter::operand).toList()) + ")";
            case Rvalue.Unsize u -> operand(u.operand()) + " as " + Ty.display(u.target()) + " (PointerCoercion(Unsize))";
            case Rvalue.SubSlice ss -> "&" + place(ss.place()) + "[" + operand(ss.start()) + ".." + operand(ss.end()) + "]";
        };
    }

    private static String binName(rac.hir.BinaryOp op) {
        return switch (op) {
            case ADD -> "Add";
            case SUB -> "Sub";
            case MUL -> "Mul";
            case DIV -> "Div";
            case REM -> "Rem";
            case BIT_AND -> "BitAnd";
            case BIT_OR -> "BitOr";
            case BIT_XOR -> "BitXor";
            case SHL -> "Shl";
            case SHR -> "Shr";
            case EQ -> "Eq";
            case NE -> "Ne";
            case LT -> "Lt";
            case LE -> "Le";
            case GT -> "Gt";
            case GE -> "Ge";
            case AND, OR -> throw new IllegalStateException("lazy operator in MIR");
        };
    }

    private static String terminator(Terminator t, Function<DefId, String> names) {
        return switch (t) {
            case Terminator.Goto g -> "goto -> bb" + g.target();
            case Terminator.Return r -> "return";
            case Terminator.Unreachable u -> "unreachable";
            case Terminator.SwitchInt s -> {
                StringBuilder sb = new StringBuilder("switchInt(" + operand(s.discr()) + ") -> [");
                for (int i = 0; i < s.values().size(); i++) {
                    sb.append(s.values().get(i)).append(": bb").append(s.targets().get(i)).append(", ");
                }
                yield sb.append("otherwise: bb").append(s.otherwise()).append(']').toString();
            }
            case Terminator.Call c -> {
                ConstValue.Fn f = (ConstValue.Fn) ((Operand.Constant) c.func()).value();
                StringBuilder sb = new StringBuilder(place(c.destination()) + " = "
                        + (f.def() == null ? f.name() : names.apply(f.def())) + "(");
                for (int i = 0; i < c.args().size(); i++) {
                    if (i > 0) {
                        sb.append(", ");
                    }
                    sb.append(operand(c.args().get(i)));
                }
                sb.append(") -> ");
                yield sb.append(c.target() >= 0 ? "[return: bb" + c.target() + ", unwind continue]"
                        : "unwind continue").toString();
            }
            case Terminator.Assert a -> "assert(" + (a.expected() ? "" : "!") + operand(a.cond()) + ", \""
                    + a.kind().message() + "\") -> [success: bb" + a.target() + ", unwind continue]";
            case Terminator.Print p -> p.panicAt() != null ? "_panic(" + p.pieces().size() + " pieces)"
                    : "_print(" + p.pieces().size() + " pieces) -> bb" + p.target();
            case Terminator.InlineAsm a -> {
                StringBuilder sb = new StringBuilder("asm!(");
                for (rac.hir.Asm.Piece piece : a.template()) {
                    sb.append(switch (piece) {
                        case rac.hir.Asm.Piece.Text tx -> tx.text().replace("\n", "\\n");
                        case rac.hir.Asm.Piece.Placeholder ph -> "{" + ph.operand()
                                + (ph.modifier() == null ? "" : ":" + ph.modifier()) + "}";
                    });
                }
                for (Terminator.AsmOperand o : a.operands()) {
                    sb.append(", ").append(o.kind().name().toLowerCase()).append('(').append(o.reg()).append(')');
                    if (o.in() != null) {
                        sb.append(' ').append(operand(o.in()));
                    }
                    if (o.out() != null) {
                        sb.append(o.in() != null ? " => " : " ").append(place(o.out()));
                    }
                    if (o.label() >= 0) {
                        sb.append(" bb").append(o.label());
                    }
                }
                yield sb.append(") -> ").append(a.target() >= 0 ? "bb" + a.target() : "unwind unreachable").toString();
            }
        };
    }
}
