package rac.codegen;

import java.math.BigInteger;
import java.util.ArrayList;
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

    private final Types types;
    /** Allocas created while emitting (spills for formatting), placed in the entry block. */
    private final StringBuilder extraAllocas = new StringBuilder();
    private int allocaAt;

    FunctionCodegen(ModuleBuilder module, MirBody mir, CodegenContext cx) {
        this.types = new Types(cx::adtDef);
        this.module = module;
        this.mir = mir;
        this.cx = cx;
    }

    String emit(String symbol, boolean external) {
        Ty ret = mir.locals().get(0).ty();
        out.append("define ").append(external ? "" : "internal ").append(types.returnType(ret)).append(" @")
                .append(symbol).append('(');
        boolean first = true;
        for (int i = 1; i <= mir.argCount(); i++) {
            Ty t = mir.locals().get(i).ty();
            if (types.isZeroSized(t)) {
                continue;
            }
            if (!first) {
                out.append(", ");
            }
            first = false;
            out.append(types.valueType(t)).append(" %arg").append(i);
        }
        if (cx.isTrackCaller()) {
            out.append(first ? "ptr %caller" : ", ptr %caller");
        }
        out.append(')');
        out.append(" unnamed_addr");
        if (ret instanceof Ty.Never) {
            out.append(" noreturn");
        }
        out.append(" {\nstart:\n");
        allocaAt = out.length();
        for (int i = 0; i < mir.locals().size(); i++) {
            LocalDecl d = mir.locals().get(i);
            if (!types.isZeroSized(d.ty())) {
                out.append("  %_").append(i).append(" = alloca ").append(types.memoryType(d.ty())).append('\n');
            }
        }
        for (int i = 1; i <= mir.argCount(); i++) {
            Ty t = mir.locals().get(i).ty();
            if (!types.isZeroSized(t)) {
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
        out.insert(allocaAt, extraAllocas);
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
        int variant = -1;
        for (Place.Projection proj : p.projections()) {
            switch (proj) {
                case Place.Projection.Downcast dc -> variant = dc.variant();
                case Place.Projection.Field f -> {
                    if (variant >= 0 || (ty instanceof Ty.Adt a && types.adt(a).isEnum())) {
                        addr = variantField(ty, addr, Math.max(variant, 0), f.index());
                        variant = -1;
                    } else {
                        String r = fresh();
                        line(r + " = getelementptr inbounds " + types.memoryType(ty) + ", ptr " + addr + ", i32 0, i32 "
                                + f.index());
                        addr = r;
                    }
                    ty = f.ty();
                }
                case Place.Projection.Deref d -> {
                    String r = fresh();
                    line(r + " = load ptr, ptr " + addr);
                    addr = r;
                    ty = ((Ty.Ref) ty).pointee();
                }
                case Place.Projection.Index ix -> {
                    String idx = load(Ty.USIZE, "%_" + ix.index());
                    String r = fresh();
                    if (ty instanceof Ty.Array a) {
                        line(r + " = getelementptr inbounds " + types.memoryType(ty) + ", ptr " + addr + ", i64 0, i64 "
                                + idx);
                        ty = a.element();
                    } else {
                        Ty elem = ty instanceof Ty.Slice sl ? sl.element() : new Ty.Int(IntTy.U8);
                        line(r + " = getelementptr inbounds " + elemType(elem) + ", ptr " + addr + ", i64 " + idx);
                        ty = elem;
                    }
                    addr = r;
                }
            }
        }
        return addr;
    }

    /** The memory type of an element for pointer arithmetic (a zero-sized element is `{}`). */
    private String elemType(Ty elem) {
        return types.isZeroSized(elem) ? "{}" : types.memoryType(elem);
    }

    /** The address of the reference (fat or thin) that the last dereference of {@code p} goes through. */
    private String fatPointerAddress(Place p) {
        List<Place.Projection> proj = p.projections();
        if (proj.isEmpty() || !(proj.get(proj.size() - 1) instanceof Place.Projection.Deref)) {
            throw new IllegalStateException("not a dereferenced fat pointer: " + p);
        }
        return address(new Place(p.local(), proj.subList(0, proj.size() - 1)));
    }

    /** The address of field {@code field} of variant {@code variant} of the enum at {@code addr}. */
    private String variantField(Ty enumTy, String addr, int variant, int field) {
        rac.ty.AdtDef def = types.adt((Ty.Adt) enumTy);
        Ty payload = Types.variantType(def, def.variants().get(variant), (Ty.Adt) enumTy);
        String p = fresh();
        line(p + " = getelementptr inbounds " + types.memoryType(enumTy) + ", ptr " + addr + ", i32 0, i32 1");
        String r = fresh();
        line(r + " = getelementptr inbounds " + types.memoryType(payload) + ", ptr " + p + ", i32 0, i32 " + field);
        return r;
    }

    private Ty placeType(Place p) {
        Ty ty = mir.locals().get(p.local()).ty();
        for (Place.Projection proj : p.projections()) {
            ty = switch (proj) {
                case Place.Projection.Field f -> f.ty();
                case Place.Projection.Deref d -> ((Ty.Ref) ty).pointee();
                case Place.Projection.Downcast dc -> ty;
                case Place.Projection.Index ix -> ty instanceof Ty.Array a ? a.element()
                        : ty instanceof Ty.Slice sl ? sl.element() : new Ty.Int(IntTy.U8);
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
        line(r + " = load " + types.valueType(ty) + ", ptr " + addr);
        return r;
    }

    private void store(Ty ty, String value, String addr) {
        if (ty instanceof Ty.Bool) {
            String z = fresh();
            line(z + " = zext i1 " + value + " to i8");
            line("store i8 " + z + ", ptr " + addr);
            return;
        }
        line("store " + types.valueType(ty) + " " + value + ", ptr " + addr);
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
        if (types.isZeroSized(ty)) {
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
            case ConstValue.Promoted pr -> {
                String init = constant(pr.value(), pr.pointee());
                if (pr.pointee() instanceof Ty.Bool) {
                    init = init.equals("true") ? "1" : "0";
                }
                yield module.promotedConstant(types.memoryType(pr.pointee()), init);
            }
        };
    }

    /** An integer constant printed as LLVM expects (signed decimal within the type's width). */
    private static String scalarLiteral(BigInteger bits, Ty ty) {
        if (ty instanceof Ty.Float f) {
            return floatLiteral(bits.longValue(), f.bits());
        }
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

    /**
     * A float constant in LLVM's hex form: the 64-bit pattern of the value as a double (an f32 is
     * widened first, which is exact).
     */
    static String floatLiteral(long bits, int width) {
        double d = width == 32 ? (double) Float.intBitsToFloat((int) bits) : Double.longBitsToDouble(bits);
        return String.format("0x%016X", Double.doubleToRawLongBits(d));
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
                if (v != null && !types.isZeroSized(ty)) {
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
                String llty = types.valueType(opTy);
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
                line(f0 + " = getelementptr inbounds " + types.memoryType(ty) + ", ptr " + addr + ", i32 0, i32 0");
                store(opTy, v0, f0);
                String f1 = fresh();
                line(f1 + " = getelementptr inbounds " + types.memoryType(ty) + ", ptr " + addr + ", i32 0, i32 1");
                store(Ty.BOOL, v1, f1);
            }
            case Rvalue.UnaryOp u -> {
                String v = value(u.operand());
                String r = fresh();
                switch (u.op()) {
                    case NEG -> line(ty instanceof Ty.Float ? r + " = fneg " + types.valueType(ty) + " " + v : r + " = sub " + types.valueType(ty) + " 0, " + v);
                    case NOT -> line(r + " = xor " + types.valueType(ty) + " " + v + ", -1");
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
                    line(f + " = getelementptr inbounds " + types.memoryType(ty) + ", ptr " + addr + ", i32 0, i32 " + i);
                    store(elems.get(i), v, f);
                }
            }
            case Rvalue.Cast c -> {
                String v = value(c.operand());
                store(ty, cast(v, operandType(c.operand()), c.target()), address(place));
            }
            case Rvalue.Ref r -> {
                Ty pointee = placeType(r.place());
                if (Types.isFat(pointee)) {
                    // A reborrow of an unsized place `*p`: the fat pointer `p` itself.
                    Ty fatTy = new Ty.Ref(false, pointee);
                    String fat = load(fatTy, fatPointerAddress(r.place()));
                    store(fatTy, fat, address(place));
                    return;
                }
                String addr = types.isZeroSized(pointee) ? "inttoptr (i64 1 to ptr)" : address(r.place());
                line("store ptr " + addr + ", ptr " + address(place));
            }
            case Rvalue.Aggregate a -> {
                if (types.isZeroSized(ty)) {
                    return;
                }
                String addr = address(place);
                rac.ty.AdtDef def = types.adt(a.adt());
                rac.ty.AdtDef.VariantDef v = def.variants().get(a.variant());
                if (def.isEnum()) {
                    String tag = fresh();
                    line(tag + " = getelementptr inbounds " + types.memoryType(ty) + ", ptr " + addr + ", i32 0, i32 0");
                    line("store i64 " + v.discriminant().longValue() + ", ptr " + tag);
                }
                for (int i = 0; i < a.fields().size(); i++) {
                    Ty fty = def.fieldTy(v, i, a.adt());
                    String val = value(a.fields().get(i));
                    if (val == null || types.isZeroSized(fty)) {
                        continue;
                    }
                    String f;
                    if (def.isEnum()) {
                        f = variantField(ty, addr, a.variant(), i);
                    } else {
                        f = fresh();
                        line(f + " = getelementptr inbounds " + types.memoryType(ty) + ", ptr " + addr + ", i32 0, i32 " + i);
                    }
                    store(fty, val, f);
                }
            }
            case Rvalue.Array arr -> {
                if (types.isZeroSized(ty)) {
                    return;
                }
                String addr = address(place);
                for (int i = 0; i < arr.elements().size(); i++) {
                    String v = value(arr.elements().get(i));
                    if (v == null) {
                        continue;
                    }
                    String f = fresh();
                    line(f + " = getelementptr inbounds " + types.memoryType(ty) + ", ptr " + addr + ", i64 0, i64 " + i);
                    store(arr.element(), v, f);
                }
            }
            case Rvalue.Repeat rep -> {
                if (types.isZeroSized(ty)) {
                    return;
                }
                Ty elem = ((Ty.Array) ty).element();
                String v = value(rep.value());
                String addr = address(place);
                // A loop over the elements.
                int n = tmp++;
                String head = "rep" + n + ".head";
                String loopBody = "rep" + n + ".body";
                String done = "rep" + n + ".done";
                String pre = "rep" + n + ".pre";
                line("br label %" + pre);
                out.append(pre).append(":\n");
                line("br label %" + head);
                out.append(head).append(":\n");
                String i = "%rep" + n + ".i";
                String next = "%rep" + n + ".next";
                line(i + " = phi i64 [ 0, %" + pre + " ], [ " + next + ", %" + loopBody + " ]");
                String c = fresh();
                line(c + " = icmp ult i64 " + i + ", " + rep.count());
                line("br i1 " + c + ", label %" + loopBody + ", label %" + done);
                out.append(loopBody).append(":\n");
                String f = fresh();
                line(f + " = getelementptr inbounds " + types.memoryType(ty) + ", ptr " + addr + ", i64 0, i64 " + i);
                store(elem, v, f);
                line(next + " = add i64 " + i + ", 1");
                line("br label %" + head);
                out.append(done).append(":\n");
            }
            case Rvalue.Len l -> {
                Ty pt = placeType(l.place());
                String len;
                if (pt instanceof Ty.Array a) {
                    len = Long.toString(a.len());
                } else {
                    String fat = load(new Ty.Ref(false, pt), fatPointerAddress(l.place()));
                    len = fresh();
                    line(len + " = extractvalue { ptr, i64 } " + fat + ", 1");
                }
                store(Ty.USIZE, len, address(place));
            }
            case Rvalue.Unsize u -> {
                String ptr = value(u.operand());
                Ty from = ((Ty.Ref) operandType(u.operand())).pointee();
                long n = from instanceof Ty.Array a ? a.len() : 0;
                if (ptr == null) {
                    ptr = "inttoptr (i64 1 to ptr)";
                }
                String a1 = fresh();
                line(a1 + " = insertvalue { ptr, i64 } undef, ptr " + ptr + ", 0");
                String a2 = fresh();
                line(a2 + " = insertvalue { ptr, i64 } " + a1 + ", i64 " + n + ", 1");
                store(ty, a2, address(place));
            }
            case Rvalue.SubSlice ss -> {
                Ty pt = placeType(ss.place());
                String data;
                Ty elem;
                if (pt instanceof Ty.Array a) {
                    // An empty array has no storage: its slices point at a dangling, aligned address.
                    data = types.isZeroSized(pt) ? "inttoptr (i64 8 to ptr)" : address(ss.place());
                    elem = a.element();
                } else {
                    String fat = load(new Ty.Ref(false, pt), fatPointerAddress(ss.place()));
                    data = fresh();
                    line(data + " = extractvalue { ptr, i64 } " + fat + ", 0");
                    elem = pt instanceof Ty.Slice sl ? sl.element() : new Ty.Int(IntTy.U8);
                }
                String start = value(ss.start());
                String end = value(ss.end());
                String p0 = fresh();
                line(p0 + " = getelementptr inbounds " + elemType(elem) + ", ptr " + data + ", i64 " + start);
                String len = fresh();
                line(len + " = sub i64 " + end + ", " + start);
                String a1 = fresh();
                line(a1 + " = insertvalue { ptr, i64 } undef, ptr " + p0 + ", 0");
                String a2 = fresh();
                line(a2 + " = insertvalue { ptr, i64 } " + a1 + ", i64 " + len + ", 1");
                store(ty, a2, address(place));
            }
            case Rvalue.Intrinsic in -> intrinsic(place, ty, in);
            case Rvalue.Discriminant d -> {
                String addr = address(d.place());
                String tag = fresh();
                line(tag + " = getelementptr inbounds " + types.memoryType(placeType(d.place())) + ", ptr " + addr
                        + ", i32 0, i32 0");
                String v = fresh();
                line(v + " = load i64, ptr " + tag);
                store(ty, cast(v, new Ty.Int(IntTy.I64), ty), address(place));
            }
        }
    }

    /**
     * A call of an LLVM intrinsic, libm or runtime function, declared from the operand and result
     * types; a {@code bool} result of a C function is {@code zeroext i1}, as clang declares it.
     */
    private void intrinsic(Place place, Ty ty, Rvalue.Intrinsic in) {
        StringBuilder params = new StringBuilder();
        StringBuilder args = new StringBuilder();
        for (Operand a : in.args()) {
            String v = value(a);
            String t = types.valueType(operandType(a));
            if (!params.isEmpty()) {
                params.append(", ");
                args.append(", ");
            }
            params.append(t);
            args.append(t).append(' ').append(v);
        }
        String ret = (ty instanceof Ty.Bool && !in.function().startsWith("llvm.") ? "zeroext " : "")
                + types.valueType(ty);
        module.declare("declare " + ret + " @" + in.function() + "(" + params + ")");
        String r = fresh();
        line(r + " = call " + ret + " @" + in.function() + "(" + args + ")");
        store(ty, r, address(place));
    }

    private String cast(String v, Ty from, Ty to) {
        String ft = types.valueType(from);
        String tt = types.valueType(to);
        if (from instanceof Ty.Float || to instanceof Ty.Float) {
            return floatCast(v, from, to);
        }
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
        if ((ty instanceof Ty.Adt || ty instanceof Ty.Tuple || ty instanceof Ty.Array)
                && (op == BinaryOp.EQ || op == BinaryOp.NE)) {
            // Structural equality (derived PartialEq, tuples, arrays).
            String eq;
            if (types.isZeroSized(ty)) {
                eq = "true";
            } else {
                String a = spill(ty, value(lhs));
                String b = spill(ty, value(rhs));
                eq = structEq(ty, a, b);
            }
            if (op == BinaryOp.EQ) {
                return eq;
            }
            String ne = fresh();
            line(ne + " = xor i1 " + eq + ", true");
            return ne;
        }
        String l = value(lhs);
        String r = value(rhs);
        String llty = types.valueType(ty);
        boolean signed = ty instanceof Ty.Int it && it.kind().signed();
        String res = fresh();
        if (ty instanceof Ty.Float) {
            String instr = switch (op) {
                case ADD -> "fadd";
                case SUB -> "fsub";
                case MUL -> "fmul";
                case DIV -> "fdiv";
                case REM -> "frem";
                case EQ -> "fcmp oeq";
                case NE -> "fcmp une";
                case LT -> "fcmp olt";
                case LE -> "fcmp ole";
                case GT -> "fcmp ogt";
                case GE -> "fcmp oge";
                default -> throw new IllegalStateException("float " + op);
            };
            line(res + " = " + instr + " " + llty + " " + l + ", " + r);
            return res;
        }
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
                    cmpTy = types.valueType(wide);
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

    /** Casts involving floats: int↔float, f32↔f64; float→int saturates with NaN → 0, as in Rust. */
    private String floatCast(String v, Ty from, Ty to) {
        String ft = types.valueType(from);
        String tt = types.valueType(to);
        if (from.equals(to)) {
            return v;
        }
        String r = fresh();
        if (from instanceof Ty.Float ff && to instanceof Ty.Float tf) {
            line(r + " = " + (ff.bits() < tf.bits() ? "fpext " : "fptrunc ") + ft + " " + v + " to " + tt);
        } else if (to instanceof Ty.Float) {
            if (from instanceof Ty.Bool) {
                String z = fresh();
                line(z + " = zext i1 " + v + " to i8");
                v = z;
                ft = "i8";
            }
            boolean signed = from instanceof Ty.Int i && i.kind().signed();
            line(r + " = " + (signed ? "sitofp " : "uitofp ") + ft + " " + v + " to " + tt);
        } else {
            boolean signed = to instanceof Ty.Int i && i.kind().signed();
            String intrinsic = "llvm.fpto" + (signed ? "si" : "ui") + ".sat." + tt + "." + (ft.equals("float") ? "f32" : "f64");
            module.declare("declare " + tt + " @" + intrinsic + "(" + ft + ")");
            line(r + " = call " + tt + " @" + intrinsic + "(" + ft + " " + v + ")");
        }
        return r;
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
        line(r + " = " + (fb > tb ? "trunc " : "zext ") + types.valueType(from) + " " + v + " to "
                + types.valueType(to));
        return r;
    }

    // ---- terminators ----

    private void terminator(Terminator t, int block) {
        switch (t) {
            case Terminator.Goto g -> line("br label %bb" + g.target());
            case Terminator.Return r -> {
                Ty ret = mir.locals().get(0).ty();
                if (types.isZeroSized(ret) || ret instanceof Ty.Never) {
                    line(ret instanceof Ty.Never ? "unreachable" : "ret void");
                } else {
                    line("ret " + types.valueType(ret) + " " + load(ret, "%_0"));
                }
            }
            case Terminator.Unreachable u -> line("unreachable");
            case Terminator.SwitchInt s -> {
                Ty ty = operandType(s.discr());
                String v = value(s.discr());
                String llty = types.valueType(ty);
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
                if (!a.args().isEmpty()) {
                    panicWithValues(a);
                } else {
                    panicCall(a.kind(), a.source());
                }
            }
            case Terminator.Print p -> print(p);
            case Terminator.InlineAsm a -> inlineAsm(a);
        }
    }

    /**
     * {@code asm!} as an LLVM inline assembly call in rustc's shape: outputs first ({@code =&r}, or
     * {@code =r} for late outputs), then inputs ({@code r}, an inout's input tied to its output,
     * {@code s} for a {@code sym}), then clobbers; Intel syntax through {@code inteldialect}.
     */
    private void inlineAsm(Terminator.InlineAsm a) {
        List<Terminator.AsmOperand> ops = a.operands();
        int[] llvmIndex = new int[ops.size()];
        List<String> outConstraints = new ArrayList<>();
        List<String> outTypes = new ArrayList<>();
        List<Place> outPlaces = new ArrayList<>();
        List<Ty> outTys = new ArrayList<>();
        java.util.Set<String> outRegs = new java.util.HashSet<>();
        for (int i = 0; i < ops.size(); i++) {
            Terminator.AsmOperand o = ops.get(i);
            if (!o.kind().isOutput()) {
                continue;
            }
            if (o.out() == null && !o.kind().isInput() && (o.explicit() ? AsmRegisters.clobberOnly(o.reg())
                    : AsmRegisters.classConstraint(o.reg()) == null)) {
                llvmIndex[i] = -1;
                continue;
            }
            String code = o.explicit() ? "{" + AsmRegisters.llvmRegister(o.reg()) + "}"
                    : AsmRegisters.classConstraint(o.reg());
            if (o.explicit()) {
                outRegs.add(AsmRegisters.llvmRegister(o.reg()));
            }
            llvmIndex[i] = outConstraints.size();
            outConstraints.add("=" + (o.kind().isLate() ? "" : "&") + code);
            Ty ty = o.out() != null ? placeType(o.out()) : o.in() != null ? operandType(o.in()) : null;
            outTypes.add(ty != null ? types.valueType(ty) : AsmRegisters.dummyType(o.reg(), o.explicit()));
            outPlaces.add(o.out());
            outTys.add(ty);
        }
        List<String> clobberOutputs = new ArrayList<>();
        List<String> clobbers = new ArrayList<>();
        for (String abi : a.clobberAbis()) {
            for (String r : AsmRegisters.abiOutputs(abi)) {
                if (outRegs.add(r)) {
                    clobberOutputs.add(r);
                }
            }
            for (String r : AsmRegisters.abiClobbers(abi)) {
                if (!clobbers.contains("~{" + r + "}")) {
                    clobbers.add("~{" + r + "}");
                }
            }
        }
        for (String r : clobberOutputs) {
            outConstraints.add("={" + r + "}");
            outTypes.add(r.startsWith("xmm") ? "float" : "i64");
            outPlaces.add(null);
            outTys.add(null);
        }
        List<String> inConstraints = new ArrayList<>();
        List<String> inArgs = new ArrayList<>();
        for (int i = 0; i < ops.size(); i++) {
            Terminator.AsmOperand o = ops.get(i);
            switch (o.kind()) {
                case IN -> {
                    llvmIndex[i] = outConstraints.size() + inConstraints.size();
                    inConstraints.add(o.explicit() ? "{" + AsmRegisters.llvmRegister(o.reg()) + "}"
                            : AsmRegisters.classConstraint(o.reg()));
                    inArgs.add(types.valueType(operandType(o.in())) + " " + value(o.in()));
                }
                case INOUT, INLATEOUT -> {
                    inConstraints.add(Integer.toString(llvmIndex[i]));
                    inArgs.add(types.valueType(operandType(o.in())) + " " + value(o.in()));
                }
                case SYM -> {
                    llvmIndex[i] = outConstraints.size() + inConstraints.size();
                    ConstValue.Fn f = (ConstValue.Fn) ((Operand.Constant) o.in()).value();
                    CodegenContext.Callee callee = cx.callee(f.def(), f.args());
                    module.declareFunction(callee.symbol(), callee.sig(), types);
                    inConstraints.add("s");
                    inArgs.add("ptr @" + callee.symbol());
                }
                default -> { }
            }
        }
        List<String> labelConstraints = new ArrayList<>();
        List<Integer> labelTargets = new ArrayList<>();
        for (int i = 0; i < ops.size(); i++) {
            if (ops.get(i).kind() == rac.hir.Asm.Kind.LABEL) {
                llvmIndex[i] = outConstraints.size() + inConstraints.size() + labelConstraints.size();
                labelConstraints.add("!i");
                labelTargets.add(ops.get(i).label());
            }
        }
        StringBuilder template = new StringBuilder();
        for (rac.hir.Asm.Piece piece : a.template()) {
            switch (piece) {
                case rac.hir.Asm.Piece.Text t -> template.append(t.text().replace("$", "$$"));
                case rac.hir.Asm.Piece.Placeholder ph -> {
                    Terminator.AsmOperand o = ops.get(ph.operand());
                    if (o.kind() == rac.hir.Asm.Kind.CONST) {
                        Operand.Constant k = (Operand.Constant) o.in();
                        BigInteger bits = ((ConstValue.Scalar) k.value()).bits();
                        template.append(k.ty() instanceof Ty.Int it && it.kind().signed()
                                ? scalarLiteral(bits, k.ty()) : bits.toString());
                    } else if (o.kind() == rac.hir.Asm.Kind.SYM) {
                        template.append("${").append(llvmIndex[ph.operand()]).append(":c}");
                    } else if (o.kind() == rac.hir.Asm.Kind.LABEL) {
                        template.append("${").append(llvmIndex[ph.operand()]).append(":l}");
                    } else {
                        String m = AsmRegisters.modifier(o.reg(), ph.modifier());
                        template.append("${").append(llvmIndex[ph.operand()]).append(m == null ? "" : ":" + m)
                                .append('}');
                    }
                }
            }
        }
        List<String> constraints = new ArrayList<>(outConstraints);
        constraints.addAll(inConstraints);
        constraints.addAll(labelConstraints);
        constraints.addAll(clobbers);
        if (!a.options().contains("preserves_flags")) {
            constraints.addAll(List.of("~{dirflag}", "~{fpsr}", "~{flags}"));
        }
        if (!a.options().contains("nomem") && !a.options().contains("readonly")) {
            constraints.add("~{memory}");
        }
        String retTy = outTypes.isEmpty() ? "void"
                : outTypes.size() == 1 ? outTypes.get(0) : "{ " + String.join(", ", outTypes) + " }";
        StringBuilder call = new StringBuilder();
        String r = retTy.equals("void") ? null : fresh();
        if (r != null) {
            call.append(r).append(" = ");
        }
        call.append(labelTargets.isEmpty() ? "call " : "callbr ").append(retTy).append(" asm ");
        if (!a.options().contains("pure")) {
            call.append("sideeffect ");
        }
        if (!a.options().contains("nostack")) {
            call.append("alignstack ");
        }
        if (!a.options().contains("att_syntax")) {
            call.append("inteldialect ");
        }
        call.append('"').append(AsmRegisters.irString(template.toString())).append("\", \"")
                .append(AsmRegisters.irString(String.join(",", constraints))).append("\"(")
                .append(String.join(", ", inArgs)).append(")");
        if (!labelTargets.isEmpty()) {
            // `asm goto`: the assembly continues at the target or jumps to one of the label blocks.
            String fallthrough = a.target() >= 0 ? "bb" + a.target() : "asmnoreturn" + tmp++;
            call.append(" to label %").append(fallthrough).append(" [")
                    .append(String.join(", ", labelTargets.stream().map(t -> "label %bb" + t).toList())).append(']');
            line(call.toString());
            if (a.target() < 0) {
                out.append(fallthrough).append(":\n");
                line("unreachable");
            }
            return;
        }
        if (!a.options().contains("may_unwind")) {
            call.append(" nounwind");
        }
        line(call.toString());
        for (int i = 0; i < outPlaces.size(); i++) {
            if (outPlaces.get(i) == null) {
                continue;
            }
            String v = r;
            if (outTypes.size() > 1) {
                v = fresh();
                line(v + " = extractvalue " + retTy + " " + r + ", " + i);
            }
            store(outTys.get(i), v, address(outPlaces.get(i)));
        }
        if (a.target() >= 0) {
            line("br label %bb" + a.target());
        } else {
            line("unreachable");
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

    /** A panic whose message shows two values (bounds and slice-range checks). */
    private void panicWithValues(Terminator.Assert a) {
        CodegenContext.Location loc = cx.location(mir, a.source());
        String file = module.stringConstant(loc.file());
        String x = value(a.args().get(0));
        String y = value(a.args().get(1));
        int which = switch (a.kind()) {
            case BOUNDS_CHECK -> 0;
            case SLICE_END -> 1;
            case SLICE_START -> 2;
            default -> 3;
        };
        module.declare("declare void @rac_rt_panic_index(i32, i64, i64, ptr, i64, i32, i32) noreturn nounwind");
        line("call void @rac_rt_panic_index(i32 " + which + ", i64 " + x + ", i64 " + y + ", ptr " + file + ", i64 "
                + ModuleBuilder.utf8Length(loc.file()) + ", i32 " + loc.line() + ", i32 " + loc.column() + ")");
        line("unreachable");
    }

    private void call(Terminator.Call c) {
        ConstValue.Fn f = (ConstValue.Fn) ((Operand.Constant) c.func()).value();
        if (f.def() == null) {
            runtimeCall(c, f.name());
            return;
        }
        CodegenContext.Callee callee = cx.callee(f.def(), f.args());
        StringBuilder args = new StringBuilder();
        for (Operand a : c.args()) {
            String v = value(a);
            if (v == null) {
                continue;
            }
            if (!args.isEmpty()) {
                args.append(", ");
            }
            args.append(types.valueType(operandType(a))).append(' ').append(v);
        }
        if (callee.sig().trackCaller()) {
            String loc;
            if (cx.isTrackCaller()) {
                loc = "%caller";
            } else {
                CodegenContext.Location l = cx.location(mir, c.source());
                loc = module.locationConstant(l.file(), l.line(), l.column());
            }
            if (!args.isEmpty()) {
                args.append(", ");
            }
            args.append("ptr ").append(loc);
        }
        module.declareFunction(callee.symbol(), callee.sig(), types);
        Ty ret = callee.sig().ret();
        String retTy = types.returnType(ret);
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

    /** A diverging call of a runtime function by name ({@code rac_rt_exit} for {@code std::process::exit}). */
    private void runtimeCall(Terminator.Call c, String name) {
        StringBuilder params = new StringBuilder();
        StringBuilder args = new StringBuilder();
        for (Operand a : c.args()) {
            String v = value(a);
            if (v == null) {
                continue;
            }
            String t = types.valueType(operandType(a));
            if (!params.isEmpty()) {
                params.append(", ");
                args.append(", ");
            }
            params.append(t);
            args.append(t).append(' ').append(v);
        }
        if (name.startsWith("rac_rt_panic")) {
            // A panic: the location follows the values.
            CodegenContext.Location loc = cx.location(mir, c.source());
            String file = module.stringConstant(loc.file());
            params.append(params.isEmpty() ? "" : ", ").append("ptr, i64, i32, i32");
            args.append(args.isEmpty() ? "" : ", ").append("ptr ").append(file).append(", i64 ")
                    .append(ModuleBuilder.utf8Length(loc.file())).append(", i32 ").append(loc.line()).append(", i32 ")
                    .append(loc.column());
        }
        module.declare("declare void @" + name + "(" + params + ") noreturn nounwind");
        line("call void @" + name + "(" + args + ")");
        if (c.target() >= 0) {
            line("br label %bb" + c.target());
        } else {
            line("unreachable");
        }
    }

    private void print(Terminator.Print p) {
        String fd = p.sink() != null ? value(p.sink()) : p.stderr() ? "2" : "1";
        module.declare("declare void @rac_rt_write_str(i32, ptr, i64)");
        if (p.panicAt() != null && cx.isTrackCaller()) {
            module.declare("declare void @rac_rt_panic_begin_at(ptr)");
            line("call void @rac_rt_panic_begin_at(ptr %caller)");
        } else if (p.panicAt() != null) {
            CodegenContext.Location loc = cx.location(mir, p.panicAt());
            String file = module.stringConstant(loc.file());
            module.declare("declare void @rac_rt_panic_begin(ptr, i64, i32, i32)");
            line("call void @rac_rt_panic_begin(ptr " + file + ", i64 " + ModuleBuilder.utf8Length(loc.file()) + ", i32 "
                    + loc.line() + ", i32 " + loc.column() + ")");
        }
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
                case Terminator.PrintPiece.Value v -> {
                    if (v.spec().equals(rac.hir.FmtSpec.DISPLAY) && plainDisplay(v.ty())) {
                        printValue(fd, v.operand(), v.ty());
                    } else {
                        String width = v.width() != null ? value(v.width()) : Long.toString(v.spec().width());
                        String prec = v.precision() != null ? value(v.precision()) : Long.toString(v.spec().precision());
                        printFormatted(fd, value(v.operand()), v.ty(), v.spec(), width, prec, 0);
                    }
                }
            }
        }
        if (p.panicAt() != null) {
            module.declare("declare void @rac_rt_panic_end() noreturn nounwind");
            line("call void @rac_rt_panic_end()");
            line("unreachable");
            return;
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

    /** Types that the plain {@code {}} path prints without the runtime's formatter. */
    private static boolean plainDisplay(Ty ty) {
        return switch (ty) {
            case Ty.Int it -> it.kind().bits() <= 64;
            case Ty.Bool b -> true;
            case Ty.Ref r -> r.pointee() instanceof Ty.Str || plainDisplay(r.pointee());
            default -> false;
        };
    }

    /**
     * Prints {@code v} (of type {@code ty}) with a format spec through the runtime's formatter; the
     * spec travels as integer arguments. Tuples (Debug only) are laid out here, {@code depth} being
     * the nesting level for the pretty form {@code {:#?}}.
     */
    private void printFormatted(String fd, String v, Ty ty, rac.hir.FmtSpec spec, String width, String prec, int depth) {
        int flags = (spec.plus() ? 1 : 0) | (spec.minus() ? 2 : 0) | (spec.alternate() ? 4 : 0) | (spec.zero() ? 8 : 0)
                | (spec.debugHex() == 1 ? 16 : spec.debugHex() == 2 ? 32 : 0);
        String specArgs = "i32 " + spec.trait().ordinal() + ", i32 " + flags + ", i32 " + spec.fill() + ", i32 "
                + spec.align().ordinal() + ", i64 " + width + ", i64 " + prec;
        String specDecl = "i32, i32, i32, i32, i64, i64";
        switch (ty) {
            case Ty.Ref r when r.pointee() instanceof Ty.Slice sl -> {
                String ptr = fresh();
                line(ptr + " = extractvalue { ptr, i64 } " + v + ", 0");
                String len = fresh();
                line(len + " = extractvalue { ptr, i64 } " + v + ", 1");
                printElements(fd, ptr, sl.element(), len, spec, width, prec, depth);
            }
            case Ty.Ref r when !(r.pointee() instanceof Ty.Str) -> {
                Ty inner = r.pointee();
                printFormatted(fd, types.isZeroSized(inner) ? null : load(inner, v), inner, spec, width, prec, depth);
            }
            case Ty.Ref r -> {
                String ptr = fresh();
                line(ptr + " = extractvalue { ptr, i64 } " + v + ", 0");
                String len = fresh();
                line(len + " = extractvalue { ptr, i64 } " + v + ", 1");
                module.declare("declare void @rac_rt_fmt_str(i32, ptr, i64, " + specDecl + ")");
                line("call void @rac_rt_fmt_str(i32 " + fd + ", ptr " + ptr + ", i64 " + len + ", " + specArgs + ")");
            }
            case Ty.Int it -> {
                Ty wide = new Ty.Int(it.kind().signed() ? IntTy.I128 : IntTy.U128);
                String w = it.kind().bits() == 128 ? v : cast(v, ty, wide);
                String lo = fresh();
                line(lo + " = trunc i128 " + w + " to i64");
                String sh = fresh();
                line(sh + " = lshr i128 " + w + ", 64");
                String hi = fresh();
                line(hi + " = trunc i128 " + sh + " to i64");
                module.declare("declare void @rac_rt_fmt_int(i32, i64, i64, i32, i32, " + specDecl + ")");
                line("call void @rac_rt_fmt_int(i32 " + fd + ", i64 " + lo + ", i64 " + hi + ", i32 "
                        + (it.kind().signed() ? 1 : 0) + ", i32 " + it.kind().bits() + ", " + specArgs + ")");
            }
            case Ty.Float f -> {
                String d = v;
                if (f.bits() == 32) {
                    d = fresh();
                    line(d + " = fpext float " + v + " to double");
                }
                module.declare("declare void @rac_rt_fmt_float(i32, double, i32, " + specDecl + ")");
                line("call void @rac_rt_fmt_float(i32 " + fd + ", double " + d + ", i32 " + (f.bits() == 32 ? 1 : 0)
                        + ", " + specArgs + ")");
            }
            case Ty.Char c -> {
                module.declare("declare void @rac_rt_fmt_char(i32, i32, " + specDecl + ")");
                line("call void @rac_rt_fmt_char(i32 " + fd + ", i32 " + v + ", " + specArgs + ")");
            }
            case Ty.Bool b -> {
                module.declare("declare void @rac_rt_fmt_bool(i32, i1, " + specDecl + ")");
                line("call void @rac_rt_fmt_bool(i32 " + fd + ", i1 " + v + ", " + specArgs + ")");
            }
            case Ty.Tuple tu -> {
                List<Ty> elems = tu.elements();
                boolean pretty = spec.alternate() && !elems.isEmpty();
                writeText(fd, pretty ? "(\n" : "(");
                for (int i = 0; i < elems.size(); i++) {
                    Ty e = elems.get(i);
                    if (pretty) {
                        writeText(fd, "    ".repeat(depth + 1));
                    } else if (i > 0) {
                        writeText(fd, ", ");
                    }
                    String ev = null;
                    if (!types.isZeroSized(e)) {
                        ev = fresh();
                        line(ev + " = extractvalue " + types.memoryType(ty) + " " + v + ", " + i);
                        if (e instanceof Ty.Bool) {
                            String t = fresh();
                            line(t + " = trunc i8 " + ev + " to i1");
                            ev = t;
                        }
                    }
                    printFormatted(fd, ev, e, spec, width, prec, depth + 1);
                    if (pretty) {
                        writeText(fd, ",\n");
                    } else if (elems.size() == 1) {
                        writeText(fd, ",");
                    }
                }
                if (pretty) {
                    writeText(fd, "    ".repeat(depth));
                }
                writeText(fd, ")");
            }
            case Ty.Adt a -> printAdt(fd, v, a, spec, width, prec, depth);
            case Ty.Array arr -> {
                String addr = types.isZeroSized(ty) ? "null" : spill(ty, v);
                printElements(fd, addr, arr.element(), Long.toString(arr.len()), spec, width, prec, depth);
            }
            default -> throw new IllegalStateException("cannot format " + Ty.display(ty));
        }
    }

    /** {@code *a == *b} for values of type {@code ty} at two addresses, as an i1. */
    private String structEq(Ty ty, String a, String b) {
        if (types.isZeroSized(ty)) {
            return "true";
        }
        switch (ty) {
            case Ty.Ref r when r.pointee() instanceof Ty.Str -> {
                return strEquals(BinaryOp.EQ, load(ty, a), load(ty, b));
            }
            case Ty.Ref r -> {
                return structEq(r.pointee(), load(ty, a), load(ty, b));
            }
            case Ty.Float f -> {
                String r = fresh();
                line(r + " = fcmp oeq " + types.valueType(ty) + " " + load(ty, a) + ", " + load(ty, b));
                return r;
            }
            case Ty.Int i -> {
                return icmpEq(ty, a, b);
            }
            case Ty.Bool bo -> {
                return icmpEq(ty, a, b);
            }
            case Ty.Char c -> {
                return icmpEq(ty, a, b);
            }
            case Ty.Tuple tu -> {
                String acc = "true";
                for (int i = 0; i < tu.elements().size(); i++) {
                    acc = and(acc, structEq(tu.elements().get(i), gep(ty, a, i), gep(ty, b, i)));
                }
                return acc;
            }
            case Ty.Array arr -> {
                String acc = "true";
                for (long i = 0; i < arr.len(); i++) {
                    String pa = fresh();
                    line(pa + " = getelementptr inbounds " + types.memoryType(ty) + ", ptr " + a + ", i64 0, i64 " + i);
                    String pb = fresh();
                    line(pb + " = getelementptr inbounds " + types.memoryType(ty) + ", ptr " + b + ", i64 0, i64 " + i);
                    acc = and(acc, structEq(arr.element(), pa, pb));
                }
                return acc;
            }
            case Ty.Adt adt -> {
                rac.ty.AdtDef def = types.adt(adt);
                if (!def.isEnum()) {
                    String acc = "true";
                    for (int i = 0; i < def.struct().fields().size(); i++) {
                        acc = and(acc, structEq(def.fieldTy(def.struct(), i, adt), gep(ty, a, i), gep(ty, b, i)));
                    }
                    return acc;
                }
                // Same variant, then that variant's fields.
                String ta = load(new Ty.Int(IntTy.I64), gep(ty, a, 0));
                String tb = load(new Ty.Int(IntTy.I64), gep(ty, b, 0));
                String same = fresh();
                line(same + " = icmp eq i64 " + ta + ", " + tb);
                String result = "%eq" + (tmp++);
                extraAllocas.append("  ").append(result).append(" = alloca i8\n");
                line("store i8 0, ptr " + result);
                int n = tmp++;
                String done = "eq" + n + ".done";
                String cmp = "eq" + n + ".cmp";
                line("br i1 " + same + ", label %" + cmp + ", label %" + done);
                out.append(cmp).append(":\n");
                StringBuilder sw = new StringBuilder("switch i64 " + ta + ", label %" + done + " [");
                for (int vi = 0; vi < def.variants().size(); vi++) {
                    sw.append(" i64 ").append(def.variants().get(vi).discriminant().longValue()).append(", label %eq")
                            .append(n).append(".v").append(vi);
                }
                line(sw.append(" ]").toString());
                for (int vi = 0; vi < def.variants().size(); vi++) {
                    out.append("eq").append(n).append(".v").append(vi).append(":\n");
                    rac.ty.AdtDef.VariantDef v = def.variants().get(vi);
                    String acc = "true";
                    for (int i = 0; i < v.fields().size(); i++) {
                        Ty ft = def.fieldTy(v, i, adt);
                        if (types.isZeroSized(ft)) {
                            continue;
                        }
                        acc = and(acc, structEq(ft, variantField(ty, a, vi, i), variantField(ty, b, vi, i)));
                    }
                    String z = fresh();
                    line(z + " = zext i1 " + acc + " to i8");
                    line("store i8 " + z + ", ptr " + result);
                    line("br label %" + done);
                }
                out.append(done).append(":\n");
                String r8 = fresh();
                line(r8 + " = load i8, ptr " + result);
                String r = fresh();
                line(r + " = trunc i8 " + r8 + " to i1");
                return r;
            }
            default -> throw new IllegalStateException("no equality for " + Ty.display(ty));
        }
    }

    private String icmpEq(Ty ty, String a, String b) {
        String r = fresh();
        line(r + " = icmp eq " + types.valueType(ty) + " " + load(ty, a) + ", " + load(ty, b));
        return r;
    }

    private String gep(Ty aggregate, String addr, int field) {
        String r = fresh();
        line(r + " = getelementptr inbounds " + types.memoryType(aggregate) + ", ptr " + addr + ", i32 0, i32 " + field);
        return r;
    }

    private String and(String a, String b) {
        if (a.equals("true")) {
            return b;
        }
        String r = fresh();
        line(r + " = and i1 " + a + ", " + b);
        return r;
    }

    /** An entry-block slot holding a copy of {@code v}, so that its parts can be addressed. */
    private String spill(Ty ty, String v) {
        String slot = "%spill" + (tmp++);
        extraAllocas.append("  ").append(slot).append(" = alloca ").append(types.memoryType(ty)).append('\n');
        line("store " + types.memoryType(ty) + " " + v + ", ptr " + slot);
        return slot;
    }

    private String loadForPrint(Ty ty, String addr) {
        return types.isZeroSized(ty) ? null : load(ty, addr);
    }

    /** Debug of an array or slice: {@code [a, b]}, or one element per line with {@code {:#?}}. */
    private void printElements(String fd, String base, Ty elem, String len, rac.hir.FmtSpec spec, String width,
                               String prec, int depth) {
        boolean pretty = spec.alternate();
        String counter = "%cnt" + (tmp++);
        extraAllocas.append("  ").append(counter).append(" = alloca i64\n");
        int n = tmp++;
        String head = "fmt" + n + ".head";
        String bodyL = "fmt" + n + ".body";
        String done = "fmt" + n + ".done";
        writeText(fd, "[");
        line("store i64 0, ptr " + counter);
        line("br label %" + head);
        out.append(head).append(":\n");
        String i = fresh();
        line(i + " = load i64, ptr " + counter);
        String more = fresh();
        line(more + " = icmp ult i64 " + i + ", " + len);
        line("br i1 " + more + ", label %" + bodyL + ", label %" + done);
        out.append(bodyL).append(":\n");
        if (pretty) {
            String first = fresh();
            line(first + " = icmp eq i64 " + i + ", 0");
            ifThen(first, () -> writeText(fd, "\n"));
            writeText(fd, "    ".repeat(depth + 1));
        } else {
            String notFirst = fresh();
            line(notFirst + " = icmp ne i64 " + i + ", 0");
            ifThen(notFirst, () -> writeText(fd, ", "));
        }
        String addr = null;
        if (!types.isZeroSized(elem)) {
            addr = fresh();
            line(addr + " = getelementptr inbounds " + types.memoryType(elem) + ", ptr " + base + ", i64 " + i);
        }
        printFormatted(fd, addr == null ? null : loadForPrint(elem, addr), elem, spec, width, prec, depth + 1);
        if (pretty) {
            writeText(fd, ",\n");
        }
        String next = fresh();
        line(next + " = add i64 " + i + ", 1");
        line("store i64 " + next + ", ptr " + counter);
        line("br label %" + head);
        out.append(done).append(":\n");
        if (pretty) {
            String nonEmpty = fresh();
            line(nonEmpty + " = icmp ne i64 " + len + ", 0");
            ifThen(nonEmpty, () -> writeText(fd, "    ".repeat(depth)));
        }
        writeText(fd, "]");
    }

    /** Emits {@code then} under the i1 condition {@code cond}, continuing after it either way. */
    private void ifThen(String cond, Runnable then) {
        int n = tmp++;
        String yes = "if" + n + ".then";
        String after = "if" + n + ".end";
        line("br i1 " + cond + ", label %" + yes + ", label %" + after);
        out.append(yes).append(":\n");
        then.run();
        line("br label %" + after);
        out.append(after).append(":\n");
    }

    /** {@code #[derive(Debug)]} output of a struct or enum value. */
    private void printAdt(String fd, String v, Ty.Adt a, rac.hir.FmtSpec spec, String width, String prec, int depth) {
        rac.ty.AdtDef def = types.adt(a);
        String addr = types.isZeroSized(a) ? null : spill(a, v);
        if (!def.isEnum()) {
            printVariantFields(fd, addr, a, def, 0, spec, width, prec, depth);
            return;
        }
        String tagAddr = fresh();
        line(tagAddr + " = getelementptr inbounds " + types.memoryType(a) + ", ptr " + addr + ", i32 0, i32 0");
        String tag = fresh();
        line(tag + " = load i64, ptr " + tagAddr);
        int n = tmp++;
        String done = "dbg" + n + ".done";
        StringBuilder sw = new StringBuilder("switch i64 " + tag + ", label %" + done + " [");
        for (int vi = 0; vi < def.variants().size(); vi++) {
            sw.append(" i64 ").append(def.variants().get(vi).discriminant().longValue()).append(", label %dbg").append(n)
                    .append(".v").append(vi);
        }
        line(sw.append(" ]").toString());
        for (int vi = 0; vi < def.variants().size(); vi++) {
            out.append("dbg").append(n).append(".v").append(vi).append(":\n");
            printVariantFields(fd, addr, a, def, vi, spec, width, prec, depth);
            line("br label %" + done);
        }
        out.append(done).append(":\n");
    }

    private void printVariantFields(String fd, String addr, Ty.Adt a, rac.ty.AdtDef def, int vi, rac.hir.FmtSpec spec,
                                    String width, String prec, int depth) {
        rac.ty.AdtDef.VariantDef v = def.variants().get(vi);
        boolean pretty = spec.alternate();
        writeText(fd, v.name());
        if (v.fields().isEmpty()) {
            return;
        }
        boolean record = v.kind() == rac.hir.ItemTree.FieldsKind.RECORD;
        writeText(fd, record ? (pretty ? " {\n" : " { ") : (pretty ? "(\n" : "("));
        for (int i = 0; i < v.fields().size(); i++) {
            Ty ft = def.fieldTy(v, i, a);
            if (pretty) {
                writeText(fd, "    ".repeat(depth + 1));
            } else if (i > 0) {
                writeText(fd, ", ");
            }
            if (record) {
                writeText(fd, v.fields().get(i).name() + ": ");
            }
            String val = null;
            if (!types.isZeroSized(ft)) {
                String fa;
                if (def.isEnum()) {
                    fa = variantField(a, addr, vi, i);
                } else {
                    fa = fresh();
                    line(fa + " = getelementptr inbounds " + types.memoryType(a) + ", ptr " + addr + ", i32 0, i32 " + i);
                }
                val = load(ft, fa);
            }
            printFormatted(fd, val, ft, spec, width, prec, depth + 1);
            if (pretty) {
                writeText(fd, ",\n");
            }
        }
        if (pretty) {
            writeText(fd, "    ".repeat(depth));
        }
        writeText(fd, record ? (pretty ? "}" : " }") : ")");
    }

    private void writeText(String fd, String text) {
        if (text.isEmpty()) {
            return;
        }
        String g = module.stringConstant(text);
        module.declare("declare void @rac_rt_write_str(i32, ptr, i64)");
        line("call void @rac_rt_write_str(i32 " + fd + ", ptr " + g + ", i64 " + ModuleBuilder.utf8Length(text) + ")");
    }
}
