package rac.mir;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import rac.ty.Ty;

/**
 * Monomorphization of a MIR body: every type in it (locals, projections, constants, rvalues, the
 * generic arguments of callees) with the generic parameters replaced by concrete arguments.
 */
public final class MirSubst {
    private final UnaryOperator<Ty> f;

    private MirSubst(UnaryOperator<Ty> f) {
        this.f = f;
    }

    /** The body instantiated with {@code args} for its generic parameters. */
    public static MirBody apply(MirBody body, List<Ty> args) {
        if (args.isEmpty()) {
            return body;
        }
        MirSubst s = new MirSubst(t -> Ty.subst(t, args));
        List<LocalDecl> locals = new ArrayList<>();
        for (LocalDecl d : body.locals()) {
            locals.add(new LocalDecl(s.f.apply(d.ty()), d.mutable(), d.name()));
        }
        List<BasicBlock> blocks = new ArrayList<>();
        for (BasicBlock b : body.blocks()) {
            List<Statement> stmts = new ArrayList<>();
            for (Statement st : b.statements()) {
                stmts.add(s.statement(st));
            }
            blocks.add(new BasicBlock(stmts, s.terminator(b.terminator())));
        }
        return new MirBody(body.name(), locals, body.argCount(), blocks);
    }

    /**
     * Resolves the callees of a monomorphic body: {@code resolver} maps a call of a trait's method
     * (with concrete arguments) to the implementing function, or returns null for a call rac
     * performs as a copy of the referenced value (a built-in {@code Clone::clone}).
     */
    public static MirBody resolveCalls(MirBody body, java.util.function.Function<ConstValue.Fn, ConstValue.Fn> resolver) {
        List<BasicBlock> blocks = new ArrayList<>();
        boolean changed = false;
        for (BasicBlock b : body.blocks()) {
            if (b.terminator() instanceof Terminator.Call c && c.func() instanceof Operand.Constant k
                    && k.value() instanceof ConstValue.Fn fn && fn.def() != null) {
                ConstValue.Fn to = resolver.apply(fn);
                if (to == null && c.args().size() == 1 && (c.args().get(0) instanceof Operand.Copy
                        || c.args().get(0) instanceof Operand.Move)) {
                    Place arg = c.args().get(0) instanceof Operand.Copy cp ? cp.place() : ((Operand.Move) c.args().get(0)).place();
                    List<Place.Projection> proj = new ArrayList<>(arg.projections());
                    proj.add(new Place.Projection.Deref());
                    List<Statement> stmts = new ArrayList<>(b.statements());
                    stmts.add(new Statement.Assign(c.destination(), new Rvalue.Use(new Operand.Copy(
                            new Place(arg.local(), proj)))));
                    blocks.add(new BasicBlock(stmts, new Terminator.Goto(c.target())));
                    changed = true;
                    continue;
                }
                if (to != null && !to.equals(fn)) {
                    blocks.add(new BasicBlock(b.statements(), new Terminator.Call(new Operand.Constant(to, k.ty()),
                            c.args(), c.destination(), c.target(), c.source())));
                    changed = true;
                    continue;
                }
            }
            blocks.add(b);
        }
        return changed ? new MirBody(body.name(), body.locals(), body.argCount(), blocks) : body;
    }

    /** A program's own formatting impl for a printed type: the {@code fmt} function to call. */
    public interface FormatImpls {
        /** The {@code fmt} of the Display ({@code debug} false) or Debug impl of {@code ty}, or null. */
        ConstValue.Fn fmt(Ty ty, boolean debug);

        /** The library's {@code fmt::Formatter} type. */
        Ty.Adt formatter();

        /** The library's {@code fmt::Result} type. */
        Ty result();
    }

