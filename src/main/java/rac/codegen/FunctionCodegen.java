package rac.codegen;

import java.math.BigInteger;
import java.util.List;
import rac.hir.BinaryOp;
import rac.mir.AssertKind;
import rac.mir.BasicBlock;
import rac.mir.ConstValue;
import rac.mir.LocalDecl;
import rac.mir.MirBody;
import rac.mir.Operand;
import rac.mir.Place;
import rac.mir.Rvalue;
import rac.mir.Statement;
import rac.mir.Terminator;
import rac.base.IntTy;
import rac.ty.Ty;

/**
 * Emits the LLVM IR of one MIR function into a {@link ModuleBuilder}. Every non-zero-sized local
 * gets an {@code alloca} (LLVM's mem2reg cleans up under optimisation, as for rustc); bools are
 * {@code i8} in memory and {@code i1} as values, like rustc.
 */
final class FunctionCodegen {
    private final ModuleBuilder module;
    private final MirBody mir;
    private final CodegenContext cx;
    private final StringBuilder out = new StringBuilder();
    private int tmp;

    FunctionCodegen(ModuleBuilder module, MirBody mir, CodegenContext cx) {
        this.module = module;
        this.mir = mir;
        this.cx = cx;
    }

    String emit(String symbol, boolean external) {
        Ty ret = mir.locals().get(0).ty();
        out.append("define ").append(external ? "" : "internal ").append(Types.returnType(ret)).append(" @")
                .append(symbol).append('(');
        boolean first = true;
        for (int i = 1; i <= mir.argCount(); i++) {
            Ty t = mir.locals().get(i).ty();
            if (Types.isZeroSized(t)) {
                continue;
            }
            if (!first) {
                out.append(", ");
            }
            first = false;
            out.append(Types.valueType(t)).append(" %arg").append(i);
        }
        out.append(')');
        if (ret instanceof Ty.Never) {
            out.append(" noreturn");
        }
        out.append(" unnamed_addr {\nstart:\n");
        for (int i = 0; i < mir.locals().size(); i++) {
            LocalDecl d = mir.locals().get(i);
            if (!Types.isZeroSized(d.ty())) {
                out.append("  %_").append(i).append(" = alloca ").append(Types.memoryType(d.ty())).append('\n');
            }
        }
        for (int i = 1; i <= mir.argCount(); i++) {
            Ty t = mir.locals().get(i).ty();
            if (!Types.isZeroSized(t)) {
                store(t, "%arg" + i, "%_" + i);
            }
        }
        out.append("  br label %bb0\n");
        for (int b = 0; b < mir.blocks().size(); b++) {
            BasicBlock block = mir.blocks().get(b);
            out.append("bb").append(b).append(":\n");
            for (Statement s : block.statements()) {
                statement(s);
            }
            terminator(block.terminator(), b);
        }
        out.append("}\n");
        return out.toString();
    }

    private String fresh() {
        return "%t" + (tmp++);
    }

    private void line(String s) {
        out.append("  ").append(s).append('\n');
    }

    // ---- places and operands ----

    /** The address of a place (never called for zero-sized places). */
    private String address(Place p) {
        String addr = "%_" + p.local();
        Ty ty = mir.locals().get(p.local()).ty();
        for (Place.Projection proj : p.projections()) {
            switch (proj) {
                case Place.Projection.Field f -> {
                    String r = fresh();
                    line(r + " = getelementptr inbounds " + Types.memoryType(ty) + ", ptr " + addr + ", i32 0, i32 "
                            + f.index());
                    addr = r;
                    ty = f.ty();
                }
                case Place.Projection.Deref d -> {
                    String r = fresh();
                    line(r + " = load ptr, ptr " + addr);
                    addr = r;
                    ty = ((Ty.Ref) ty).pointee();
                }
            }
        }
        return addr;
    }

    private Ty placeType(Place p) {
        Ty ty = mir.locals().get(p.local()).ty();
        for (Place.Projection proj : p.projections()) {
            ty = switch (proj) {
                case Place.Projection.Field f -> f.ty();
                case Place.Projection.Deref d -> ((Ty.Ref) ty).pointee();
            };
        }
        return ty;
    }

