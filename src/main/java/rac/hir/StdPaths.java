package rac.hir;

import java.util.List;
import java.util.Set;

/**
 * The few paths into the standard library that rac knows before the library in Rust can be
 * compiled: {@code std} and {@code std::process} as modules, and the functions built into the
 * compiler ({@code std::process::exit}). Name resolution accepts imports of these and resolves
 * paths through them; everything else under {@code std} stays unresolved.
 */
public final class StdPaths {
    private StdPaths() {
    }

    private static final Set<String> MODULES = Set.of("std", "std::process");
    private static final Set<String> FUNCTIONS = Set.of("std::process::exit");

    /** True if {@code path} (segments joined by {@code ::}) is a known std module. */
    public static boolean isModule(String path) {
        return MODULES.contains(path);
    }

    /** True if {@code path} is a std function built into rac. */
    public static boolean isFunction(String path) {
        return FUNCTIONS.contains(path);
    }

    /** True if {@code path} names a known std module or function. */
    public static boolean isKnown(List<String> path) {
        String joined = String.join("::", path);
        return isModule(joined) || isFunction(joined);
    }
}