    /**
     * Splits each print whose pieces include a value with a program-defined Display or Debug impl
     * (the plain {@code {}} / {@code {:?}} specs) into prints of the other pieces around a call
     * of that impl's {@code fmt} with a formatter on the same output stream.
     */
    public static MirBody expandFormatting(MirBody body, FormatImpls impls) {
        List<BasicBlock> blocks = new ArrayList<>(body.blocks());
        List<LocalDecl> locals = new ArrayList<>(body.locals());
        boolean changed = false;
        for (int bi = 0; bi < blocks.size(); bi++) {
            BasicBlock b = blocks.get(bi);
            if (!(b.terminator() instanceof Terminator.Print p) || p.panicAt() != null) {
                continue;
            }
            int split = -1;
            ConstValue.Fn fn = null;
            for (int i = 0; i < p.pieces().size() && split < 0; i++) {
                if (p.pieces().get(i) instanceof Terminator.PrintPiece.Value v && v.width() == null
                        && v.precision() == null) {
                    Ty t = v.ty() instanceof Ty.Ref r ? r.pointee() : v.ty();
                    boolean debug = v.spec().trait() == rac.hir.FmtSpec.Trait.DEBUG;
                    if (t instanceof Ty.Adt && (debug || v.spec().trait() == rac.hir.FmtSpec.Trait.DISPLAY)) {
                        fn = impls.fmt(t, debug);
                        if (fn != null) {
                            split = i;
                        }
                    }
                }
            }
            if (split < 0) {
                continue;
            }
            changed = true;
            Terminator.PrintPiece.Value v = (Terminator.PrintPiece.Value) p.pieces().get(split);
            Operand fd = p.sink() != null ? p.sink() : new Operand.Constant(new ConstValue.Scalar(
                    java.math.BigInteger.valueOf(p.stderr() ? 2 : 1)), Ty.I32);
            // Block layout: [this] print(before) -> [call] fmt(&value, &mut formatter) -> [rest] print(after).
            int callBlock = blocks.size();
            int restBlock = callBlock + 1;
            List<Statement> callStmts = new ArrayList<>();
            Operand selfRef;
            if (v.ty() instanceof Ty.Ref) {
                selfRef = v.operand();
            } else {
                int tmp = locals.size();
                locals.add(new LocalDecl(v.ty(), false, null));
                callStmts.add(new Statement.Assign(Place.local(tmp), new Rvalue.Use(v.operand())));
                int ref = locals.size();
                locals.add(new LocalDecl(new Ty.Ref(false, v.ty()), false, null));
                callStmts.add(new Statement.Assign(Place.local(ref), new Rvalue.Ref(false, Place.local(tmp))));
                selfRef = new Operand.Copy(Place.local(ref));
            }
            int fmtLocal = locals.size();
            locals.add(new LocalDecl(impls.formatter(), true, null));
            callStmts.add(new Statement.Assign(Place.local(fmtLocal), new Rvalue.Aggregate(impls.formatter(), 0,
                    List.of(fd))));
            int fmtRef = locals.size();
            locals.add(new LocalDecl(new Ty.Ref(true, impls.formatter()), false, null));
            callStmts.add(new Statement.Assign(Place.local(fmtRef), new Rvalue.Ref(true, Place.local(fmtLocal))));
            int result = locals.size();
            locals.add(new LocalDecl(impls.result(), false, null));
            blocks.add(new BasicBlock(callStmts, new Terminator.Call(new Operand.Constant(fn, Ty.UNIT),
                    List.of(selfRef, new Operand.Copy(Place.local(fmtRef))), Place.local(result), restBlock,
                    null)));
            blocks.add(new BasicBlock(List.of(), new Terminator.Print(p.stderr(),
                    p.pieces().subList(split + 1, p.pieces().size()), p.target(), null, p.sink())));
            blocks.set(bi, new BasicBlock(b.statements(), new Terminator.Print(p.stderr(),
                    p.pieces().subList(0, split), callBlock, null, p.sink())));
        }
        return changed ? new MirBody(body.name(), locals, body.argCount(), blocks) : body;
    }

    private Statement statement(Statement st) {
        return switch (st) {
            case Statement.Assign a -> new Statement.Assign(place(a.place()), rvalue(a.rvalue()));
            default -> st;
        };
    }

    private Place place(Place p) {
        List<Place.Projection> proj = new ArrayList<>();
        for (Place.Projection pr : p.projections()) {
            proj.add(pr instanceof Place.Projection.Field fl ? new Place.Projection.Field(fl.index(), f.apply(fl.ty())) : pr);
        }
        return new Place(p.local(), proj);
    }

