package rac.driver;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import rac.base.Edition;
import rac.diag.Diagnostic;
import rac.hir.DefId;
import rac.hir.DefMap;
import rac.hir.ItemTree;
import rac.hir.PathResolver;
import rac.hir.RelDiagnostic;
import rac.hir.TypeRef;
import rac.query.DerivedQuery;
import rac.query.QueryContext;
import rac.ty.TraitRef;
import rac.ty.Ty;
import rac.ty.TyEnv;
import rac.ty.TypeLowering;

/**
 * The queries about traits: which trait an impl implements, the where-clause predicates of each
 * definition (its "param env"), the crate's traits and their impls, and the associated items of
 * traits and impls.
 */
final class TraitQueries {
    private TraitQueries() {
    }

    /** A trait reference (null when there is none or it failed to resolve) and the errors in it. */
    record TraitRefResult(TraitRef ref, List<RelDiagnostic> diagnostics) {
        TraitRefResult {
            diagnostics = List.copyOf(diagnostics);
        }
    }

    /** The trait an impl implements, with the impl's self type first (null for inherent impls). */
    static final DerivedQuery<DefId, TraitRefResult> IMPL_TRAIT = DerivedQuery.named("implTrait", (ctx, def) -> {
        DefMap defs = ctx.get(Queries.DEF_MAP, Queries.CrateKey.LOCAL);
        DefMap.DefData data = defs.def(def.index());
        ItemTree.Impl item = (ItemTree.Impl) Queries.findItem(ctx.get(Queries.ITEM_TREE, data.file()).items(),
                data.astId());
        if (item.trait() == null) {
            return new TraitRefResult(null, List.of());
        }
        List<RelDiagnostic> diags = new ArrayList<>();
        Ty self = ctx.get(Queries.IMPL_SELF, def).sig().ret();
        TypeLowering.TypeScope scope = Queries.typeScope(ctx, data.module(), self, ctx.get(Queries.GENERICS, def),
                false);
        TraitRef ref = lowerTraitRef(ctx, data.module(), item.trait(), self, scope, diags);
        return new TraitRefResult(ref, diags);
    });

    /** A definition's predicates and the errors in its bounds. */
    record Predicates(List<TraitRef> predicates, List<RelDiagnostic> diagnostics) {
        Predicates {
            predicates = List.copyOf(predicates);
            diagnostics = List.copyOf(diagnostics);
        }
    }

    /**
     * The trait bounds that hold inside a definition: its parent's (impl or trait), then, for an
     * item of a trait, {@code Self: Trait}, then its own bounds. A trait's own predicates are its
     * supertraits and where clauses.
     */
    static final DerivedQuery<DefId, Predicates> PREDICATES = DerivedQuery.named("predicates", (ctx, def) -> {
        DefMap defs = ctx.get(Queries.DEF_MAP, Queries.CrateKey.LOCAL);
        DefMap.DefData data = defs.def(def.index());
        List<TraitRef> out = new ArrayList<>();
        List<RelDiagnostic> diags = new ArrayList<>();
        boolean assoc = (data.kind() == DefMap.DefKind.ASSOC_FN || data.kind() == DefMap.DefKind.ASSOC_CONST
                || data.kind() == DefMap.DefKind.ASSOC_TYPE) && data.parent() >= 0;
        if (assoc) {
            DefId parent = new DefId(data.parent());
            out.addAll(ctx.get(TraitQueries.PREDICATES, parent).predicates());
            if (defs.def(data.parent()).kind() == DefMap.DefKind.TRAIT) {
                List<String> g = ctx.get(Queries.GENERICS, parent);
                List<Ty> args = new ArrayList<>();
                for (int i = 0; i < g.size(); i++) {
                    args.add(new Ty.Param(i, g.get(i)));
                }
                out.add(0, new TraitRef(parent, defs.def(data.parent()).name(), args));
            }
        }
        if (data.kind() == DefMap.DefKind.VARIANT || data.kind() == DefMap.DefKind.ASSOC_TYPE) {
            return new Predicates(out, diags);
        }
        ItemTree.Item item = Queries.findItem(ctx.get(Queries.ITEM_TREE, data.file()).items(), data.astId());
        List<ItemTree.Bound> bounds = switch (item) {
            case ItemTree.Fn f -> f.bounds();
            case ItemTree.Impl i -> i.bounds();
            case ItemTree.Trait t -> t.bounds();
            case null, default -> List.of();
        };
        if (!bounds.isEmpty()) {
            TypeLowering.TypeScope scope = Queries.typeScope(ctx, defs.bodyModule(def.index()),
                    Queries.selfTypeOf(ctx, defs, def.index()), ctx.get(Queries.GENERICS, def), false);
            for (ItemTree.Bound b : bounds) {
                Ty subject = TypeLowering.lower(b.subject(), scope, p -> diags.add(Queries.typeProblem(p)));
                if (subject instanceof Ty.Error) {
                    continue;
                }
                TraitRef ref = lowerTraitRef(ctx, data.module(), b.trait(), subject, scope, diags);
                if (ref != null) {
                    out.add(ref);
                }
            }
        }
        return new Predicates(out, diags);
    });

    /** The crate's traits (the library's included), in definition order. */
    static final DerivedQuery<Queries.CrateKey, List<DefId>> TRAITS = DerivedQuery.named("traits", (ctx, key) -> {
        DefMap defs = ctx.get(Queries.DEF_MAP, key);
        List<DefId> out = new ArrayList<>();
        for (int i = 0; i < defs.defs().size(); i++) {
            if (defs.def(i).kind() == DefMap.DefKind.TRAIT) {
                out.add(new DefId(i));
            }
        }
        return out;
    });

