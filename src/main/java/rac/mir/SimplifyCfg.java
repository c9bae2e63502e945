package rac.mir;

import java.util.ArrayList;
import java.util.List;

/** Removes blocks unreachable from {@code bb0} and renumbers the rest, keeping their order. */
public final class SimplifyCfg {
    private SimplifyCfg() {
    }

    public static MirBody run(MirBody body) {
        int n = body.blocks().size();
        boolean[] reachable = new boolean[n];
        int[] stack = new int[n + 1];
        int sp = 0;
        stack[sp++] = 0;
        reachable[0] = true;
        while (sp > 0) {
            int b = stack[--sp];
            for (int s : successors(body.blocks().get(b).terminator())) {
                if (!reachable[s]) {
                    reachable[s] = true;
                    stack[sp++] = s;
                }
            }
        }
        int[] remap = new int[n];
        List<BasicBlock> kept = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            remap[i] = reachable[i] ? kept.size() : -1;
            if (reachable[i]) {
                kept.add(body.blocks().get(i));
            }
        }
        List<BasicBlock> out = new ArrayList<>();
        for (BasicBlock b : kept) {
            out.add(new BasicBlock(b.statements(), renumber(b.terminator(), remap)));
        }
        return new MirBody(body.name(), body.locals(), body.argCount(), out);
    }

    /** The blocks a terminator may jump to. */
    public static List<Integer> successors(Terminator t) {
        return switch (t) {
            case Terminator.Goto g -> List.of(g.target());
            case Terminator.SwitchInt s -> {
                List<Integer> l = new ArrayList<>(s.targets());
                l.add(s.otherwise());
                yield l;
            }
            case Terminator.Return r -> List.of();
            case Terminator.Unreachable u -> List.of();
            case Terminator.Call c -> c.target() >= 0 ? List.of(c.target()) : List.of();
            case Terminator.Assert a -> List.of(a.target());
            case Terminator.Print p -> p.target() < 0 ? List.of() : List.of(p.target());
            case Terminator.InlineAsm a -> {
                List<Integer> l = new ArrayList<>();
                if (a.target() >= 0) {
                    l.add(a.target());
                }
                for (Terminator.AsmOperand o : a.operands()) {
                    if (o.label() >= 0) {
                        l.add(o.label());
                    }
                }
                yield l;
            }
        };
    }

    private static Terminator renumber(Terminator t, int[] m) {
        return switch (t) {
            case Terminator.Goto g -> new Terminator.Goto(m[g.target()]);
            case Terminator.SwitchInt s -> new Terminator.SwitchInt(s.discr(), s.values(),
                    s.targets().stream().map(x -> m[x]).toList(), m[s.otherwise()]);
            case Terminator.Return r -> r;
            case Terminator.Unreachable u -> u;
            case Terminator.Call c -> new Terminator.Call(c.func(), c.args(), c.destination(),
                    c.target() >= 0 ? m[c.target()] : -1, c.source());
            case Terminator.Assert a -> new Terminator.Assert(a.cond(), a.expected(), a.kind(), m[a.target()],
                    a.source(), a.args());
            case Terminator.Print p -> new Terminator.Print(p.stderr(), p.pieces(), p.target() < 0 ? -1 : m[p.target()],
                    p.panicAt(), p.sink());
            case Terminator.InlineAsm a -> new Terminator.InlineAsm(a.template(), a.operands().stream()
                    .map(o -> o.label() < 0 ? o : new Terminator.AsmOperand(o.kind(), o.reg(), o.explicit(), o.in(),
                            o.out(), m[o.label()])).toList(), a.options(), a.clobberAbis(),
                    a.target() < 0 ? -1 : m[a.target()]);
        };
    }
}
