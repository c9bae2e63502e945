package rac.ty;

import java.util.List;

/** A function's resolved signature. */
public record FnSig(String name, List<Ty> params, Ty ret) {
    public FnSig {
        params = List.copyOf(params);
    }
}
