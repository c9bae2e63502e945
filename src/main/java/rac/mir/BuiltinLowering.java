package rac.mir;

import java.math.BigInteger;
import java.util.List;
import rac.base.IntTy;
import rac.hir.BinaryOp;
import rac.ty.BuiltinMethods;
import rac.ty.Ty;

/**
 * Lowers a call of a builtin method of a primitive type ({@link BuiltinMethods}) to MIR: plain
 * rvalues, {@link Rvalue.Intrinsic} calls (LLVM intrinsics, libm, runtime helpers in {@code rt.c})
 * and {@code Assert}s with rustc's panics, following the bodies of the methods in Rust's core
 * library so that results and panics are the same. Panics that rustc reports inside core (overflow
 * in {@code pow}, {@code abs}, {@code next_power_of_two}) carry core's location.
 */
final class BuiltinLowering {
    /** The part of the MIR builder that a lowering needs. */
    interface Cfg {
        int newTemp(Ty ty);

        void push(Statement s);

        int newBlock();

        void terminate(Terminator t);

        void setCurrent(int block);

        boolean overflowChecks();
    }

    /** The source tree of rustc 1.95's standard library, as its panic locations print it. */
    static final String CORE_NUM = "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/core/src/num/mod.rs";

    private static final Ty U32 = new Ty.Int(IntTy.U32);
    private static final Ty U64 = new Ty.Int(IntTy.U64);
    private static final Ty I32 = Ty.I32;

    /** Index of each char predicate in {@code rac_rt_char_is}. */
    static final List<String> CHAR_PREDICATES = List.of("is_alphabetic", "is_numeric", "is_alphanumeric",
            "is_whitespace", "is_uppercase", "is_lowercase", "is_control", "is_ascii", "is_ascii_alphabetic",
            "is_ascii_uppercase", "is_ascii_lowercase", "is_ascii_alphanumeric", "is_ascii_digit",
            "is_ascii_hexdigit", "is_ascii_punctuation", "is_ascii_graphic", "is_ascii_whitespace",
            "is_ascii_control");

    private final Cfg cfg;
    private final SourceInfo callSite;

    private BuiltinLowering(Cfg cfg, SourceInfo callSite) {
        this.cfg = cfg;
        this.callSite = callSite;
    }

    /**
     * Writes {@code recv.name(args)} into {@code dest}; {@code self} is the receiver's type,
     * {@code callSite} the location of a panic rustc reports at the caller ({@code #[track_caller]}).
     */
    static void lower(Cfg cfg, Place dest, Ty self, String name, Operand recv, List<Operand> args,
                      SourceInfo callSite) {
        BuiltinLowering b = new BuiltinLowering(cfg, callSite);
        switch (self) {
            case Ty.Int it -> b.intMethod(dest, it, name, recv, args);
            case Ty.Float f -> b.floatMethod(dest, f, name, recv, args);
            case Ty.Char c -> b.charMethod(dest, name, recv, args);
            default -> throw new IllegalStateException("no builtin methods for " + Ty.display(self));
        }
    }

    // ---- helpers ----

    private void assign(Place dest, Rvalue rv) {
        cfg.push(new Statement.Assign(dest, rv));
    }

    private void use(Place dest, Operand op) {
        assign(dest, new Rvalue.Use(op));
    }

    private Operand temp(Ty ty, Rvalue rv) {
        int t = cfg.newTemp(ty);
        assign(Place.local(t), rv);
        return new Operand.Copy(Place.local(t));
    }

    private Place local(Ty ty) {
        return Place.local(cfg.newTemp(ty));
    }

    private Operand bin(BinaryOp op, Operand a, Operand b, Ty ty) {
        return temp(ty, new Rvalue.BinaryOp(op, a, b));
    }

    private Operand cmp(BinaryOp op, Operand a, Operand b) {
        return bin(op, a, b, Ty.BOOL);
    }

    private Operand call(String fn, Ty ret, Operand... args) {
        return temp(ret, new Rvalue.Intrinsic(fn, List.of(args)));
    }

    private Operand cast(Operand a, Ty to) {
        return temp(to, new Rvalue.Cast(a, to));
    }

    private static Operand intConst(BigInteger v, Ty ty) {
        return new Operand.Constant(new ConstValue.Scalar(v), ty);
    }

    private static Operand intConst(long v, Ty ty) {
        return intConst(BigInteger.valueOf(v), ty);
    }

    private static Operand boolConst(boolean v) {
        return new Operand.Constant(new ConstValue.Scalar(v ? BigInteger.ONE : BigInteger.ZERO), Ty.BOOL);
    }

