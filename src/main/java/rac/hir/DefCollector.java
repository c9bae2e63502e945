package rac.hir;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import rac.base.Edition;
import rac.base.FileId;
import rac.diag.Diagnostic;

/**
 * Builds the {@link DefMap}: walks the module tree from the crate root (loading {@code mod x;}
 * files through {@link Files}), defines every item in its module's scopes, then resolves imports to
 * a fixed point (explicit imports and globs, {@code crate}/{@code self}/{@code super}, renames),
 * reporting rustc's E0428, E0432 and E0583.
 */
public final class DefCollector {
    /** Access to the crate's files: the core does no I/O, the driver answers from its inputs. */
    public interface Files {
        /** The file at a path relative to the crate root's directory, or null if there is none. */
        FileId file(String relativePath);

        ItemTree itemTree(FileId file);

        /** Range (relative to the item start) of import {@code index}'s path in the use item. */
        RelRange importPath(FileId file, int astId, int index);

        /** Range (relative to the item start) of the item's name. */
        RelRange itemName(FileId file, int astId);

        /** Absolute start offset of an item's node (what item-relative ranges are relative to). */
        int itemStart(FileId file, int astId);

        /** Range (relative to the item start) of the item's header, as rustc spans items. */
        RelRange itemHeader(FileId file, int astId);

        /** How a path relative to the crate root's directory is shown to the user. */
        String displayPath(String relativePath);
    }

    private final Files files;
    private final Edition edition;
    private final List<ModuleBuilder> modules = new ArrayList<>();
    private final List<DefMap.DefData> defs = new ArrayList<>();
    private final List<DefMap.ItemDiagnostic> diagnostics = new ArrayList<>();
    private final List<PendingImport> imports = new ArrayList<>();
    private final List<String> missingFiles = new ArrayList<>();

    private static final class ModuleBuilder {
        final int parent;
        final String name;
        final FileId file;
        /** Directory (relative to the crate root's) where this module's {@code mod x;} files live. */
        final String dir;
        final Map<String, DefMap.Res> types = new LinkedHashMap<>();
        final Map<String, DefMap.Res> values = new LinkedHashMap<>();
        /** Names bound by glob imports, which explicit items and imports shadow. */
        final Map<String, DefMap.Res> globTypes = new HashMap<>();
        final Map<String, DefMap.Res> globValues = new HashMap<>();
        final Map<String, Integer> children = new LinkedHashMap<>();
        boolean block;
        int blockIndex;
        int bodyOf = -1;

        ModuleBuilder(int parent, String name, FileId file, String dir) {
            this.parent = parent;
            this.name = name;
            this.file = file;
            this.dir = dir;
        }
    }

    private record PendingImport(int module, ItemTree.Import imp, FileId file, int astId) { }

    /** True if the crate root's {@code std} is absent or rac's standard library (not a user's item). */
    private boolean stdIsLibrary() {
        DefMap.Res r = lookup(DefMap.ROOT, "std", true);
        return r == null || (r instanceof DefMap.Res.Module m && m.module() == libraryModule);
    }

    /** Per module, the names imported from std ({@link StdPaths}): local name → std path. */
    private final Map<Integer, Map<String, String>> stdImports = new java.util.HashMap<>();

    /**
     * Accepts an import of a std path that rac knows ({@code use std::process;}, {@code use
     * std::process::exit;}) when nothing in the crate is named {@code std}; false otherwise.
     */
    private boolean stdImport(PendingImport p) {
        ItemTree.Import imp = p.imp();
        List<String> path = StdPaths.normalize(imp.path());
        if (!path.isEmpty() && path.get(0).equals(ItemTreeLowering.ROOT_SEGMENT)) {
            path = path.subList(1, path.size());
        }
        if (imp.glob() || path.size() < 2 || !path.get(0).equals("std")
                || !StdPaths.isKnown(path) || !stdIsLibrary()) {
            return false;
        }
        String local = imp.alias() != null ? imp.alias() : path.get(path.size() - 1);
        if (!local.equals("_")) {
            stdImports.computeIfAbsent(p.module(), k -> new LinkedHashMap<>()).putIfAbsent(local, String.join("::", path));
        }
        return true;
    }

