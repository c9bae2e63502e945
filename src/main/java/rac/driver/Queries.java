package rac.driver;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import rac.base.Edition;
import rac.base.FileId;
import rac.base.SourceFile;
import rac.codegen.CodegenContext;
import rac.codegen.ModuleBuilder;
import rac.diag.Diagnostic;
import rac.hir.BodyLowering;
import rac.hir.DefId;
import rac.hir.ItemTree;
import rac.hir.ItemTreeLowering;
import rac.hir.RelDiagnostic;
import rac.hir.UnusedLints;
import rac.mir.MirBody;
import rac.mir.MirBuilder;
import rac.query.DerivedQuery;
import rac.query.InputQuery;
import rac.query.QueryContext;
import rac.syntax.Parse;
import rac.syntax.Parser;
import rac.syntax.SyntaxNode;
import rac.ty.FnSig;
import rac.ty.InferenceContext;
import rac.ty.InferenceResult;
import rac.ty.Ty;
import rac.ty.TypeLowering;

/**
 * Every compiler stage as a query. Inputs are the source text and name of each file and the
 * crate options; everything else is derived and memoized per key (per file, per function, per
 * codegen unit). The core stages do no I/O; the driver sets inputs and writes outputs.
 */
public final class Queries {
    private Queries() {
    }

    /** A key for crate-wide queries (there is one crate per database for now). */
    public enum CrateKey { LOCAL }

    /** Options that change what the stages compute. */
    public record CrateOptions(String crateName, Edition edition, int optLevel, boolean overflowChecks,
                               FileId root) { }

    /** A function definition: where its syntax is. */
    public record FnDef(String name, FileId file, int itemIndex) { }

    /** The crate's definitions and the value namespace of its root module. */
    public record DefMap(List<FnDef> fns, Map<String, Integer> values, List<RelItemDiagnostic> diagnostics) {
        public DefMap {
            fns = List.copyOf(fns);
            values = Map.copyOf(values);
            diagnostics = List.copyOf(diagnostics);
        }
    }

    /** A diagnostic relative to an item's start. */
    public record RelItemDiagnostic(FileId file, int itemIndex, RelDiagnostic diagnostic) { }

    /** Object code, compared by content so that early cutoff works on it. */
    public record ObjectCode(byte[] bytes) {
        @Override
        public boolean equals(Object o) {
            return o instanceof ObjectCode other && Arrays.equals(bytes, other.bytes);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(bytes);
        }

        @Override
        public String toString() {
            return "ObjectCode(" + bytes.length + " bytes)";
        }
    }

    // ---- inputs ----

    public static final InputQuery<FileId, String> FILE_TEXT = InputQuery.named("fileText");
    public static final InputQuery<FileId, String> FILE_NAME = InputQuery.named("fileName");
    public static final InputQuery<CrateKey, CrateOptions> OPTIONS = InputQuery.named("options");

    // ---- syntax ----

    public static final DerivedQuery<FileId, SourceFile> SOURCE_FILE = DerivedQuery.named("sourceFile",
            (ctx, file) -> new SourceFile(file, ctx.get(FILE_NAME, file), ctx.get(FILE_TEXT, file)));

    public static final DerivedQuery<FileId, Parse> PARSE = DerivedQuery.named("parse",
            (ctx, file) -> Parser.parse(ctx.get(FILE_TEXT, file), ctx.get(OPTIONS, CrateKey.LOCAL).edition()));

    public static final DerivedQuery<FileId, ItemTree> ITEM_TREE = DerivedQuery.named("itemTree",
            (ctx, file) -> ItemTreeLowering.lower(ctx.get(PARSE, file).tree()));

    /** Where a top-level item is: its absolute range and its name's (the item tree's separate source map). */
    public record ItemSpan(int start, int end, int nameStart, int nameEnd) { }

    public static final DerivedQuery<FileId, List<ItemSpan>> ITEM_SPANS = DerivedQuery.named("itemSpans",
            (ctx, file) -> {
                List<ItemSpan> spans = new ArrayList<>();
                for (SyntaxNode item : ItemTreeLowering.topLevelItems(ctx.get(PARSE, file).tree())) {
                    var r = item.textRange();
                    SyntaxNode name = item.firstChild(rac.syntax.SyntaxKind.NAME);
                    var nr = name == null ? r : name.textRange();
                    spans.add(new ItemSpan(r.start(), r.end(), nr.start(), nr.end()));
                }
                return spans;
            });

