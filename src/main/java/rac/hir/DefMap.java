package rac.hir;

import java.util.List;
import java.util.Map;
import rac.base.FileId;

/**
 * The crate's module tree and definitions, with every module's scope after imports are resolved
 * (rust-analyzer's DefMap). Module 0 is the crate root. Scopes are per namespace: types (modules,
 * structs, enums, aliases) and values (functions, constants, statics, tuple and unit struct
 * constructors). {@code missingFiles} lists the module files it looked for and did not find, so the
 * driver can load them if they exist and ask again. The diagnostics are item-relative: each names the item (file and ast id) it is in.
 */
public record DefMap(List<ModuleData> modules, List<DefData> defs, List<ItemDiagnostic> diagnostics,
                     List<String> missingFiles, int libraryModule,
                     java.util.Map<Integer, java.util.Map<String, String>> stdImports) {
    public DefMap(List<ModuleData> modules, List<DefData> defs, List<ItemDiagnostic> diagnostics,
                  List<String> missingFiles) {
        this(modules, defs, diagnostics, missingFiles, -1, java.util.Map.of());
    }

    public DefMap(List<ModuleData> modules, List<DefData> defs, List<ItemDiagnostic> diagnostics,
                  List<String> missingFiles, int libraryModule) {
        this(modules, defs, diagnostics, missingFiles, libraryModule, java.util.Map.of());
    }

    /**
     * The names a module imports from std paths built into rac ({@link StdPaths}): local name → std
     * path ({@code process} → {@code std::process}); empty if none.
     */
    public java.util.Map<String, String> stdImportsOf(int module) {
        return stdImports.getOrDefault(module, java.util.Map.of());
    }

    /** Whether module {@code module} is the standard library's or inside it. */
    public boolean inLibrary(int module) {
        for (int m = module; m >= 0; m = modules.get(m).parent()) {
            if (m == libraryModule && libraryModule >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The prelude module ({@code std::prelude}), or -1. */
    public int preludeModule() {
        if (libraryModule < 0) {
            return -1;
        }
        Integer p = modules.get(libraryModule).children().get("prelude");
        return p == null ? -1 : p;
    }

    public DefMap {
        stdImports = java.util.Map.copyOf(stdImports);
        modules = List.copyOf(modules);
        defs = List.copyOf(defs);
        diagnostics = List.copyOf(diagnostics);
        missingFiles = List.copyOf(missingFiles);
    }

    /** The crate root module. */
    public static final int ROOT = 0;

    /** What a name in a scope refers to. */
    public sealed interface Res {
        /** A definition (index into {@link #defs}). */
        record Def(int def) implements Res { }

        /** A module (index into {@link #modules}). */
        record Module(int module) implements Res { }
    }

    /**
     * A module: its parent (-1 for the root), name, the file its items are in, and its scopes. A
     * {@code block} module holds the items declared inside a block of a function body ({@code bodyOf}
     * is that function's def, {@code blockIndex} the block's index in {@link AstIdMap.BodyBlocks}: 0 for
     * the body's own block, whose parent is the function's module; a nested block's parent is the
     * enclosing block's module); names not found in it are looked up in its parent.
     */
    public record ModuleData(int parent, String name, FileId file, Map<String, Res> types, Map<String, Res> values,
                             Map<String, Integer> children, boolean block, int bodyOf, int blockIndex) {
        public ModuleData {
            types = Map.copyOf(types);
            values = Map.copyOf(values);
            children = Map.copyOf(children);
        }

        public ModuleData(int parent, String name, FileId file, Map<String, Res> types, Map<String, Res> values,
                          Map<String, Integer> children, boolean block, int bodyOf) {
            this(parent, name, file, types, values, children, block, bodyOf, 0);
        }
    }

    /** The kinds of definitions. */
    public enum DefKind { FN, STRUCT, UNION, ENUM, VARIANT, CONST, STATIC, TYPE_ALIAS, IMPL, ASSOC_FN, ASSOC_CONST, TRAIT, ASSOC_TYPE }

    /**
     * A definition: kind, name, the module it is in, where its syntax is ({@code file} and
     * {@code astId}), its parent definition (the enum of a variant, the impl of an associated item;
     * -1 otherwise) and its index in the parent (variant index).
     */
    public record DefData(DefKind kind, String name, int module, FileId file, int astId, int parent, int index) { }

    /** A diagnostic with a span relative to the start of the item {@code astId} of {@code file}. */
    public record ItemDiagnostic(FileId file, int astId, RelDiagnostic diagnostic) { }

    public ModuleData module(int id) {
        return modules.get(id);
    }

    public DefData def(int id) {
        return defs.get(id);
    }

    /** The module that paths inside the body of function {@code def} resolve from. */
    public int bodyModule(int def) {
        for (int i = 0; i < modules.size(); i++) {
            if (modules.get(i).block() && modules.get(i).bodyOf() == def) {
                return i;
            }
        }
        return defs.get(def).module();
    }

    /** The module of block {@code blockIndex} of function {@code def}'s body (its body module if none). */
    public int blockModule(int def, int blockIndex) {
        for (int i = 0; i < modules.size(); i++) {
            if (modules.get(i).block() && modules.get(i).bodyOf() == def && modules.get(i).blockIndex() == blockIndex) {
                return i;
            }
        }
        return bodyModule(def);
    }

    /** The nearest enclosing real module (skipping function-body blocks): what `self` means. */
    public int normalModule(int module) {
        int m = module;
        while (modules.get(m).block()) {
            m = modules.get(m).parent();
        }
        return m;
    }
}