    private DefCollector(Files files, Edition edition) {
        this.files = files;
        this.edition = edition;
    }

    /** Collects the crate whose root file is {@code root}. */
    public static DefMap collect(Files files, FileId root, Edition edition) {
        DefCollector c = new DefCollector(files, edition);
        c.modules.add(new ModuleBuilder(-1, "crate", root, ""));
        c.collectItems(DefMap.ROOT, files.itemTree(root).items(), root);
        c.collectLibrary();
        c.resolveImports();
        List<DefMap.ModuleData> mods = new ArrayList<>();
        for (ModuleBuilder m : c.modules) {
            Map<String, DefMap.Res> types = new LinkedHashMap<>(m.globTypes);
            types.putAll(m.types);
            Map<String, DefMap.Res> values = new LinkedHashMap<>(m.globValues);
            values.putAll(m.values);
            mods.add(new DefMap.ModuleData(m.parent, m.name, m.file, types, values, m.children, m.block, m.bodyOf,
                    m.blockIndex));
        }
        Map<Integer, Map<String, String>> std = new java.util.HashMap<>();
        c.stdImports.forEach((k, v) -> std.put(k, Map.copyOf(v)));
        return new DefMap(mods, c.defs, c.diagnostics, c.missingFiles, c.libraryModule, std);
    }

    /** Where the standard library's root file is, among the crate's files. */
    public static final String LIBRARY_ROOT = "<std>/lib.rs";

    /**
     * rac's standard library is compiled with the crate: its root file becomes the module {@code std}
     * (also reachable as {@code core}) under the crate root; {@code std::prelude} is the prelude.
     */
    private void collectLibrary() {
        FileId lib = files.file(LIBRARY_ROOT);
        if (lib == null) {
            missingFiles.add(LIBRARY_ROOT);
            return;
        }
        modules.add(new ModuleBuilder(DefMap.ROOT, "std", lib, "<std>/"));
        int id = modules.size() - 1;
        libraryModule = id;
        collectItems(id, files.itemTree(lib).items(), lib);
    }

    /** The module of the standard library, or -1 while its file is not loaded. */
    private int libraryModule = -1;

    private int addDef(DefMap.DefKind kind, String name, int module, FileId file, int astId, int parent, int index) {
        defs.add(new DefMap.DefData(kind, name, module, file, astId, parent, index));
        return defs.size() - 1;
    }

    private void error(FileId file, int astId, Diagnostic d) {
        diagnostics.add(new DefMap.ItemDiagnostic(file, astId, new RelDiagnostic(d)));
    }

    private void define(int module, boolean typeNs, String name, DefMap.Res res, FileId file, int astId) {
        ModuleBuilder m = modules.get(module);
        Map<String, DefMap.Res> scope = typeNs ? m.types : m.values;
        if (name.equals("_")) {
            return;
        }
        DefMap.Res previous = scope.get(name);
        if (previous != null) {
            RelRange r = files.itemHeader(file, astId);
            String ns = typeNs ? "type" : "value";
            Diagnostic.Builder d = Diagnostic.error("the name `" + name + "` is defined multiple times").code("E0428")
                    .primary(RelDiagnostic.rel(r.start(), r.end()), "`" + name + "` redefined here");
            int[] prev = location(previous);
            if (prev != null && new FileId(prev[0]).equals(file)) {
                // Both spans are relative to this item's start; the earlier one is shifted back.
                RelRange p = files.itemHeader(file, prev[1]);
                int delta = files.itemStart(file, prev[1]) - files.itemStart(file, astId);
                d.secondary(RelDiagnostic.rel(p.start() + delta, p.end() + delta),
                        "previous definition of the " + ns + " `" + name + "` here");
            }
            error(file, astId, d.note("`" + name + "` must be defined only once in the " + ns
                    + " namespace of this module").build());
            return;
        }
        scope.put(name, res);
    }

    /** File index and ast id of a definition or module, or null. */
    private int[] location(DefMap.Res res) {
        return switch (res) {
            case DefMap.Res.Def d -> new int[] {defs.get(d.def()).file().index(), defs.get(d.def()).astId()};
            case DefMap.Res.Module m -> null;
        };
    }

