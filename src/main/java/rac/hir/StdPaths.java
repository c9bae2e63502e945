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

    private static final Set<String> MODULES = Set.of("std", "std::process", "std::arch");
    private static final Set<String> MACROS = Set.of("std::arch::asm", "std::arch::global_asm", "std::arch::naked_asm");
    private static final Set<String> FUNCTIONS = Set.of("std::process::exit");

    /** True if {@code path} (segments joined by {@code ::}) is a known std module. */
    public static boolean isModule(String path) {
        return MODULES.contains(path);
    }

    /** True if {@code path} is a std function built into rac. */
    public static boolean isFunction(String path) {
        return FUNCTIONS.contains(path);
    }

    /** True if {@code path} is a std macro built into rac ({@code std::arch::asm}). */
    public static boolean isMacro(String path) {
        return MACROS.contains(path);
    }

    /** True if {@code path} names a known std module, function or macro. */
    public static boolean isKnown(List<String> path) {
        String joined = String.join("::", normalize(path));
        return isModule(joined) || isFunction(joined) || isMacro(joined);
    }

    /** {@code core::arch::...} is {@code std::arch::...} (the only part of core that rac knows this way). */
    public static List<String> normalize(List<String> path) {
        int i = !path.isEmpty() && path.get(0).equals(ItemTreeLowering.ROOT_SEGMENT) ? 1 : 0;
        if (path.size() > i + 1 && path.get(i).equals("core") && path.get(i + 1).equals("arch")) {
            List<String> out = new java.util.ArrayList<>(path);
            out.set(i, "std");
            return out;
        }
        return path;
    }
}