    private String load(Ty ty, String addr) {
        String r = fresh();
        if (ty instanceof Ty.Bool) {
            line(r + " = load i8, ptr " + addr);
            String b = fresh();
            line(b + " = trunc i8 " + r + " to i1");
            return b;
        }
        line(r + " = load " + Types.valueType(ty) + ", ptr " + addr);
        return r;
    }

    private void store(Ty ty, String value, String addr) {
        if (ty instanceof Ty.Bool) {
            String z = fresh();
            line(z + " = zext i1 " + value + " to i8");
            line("store i8 " + z + ", ptr " + addr);
            return;
        }
        line("store " + Types.valueType(ty) + " " + value + ", ptr " + addr);
    }

    private Ty operandType(Operand op) {
        return switch (op) {
            case Operand.Copy c -> placeType(c.place());
            case Operand.Move m -> placeType(m.place());
            case Operand.Constant c -> c.ty();
        };
    }

    /** The SSA value of an operand; null for zero-sized values. */
    private String value(Operand op) {
        Ty ty = operandType(op);
        if (Types.isZeroSized(ty)) {
            return null;
        }
        return switch (op) {
            case Operand.Copy c -> load(ty, address(c.place()));
            case Operand.Move m -> load(ty, address(m.place()));
            case Operand.Constant c -> constant(c.value(), ty);
        };
    }

    private String constant(ConstValue v, Ty ty) {
        return switch (v) {
            case ConstValue.Scalar s -> {
                if (ty instanceof Ty.Bool) {
                    yield s.bits().signum() != 0 ? "true" : "false";
                }
                yield scalarLiteral(s.bits(), ty);
            }
            case ConstValue.Str s -> {
                String global = module.stringConstant(s.value());
                yield "{ ptr " + global + ", i64 " + ModuleBuilder.utf8Length(s.value()) + " }";
            }
            case ConstValue.ZeroSized z -> null;
            case ConstValue.Fn f -> null;
        };
    }

    /** An integer constant printed as LLVM expects (signed decimal within the type's width). */
    private static String scalarLiteral(BigInteger bits, Ty ty) {
        if (ty instanceof Ty.Int it) {
            int w = it.kind().bits();
            BigInteger mod = BigInteger.ONE.shiftLeft(w);
            BigInteger v = bits.mod(mod);
            if (v.testBit(w - 1)) {
                v = v.subtract(mod);
            }
            return v.toString();
        }
        return bits.toString();
    }

    // ---- statements ----

    private void statement(Statement s) {
        switch (s) {
            case Statement.StorageLive l -> { }
            case Statement.StorageDead d -> { }
            case Statement.Assign a -> assign(a.place(), a.rvalue());
        }
    }

    private void assign(Place place, Rvalue rv) {
        Ty ty = placeType(place);
        switch (rv) {
            case Rvalue.Use u -> {
                String v = value(u.operand());
                if (v != null && !Types.isZeroSized(ty)) {
                    store(ty, v, address(place));
                }
            }
            case Rvalue.BinaryOp b -> {
                String v = binary(b.op(), b.lhs(), b.rhs());
                store(ty, v, address(place));
            }
            case Rvalue.CheckedBinaryOp c -> {
                Ty opTy = operandType(c.lhs());
                IntTy it = ((Ty.Int) opTy).kind();
                String llty = Types.valueType(opTy);
                String intrinsic = "llvm." + (it.signed() ? "s" : "u") + switch (c.op()) {
                    case ADD -> "add";
                    case SUB -> "sub";
                    case MUL -> "mul";
                    default -> throw new IllegalStateException(c.op().toString());
                } + ".with.overflow." + llty;
                module.declare("declare { " + llty + ", i1 } @" + intrinsic + "(" + llty + ", " + llty + ")");
                String l = value(c.lhs());
                String r = value(c.rhs());
                String res = fresh();
                line(res + " = call { " + llty + ", i1 } @" + intrinsic + "(" + llty + " " + l + ", " + llty + " " + r
                        + ")");
                String v0 = fresh();
                line(v0 + " = extractvalue { " + llty + ", i1 } " + res + ", 0");
                String v1 = fresh();
                line(v1 + " = extractvalue { " + llty + ", i1 } " + res + ", 1");
                String addr = address(place);
                String f0 = fresh();
                line(f0 + " = getelementptr inbounds " + Types.memoryType(ty) + ", ptr " + addr + ", i32 0, i32 0");
                store(opTy, v0, f0);
                String f1 = fresh();
                line(f1 + " = getelementptr inbounds " + Types.memoryType(ty) + ", ptr " + addr + ", i32 0, i32 1");
                store(Ty.BOOL, v1, f1);
            }
            case Rvalue.UnaryOp u -> {
                String v = value(u.operand());
                String r = fresh();
                switch (u.op()) {
                    case NEG -> line(r + " = sub " + Types.valueType(ty) + " 0, " + v);
                    case NOT -> line(r + " = xor " + Types.valueType(ty) + " " + v + ", -1");
                    case DEREF -> throw new IllegalStateException("deref as rvalue");
                }
                store(ty, r, address(place));
            }
            case Rvalue.Tuple t -> {
                String addr = address(place);
                List<Ty> elems = ((Ty.Tuple) ty).elements();
                for (int i = 0; i < t.operands().size(); i++) {
                    String v = value(t.operands().get(i));
                    if (v == null) {
                        continue;
                    }
                    String f = fresh();
                    line(f + " = getelementptr inbounds " + Types.memoryType(ty) + ", ptr " + addr + ", i32 0, i32 " + i);
                    store(elems.get(i), v, f);
                }
            }
            case Rvalue.Cast c -> {
                String v = value(c.operand());
                store(ty, cast(v, operandType(c.operand()), c.target()), address(place));
            }
            case Rvalue.Ref r -> {
                String addr = address(r.place());
                line("store ptr " + addr + ", ptr " + address(place));
            }
        }
    }