    private void collectItems(int module, List<ItemTree.Item> items, FileId file) {
        for (ItemTree.Item item : items) {
            switch (item) {
                case ItemTree.Fn f -> {
                    int d = addDef(DefMap.DefKind.FN, f.name(), module, file, f.astId(), -1, 0);
                    define(module, false, f.name(), new DefMap.Res.Def(d), file, f.astId());
                    collectBody(module, d, f, file);
                }
                case ItemTree.Struct s -> {
                    int d = addDef(s.union() ? DefMap.DefKind.UNION : DefMap.DefKind.STRUCT, s.name(), module, file,
                            s.astId(), -1, 0);
                    define(module, true, s.name(), new DefMap.Res.Def(d), file, s.astId());
                    if (!s.union() && s.kind() != ItemTree.FieldsKind.RECORD) {
                        define(module, false, s.name(), new DefMap.Res.Def(d), file, s.astId());
                    }
                }
                case ItemTree.Enum e -> {
                    int d = addDef(DefMap.DefKind.ENUM, e.name(), module, file, e.astId(), -1, 0);
                    define(module, true, e.name(), new DefMap.Res.Def(d), file, e.astId());
                    for (int i = 0; i < e.variants().size(); i++) {
                        addDef(DefMap.DefKind.VARIANT, e.variants().get(i).name(), module, file, e.astId(), d, i);
                    }
                }
                case ItemTree.Const c -> define(module, false, c.name(),
                        new DefMap.Res.Def(addDef(DefMap.DefKind.CONST, c.name(), module, file, c.astId(), -1, 0)), file,
                        c.astId());
                case ItemTree.Static s -> define(module, false, s.name(),
                        new DefMap.Res.Def(addDef(DefMap.DefKind.STATIC, s.name(), module, file, s.astId(), -1, 0)), file,
                        s.astId());
                case ItemTree.TypeAlias t -> define(module, true, t.name(),
                        new DefMap.Res.Def(addDef(DefMap.DefKind.TYPE_ALIAS, t.name(), module, file, t.astId(), -1, 0)),
                        file, t.astId());
                case ItemTree.Mod m -> collectModule(module, m, file);
                case ItemTree.Use u -> {
                    for (ItemTree.Import imp : u.imports()) {
                        imports.add(new PendingImport(module, imp, file, u.astId()));
                    }
                }
                case ItemTree.Impl impl -> collectAssocItems(addDef(DefMap.DefKind.IMPL, "impl", module, file,
                        impl.astId(), -1, 0), impl.items(), module, file);
                case ItemTree.Trait t -> {
                    int d = addDef(DefMap.DefKind.TRAIT, t.name(), module, file, t.astId(), -1, 0);
                    define(module, true, t.name(), new DefMap.Res.Def(d), file, t.astId());
                    collectAssocItems(d, t.items(), module, file);
                }
                case ItemTree.Unsupported u -> { }
                case ItemTree.GlobalAsm g -> { }
            }
        }
    }

    /** The associated items of an impl or trait {@code parent}, numbered in order. */
    private void collectAssocItems(int parent, List<ItemTree.Item> items, int module, FileId file) {
        int i = 0;
        for (ItemTree.Item inner : items) {
            switch (inner) {
                case ItemTree.Fn f -> addDef(DefMap.DefKind.ASSOC_FN, f.name(), module, file, f.astId(), parent, i++);
                case ItemTree.Const c -> addDef(DefMap.DefKind.ASSOC_CONST, c.name(), module, file, c.astId(), parent,
                        i++);
                case ItemTree.TypeAlias t -> addDef(DefMap.DefKind.ASSOC_TYPE, t.name(), module, file, t.astId(),
                        parent, i++);
                default -> { }
            }
        }
    }