    private static Operand floatConst(double v, Ty.Float ty) {
        long bits = ty.bits() == 32 ? Float.floatToRawIntBits((float) v) & 0xffffffffL : Double.doubleToRawLongBits(v);
        return new Operand.Constant(new ConstValue.Scalar(BigInteger.valueOf(bits)), ty);
    }

    private static Operand copy(Place p) {
        return new Operand.Copy(p);
    }

    /** Continues in a new block after asserting {@code cond == expected}. */
    private void check(Operand cond, boolean expected, AssertKind kind, SourceInfo source) {
        int next = cfg.newBlock();
        cfg.terminate(new Terminator.Assert(cond, expected, kind, next, source));
        cfg.setCurrent(next);
    }

    /**
     * Continues when {@code cond} holds; otherwise calls the runtime's panic {@code function} with
     * {@code values} (codegen adds the location of {@code where}).
     */
    private void panicUnless(Operand cond, String function, SourceInfo where, Operand... values) {
        int ok = cfg.newBlock();
        int fail = cfg.newBlock();
        cfg.terminate(new Terminator.SwitchInt(cond, List.of(0L), List.of(fail), ok));
        cfg.setCurrent(fail);
        int unit = cfg.newTemp(Ty.UNIT);
        cfg.terminate(new Terminator.Call(new Operand.Constant(new ConstValue.Fn(null, function), Ty.UNIT),
                List.of(values), Place.local(unit), -1, where));
        cfg.setCurrent(ok);
    }

    /** {@code if cond { then } else { otherwise }}, continuing after both. */
    private void branch(Operand cond, Runnable then, Runnable otherwise) {
        int thenBlock = cfg.newBlock();
        int elseBlock = cfg.newBlock();
        int join = cfg.newBlock();
        cfg.terminate(new Terminator.SwitchInt(cond, List.of(0L), List.of(elseBlock), thenBlock));
        cfg.setCurrent(thenBlock);
        then.run();
        cfg.terminate(new Terminator.Goto(join));
        cfg.setCurrent(elseBlock);
        otherwise.run();
        cfg.terminate(new Terminator.Goto(join));
        cfg.setCurrent(join);
    }

    /** The operand a {@code &T} argument points to. */
    private static Operand deref(Operand ref) {
        Place p = switch (ref) {
            case Operand.Copy c -> c.place();
            case Operand.Move m -> m.place();
            case Operand.Constant c -> throw new IllegalStateException("constant reference");
        };
        List<Place.Projection> proj = new java.util.ArrayList<>(p.projections());
        proj.add(new Place.Projection.Deref());
        return new Operand.Copy(new Place(p.local(), proj));
    }

    private static String llvmType(Ty t) {
        return switch (t) {
            case Ty.Int it -> "i" + it.kind().bits();
            case Ty.Float f -> "f" + f.bits();
            default -> throw new IllegalStateException(Ty.display(t));
        };
    }

    // ---- integers ----

    private static BigInteger minOf(IntTy k) {
        return k.signed() ? BigInteger.ONE.shiftLeft(k.bits() - 1).negate() : BigInteger.ZERO;
    }

    private static BigInteger maxOf(IntTy k) {
        return (k.signed() ? BigInteger.ONE.shiftLeft(k.bits() - 1) : BigInteger.ONE.shiftLeft(k.bits()))
                .subtract(BigInteger.ONE);
    }

    /** Where rustc reports an overflow inside core's methods of {@code k} (the {@code int_impl!} call). */
    private static SourceInfo coreLocation(IntTy k) {
        int line = switch (k) {
            case I8 -> 346;
            case I16 -> 370;
            case I32 -> 394;
            case I64 -> 418;
            case I128 -> 442;
            case ISIZE -> 519;
            case U8 -> 546;
            case U16 -> 1188;
            case U32 -> 1243;
            case U64 -> 1274;
            case U128 -> 1305;
            case USIZE -> 1400;
        };
        return new SourceInfo(0, 0, CORE_NUM, line, 5);
    }