    private Operand operand(Operand o) {
        return switch (o) {
            case Operand.Copy c -> new Operand.Copy(place(c.place()));
            case Operand.Move m -> new Operand.Move(place(m.place()));
            case Operand.Constant c -> new Operand.Constant(c.value() instanceof ConstValue.Fn fn
                    ? new ConstValue.Fn(fn.def(), fn.name(), fn.args().stream().map(f).toList()) : c.value(),
                    f.apply(c.ty()));
        };
    }

    private List<Operand> operands(List<Operand> ops) {
        return ops.stream().map(this::operand).toList();
    }

    private Rvalue rvalue(Rvalue rv) {
        return switch (rv) {
            case Rvalue.Use u -> new Rvalue.Use(operand(u.operand()));
            case Rvalue.BinaryOp b -> new Rvalue.BinaryOp(b.op(), operand(b.lhs()), operand(b.rhs()));
            case Rvalue.CheckedBinaryOp b -> new Rvalue.CheckedBinaryOp(b.op(), operand(b.lhs()), operand(b.rhs()));
            case Rvalue.UnaryOp u -> new Rvalue.UnaryOp(u.op(), operand(u.operand()));
            case Rvalue.Tuple t -> new Rvalue.Tuple(operands(t.operands()));
            case Rvalue.Ref r -> new Rvalue.Ref(r.mutable(), place(r.place()));
            case Rvalue.Cast c -> new Rvalue.Cast(operand(c.operand()), f.apply(c.target()));
            case Rvalue.Aggregate a -> new Rvalue.Aggregate((Ty.Adt) f.apply(a.adt()), a.variant(), operands(a.fields()));
            case Rvalue.Discriminant d -> new Rvalue.Discriminant(place(d.place()));
            case Rvalue.Array a -> new Rvalue.Array(f.apply(a.element()), operands(a.elements()));
            case Rvalue.Repeat r -> new Rvalue.Repeat(operand(r.value()), r.count());
            case Rvalue.Len l -> new Rvalue.Len(place(l.place()));
            case Rvalue.Unsize u -> new Rvalue.Unsize(operand(u.operand()), f.apply(u.target()));
            case Rvalue.SubSlice ss -> new Rvalue.SubSlice(place(ss.place()), operand(ss.start()), operand(ss.end()),
                    f.apply(ss.target()));
            case Rvalue.Intrinsic in -> new Rvalue.Intrinsic(in.function(), operands(in.args()));
        };
    }

    private Terminator terminator(Terminator t) {
        return switch (t) {
            case Terminator.SwitchInt s -> new Terminator.SwitchInt(operand(s.discr()), s.values(), s.targets(),
                    s.otherwise());
            case Terminator.Call c -> new Terminator.Call(operand(c.func()), operands(c.args()), place(c.destination()),
                    c.target(), c.source());
            case Terminator.Assert a -> new Terminator.Assert(operand(a.cond()), a.expected(), a.kind(), a.target(),
                    a.source(), operands(a.args()));
            case Terminator.Print p -> {
                List<Terminator.PrintPiece> pieces = new ArrayList<>();
                for (Terminator.PrintPiece piece : p.pieces()) {
                    pieces.add(piece instanceof Terminator.PrintPiece.Value v
                            ? new Terminator.PrintPiece.Value(operand(v.operand()), f.apply(v.ty()), v.spec(),
                            v.width() == null ? null : operand(v.width()),
                            v.precision() == null ? null : operand(v.precision()))
                            : piece);
                }
                yield new Terminator.Print(p.stderr(), pieces, p.target(), p.panicAt(),
                        p.sink() == null ? null : operand(p.sink()));
            }
            case Terminator.InlineAsm a -> new Terminator.InlineAsm(a.template(), a.operands().stream()
                    .map(o -> new Terminator.AsmOperand(o.kind(), o.reg(), o.explicit(),
                            o.in() == null ? null : operand(o.in()), o.out() == null ? null : place(o.out()), o.label()))
                    .toList(), a.options(), a.clobberAbis(), a.target());
            default -> t;
        };
    }
}