    private String cast(String v, Ty from, Ty to) {
        String ft = Types.valueType(from);
        String tt = Types.valueType(to);
        int fb = Types.bits(from);
        int tb = Types.bits(to);
        if (fb == tb) {
            return v;
        }
        String r = fresh();
        if (fb > tb) {
            line(r + " = trunc " + ft + " " + v + " to " + tt);
        } else {
            boolean signed = from instanceof Ty.Int i && i.kind().signed();
            line(r + " = " + (signed ? "sext " : "zext ") + ft + " " + v + " to " + tt);
        }
        return r;
    }

    private String binary(BinaryOp op, Operand lhs, Operand rhs) {
        Ty ty = operandType(lhs);
        if (ty instanceof Ty.Ref sr && sr.pointee() instanceof Ty.Str && (op == BinaryOp.EQ || op == BinaryOp.NE)) {
            return strEquals(op, value(lhs), value(rhs));
        }
        String l = value(lhs);
        String r = value(rhs);
        String llty = Types.valueType(ty);
        boolean signed = ty instanceof Ty.Int it && it.kind().signed();
        String res = fresh();
        switch (op) {
            case ADD -> line(res + " = add " + llty + " " + l + ", " + r);
            case SUB -> line(res + " = sub " + llty + " " + l + ", " + r);
            case MUL -> line(res + " = mul " + llty + " " + l + ", " + r);
            case DIV -> line(res + " = " + (signed ? "sdiv " : "udiv ") + llty + " " + l + ", " + r);
            case REM -> line(res + " = " + (signed ? "srem " : "urem ") + llty + " " + l + ", " + r);
            case BIT_AND -> line(res + " = and " + llty + " " + l + ", " + r);
            case BIT_OR -> line(res + " = or " + llty + " " + l + ", " + r);
            case BIT_XOR -> line(res + " = xor " + llty + " " + l + ", " + r);
            case SHL, SHR -> {
                // The shift amount is masked to the width, as rustc does without overflow checks.
                Ty rty = operandType(rhs);
                String amount = castUnsigned(r, rty, ty);
                String masked = fresh();
                line(masked + " = and " + llty + " " + amount + ", " + (Types.bits(ty) - 1));
                String instr = op == BinaryOp.SHL ? "shl" : signed ? "ashr" : "lshr";
                line(res + " = " + instr + " " + llty + " " + l + ", " + masked);
            }
            case EQ, NE, LT, LE, GT, GE -> {
                Ty rty = operandType(rhs);
                String rr = r;
                String cmpTy = llty;
                if (!rty.equals(ty) && Types.bits(rty) != Types.bits(ty)) {
                    // Only the shift check compares mixed widths: compare as unsigned, widened.
                    int w = Math.max(Types.bits(rty), Types.bits(ty));
                    Ty wide = new Ty.Int(w == 128 ? IntTy.U128 : w == 64 ? IntTy.U64 : w == 32 ? IntTy.U32
                            : w == 16 ? IntTy.U16 : IntTy.U8);
                    l = castUnsigned(l, ty, wide);
                    rr = castUnsigned(r, rty, wide);
                    cmpTy = Types.valueType(wide);
                    signed = false;
                }
                String pred = switch (op) {
                    case EQ -> "eq";
                    case NE -> "ne";
                    case LT -> signed ? "slt" : "ult";
                    case LE -> signed ? "sle" : "ule";
                    case GT -> signed ? "sgt" : "ugt";
                    default -> signed ? "sge" : "uge";
                };
                line(res + " = icmp " + pred + " " + cmpTy + " " + l + ", " + rr);
            }
            case AND, OR -> throw new IllegalStateException("lazy operator reached codegen");
        }
        return res;
    }