    private void intMethod(Place dest, Ty.Int ty, String name, Operand x, List<Operand> args) {
        IntTy k = ty.kind();
        boolean signed = k.signed();
        String lt = llvmType(ty);
        Operand y = args.isEmpty() ? null : args.get(0);
        switch (name) {
            case "abs", "wrapping_abs", "unsigned_abs" -> {
                if (name.equals("abs") && cfg.overflowChecks()) {
                    check(cmp(BinaryOp.EQ, x, intConst(minOf(k), ty)), false, AssertKind.NEG_OVERFLOW, coreLocation(k));
                }
                Operand r = call("llvm.abs." + lt, ty, x, boolConst(false));
                use(dest, name.equals("unsigned_abs") ? cast(r, new Ty.Int(BuiltinMethods.unsignedOf(k))) : r);
            }
            case "saturating_abs", "saturating_neg" -> branch(cmp(BinaryOp.EQ, x, intConst(minOf(k), ty)),
                    () -> use(dest, intConst(maxOf(k), ty)),
                    () -> assign(dest, name.equals("saturating_abs")
                            ? new Rvalue.Intrinsic("llvm.abs." + lt, List.of(x, boolConst(false)))
                            : new Rvalue.BinaryOp(BinaryOp.SUB, intConst(0, ty), x)));
            case "pow" -> pow(dest, ty, x, y, cfg.overflowChecks() ? PowMode.PANIC : PowMode.WRAP);
            case "wrapping_pow" -> pow(dest, ty, x, y, PowMode.WRAP);
            case "saturating_pow" -> pow(dest, ty, x, y, PowMode.SATURATE);
            case "min", "max" -> assign(dest, new Rvalue.Intrinsic("llvm." + (signed ? "s" : "u") + name + "." + lt,
                    List.of(x, y)));
            case "clamp" -> {
                Ty wide = new Ty.Int(signed ? IntTy.I128 : IntTy.U128);
                panicUnless(cmp(BinaryOp.LE, y, args.get(1)), "rac_rt_panic_clamp_int", callSite,
                        cast(y, wide), cast(args.get(1), wide), intConst(signed ? 1 : 0, I32), intConst(k.bits(), I32));
                String s = signed ? "s" : "u";
                Operand lo = call("llvm." + s + "min." + lt, ty, x, args.get(1));
                assign(dest, new Rvalue.Intrinsic("llvm." + s + "max." + lt, List.of(lo, y)));
            }
            case "signum" -> {
                Operand pos = cast(cmp(BinaryOp.GT, x, intConst(0, ty)), ty);
                Operand neg = cast(cmp(BinaryOp.LT, x, intConst(0, ty)), ty);
                assign(dest, new Rvalue.BinaryOp(BinaryOp.SUB, pos, neg));
            }
            case "is_positive" -> assign(dest, new Rvalue.BinaryOp(BinaryOp.GT, x, intConst(0, ty)));
            case "is_negative" -> assign(dest, new Rvalue.BinaryOp(BinaryOp.LT, x, intConst(0, ty)));
            case "wrapping_add" -> assign(dest, new Rvalue.BinaryOp(BinaryOp.ADD, x, y));
            case "wrapping_sub" -> assign(dest, new Rvalue.BinaryOp(BinaryOp.SUB, x, y));
            case "wrapping_mul" -> assign(dest, new Rvalue.BinaryOp(BinaryOp.MUL, x, y));
            case "wrapping_neg" -> assign(dest, new Rvalue.BinaryOp(BinaryOp.SUB, intConst(0, ty), x));
            case "overflowing_neg" -> assign(dest, new Rvalue.CheckedBinaryOp(BinaryOp.SUB, intConst(0, ty), x));
            case "wrapping_shl", "wrapping_shr" -> assign(dest, new Rvalue.BinaryOp(name.endsWith("shl") ? BinaryOp.SHL
                    : BinaryOp.SHR, x, y));
            case "wrapping_div", "wrapping_rem" -> {
                boolean rem = name.endsWith("rem");
                check(cmp(BinaryOp.EQ, y, intConst(0, ty)), false, rem ? AssertKind.REM_BY_ZERO
                        : AssertKind.DIV_BY_ZERO, signed ? coreLocation(k) : callSite);
                if (!signed) {
                    assign(dest, new Rvalue.BinaryOp(rem ? BinaryOp.REM : BinaryOp.DIV, x, y));
                } else {
                    // MIN / -1 wraps to MIN (and MIN % -1 is 0) instead of overflowing.
                    branch(cmp(BinaryOp.EQ, y, intConst(-1, ty)),
                            () -> assign(dest, rem ? new Rvalue.Use(intConst(0, ty))
                                    : new Rvalue.BinaryOp(BinaryOp.SUB, intConst(0, ty), x)),
                            () -> assign(dest, new Rvalue.BinaryOp(rem ? BinaryOp.REM : BinaryOp.DIV, x, y)));
                }
            }
            case "div_ceil" -> {
                check(cmp(BinaryOp.EQ, y, intConst(0, ty)), false, AssertKind.DIV_BY_ZERO, callSite);
                Operand q = bin(BinaryOp.DIV, x, y, ty);
                Operand r = bin(BinaryOp.REM, x, y, ty);
                branch(cmp(BinaryOp.NE, r, intConst(0, ty)),
                        () -> assign(dest, new Rvalue.BinaryOp(BinaryOp.ADD, q, intConst(1, ty))), () -> use(dest, q));
            }
            case "saturating_add", "saturating_sub" -> assign(dest, new Rvalue.Intrinsic("llvm." + (signed ? "s" : "u")
                    + (name.endsWith("add") ? "add" : "sub") + ".sat." + lt, List.of(x, y)));
            case "saturating_mul" -> {
                Operand pair = temp(new Ty.Tuple(List.of(ty, Ty.BOOL)), new Rvalue.CheckedBinaryOp(BinaryOp.MUL, x, y));
                Place p = ((Operand.Copy) pair).place();
                Operand overflow = copy(new Place(p.local(), List.of(new Place.Projection.Field(1, Ty.BOOL))));
                Operand value = copy(new Place(p.local(), List.of(new Place.Projection.Field(0, ty))));
                branch(overflow, () -> {
                    if (signed) {
                        Operand sameSign = cmp(BinaryOp.EQ, cmp(BinaryOp.LT, x, intConst(0, ty)),
                                cmp(BinaryOp.LT, y, intConst(0, ty)));
                        branch(sameSign, () -> use(dest, intConst(maxOf(k), ty)),
                                () -> use(dest, intConst(minOf(k), ty)));
                    } else {
                        use(dest, intConst(maxOf(k), ty));
                    }
                }, () -> use(dest, value));
            }
            case "overflowing_add" -> assign(dest, new Rvalue.CheckedBinaryOp(BinaryOp.ADD, x, y));
            case "overflowing_sub" -> assign(dest, new Rvalue.CheckedBinaryOp(BinaryOp.SUB, x, y));
            case "overflowing_mul" -> assign(dest, new Rvalue.CheckedBinaryOp(BinaryOp.MUL, x, y));
            case "count_ones", "count_zeros", "leading_zeros", "trailing_zeros", "leading_ones", "trailing_ones" -> {
                Operand v = name.equals("count_zeros") || name.endsWith("_ones") && !name.equals("count_ones")
                        ? temp(ty, new Rvalue.UnaryOp(rac.hir.UnaryOp.NOT, x)) : x;
                Operand r = name.startsWith("count")
                        ? call("llvm.ctpop." + lt, ty, v)
                        : call("llvm." + (name.startsWith("leading") ? "ctlz." : "cttz.") + lt, ty, v, boolConst(false));
                assign(dest, new Rvalue.Cast(r, U32));
            }
            case "rotate_left", "rotate_right" -> {
                Operand n = cast(y, ty);
                assign(dest, new Rvalue.Intrinsic("llvm." + (name.equals("rotate_left") ? "fshl." : "fshr.") + lt,
                        List.of(x, x, n)));
            }
            case "swap_bytes", "to_be" -> {
                if (k.bits() == 8) {
                    use(dest, x);
                } else {
                    assign(dest, new Rvalue.Intrinsic("llvm.bswap." + lt, List.of(x)));
                }
            }
            case "to_le" -> use(dest, x);
            case "reverse_bits" -> assign(dest, new Rvalue.Intrinsic("llvm.bitreverse." + lt, List.of(x)));
            case "abs_diff" -> {
                Ty u = new Ty.Int(BuiltinMethods.unsignedOf(k));
                Operand ux = signed ? cast(x, u) : x;
                Operand uy = signed ? cast(y, u) : y;
                branch(cmp(BinaryOp.LT, x, y), () -> assign(dest, new Rvalue.BinaryOp(BinaryOp.SUB, uy, ux)),
                        () -> assign(dest, new Rvalue.BinaryOp(BinaryOp.SUB, ux, uy)));
            }
            case "rem_euclid", "div_euclid" -> euclid(dest, ty, name.equals("rem_euclid"), x, y);
            case "is_power_of_two" -> assign(dest, new Rvalue.BinaryOp(BinaryOp.EQ, call("llvm.ctpop." + lt, ty, x),
                    intConst(1, ty)));
            case "next_power_of_two" -> {
                Place m = local(ty);
                branch(cmp(BinaryOp.LE, x, intConst(1, ty)), () -> use(m, intConst(0, ty)), () -> {
                    Operand p = bin(BinaryOp.SUB, x, intConst(1, ty), ty);
                    Operand z = call("llvm.ctlz." + lt, ty, p, boolConst(false));
                    assign(m, new Rvalue.BinaryOp(BinaryOp.SHR, intConst(maxOf(k), ty), z));
                });
                addOne(dest, ty, copy(m), coreLocation(k));
            }
            case "ilog2", "ilog10" -> {
                check(cmp(BinaryOp.GT, x, intConst(0, ty)), true, AssertKind.ILOG_NONPOSITIVE, callSite);
                if (name.equals("ilog2")) {
                    Operand z = call("llvm.ctlz." + lt, ty, x, boolConst(false));
                    Operand r = bin(BinaryOp.SUB, intConst(k.bits() - 1, ty), z, ty);
                    assign(dest, new Rvalue.Cast(r, U32));
                } else if (k.bits() == 128) {
                    assign(dest, new Rvalue.Intrinsic("rac_rt_ilog10_u128", List.of(x)));
                } else {
                    assign(dest, new Rvalue.Intrinsic("rac_rt_ilog10_u64", List.of(cast(x, U64))));
                }
            }
            case "isqrt" -> {
                if (signed) {
                    check(cmp(BinaryOp.GE, x, intConst(0, ty)), true, AssertKind.ISQRT_NEGATIVE, callSite);
                }
                if (k.bits() == 128) {
                    assign(dest, new Rvalue.Intrinsic("rac_rt_isqrt_u128", List.of(x)));
                } else {
                    Operand r = call("rac_rt_isqrt_u64", U64, cast(x, U64));
                    assign(dest, new Rvalue.Cast(r, ty));
                }
            }
            case "is_ascii", "is_ascii_alphabetic", "is_ascii_uppercase", "is_ascii_lowercase",
                 "is_ascii_alphanumeric", "is_ascii_digit", "is_ascii_hexdigit", "is_ascii_punctuation",
                 "is_ascii_graphic", "is_ascii_whitespace", "is_ascii_control" ->
                    charIs(dest, name, cast(x, U32));
            case "to_ascii_uppercase", "to_ascii_lowercase" -> {
                Operand r = call("rac_rt_ascii_case", U32, cast(x, U32), intConst(name.endsWith("uppercase") ? 1 : 0, I32));
                assign(dest, new Rvalue.Cast(r, ty));
            }
            case "eq_ignore_ascii_case" -> {
                Operand a = call("rac_rt_ascii_case", U32, cast(x, U32), intConst(0, I32));
                Operand b = call("rac_rt_ascii_case", U32, cast(deref(y), U32), intConst(0, I32));
                assign(dest, new Rvalue.BinaryOp(BinaryOp.EQ, a, b));
            }
            default -> throw new IllegalStateException("builtin integer method " + name);
        }
    }

