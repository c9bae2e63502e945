package rac.hir;

import java.util.List;
import rac.base.Edition;

/**
 * Resolves paths written inside a module (in expressions and types) against the {@link DefMap}:
 * {@code crate}/{@code self}/{@code super} prefixes, modules, enum variants, and the module's scope
 * (items, imports, globs). Locals are the caller's business.
 */
public final class PathResolver {
    private final DefMap defMap;
    private final int module;
    private final Edition edition;

    public PathResolver(DefMap defMap, int module, Edition edition) {
        this.defMap = defMap;
        this.module = module;
        this.edition = edition;
    }

    public DefMap defMap() {
        return defMap;
    }

    public int module() {
        return module;
    }

    /** The outcome of resolving a path. */
    public sealed interface Resolution {
        /** The path names a definition. */
        record Def(int def) implements Resolution { }

        /** The path names a module (only valid as a prefix). */
        record Module(int module) implements Resolution { }

        /**
         * The path does not resolve: segment {@code segment} failed; {@code code}, {@code message} and
         * {@code label} are rustc's error for it.
         */
        record Failed(int segment, String code, String message, String label, String help) implements Resolution {
            public Failed(int segment, String code, String message, String label) {
                this(segment, code, message, label, null);
            }
        }
    }

    /**
     * The std path ({@link StdPaths}) that {@code path} names: {@code std::...} / {@code ::std::...}
     * when nothing in scope is called {@code std}, or a path through a name imported from std; null
     * otherwise (also for std paths rac does not know).
     */
    public String stdPath(List<String> path) {
        List<String> segs = path;
        if (!segs.isEmpty() && segs.get(0).equals(ItemTreeLowering.ROOT_SEGMENT)) {
            segs = segs.subList(1, segs.size());
            if (segs.isEmpty() || !segs.get(0).equals("std")) {
                return null;
            }
        } else if (segs.isEmpty() || (scope(module, segs.get(0), true) != null && !isLibraryStd(segs.get(0)))
                || (segs.size() == 1 && scope(module, segs.get(0), false) != null)) {
            return null;
        }
        String joined;
        if (segs.get(0).equals("std")) {
            joined = String.join("::", segs);
        } else {
            String imported = null;
            for (int m = module; m >= 0 && imported == null; m = defMap.module(m).block() ? defMap.module(m).parent() : -1) {
                imported = defMap.stdImportsOf(m).get(segs.get(0));
            }
            if (imported == null) {
                return null;
            }
            List<String> rest = segs.subList(1, segs.size());
            joined = rest.isEmpty() ? imported : imported + "::" + String.join("::", rest);
        }
        return StdPaths.isModule(joined) || StdPaths.isFunction(joined) || StdPaths.isMacro(joined) ? joined : null;
    }

    /** True if {@code name} in scope is {@code std} and names rac's standard library module. */
    private boolean isLibraryStd(String name) {
        return name.equals("std") && scope(module, name, true) instanceof DefMap.Res.Module m
                && m.module() == defMap.libraryModule() && m.module() >= 0;
    }

    /** Resolves a path in the value namespace; {@code what} is "function" or "value" for messages. */
    public Resolution resolveValue(List<String> path, String what) {
        return resolve(path, false, what);
    }

    /** Resolves a path in the type namespace. */
    public Resolution resolveType(List<String> path) {
        return resolve(path, true, "type");
    }

    /**
     * A first path segment {@code <block N>} that body lowering puts before a written type naming an
     * item of the nested block module N: the path resolves from that module.
     */
    public static final String BLOCK_PREFIX = "<block ";

