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
}
