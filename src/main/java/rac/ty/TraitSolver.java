package rac.ty;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import rac.hir.DefId;

/**
 * Trait selection: whether a type implements a trait, and through what — an impl (with the
 * impl's generic arguments found by matching its header) or a where-clause of the enclosing
 * definition (its "param env", elaborated with supertraits). Works on types that may still hold
 * inference variables ({@code resolve} sees through them); an unresolved self type is ambiguous.
 */
public final class TraitSolver {
    /** How a trait goal holds. */
    public sealed interface Selection {
        /** Through impl {@code impl} with its generic arguments (null where the header says nothing). */
        record Impl(DefId impl, Ty[] args) implements Selection { }

        /** Through a where clause (or a supertrait of one). */
        record Param(TraitRef bound) implements Selection { }

        /** Not decidable yet (the self type is an inference variable). */
        record Ambiguous() implements Selection { }
    }

    private final TyEnv env;
    private final UnaryOperator<Ty> resolve;
    private final List<TraitRef> paramEnv;

    public TraitSolver(TyEnv env, UnaryOperator<Ty> resolve, List<TraitRef> predicates) {
        this.env = env;
        this.resolve = resolve;
        this.paramEnv = elaborate(env, predicates);
    }

    /** The predicates with the supertraits of each added, transitively. */
    public static List<TraitRef> elaborate(TyEnv env, List<TraitRef> predicates) {
        List<TraitRef> out = new ArrayList<>(predicates);
        for (int i = 0; i < out.size() && i < 256; i++) {
            TraitRef p = out.get(i);
            for (TraitRef sup : env.superTraits(p.trait())) {
                TraitRef s = sup.subst(p.args());
                if (!out.contains(s)) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    public List<TraitRef> paramEnv() {
        return paramEnv;
    }

    /** How {@code goal} holds, or null when it does not. */
    public Selection select(TraitRef goal) {
        return select(goal, 0);
    }

    private Selection select(TraitRef goal, int depth) {
        Ty self = resolve.apply(goal.self());
        if (self instanceof Ty.Infer v && v.kind() != Ty.InferKind.GENERAL) {
            // An integer or float literal: the one impl for a type of its kind, as rustc's probe finds.
            Selection only = null;
            for (DefId impl : env.traitImpls(goal.trait())) {
                TraitRef header = env.implTrait(impl);
                Ty hs = header == null ? null : header.self();
                boolean fits = v.kind() == Ty.InferKind.INT ? hs instanceof Ty.Int : hs instanceof Ty.Float;
                if (fits) {
                    if (only != null) {
                        return new Selection.Ambiguous();
                    }
                    only = new Selection.Impl(impl, new Ty[env.typeParams(impl).size()]);
                }
            }
            return only;
        }
        if (self instanceof Ty.Infer || depth > 32) {
            return new Selection.Ambiguous();
        }
        if (self instanceof Ty.Error) {
            return new Selection.Ambiguous();
        }
        for (TraitRef p : paramEnv) {
            if (p.trait().equals(goal.trait()) && sameArgs(p.args(), goal.args())) {
                return new Selection.Param(p);
            }
        }
        for (DefId impl : env.traitImpls(goal.trait())) {
            TraitRef header = env.implTrait(impl);
            if (header == null || header.args().size() != goal.args().size()) {
                continue;
            }
            Ty[] found = new Ty[env.typeParams(impl).size()];
            boolean ok = true;
            for (int i = 0; i < header.args().size() && ok; i++) {
                ok = match(header.args().get(i), goal.args().get(i), found, resolve);
            }
            if (!ok) {
                continue;
            }
            boolean holds = true;
            for (TraitRef req : env.implPredicates(impl)) {
                if (!fullyKnown(req.args(), found)) {
                    continue;
                }
                if (select(req.subst(java.util.Arrays.asList(found)), depth + 1) == null) {
                    holds = false;
                    break;
                }
            }
            if (holds) {
                return new Selection.Impl(impl, found);
            }
        }
        return null;
    }

    /** How many impls of the goal's trait have a header that matches the goal (where clauses unchecked). */
    public int matchingImpls(TraitRef goal) {
        int count = 0;
        for (DefId impl : env.traitImpls(goal.trait())) {
            TraitRef header = env.implTrait(impl);
            if (header == null || header.args().size() != goal.args().size()) {
                continue;
            }
            Ty[] found = new Ty[env.typeParams(impl).size()];
            boolean ok = true;
            for (int i = 0; i < header.args().size() && ok; i++) {
                ok = match(header.args().get(i), goal.args().get(i), found, resolve);
            }
            if (ok) {
                count++;
            }
        }
        return count;
    }

    private static boolean fullyKnown(List<Ty> args, Ty[] found) {
        for (Ty a : args) {
            if (!known(a, found)) {
                return false;
            }
        }
        return true;
    }

    private static boolean known(Ty t, Ty[] found) {
        return switch (t) {
            case Ty.Param p -> p.index() < found.length && found[p.index()] != null;
            case Ty.Tuple tu -> tu.elements().stream().allMatch(e -> known(e, found));
            case Ty.Ref r -> known(r.pointee(), found);
            case Ty.Array a -> known(a.element(), found);
            case Ty.Slice s -> known(s.element(), found);
            case Ty.Adt a -> a.args().stream().allMatch(e -> known(e, found));
            default -> true;
        };
    }

    private boolean sameArgs(List<Ty> a, List<Ty> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            Ty x = deepResolve(a.get(i));
            Ty y = deepResolve(b.get(i));
            if (!x.equals(y) && !(y instanceof Ty.Infer) && !(x instanceof Ty.Infer)) {
                return false;
            }
        }
        return true;
    }

    private Ty deepResolve(Ty t) {
        Ty r = resolve.apply(t);
        return switch (r) {
            case Ty.Tuple tu -> new Ty.Tuple(tu.elements().stream().map(this::deepResolve).toList());
            case Ty.Ref ref -> new Ty.Ref(ref.mutable(), deepResolve(ref.pointee()));
            case Ty.Array a -> new Ty.Array(deepResolve(a.element()), a.len());
            case Ty.Slice s -> new Ty.Slice(deepResolve(s.element()));
            case Ty.Adt a -> new Ty.Adt(a.def(), a.name(), a.args().stream().map(this::deepResolve).toList());
            default -> r;
        };
    }

    /**
     * Whether {@code actual} can be an instance of {@code pattern} (whose parameters stand for
     * anything, consistently), recording what each parameter stands for in {@code found}. An
     * unresolved inference variable matches anything.
     */
    public static boolean match(Ty pattern, Ty actual, Ty[] found, UnaryOperator<Ty> resolve) {
        actual = resolve.apply(actual);
        if (actual instanceof Ty.Infer || actual instanceof Ty.Error) {
            return true;
        }
        switch (pattern) {
            case Ty.Param p -> {
                if (p.index() >= found.length) {
                    return false;
                }
                if (found[p.index()] == null) {
                    found[p.index()] = actual;
                    return true;
                }
                Ty prev = resolve.apply(found[p.index()]);
                return prev.equals(actual) || prev instanceof Ty.Infer;
            }
            case Ty.Adt a -> {
                if (!(actual instanceof Ty.Adt b) || !a.def().equals(b.def()) || a.args().size() != b.args().size()) {
                    return actual instanceof Ty.Adt b2 && a.def().equals(b2.def()) && b2.args().isEmpty();
                }
                for (int i = 0; i < a.args().size(); i++) {
                    if (!match(a.args().get(i), b.args().get(i), found, resolve)) {
                        return false;
                    }
                }
                return true;
            }
            case Ty.Ref r -> {
                return actual instanceof Ty.Ref q && q.mutable() == r.mutable()
                        && match(r.pointee(), q.pointee(), found, resolve);
            }
            case Ty.Tuple t -> {
                if (!(actual instanceof Ty.Tuple u) || u.elements().size() != t.elements().size()) {
                    return false;
                }
                for (int i = 0; i < t.elements().size(); i++) {
                    if (!match(t.elements().get(i), u.elements().get(i), found, resolve)) {
                        return false;
                    }
                }
                return true;
            }
            case Ty.Array a -> {
                return actual instanceof Ty.Array b && a.len() == b.len() && match(a.element(), b.element(), found,
                        resolve);
            }
            case Ty.Slice a -> {
                return actual instanceof Ty.Slice b && match(a.element(), b.element(), found, resolve);
            }
            case Ty.Infer i -> {
                return true;
            }
            default -> {
                if (pattern instanceof Ty.Int pi && actual instanceof Ty.Infer) {
                    return true;
                }
                return pattern.equals(actual);
            }
        }
    }
}