    /** {@code dest = v + 1}, checked (with the panic at {@code where}) when overflow checks are on. */
    private void addOne(Place dest, Ty ty, Operand v, SourceInfo where) {
        if (!cfg.overflowChecks()) {
            assign(dest, new Rvalue.BinaryOp(BinaryOp.ADD, v, intConst(1, ty)));
            return;
        }
        Operand pair = temp(new Ty.Tuple(List.of(ty, Ty.BOOL)), new Rvalue.CheckedBinaryOp(BinaryOp.ADD, v,
                intConst(1, ty)));
        Place p = ((Operand.Copy) pair).place();
        check(copy(new Place(p.local(), List.of(new Place.Projection.Field(1, Ty.BOOL)))), false,
                AssertKind.ADD_OVERFLOW, where);
        use(dest, copy(new Place(p.local(), List.of(new Place.Projection.Field(0, ty)))));
    }

    /** How {@code pow} treats overflow. */
    private enum PowMode { PANIC, WRAP, SATURATE }

    /** core's {@code pow}: exponentiation by squaring, returning as soon as the last bit is used. */
    private void pow(Place dest, Ty.Int ty, Operand x, Operand exp, PowMode mode) {
        IntTy k = ty.kind();
        int done = cfg.newBlock();
        int saturate = mode == PowMode.SATURATE ? cfg.newBlock() : -1;
        Place base = local(ty);
        Place acc = local(ty);
        Place e = local(U32);
        use(base, x);
        use(acc, intConst(1, ty));
        use(e, exp);
        if (exp instanceof Operand.Constant c && c.value() instanceof ConstValue.Scalar sc) {
            // A constant exponent: the loop unrolled at compile time, with the same multiplications
            // (and overflow checks) in the same order.
            long left = sc.bits().longValue() & 0xffffffffL;
            use(dest, intConst(1, ty));
            while (left != 0) {
                if ((left & 1) == 1) {
                    mul(acc, copy(acc), copy(base), ty, mode, saturate);
                    if (left == 1) {
                        use(dest, copy(acc));
                        break;
                    }
                }
                left >>= 1;
                mul(base, copy(base), copy(base), ty, mode, saturate);
            }
            cfg.terminate(new Terminator.Goto(done));
        } else {
            loopPow(dest, ty, base, acc, e, done, mode, saturate);
        }
        if (saturate >= 0) {
            cfg.setCurrent(saturate);
            if (k.signed()) {
                Operand neg = cmp(BinaryOp.LT, x, intConst(0, ty));
                Operand oddExp = cmp(BinaryOp.EQ, bin(BinaryOp.BIT_AND, exp, intConst(1, U32), U32), intConst(1, U32));
                Operand both = bin(BinaryOp.BIT_AND, neg, oddExp, Ty.BOOL);
                branch(both, () -> use(dest, intConst(minOf(k), ty)), () -> use(dest, intConst(maxOf(k), ty)));
            } else {
                use(dest, intConst(maxOf(k), ty));
            }
            cfg.terminate(new Terminator.Goto(done));
        }
        cfg.setCurrent(done);
    }

