package rac.ty;

import java.util.List;
import rac.hir.DefId;

/**
 * What type checking a body needs to know about the rest of the crate: signatures, const types,
 * struct and enum definitions, inherent impls, and how written types resolve where the body is.
 */
public interface TyEnv {
    /** The signature of a function or associated function (a method's first parameter is {@code self}). */
    FnSig fnSig(DefId fn);

    /** The declared type of a const or associated const. */
    Ty constType(DefId constant);

    /** The definition of a struct or enum. */
    AdtDef adtDef(DefId adt);

    /** The struct or enum a constructor belongs to: the struct itself, or a variant's enum. */
    DefId adtOfCtor(DefId ctor);

    /** An associated item of an inherent impl. */
    record AssocItem(DefId def, String name, boolean isFn, boolean hasSelf) { }

    /** The associated items of the inherent impls of {@code ty}, in definition order. */
    List<AssocItem> inherentItems(Ty ty);

    /** The value of a const (null when its evaluation failed). */
    java.math.BigInteger constValue(DefId constant);

    /** The type parameters of a function or an impl (for an associated function, the impl's first). */
    List<String> typeParams(DefId def);

    /** The number of type parameters the impl of an associated item declares (0 for other items). */
    int implParamCount(DefId item);

    /** The self type of the impl an associated item is in (with the impl's parameters), or null. */
    Ty implSelfType(DefId item);

    /** Resolves written types where the body is (with {@code Self} inside impls). */
    TypeLowering.TypeScope typeScope();

    /** The where-clause predicates that hold in the body being checked (its param env). */
    default List<TraitRef> predicates() {
        return List.of();
    }

    /** The crate's traits, the library's included. */
    default List<DefId> traits() {
        return List.of();
    }

    /** The associated items of a trait or impl, in order. */
    default List<AssocItem> assocItems(DefId traitOrImpl) {
        return List.of();
    }

    /** The impls of a trait. */
    default List<DefId> traitImpls(DefId trait) {
        return List.of();
    }

    /** The trait an impl implements (self type first), or null for an inherent impl. */
    default TraitRef implTrait(DefId impl) {
        return null;
    }

    /** The where-clause predicates of an impl, in terms of its generic parameters. */
    default List<TraitRef> implPredicates(DefId impl) {
        return List.of();
    }

    /** The supertraits of a trait, in terms of its generics ({@code Self} is parameter 0). */
    default List<TraitRef> superTraits(DefId trait) {
        return List.of();
    }

    /** The trait an associated item belongs to, or null when it is not a trait's. */
    default DefId traitOf(DefId item) {
        return null;
    }
}