    /** The impls of each trait, in definition order. */
    static final DerivedQuery<Queries.CrateKey, Map<DefId, List<DefId>>> TRAIT_IMPLS = DerivedQuery.named("traitImpls",
            (ctx, key) -> {
                Map<DefId, List<DefId>> out = new LinkedHashMap<>();
                for (DefId impl : ctx.get(Queries.IMPLS, key)) {
                    TraitRef ref = ctx.get(IMPL_TRAIT, impl).ref();
                    if (ref != null) {
                        out.computeIfAbsent(ref.trait(), k -> new ArrayList<>()).add(impl);
                    }
                }
                Map<DefId, List<DefId>> frozen = new LinkedHashMap<>();
                out.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
                return java.util.Collections.unmodifiableMap(frozen);
            });

    /** The associated items of a trait or impl, in order (types included, with isFn false). */
    static final DerivedQuery<DefId, List<TyEnv.AssocItem>> ASSOC_ITEMS = DerivedQuery.named("assocItems",
            (ctx, def) -> {
                DefMap defs = ctx.get(Queries.DEF_MAP, Queries.CrateKey.LOCAL);
                List<TyEnv.AssocItem> out = new ArrayList<>();
                for (int i = 0; i < defs.defs().size(); i++) {
                    DefMap.DefData d = defs.def(i);
                    if (d.parent() != def.index() || (d.kind() != DefMap.DefKind.ASSOC_FN
                            && d.kind() != DefMap.DefKind.ASSOC_CONST && d.kind() != DefMap.DefKind.ASSOC_TYPE)) {
                        continue;
                    }
                    boolean isFn = d.kind() == DefMap.DefKind.ASSOC_FN;
                    boolean hasSelf = isFn && Queries.fnItem(ctx, d).selfTy() != null;
                    out.add(new TyEnv.AssocItem(new DefId(i), d.name(), isFn, hasSelf));
                }
                return List.copyOf(out);
            });

    /** Whether a trait's associated function has a default body. */
    static boolean hasDefault(QueryContext ctx, DefId traitItem) {
        DefMap.DefData d = ctx.get(Queries.DEF_MAP, Queries.CrateKey.LOCAL).def(traitItem.index());
        return d.kind() == DefMap.DefKind.ASSOC_FN && Queries.fnItem(ctx, d).hasBody();
    }

    /**
     * Resolves a written trait bound ({@code Trait}, {@code Trait<A>}, a path) for {@code self};
     * null with an error when it names no trait.
     */
    static TraitRef lowerTraitRef(QueryContext ctx, int module, TypeRef written, Ty self,
                                  TypeLowering.TypeScope scope, List<RelDiagnostic> diags) {
        if (!(written instanceof TypeRef.Path p)) {
            String text = written instanceof TypeRef.Unsupported u ? u.text() : written.toString();
            diags.add(error(null, "the bound `" + text + "` is not supported by rac yet", ""));
            return null;
        }
        DefMap defs = ctx.get(Queries.DEF_MAP, Queries.CrateKey.LOCAL);
        Edition edition = ctx.get(Queries.OPTIONS, Queries.CrateKey.LOCAL).edition();
        PathResolver.Resolution res = new PathResolver(defs, module, edition).resolveType(p.segments());
        String name = String.join("::", p.segments());
        switch (res) {
            case PathResolver.Resolution.Def d when defs.def(d.def()).kind() == DefMap.DefKind.TRAIT -> {
                DefId trait = new DefId(d.def());
                int expected = ctx.get(Queries.GENERICS, trait).size() - 1;
                List<Ty> args = new ArrayList<>();
                args.add(self);
                for (TypeRef a : p.args()) {
                    args.add(TypeLowering.lower(a, scope, q -> diags.add(Queries.typeProblem(q))));
                }
                if (args.size() - 1 != expected) {
                    if (p.args().isEmpty() && expected > 0) {
                        // Defaulted trait parameters (`Rhs = Self`) are the self type.
                        while (args.size() - 1 < expected) {
                            args.add(self);
                        }
                    } else {
                        diags.add(error("E0107", "trait takes " + expected + " generic argument"
                                + (expected == 1 ? "" : "s") + " but " + (args.size() - 1) + " generic argument"
                                + (args.size() == 2 ? " was" : "s were") + " supplied", ""));
                        return null;
                    }
                }
                return new TraitRef(trait, defs.def(d.def()).name(), args);
            }
            case PathResolver.Resolution.Def d -> {
                String kind = switch (defs.def(d.def()).kind()) {
                    case STRUCT -> "struct";
                    case ENUM -> "enum";
                    case TYPE_ALIAS -> "type alias";
                    default -> "item";
                };
                diags.add(error("E0404", "expected trait, found " + kind + " `" + name + "`", "not a trait"));
                return null;
            }
            case PathResolver.Resolution.Failed f when p.segments().size() == 1 -> {
                diags.add(error("E0405", "cannot find trait `" + name + "` in this scope", "not found in this scope"));
                return null;
            }
            case PathResolver.Resolution.Failed f -> {
                diags.add(error(f.code(), f.message(), f.label()));
                return null;
            }
            case PathResolver.Resolution.Module m -> {
                diags.add(error("E0404", "expected trait, found module `" + name + "`", "not a trait"));
                return null;
            }
        }
    }

    private static RelDiagnostic error(String code, String message, String label) {
        Diagnostic.Builder b = Diagnostic.error(message);
        if (code != null) {
            b.code(code);
        }
        return new RelDiagnostic(b.primary(RelDiagnostic.rel(0, 0), label).build());
    }
}