    /** The exponentiation loop for an exponent known only at run time. */
    private void loopPow(Place dest, Ty.Int ty, Place base, Place acc, Place e, int done, PowMode mode, int saturate) {
        int nonZero = cfg.newBlock();
        int loop = cfg.newBlock();
        use(dest, intConst(1, ty));
        cfg.terminate(new Terminator.SwitchInt(copy(e), List.of(0L), List.of(done), nonZero));
        cfg.setCurrent(nonZero);
        cfg.terminate(new Terminator.Goto(loop));
        cfg.setCurrent(loop);
        Operand bit = bin(BinaryOp.BIT_AND, copy(e), intConst(1, U32), U32);
        int odd = cfg.newBlock();
        int square = cfg.newBlock();
        cfg.terminate(new Terminator.SwitchInt(bit, List.of(0L), List.of(square), odd));
        cfg.setCurrent(odd);
        mul(acc, copy(acc), copy(base), ty, mode, saturate);
        use(dest, copy(acc));
        cfg.terminate(new Terminator.SwitchInt(copy(e), List.of(1L), List.of(done), square));
        cfg.setCurrent(square);
        assign(e, new Rvalue.BinaryOp(BinaryOp.SHR, copy(e), intConst(1, U32)));
        mul(base, copy(base), copy(base), ty, mode, saturate);
        cfg.terminate(new Terminator.Goto(loop));
    }