    private Resolution resolve(List<String> path, boolean typeNs, String what) {
        int m = module;
        int i = 0;
        String first = path.get(0);
        if (first.startsWith(BLOCK_PREFIX)) {
            return new PathResolver(defMap, Integer.parseInt(first.substring(BLOCK_PREFIX.length())), edition)
                    .resolve(path.subList(1, path.size()), typeNs, what);
        }
        if (first.equals(ItemTreeLowering.ROOT_SEGMENT)) {
            if (edition.atLeast(Edition.E2018)) {
                String c = path.size() > 1 ? path.get(1) : "";
                return new Resolution.Failed(1, "E0433", "cannot find crate `" + c + "` in the list of imported crates",
                        "could not find `" + c + "` in the list of imported crates");
            }
            m = DefMap.ROOT;
            i = 1;
        } else if (first.equals("crate")) {
            m = DefMap.ROOT;
            i = 1;
        } else if (first.equals("self") && path.size() > 1) {
            m = defMap.normalModule(m);
            i = 1;
        } else {
            if (path.get(0).equals("super")) {
                m = defMap.normalModule(m);
            }
            while (i < path.size() - 1 && path.get(i).equals("super")) {
                int parent = defMap.module(m).parent();
                if (parent < 0) {
                    return new Resolution.Failed(i, "E0433", "too many leading `super` keywords",
                            "there are too many leading `super` keywords");
                }
                m = parent;
                i++;
            }
        }
        DefMap.Res cur = new DefMap.Res.Module(m);
        String curName = null;
        for (; i < path.size(); i++) {
            String seg = path.get(i);
            boolean last = i == path.size() - 1;
            switch (cur) {
                case DefMap.Res.Module mod -> {
                    DefMap.Res next = scope(mod.module(), seg, last ? typeNs : true);
                    if (next == null) {
                        if (!last) {
                            if (curName == null) {
                                return new Resolution.Failed(i, "E0433", "cannot find module or crate `" + seg
                                        + "` in this scope", "use of unresolved module or unlinked crate `" + seg + "`",
                                        edition.atLeast(Edition.E2018) ? "you might be missing a crate named `" + seg
                                                + "`" : null);
                            }
                            return new Resolution.Failed(i, "E0433", "cannot find `" + seg + "` in `" + curName + "`",
                                    "could not find `" + seg + "` in `" + curName + "`");
                        }
                        if (curName == null) {
                            return new Resolution.Failed(i, "E0425", "cannot find " + what + " `" + seg
                                    + "` in this scope", "not found in this scope");
                        }
                        return new Resolution.Failed(i, "E0425", "cannot find " + what + " `" + seg + "` in module `"
                                + curName + "`", "not found in `" + curName + "`");
                    }
                    cur = next;
                }
                case DefMap.Res.Def d -> {
                    DefMap.DefData data = defMap.def(d.def());
                    if (data.kind() == DefMap.DefKind.ENUM) {
                        int v = variant(d.def(), seg);
                        if (v < 0) {
                            return new Resolution.Failed(i, "E0599", "no variant or associated item named `" + seg
                                    + "` found for enum `" + data.name() + "` in the current scope",
                                    "variant or associated item not found in `" + data.name() + "`");
                        }
                        cur = new DefMap.Res.Def(v);
                    } else if (data.kind() == DefMap.DefKind.TRAIT && last && !typeNs) {
                        int item = -1;
                        for (int k = 0; k < defMap.defs().size() && item < 0; k++) {
                            DefMap.DefData c = defMap.def(k);
                            if (c.parent() == d.def() && c.name().equals(seg) && (c.kind() == DefMap.DefKind.ASSOC_FN
                                    || c.kind() == DefMap.DefKind.ASSOC_CONST)) {
                                item = k;
                            }
                        }
                        if (item < 0) {
                            return new Resolution.Failed(i, "E0576", "cannot find method or associated constant `" + seg
                                    + "` in trait `" + data.name() + "`", "not found in `" + data.name() + "`");
                        }
                        cur = new DefMap.Res.Def(item);
                    } else {
                        return new Resolution.Failed(i, null, "associated items of `" + data.name()
                                + "` are not supported by rac yet", "");
                    }
                }
            }
            curName = seg;
        }
        return switch (cur) {
            case DefMap.Res.Def d -> new Resolution.Def(d.def());
            case DefMap.Res.Module mod -> new Resolution.Module(mod.module());
        };
    }

    /**
     * A name in a module's scope; a function-body block falls back to its enclosing scopes, and
     * every module to the prelude ({@code std::prelude}) and to {@code std} / {@code core}.
     */
    private DefMap.Res scope(int module, String name, boolean typeNs) {
        int cur = module;
        while (true) {
            DefMap.ModuleData m = defMap.module(cur);
            DefMap.Res r = typeNs ? m.types().get(name) : m.values().get(name);
            if (r != null) {
                return r;
            }
            if (!m.block()) {
                break;
            }
            cur = m.parent();
        }
        if (defMap.libraryModule() >= 0 && typeNs && (name.equals("std") || name.equals("core")
                || name.equals("alloc"))) {
            return new DefMap.Res.Module(defMap.libraryModule());
        }
        int prelude = defMap.preludeModule();
        if (prelude >= 0 && prelude != module) {
            DefMap.ModuleData p = defMap.module(prelude);
            return typeNs ? p.types().get(name) : p.values().get(name);
        }
        return null;
    }

    private int variant(int enumDef, String name) {
        for (int i = 0; i < defMap.defs().size(); i++) {
            DefMap.DefData d = defMap.def(i);
            if (d.kind() == DefMap.DefKind.VARIANT && d.parent() == enumDef && d.name().equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