    /** The items of a function body go into a block module whose parent is the function's module. */
    private void collectBody(int module, int fnDef, ItemTree.Fn f, FileId file) {
        if (f.bodyItems().isEmpty()) {
            return;
        }
        ModuleBuilder parent = modules.get(module);
        int blocks = f.bodyBlockParents().size();
        int[] moduleOf = new int[blocks];
        for (int k = 0; k < blocks; k++) {
            int p = k == 0 ? module : moduleOf[f.bodyBlockParents().get(k)];
            ModuleBuilder block = new ModuleBuilder(p, f.name() + "$" + fnDef + (k == 0 ? "" : "$" + k), file,
                    parent.dir);
            block.block = true;
            block.bodyOf = fnDef;
            block.blockIndex = k;
            modules.add(block);
            moduleOf[k] = modules.size() - 1;
        }
        for (int k = 0; k < blocks; k++) {
            List<ItemTree.Item> items = new ArrayList<>();
            for (int i = 0; i < f.bodyItems().size(); i++) {
                int b = i < f.bodyItemBlocks().size() ? f.bodyItemBlocks().get(i) : 0;
                if (b == k) {
                    items.add(f.bodyItems().get(i));
                }
            }
            collectItems(moduleOf[k], items, file);
        }
    }

    private void collectModule(int parent, ItemTree.Mod m, FileId file) {
        ModuleBuilder p = modules.get(parent);
        String childDir = p.dir + m.name() + "/";
        if (m.items() != null) {
            int id = newModule(parent, m, file, childDir);
            collectItems(id, m.items(), file);
            return;
        }
        String[] candidates = m.pathAttr() != null ? new String[] {p.dir + m.pathAttr()}
                : new String[] {p.dir + m.name() + ".rs", p.dir + m.name() + "/mod.rs"};
        for (String c : candidates) {
            FileId f = files.file(c);
            if (f == null) {
                missingFiles.add(c);
            }
            if (f != null) {
                String dir = c.endsWith("/mod.rs") || m.pathAttr() != null
                        ? c.substring(0, c.lastIndexOf('/') + 1) : childDir;
                int id = newModule(parent, m, f, dir);
                collectItems(id, files.itemTree(f).items(), f);
                return;
            }
        }
        RelRange r = files.itemHeader(file, m.astId());
        String rel = files.displayPath(p.dir);
        error(file, m.astId(), Diagnostic.error("file not found for module `" + m.name() + "`").code("E0583")
                .primary(RelDiagnostic.rel(r.start(), r.end()), "")
                .help("to create the module `" + m.name() + "`, create file \"" + rel + m.name() + ".rs\" or \"" + rel
                        + m.name() + "/mod.rs\"")
                .note("if there is a `mod " + m.name() + "` elsewhere in the crate already, import it with `use "
                        + "crate::...` instead").build());
    }

    private int newModule(int parent, ItemTree.Mod m, FileId file, String dir) {
        modules.add(new ModuleBuilder(parent, m.name(), file, dir));
        int id = modules.size() - 1;
        modules.get(parent).children.put(m.name(), id);
        define(parent, true, m.name(), new DefMap.Res.Module(id), file, m.astId());
        return id;
    }

    // ---- imports ----

    /** Resolves imports until nothing changes, then reports the ones left. */
    private void resolveImports() {
        List<PendingImport> pending = new ArrayList<>(imports);
        boolean progress = true;
        while (progress && !pending.isEmpty()) {
            progress = false;
            List<PendingImport> next = new ArrayList<>();
            for (PendingImport p : pending) {
                if (tryImport(p)) {
                    progress = true;
                } else {
                    next.add(p);
                }
            }
            // Globs are re-applied each round so that names imported later propagate.
            for (PendingImport p : imports) {
                if (p.imp().glob() && !next.contains(p) && applyGlob(p)) {
                    progress = true;
                }
            }
            pending = next;
        }
        for (PendingImport p : pending) {
            if (!stdImport(p)) {
                reportUnresolved(p);
            }
        }
    }

    /** Where a path starts: the module for crate/self/super/root prefixes; consumed segments. */
    private record Start(int module, int consumed, boolean external) { }