    private void mul(Place dest, Operand a, Operand b, Ty.Int ty, PowMode mode, int saturate) {
        if (mode == PowMode.WRAP) {
            assign(dest, new Rvalue.BinaryOp(BinaryOp.MUL, a, b));
            return;
        }
        Operand pair = temp(new Ty.Tuple(List.of(ty, Ty.BOOL)), new Rvalue.CheckedBinaryOp(BinaryOp.MUL, a, b));
        Place p = ((Operand.Copy) pair).place();
        Operand overflow = copy(new Place(p.local(), List.of(new Place.Projection.Field(1, Ty.BOOL))));
        if (mode == PowMode.PANIC) {
            check(overflow, false, AssertKind.MUL_OVERFLOW, coreLocation(ty.kind()));
        } else {
            int ok = cfg.newBlock();
            cfg.terminate(new Terminator.SwitchInt(overflow, List.of(0L), List.of(ok), saturate));
            cfg.setCurrent(ok);
        }
        use(dest, copy(new Place(p.local(), List.of(new Place.Projection.Field(0, ty)))));
    }

    /** {@code rem_euclid} / {@code div_euclid}: the division's checks at the call site, then the adjustment. */
    private void euclid(Place dest, Ty.Int ty, boolean rem, Operand x, Operand y) {
        IntTy k = ty.kind();
        check(cmp(BinaryOp.EQ, y, intConst(0, ty)), false, rem ? AssertKind.REM_BY_ZERO : AssertKind.DIV_BY_ZERO,
                callSite);
        if (!k.signed()) {
            assign(dest, new Rvalue.BinaryOp(rem ? BinaryOp.REM : BinaryOp.DIV, x, y));
            return;
        }
        Operand overflow = bin(BinaryOp.BIT_AND, cmp(BinaryOp.EQ, y, intConst(-1, ty)),
                cmp(BinaryOp.EQ, x, intConst(minOf(k), ty)), Ty.BOOL);
        check(overflow, false, rem ? AssertKind.REM_OVERFLOW : AssertKind.DIV_OVERFLOW, callSite);
        Operand r = bin(BinaryOp.REM, x, y, ty);
        Operand negative = cmp(BinaryOp.LT, r, intConst(0, ty));
        if (rem) {
            // r.wrapping_add(rhs.wrapping_abs())
            branch(negative, () -> assign(dest, new Rvalue.BinaryOp(BinaryOp.ADD, r,
                    call("llvm.abs." + llvmType(ty), ty, y, boolConst(false)))), () -> use(dest, r));
            return;
        }
        Operand q = bin(BinaryOp.DIV, x, y, ty);
        branch(negative, () -> branch(cmp(BinaryOp.GT, y, intConst(0, ty)),
                () -> assign(dest, new Rvalue.BinaryOp(BinaryOp.SUB, q, intConst(1, ty))),
                () -> assign(dest, new Rvalue.BinaryOp(BinaryOp.ADD, q, intConst(1, ty)))), () -> use(dest, q));
    }