    private static int itemStart(QueryContext ctx, FileId file, int index) {
        return ctx.get(ITEM_SPANS, file).get(index).start();
    }

    // ---- names ----

    public static final DerivedQuery<CrateKey, DefMap> DEF_MAP = DerivedQuery.named("defMap", Queries::defMap);

    private static DefMap defMap(QueryContext ctx, CrateKey key) {
        FileId root = ctx.get(OPTIONS, key).root();
        ItemTree tree = ctx.get(ITEM_TREE, root);
        List<FnDef> fns = new ArrayList<>();
        Map<String, Integer> values = new HashMap<>();
        List<RelItemDiagnostic> diags = new ArrayList<>();
        for (ItemTree.FnItem fn : tree.fns()) {
            if (values.containsKey(fn.name())) {
                diags.add(new RelItemDiagnostic(root, fn.index(), new RelDiagnostic(Diagnostic
                        .error("the name `" + fn.name() + "` is defined multiple times").code("E0428")
                        .primary(RelDiagnostic.rel(0, 0), "`" + fn.name() + "` redefined here")
                        .note("`" + fn.name() + "` must be defined only once in the value namespace of this module")
                        .build())));
                continue;
            }
            values.put(fn.name(), fns.size());
            fns.add(new FnDef(fn.name(), root, fn.index()));
        }
        for (ItemTree.Unsupported u : tree.unsupported()) {
            diags.add(new RelItemDiagnostic(root, u.index(), new RelDiagnostic(Diagnostic
                    .error(u.what() + "s are not supported by rac yet").primary(RelDiagnostic.rel(0, 0), "")
                    .build())));
        }
        return new DefMap(fns, values, diags);
    }

    // ---- per function ----

    /** A function's signature and the errors in it. */
    public record SigResult(FnSig sig, List<RelDiagnostic> diagnostics) {
        public SigResult {
            diagnostics = List.copyOf(diagnostics);
        }
    }

    public static final DerivedQuery<DefId, SigResult> FN_SIG = DerivedQuery.named("fnSig", (ctx, def) -> {
        FnDef fn = ctx.get(DEF_MAP, CrateKey.LOCAL).fns().get(def.index());
        ItemTree.FnItem item = findFn(ctx.get(ITEM_TREE, fn.file()), fn.itemIndex());
        List<RelDiagnostic> diags = new ArrayList<>();
        List<Ty> params = new ArrayList<>();
        for (ItemTree.Param p : item.params()) {
            params.add(TypeLowering.lower(p.ty(), name -> diags.add(typeNotFound(name))));
        }
        Ty ret = TypeLowering.lower(item.ret(), name -> diags.add(typeNotFound(name)));
        return new SigResult(new FnSig(fn.name(), params, ret), diags);
    });

    private static RelDiagnostic typeNotFound(String name) {
        return new RelDiagnostic(Diagnostic.error("cannot find type `" + name + "` in this scope").code("E0412")
                .primary(RelDiagnostic.rel(0, 0), "not found in this scope").build());
    }

    private static ItemTree.FnItem findFn(ItemTree tree, int index) {
        for (ItemTree.FnItem f : tree.fns()) {
            if (f.index() == index) {
                return f;
            }
        }
        throw new IllegalStateException("no fn at item index " + index);
    }

    public static final DerivedQuery<DefId, BodyLowering.Result> BODY = DerivedQuery.named("body", (ctx, def) -> {
        DefMap defs = ctx.get(DEF_MAP, CrateKey.LOCAL);
        FnDef fn = defs.fns().get(def.index());
        SyntaxNode node = ItemTreeLowering.topLevelItems(ctx.get(PARSE, fn.file()).tree()).get(fn.itemIndex());
        int start = node.textRange().start();
        return BodyLowering.lower(node, start, name -> {
            Integer i = defs.values().get(name);
            return i == null ? null : new DefId(i);
        }, ctx.get(OPTIONS, CrateKey.LOCAL).edition());
    });

    public static final DerivedQuery<DefId, InferenceResult> INFER = DerivedQuery.named("inferenceResult",
            (ctx, def) -> {
                BodyLowering.Result body = ctx.get(BODY, def);
                FnSig sig = ctx.get(FN_SIG, def).sig();
                return InferenceContext.infer(body.body(), sig, d -> ctx.get(FN_SIG, d).sig());
            });