    private Start start(int module, List<String> path, boolean isImport) {
        int m = module;
        int i = 0;
        if (path.isEmpty()) {
            return new Start(m, 0, false);
        }
        String first = path.get(0);
        boolean libName = libraryModule >= 0 && path.size() > 1;
        if (first.equals(ItemTreeLowering.ROOT_SEGMENT)) {
            if (edition.atLeast(Edition.E2018) && libName && isLibraryName(path.get(1))) {
                return new Start(libraryModule, 2, false);
            }
            return edition.atLeast(Edition.E2018) ? new Start(-1, 1, true) : new Start(DefMap.ROOT, 1, false);
        }
        if (libName && isLibraryName(first) && lookup(module, first, true) == null
                && (module == DefMap.ROOT || edition.atLeast(Edition.E2018))) {
            return new Start(libraryModule, 1, false);
        }
        if (first.equals("crate")) {
            return new Start(DefMap.ROOT, 1, false);
        }
        while (modules.get(m).block) {
            m = modules.get(m).parent;
        }
        if (first.equals("self")) {
            return new Start(m, 1, false);
        }
        while (i < path.size() && path.get(i).equals("super")) {
            m = modules.get(m).parent;
            if (m < 0) {
                return null;
            }
            i++;
        }
        if (i > 0) {
            return new Start(m, i, false);
        }
        if (isImport && !edition.atLeast(Edition.E2018)) {
            return new Start(DefMap.ROOT, 0, false);
        }
        return new Start(m, 0, false);
    }

    private static boolean isLibraryName(String name) {
        return name.equals("std") || name.equals("core") || name.equals("alloc");
    }

    /** Looks a name up in a module's scope, in one namespace, including glob-imported names. */
    private DefMap.Res lookup(int module, String name, boolean typeNs) {
        ModuleBuilder m = modules.get(module);
        DefMap.Res r = typeNs ? m.types.get(name) : m.values.get(name);
        if (r == null) {
            r = typeNs ? m.globTypes.get(name) : m.globValues.get(name);
        }
        return r;
    }

    /** Resolves all but the last segment to a module or enum; null if not (yet) resolvable. */
    private DefMap.Res resolvePrefix(int module, List<String> path, boolean isImport) {
        Start s = start(module, path, isImport);
        if (s == null || s.external()) {
            return null;
        }
        DefMap.Res cur = new DefMap.Res.Module(s.module());
        for (int i = s.consumed(); i < path.size() - 1; i++) {
            String seg = path.get(i);
            if (!(cur instanceof DefMap.Res.Module mod)) {
                return null;
            }
            DefMap.Res next = lookup(mod.module(), seg, true);
            if (next == null) {
                return null;
            }
            cur = next;
        }
        return cur;
    }

    private boolean tryImport(PendingImport p) {
        ItemTree.Import imp = p.imp();
        List<String> path = StdPaths.normalize(imp.path());
        if (imp.glob()) {
            DefMap.Res target = resolvePrefix(p.module(), append(path, "*"), true);
            if (target == null) {
                return false;
            }
            applyGlob(p);
            return true;
        }
        boolean selfImport = path.size() >= 2 && path.get(path.size() - 1).equals("self");
        if (selfImport) {
            path = path.subList(0, path.size() - 1);
        }
        if (path.isEmpty()) {
            return false;
        }
        String last = path.get(path.size() - 1);
        String local = imp.alias() != null ? imp.alias() : last;
        if (path.size() == 1 && (last.equals("crate") || last.equals("self") || last.equals("super"))) {
            return false;
        }
        DefMap.Res prefix = resolvePrefix(p.module(), path, true);
        DefMap.Res typeRes = null;
        DefMap.Res valueRes = null;
        if (prefix instanceof DefMap.Res.Module mod) {
            if (path.size() == 1 && !edition.atLeast(Edition.E2018)) {
                mod = new DefMap.Res.Module(DefMap.ROOT);
            }
            typeRes = lookup(mod.module(), last, true);
            valueRes = selfImport ? null : lookup(mod.module(), last, false);
        } else if (prefix instanceof DefMap.Res.Def d && defs.get(d.def()).kind() == DefMap.DefKind.ENUM) {
            int variant = variantOf(d.def(), last);
            if (variant >= 0) {
                typeRes = new DefMap.Res.Def(variant);
                valueRes = new DefMap.Res.Def(variant);
            }
        }
        if (typeRes == null && valueRes == null) {
            return false;
        }
        if (local.equals("_")) {
            return true;
        }
        ModuleBuilder m = modules.get(p.module());
        if (typeRes != null && !m.types.containsKey(local)) {
            m.types.put(local, typeRes);
        }
        if (valueRes != null && !m.values.containsKey(local)) {
            m.values.put(local, valueRes);
        }
        return true;
    }