    // ---- floats ----

    private void floatMethod(Place dest, Ty.Float ty, String name, Operand x, List<Operand> args) {
        String lt = llvmType(ty);
        boolean f32 = ty.bits() == 32;
        Operand y = args.isEmpty() ? null : args.get(0);
        String llvm = switch (name) {
            case "sqrt", "exp", "exp2", "log10", "log2", "sin", "cos", "floor", "ceil", "round", "trunc" -> name;
            case "abs" -> "fabs";
            case "ln" -> "log";
            case "round_ties_even" -> "roundeven";
            case "powf" -> "pow";
            case "min" -> "minnum";
            case "max" -> "maxnum";
            case "copysign" -> "copysign";
            case "mul_add" -> "fma";
            default -> null;
        };
        if (llvm != null) {
            assign(dest, new Rvalue.Intrinsic("llvm." + llvm + "." + lt, List.copyOf(prepend(x, args))));
            return;
        }
        String libm = switch (name) {
            case "tan", "asin", "acos", "atan", "atan2", "sinh", "cosh", "tanh", "cbrt", "hypot" -> name;
            case "exp_m1" -> "expm1";
            case "ln_1p" -> "log1p";
            default -> null;
        };
        if (libm != null) {
            assign(dest, new Rvalue.Intrinsic(f32 ? libm + "f" : libm, List.copyOf(prepend(x, args))));
            return;
        }
        switch (name) {
            case "powi" -> assign(dest, new Rvalue.Intrinsic("llvm.powi." + lt + ".i32", List.of(x, y)));
            case "fract" -> assign(dest, new Rvalue.BinaryOp(BinaryOp.SUB, x, call("llvm.trunc." + lt, ty, x)));
            case "recip" -> assign(dest, new Rvalue.BinaryOp(BinaryOp.DIV, floatConst(1.0, ty), x));
            case "to_degrees" -> assign(dest, new Rvalue.BinaryOp(BinaryOp.MUL, x, f32
                    ? floatConst(57.2957795130823208767981548141051703f, ty) : floatConst(180.0 / Math.PI, ty)));
            case "to_radians" -> assign(dest, new Rvalue.BinaryOp(BinaryOp.MUL, x, f32
                    ? floatConst((float) Math.PI / 180.0f, ty) : floatConst(Math.PI / 180.0, ty)));
            case "log" -> assign(dest, new Rvalue.BinaryOp(BinaryOp.DIV, call("llvm.log." + lt, ty, x),
                    call("llvm.log." + lt, ty, y)));
            case "signum" -> branch(cmp(BinaryOp.NE, x, x), () -> use(dest, floatConst(Double.NaN, ty)),
                    () -> assign(dest, new Rvalue.Intrinsic("llvm.copysign." + lt, List.of(floatConst(1.0, ty), x))));
            case "is_nan" -> assign(dest, new Rvalue.BinaryOp(BinaryOp.NE, x, x));
            case "is_infinite" -> assign(dest, new Rvalue.BinaryOp(BinaryOp.EQ, call("llvm.fabs." + lt, ty, x),
                    floatConst(Double.POSITIVE_INFINITY, ty)));
            case "is_finite" -> assign(dest, new Rvalue.BinaryOp(BinaryOp.LT, call("llvm.fabs." + lt, ty, x),
                    floatConst(Double.POSITIVE_INFINITY, ty)));
            case "is_normal" -> {
                Operand a = call("llvm.fabs." + lt, ty, x);
                Operand min = floatConst(f32 ? Float.MIN_NORMAL : Double.MIN_NORMAL, ty);
                assign(dest, new Rvalue.BinaryOp(BinaryOp.BIT_AND, cmp(BinaryOp.GE, a, min),
                        cmp(BinaryOp.LT, a, floatConst(Double.POSITIVE_INFINITY, ty))));
            }
            case "is_subnormal" -> {
                Operand a = call("llvm.fabs." + lt, ty, x);
                Operand min = floatConst(f32 ? Float.MIN_NORMAL : Double.MIN_NORMAL, ty);
                assign(dest, new Rvalue.BinaryOp(BinaryOp.BIT_AND, cmp(BinaryOp.LT, a, min),
                        cmp(BinaryOp.NE, a, floatConst(0.0, ty))));
            }
            case "is_sign_negative", "is_sign_positive" -> {
                Operand s = call("llvm.copysign." + lt, ty, floatConst(1.0, ty), x);
                assign(dest, new Rvalue.BinaryOp(name.equals("is_sign_negative") ? BinaryOp.LT : BinaryOp.GT, s,
                        floatConst(0.0, ty)));
            }
            case "rem_euclid" -> {
                Operand r = bin(BinaryOp.REM, x, y, ty);
                branch(cmp(BinaryOp.LT, r, floatConst(0.0, ty)), () -> assign(dest, new Rvalue.BinaryOp(BinaryOp.ADD,
                        r, call("llvm.fabs." + lt, ty, y))), () -> use(dest, r));
            }
            case "div_euclid" -> {
                Operand q = call("llvm.trunc." + lt, ty, bin(BinaryOp.DIV, x, y, ty));
                Operand r = bin(BinaryOp.REM, x, y, ty);
                branch(cmp(BinaryOp.LT, r, floatConst(0.0, ty)), () -> branch(cmp(BinaryOp.GT, y, floatConst(0.0, ty)),
                        () -> assign(dest, new Rvalue.BinaryOp(BinaryOp.SUB, q, floatConst(1.0, ty))),
                        () -> assign(dest, new Rvalue.BinaryOp(BinaryOp.ADD, q, floatConst(1.0, ty)))),
                        () -> use(dest, q));
            }
            case "clamp" -> {
                Operand max = args.get(1);
                Ty f64 = new Ty.Float(64);
                SourceInfo core = new SourceInfo(0, 0, CORE_NUM.replace("mod.rs", f32 ? "f32.rs" : "f64.rs"),
                        f32 ? 1504 : 1502, 9);
                panicUnless(cmp(BinaryOp.LE, y, max), "rac_rt_panic_clamp_float", core,
                        f32 ? cast(y, f64) : y, f32 ? cast(max, f64) : max, intConst(f32 ? 1 : 0, I32));
                Place v = local(ty);
                use(v, x);
                branch(cmp(BinaryOp.LT, copy(v), y), () -> use(v, y), () -> { });
                branch(cmp(BinaryOp.GT, copy(v), max), () -> use(v, max), () -> { });
                use(dest, copy(v));
            }
            default -> throw new IllegalStateException("builtin float method " + name);
        }
    }