    public static final DerivedQuery<DefId, MirBody> MIR = DerivedQuery.named("mirBody", (ctx, def) -> {
        BodyLowering.Result body = ctx.get(BODY, def);
        FnSig sig = ctx.get(FN_SIG, def).sig();
        InferenceResult types = ctx.get(INFER, def);
        return MirBuilder.build(sig, body.body(), types, ctx.get(OPTIONS, CrateKey.LOCAL).overflowChecks());
    });

    /** All diagnostics of the crate, in a deterministic order (items, then functions in order). */
    public static final DerivedQuery<CrateKey, List<Diagnostic>> CRATE_DIAGNOSTICS = DerivedQuery.named(
            "crateDiagnostics", Queries::crateDiagnostics);

    private static List<Diagnostic> crateDiagnostics(QueryContext ctx, CrateKey key) {
        DefMap defs = ctx.get(DEF_MAP, key);
        List<Diagnostic> out = new ArrayList<>();
        for (RelItemDiagnostic d : defs.diagnostics()) {
            int start = itemStart(ctx, d.file(), d.itemIndex());
            out.add(d.diagnostic().absolute(d.file(), start));
        }
        List<DefId> all = new ArrayList<>();
        for (int i = 0; i < defs.fns().size(); i++) {
            all.add(new DefId(i));
        }
        ctx.prefetch(INFER, all);
        for (DefId def : all) {
            FnDef fn = defs.fns().get(def.index());
            int start = itemStart(ctx, fn.file(), fn.itemIndex());
            for (RelDiagnostic d : ctx.get(FN_SIG, def).diagnostics()) {
                out.add(d.absolute(fn.file(), start));
            }
            BodyLowering.Result body = ctx.get(BODY, def);
            for (RelDiagnostic d : body.diagnostics()) {
                out.add(d.absolute(fn.file(), start));
            }
            if (body.diagnostics().isEmpty()) {
                InferenceResult types = ctx.get(INFER, def);
                for (RelDiagnostic d : types.diagnostics()) {
                    out.add(d.absolute(fn.file(), start));
                }
                if (!types.hasErrors()) {
                    for (RelDiagnostic d : UnusedLints.check(body.body())) {
                        out.add(d.absolute(fn.file(), start));
                    }
                }
            }
        }
        if (out.stream().noneMatch(d -> d.level() == rac.diag.Level.ERROR)) {
            out.addAll(deadCode(ctx, defs));
        }
        Integer main = defs.values().get("main");
        if (main == null) {
            FileId root = ctx.get(OPTIONS, key).root();
            SourceFile sf = ctx.get(SOURCE_FILE, root);
            int end = sf.length();
            out.add(Diagnostic.error("`main` function not found in crate `" + ctx.get(OPTIONS, key).crateName() + "`")
                    .code("E0601").primary(new rac.base.Span(root, end, end),
                            "consider adding a `main` function to `" + sf.name() + "`").build());
        }
        return firstNoteOnly(out);
    }