    private int variantOf(int enumDef, String name) {
        for (int i = 0; i < defs.size(); i++) {
            DefMap.DefData d = defs.get(i);
            if (d.kind() == DefMap.DefKind.VARIANT && d.parent() == enumDef && d.name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** Copies the names of a glob's target into the importing module; true if anything was added. */
    private boolean applyGlob(PendingImport p) {
        DefMap.Res target = resolvePrefix(p.module(), append(p.imp().path(), "*"), true);
        ModuleBuilder into = modules.get(p.module());
        boolean added = false;
        if (target instanceof DefMap.Res.Module mod) {
            ModuleBuilder from = modules.get(mod.module());
            added |= copyGlob(from.types, into.globTypes);
            added |= copyGlob(from.globTypes, into.globTypes);
            added |= copyGlob(from.values, into.globValues);
            added |= copyGlob(from.globValues, into.globValues);
        } else if (target instanceof DefMap.Res.Def d && defs.get(d.def()).kind() == DefMap.DefKind.ENUM) {
            for (int i = 0; i < defs.size(); i++) {
                DefMap.DefData v = defs.get(i);
                if (v.kind() == DefMap.DefKind.VARIANT && v.parent() == d.def()) {
                    added |= into.globTypes.putIfAbsent(v.name(), new DefMap.Res.Def(i)) == null;
                    added |= into.globValues.putIfAbsent(v.name(), new DefMap.Res.Def(i)) == null;
                }
            }
        }
        return added;
    }

    private static boolean copyGlob(Map<String, DefMap.Res> from, Map<String, DefMap.Res> into) {
        boolean added = false;
        for (Map.Entry<String, DefMap.Res> e : from.entrySet()) {
            if (into.putIfAbsent(e.getKey(), e.getValue()) == null) {
                added = true;
            }
        }
        return added;
    }

    private static List<String> append(List<String> path, String last) {
        List<String> out = new ArrayList<>(path);
        out.add(last);
        return out;
    }

    private void reportUnresolved(PendingImport p) {
        List<String> path = p.imp().glob() ? p.imp().path() : p.imp().path();
        RelRange r = files.importPath(p.file(), p.astId(), p.imp().index());
        Start s = start(p.module(), path, true);
        // Find the first segment that does not resolve.
        String label;
        String message;
        DefMap.Res cur = s == null || s.external() ? null : new DefMap.Res.Module(s.module());
        int i = s == null ? 0 : s.consumed();
        String parentName = null;
        for (; cur != null && i < path.size() - (p.imp().glob() ? 0 : 1); i++) {
            if (!(cur instanceof DefMap.Res.Module mod)) {
                break;
            }
            DefMap.Res next = lookup(mod.module(), path.get(i), true);
            if (next == null) {
                break;
            }
            parentName = path.get(i);
            cur = next;
        }
        String joined = String.join("::", path.stream().filter(x -> !x.equals(ItemTreeLowering.ROOT_SEGMENT)).toList());
        if (i == (s == null ? 0 : s.consumed()) && parentName == null && path.size() > 1) {
            String first = path.get(i);
            r = new RelRange(r.start(), r.start() + first.length());
            message = "unresolved import `" + first + "`";
            label = "use of unresolved module or unlinked crate `" + first + "`";
        } else if (path.size() == 1) {
            message = "unresolved import `" + joined + "`";
            label = "no `" + joined + "` in the root";
        } else {
            message = "unresolved import `" + joined + "`";
            String missing = i < path.size() ? path.get(i) : path.get(path.size() - 1);
            label = "no `" + missing + "` in `" + (parentName == null ? "crate" : parentName) + "`";
        }
        if (s != null && s.module() == libraryModule && libraryModule >= 0) {
            // The real std has it; rac's library does not yet.
            error(p.file(), p.astId(), Diagnostic.error("`" + joined + "` is not in rac's standard library yet")
                    .primary(RelDiagnostic.rel(r.start(), r.end()), "").build());
            return;
        }
        error(p.file(), p.astId(), Diagnostic.error(message).code("E0432")
                .primary(RelDiagnostic.rel(r.start(), r.end()), label).build());
    }
}
