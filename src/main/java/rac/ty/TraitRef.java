package rac.ty;

import java.util.List;
import rac.hir.DefId;

/**
 * A trait applied to types: {@code args.get(0)} is the self type, the rest are the trait's own
 * generic arguments ({@code T: Into<u64>} is {@code Into(T, u64)}). Also a predicate
 * "{@code args[0]} implements the trait".
 */
public record TraitRef(DefId trait, String name, List<Ty> args) {
    public TraitRef {
        args = List.copyOf(args);
    }

    /** The self type. */
    public Ty self() {
        return args.get(0);
    }

    /** This trait reference with generic parameters replaced by {@code subst}. */
    public TraitRef subst(List<Ty> subst) {
        return subst.isEmpty() ? this : new TraitRef(trait, name, args.stream().map(t -> Ty.subst(t, subst)).toList());
    }

    /** How rustc shows it in messages: {@code Trait} or {@code Trait<A>} (without the self type). */
    public String display() {
        if (args.size() <= 1) {
            return name;
        }
        return name + "<" + String.join(", ", args.subList(1, args.size()).stream().map(Ty::display).toList()) + ">";
    }
}