    /** {@code ==} / {@code !=} on two {@code &str} values: lengths, then bytes (runtime helper). */
    private String strEquals(BinaryOp op, String l, String r) {
        module.declare("declare zeroext i1 @rac_rt_str_eq(ptr, i64, ptr, i64)");
        String lp = fresh();
        line(lp + " = extractvalue { ptr, i64 } " + l + ", 0");
        String ll = fresh();
        line(ll + " = extractvalue { ptr, i64 } " + l + ", 1");
        String rp = fresh();
        line(rp + " = extractvalue { ptr, i64 } " + r + ", 0");
        String rl = fresh();
        line(rl + " = extractvalue { ptr, i64 } " + r + ", 1");
        String eq = fresh();
        line(eq + " = call zeroext i1 @rac_rt_str_eq(ptr " + lp + ", i64 " + ll + ", ptr " + rp + ", i64 " + rl + ")");
        if (op == BinaryOp.EQ) {
            return eq;
        }
        String ne = fresh();
        line(ne + " = xor i1 " + eq + ", true");
        return ne;
    }

    private String castUnsigned(String v, Ty from, Ty to) {
        int fb = Types.bits(from);
        int tb = Types.bits(to);
        if (fb == tb) {
            return v;
        }
        String r = fresh();
        line(r + " = " + (fb > tb ? "trunc " : "zext ") + Types.valueType(from) + " " + v + " to "
                + Types.valueType(to));
        return r;
    }

    // ---- terminators ----

    private void terminator(Terminator t, int block) {
        switch (t) {
            case Terminator.Goto g -> line("br label %bb" + g.target());
            case Terminator.Return r -> {
                Ty ret = mir.locals().get(0).ty();
                if (Types.isZeroSized(ret) || ret instanceof Ty.Never) {
                    line(ret instanceof Ty.Never ? "unreachable" : "ret void");
                } else {
                    line("ret " + Types.valueType(ret) + " " + load(ret, "%_0"));
                }
            }
            case Terminator.Unreachable u -> line("unreachable");
            case Terminator.SwitchInt s -> {
                Ty ty = operandType(s.discr());
                String v = value(s.discr());
                String llty = Types.valueType(ty);
                StringBuilder sb = new StringBuilder("switch " + llty + " " + v + ", label %bb" + s.otherwise() + " [");
                for (int i = 0; i < s.values().size(); i++) {
                    String c = ty instanceof Ty.Bool ? (s.values().get(i) != 0 ? "true" : "false")
                            : scalarLiteral(BigInteger.valueOf(s.values().get(i)), ty);
                    sb.append(' ').append(llty).append(' ').append(c).append(", label %bb").append(s.targets().get(i));
                }
                sb.append(" ]");
                line(sb.toString());
            }
            case Terminator.Call c -> call(c);
            case Terminator.Assert a -> {
                String cond = value(a.cond());
                String panic = "panic" + block;
                if (a.expected()) {
                    line("br i1 " + cond + ", label %bb" + a.target() + ", label %" + panic);
                } else {
                    line("br i1 " + cond + ", label %" + panic + ", label %bb" + a.target());
                }
                out.append(panic).append(":\n");
                panicCall(a.kind(), a.source());
            }
            case Terminator.Print p -> print(p);
        }
    }

