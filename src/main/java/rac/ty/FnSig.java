package rac.ty;

import java.util.List;

/**
 * A function's resolved signature; {@code trackCaller}: the function is {@code #[track_caller]}, so
 * its panics report the location of its caller.
 */
public record FnSig(String name, List<Ty> params, Ty ret, boolean trackCaller) {
    public FnSig {
        params = List.copyOf(params);
    }

    public FnSig(String name, List<Ty> params, Ty ret) {
        this(name, params, ret, false);
    }
}