    /** rustc prints a lint's "on by default" note with its first warning only. */
    private static List<Diagnostic> firstNoteOnly(List<Diagnostic> diagnostics) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        List<Diagnostic> out = new ArrayList<>();
        for (Diagnostic d : diagnostics) {
            List<rac.diag.SubDiagnostic> children = new ArrayList<>();
            for (rac.diag.SubDiagnostic c : d.children()) {
                boolean lintNote = c.level() == rac.diag.Level.NOTE && c.message().startsWith("`#[warn(");
                if (!lintNote || seen.add(c.message())) {
                    children.add(c);
                }
            }
            out.add(new Diagnostic(d.level(), d.code(), d.message(), d.labels(), children));
        }
        return out;
    }

    /** {@code dead_code} for functions not reachable from {@code main}. */
    private static List<Diagnostic> deadCode(QueryContext ctx, DefMap defs) {
        Integer main = defs.values().get("main");
        List<Diagnostic> out = new ArrayList<>();
        if (main == null) {
            return out;
        }
        boolean[] used = new boolean[defs.fns().size()];
        java.util.ArrayDeque<Integer> work = new java.util.ArrayDeque<>();
        used[main] = true;
        work.add(main);
        while (!work.isEmpty()) {
            int f = work.poll();
            for (rac.hir.Expr e : ctx.get(BODY, new DefId(f)).body().exprs()) {
                if (e instanceof rac.hir.Expr.FnRef r && !used[r.def().index()]) {
                    used[r.def().index()] = true;
                    work.add(r.def().index());
                }
            }
        }
        for (int i = 0; i < used.length; i++) {
            FnDef fn = defs.fns().get(i);
            if (used[i] || fn.name().startsWith("_")) {
                continue;
            }
            ItemSpan span = ctx.get(ITEM_SPANS, fn.file()).get(fn.itemIndex());
            out.add(Diagnostic.warning("function `" + fn.name() + "` is never used")
                    .primary(new rac.base.Span(fn.file(), span.nameStart(), span.nameEnd()), "")
                    .note(UnusedLints.DEAD_CODE_NOTE).build());
        }
        return out;
    }

    // ---- codegen ----

    /** The symbol of a function: rustc's legacy mangling shape with a hash of the path. */
    static String symbol(String crate, String name) {
        String path = crate + "::" + name;
        long h = 0xcbf29ce484222325L;
        for (byte b : path.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return "_ZN" + crate.length() + crate + name.length() + name + "17h" + String.format("%016x", h) + "E";
    }

    /** A codegen unit: one function (debug builds) or the whole crate (optimised builds), plus the entry. */
    public record CguKey(int def) {
        public static final int WHOLE_CRATE = -1;
        public static final int ENTRY = -2;
    }

    /**
     * The file/line/column of every source position a function's MIR may panic at. Re-runs after
     * any edit of the file, but comes out equal unless the function moved, so codegen stops there.
     */
    public static final DerivedQuery<DefId, Map<rac.mir.SourceInfo, CodegenContext.Location>> PANIC_LOCATIONS =
            DerivedQuery.named("panicLocations", (ctx, def) -> {
                DefMap defs = ctx.get(DEF_MAP, CrateKey.LOCAL);
                FnDef fn = defs.fns().get(def.index());
                int start = itemStart(ctx, fn.file(), fn.itemIndex());
                SourceFile sf = ctx.get(SOURCE_FILE, fn.file());
                Map<rac.mir.SourceInfo, CodegenContext.Location> out = new HashMap<>();
                for (rac.mir.BasicBlock b : ctx.get(MIR, def).blocks()) {
                    rac.mir.SourceInfo si = switch (b.terminator()) {
                        case rac.mir.Terminator.Assert a -> a.source();
                        case rac.mir.Terminator.Call c -> c.source();
                        default -> null;
                    };
                    if (si != null) {
                        int off = start + si.start();
                        out.put(si, new CodegenContext.Location(sf.name(), sf.line(off), sf.column(off)));
                    }
                }
                return Map.copyOf(out);
            });

    public static final DerivedQuery<CguKey, String> LLVM_IR = DerivedQuery.named("llvmIr", Queries::llvmIr);

    private static String llvmIr(QueryContext ctx, CguKey key) {
        CrateOptions opts = ctx.get(OPTIONS, CrateKey.LOCAL);
        DefMap defs = ctx.get(DEF_MAP, CrateKey.LOCAL);
        ModuleBuilder module = new ModuleBuilder(opts.crateName() + "." + key.def());
        CodegenContext cx = new CodegenContext() {
            @Override
            public Callee callee(DefId def) {
                return new Callee(symbol(opts.crateName(), defs.fns().get(def.index()).name()),
                        ctx.get(FN_SIG, def).sig());
            }

            @Override
            public Location location(MirBody body, rac.mir.SourceInfo source) {
                return ctx.get(PANIC_LOCATIONS, new DefId(defs.values().get(body.name()))).get(source);
            }
        };
        boolean whole = key.def() == CguKey.WHOLE_CRATE;
        if (key.def() == CguKey.ENTRY || whole) {
            module.addEntryPoint(symbol(opts.crateName(), "main"));
        }
        if (whole) {
            for (int i = 0; i < defs.fns().size(); i++) {
                module.addFunction(ctx.get(MIR, new DefId(i)), symbol(opts.crateName(), defs.fns().get(i).name()),
                        false, cx);
            }
        } else if (key.def() >= 0) {
            module.addFunction(ctx.get(MIR, new DefId(key.def())),
                    symbol(opts.crateName(), defs.fns().get(key.def()).name()), true, cx);
        }
        return module.build();
    }
}
