package rac.codegen;

import rac.hir.DefId;
import rac.mir.MirBody;
import rac.mir.SourceInfo;
import rac.ty.FnSig;

/** What codegen needs to know from outside one function: callees' symbols and source locations. */
public interface CodegenContext {
    /** A function to call: its symbol and signature. */
    record Callee(String symbol, FnSig sig) { }

    /** A resolved source location, as a panic message prints it. */
    record Location(String file, int line, int column) { }

    /** The instance of function {@code def} with generic arguments {@code args} (empty when not generic). */
    Callee callee(DefId def, java.util.List<rac.ty.Ty> args);

    /**
     * Whether the function being emitted is {@code #[track_caller]}: it then takes its caller's
     * location as a hidden last parameter.
     */
    default boolean isTrackCaller() {
        return false;
    }

    /** The definition of a struct or enum. */
    rac.ty.AdtDef adtDef(DefId adt);

    /** The location of {@code source} inside the function {@code body}. */
    Location location(MirBody body, SourceInfo source);
}