    private void panicCall(AssertKind kind, rac.mir.SourceInfo source) {
        CodegenContext.Location loc = cx.location(mir, source);
        String msg = module.stringConstant(kind.message());
        String file = module.stringConstant(loc.file());
        module.declare("declare void @rac_rt_panic(ptr, i64, ptr, i64, i32, i32) noreturn nounwind");
        line("call void @rac_rt_panic(ptr " + msg + ", i64 " + ModuleBuilder.utf8Length(kind.message()) + ", ptr "
                + file + ", i64 " + ModuleBuilder.utf8Length(loc.file()) + ", i32 " + loc.line() + ", i32 "
                + loc.column() + ")");
        line("unreachable");
    }

    private void call(Terminator.Call c) {
        ConstValue.Fn f = (ConstValue.Fn) ((Operand.Constant) c.func()).value();
        CodegenContext.Callee callee = cx.callee(f.def());
        StringBuilder args = new StringBuilder();
        for (Operand a : c.args()) {
            String v = value(a);
            if (v == null) {
                continue;
            }
            if (!args.isEmpty()) {
                args.append(", ");
            }
            args.append(Types.valueType(operandType(a))).append(' ').append(v);
        }
        module.declareFunction(callee.symbol(), callee.sig());
        Ty ret = callee.sig().ret();
        String retTy = Types.returnType(ret);
        if (retTy.equals("void")) {
            line("call void @" + callee.symbol() + "(" + args + ")");
        } else {
            String r = fresh();
            line(r + " = call " + retTy + " @" + callee.symbol() + "(" + args + ")");
            store(ret, r, address(c.destination()));
        }
        if (c.target() >= 0) {
            line("br label %bb" + c.target());
        } else {
            line("unreachable");
        }
    }

    private void print(Terminator.Print p) {
        String fd = p.stderr() ? "2" : "1";
        module.declare("declare void @rac_rt_write_str(i32, ptr, i64)");
        for (Terminator.PrintPiece piece : p.pieces()) {
            switch (piece) {
                case Terminator.PrintPiece.Text t -> {
                    if (t.text().isEmpty()) {
                        continue;
                    }
                    String g = module.stringConstant(t.text());
                    line("call void @rac_rt_write_str(i32 " + fd + ", ptr " + g + ", i64 "
                            + ModuleBuilder.utf8Length(t.text()) + ")");
                }
                case Terminator.PrintPiece.Value v -> printValue(fd, v.operand(), v.ty());
            }
        }
        line("br label %bb" + p.target());
    }

    private void printValue(String fd, Operand op, Ty ty) {
        printLoaded(fd, value(op), ty);
    }

    private void printLoaded(String fd, String v, Ty ty) {
        switch (ty) {
            case Ty.Int it -> {
                boolean signed = it.kind().signed();
                String wide = it.kind().bits() == 64 ? v : cast(v, ty, new Ty.Int(signed ? IntTy.I64 : IntTy.U64));
                if (it.kind().bits() == 128) {
                    throw new IllegalStateException("printing 128-bit integers is not supported yet");
                }
                String fn = signed ? "rac_rt_write_i64" : "rac_rt_write_u64";
                module.declare("declare void @" + fn + "(i32, i64)");
                line("call void @" + fn + "(i32 " + fd + ", i64 " + wide + ")");
            }
            case Ty.Bool b -> {
                module.declare("declare void @rac_rt_write_bool(i32, i1)");
                line("call void @rac_rt_write_bool(i32 " + fd + ", i1 " + v + ")");
            }
            case Ty.Ref r when !(r.pointee() instanceof Ty.Str) -> {
                // Display for &T is T's: print the value behind the reference.
                Ty inner = r.pointee();
                String loaded = load(inner, v);
                printLoaded(fd, loaded, inner);
            }
            case Ty.Ref r -> {
                String ptr = fresh();
                line(ptr + " = extractvalue { ptr, i64 } " + v + ", 0");
                String len = fresh();
                line(len + " = extractvalue { ptr, i64 } " + v + ", 1");
                line("call void @rac_rt_write_str(i32 " + fd + ", ptr " + ptr + ", i64 " + len + ")");
            }
            default -> throw new IllegalStateException("cannot print " + Ty.display(ty));
        }
    }
}