    private static List<Operand> prepend(Operand x, List<Operand> rest) {
        List<Operand> all = new java.util.ArrayList<>();
        all.add(x);
        all.addAll(rest);
        return all;
    }

    // ---- char ----

    private void charIs(Place dest, String name, Operand c) {
        assign(dest, new Rvalue.Intrinsic("rac_rt_char_is", List.of(c, intConst(CHAR_PREDICATES.indexOf(name), I32))));
    }

    private void charMethod(Place dest, String name, Operand c, List<Operand> args) {
        if (CHAR_PREDICATES.contains(name)) {
            charIs(dest, name, cast(c, U32));
            return;
        }
        switch (name) {
            case "to_ascii_uppercase", "to_ascii_lowercase" -> {
                Operand r = call("rac_rt_ascii_case", U32, cast(c, U32), intConst(name.endsWith("uppercase") ? 1 : 0, I32));
                assign(dest, new Rvalue.Cast(r, Ty.CHAR));
            }
            case "eq_ignore_ascii_case" -> {
                Operand a = call("rac_rt_ascii_case", U32, cast(c, U32), intConst(0, I32));
                Operand b = call("rac_rt_ascii_case", U32, cast(deref(args.get(0)), U32), intConst(0, I32));
                assign(dest, new Rvalue.BinaryOp(BinaryOp.EQ, a, b));
            }
            case "is_digit" -> {
                Operand radix = args.get(0);
                Operand offset = bin(BinaryOp.SUB, radix, intConst(2, U32), U32);
                check(cmp(BinaryOp.LE, offset, intConst(34, U32)), true, AssertKind.DIGIT_RADIX,
                        new SourceInfo(0, 0, CORE_NUM.replace("num/mod.rs", "char/methods.rs"), 403, 9));
                assign(dest, new Rvalue.Intrinsic("rac_rt_char_is_digit", List.of(cast(c, U32), radix)));
            }
            case "len_utf8", "len_utf16" -> {
                Operand r = call(name.equals("len_utf8") ? "rac_rt_char_len_utf8" : "rac_rt_char_len_utf16", U32,
                        cast(c, U32));
                assign(dest, new Rvalue.Cast(r, Ty.USIZE));
            }
            default -> throw new IllegalStateException("builtin char method " + name);
        }
    }
}
