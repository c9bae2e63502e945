package rac.driver;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import rac.base.Edition;
import rac.base.FileId;
import rac.base.SourceFile;
import rac.base.Span;
import rac.codegen.CodegenContext;
import rac.codegen.ModuleBuilder;
import rac.diag.Diagnostic;
import rac.diag.Level;
import rac.diag.SubDiagnostic;
import rac.hir.AstIdMap;
import rac.hir.BodyLowering;
import rac.hir.DefCollector;
import rac.hir.DefId;
import rac.hir.DefMap;
import rac.hir.ItemTree;
import rac.hir.ImportSpans;
import rac.hir.ItemTreeLowering;
import rac.hir.PathResolver;
import rac.hir.RelDiagnostic;
import rac.hir.RelRange;
import rac.hir.UnusedLints;
import rac.mir.MirBody;
import rac.mir.MirBuilder;
import rac.query.DerivedQuery;
import rac.query.InputQuery;
import rac.query.QueryContext;
import rac.syntax.Parse;
import rac.syntax.Parser;
import rac.syntax.SyntaxKind;
import rac.syntax.SyntaxNode;
import rac.ty.FnSig;
import rac.ty.InferenceContext;
import rac.ty.InferenceResult;
import rac.ty.Ty;
import rac.ty.TypeLowering;

/**
 * Every compiler stage as a query. Inputs are the source text and name of each file, the crate's
 * source root (relative path to file) and the crate options; everything else is derived and
 * memoized per key (per file, per definition, per codegen unit). The core stages do no I/O; the
 * driver sets inputs and writes outputs.
 */
public final class Queries {
    private Queries() {
    }

    /** A key for crate-wide queries (there is one crate per database for now). */
    public enum CrateKey { LOCAL }

    /** Options that change what the stages compute. */
    public record CrateOptions(String crateName, Edition edition, int optLevel, boolean overflowChecks,
                               FileId root) { }

    /** The crate's files by path relative to the directory of the root file ("a/b.rs"). */
    public record SourceRoot(Map<String, FileId> files) {
        public SourceRoot {
            files = Map.copyOf(files);
        }
    }

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
    public static final InputQuery<CrateKey, SourceRoot> SOURCE_ROOT = InputQuery.named("sourceRoot");

    // ---- syntax ----

    public static final DerivedQuery<FileId, SourceFile> SOURCE_FILE = DerivedQuery.named("sourceFile",
            (ctx, file) -> new SourceFile(file, ctx.get(FILE_NAME, file), ctx.get(FILE_TEXT, file)));

    public static final DerivedQuery<FileId, Parse> PARSE = DerivedQuery.named("parse",
            (ctx, file) -> Parser.parse(ctx.get(FILE_TEXT, file), ctx.get(OPTIONS, CrateKey.LOCAL).edition()));

    public static final DerivedQuery<FileId, AstIdMap> AST_ID_MAP = DerivedQuery.named("astIdMap",
            (ctx, file) -> AstIdMap.of(ctx.get(PARSE, file).tree()));

    public static final DerivedQuery<FileId, ItemTree> ITEM_TREE = DerivedQuery.named("itemTree",
            (ctx, file) -> ItemTreeLowering.lower(ctx.get(PARSE, file).tree()));

    /**
     * Where an item is: its node's absolute range (which includes leading comments and attributes),
     * its name's, and its "header" as rustc spans an item in diagnostics: from its first keyword to
     * the end of its signature (`fn f(x: i32) -> i32`, `mod m;`, `struct S`).
     */
    public record ItemSpan(int start, int end, int nameStart, int nameEnd, int headStart, int headEnd) { }

    /** The spans of a file's items by ast id: the item tree's separate source map. */
    public static final DerivedQuery<FileId, List<ItemSpan>> ITEM_SPANS = DerivedQuery.named("itemSpans",
            (ctx, file) -> {
                AstIdMap ids = ctx.get(AST_ID_MAP, file);
                List<ItemSpan> spans = new ArrayList<>();
                for (int i = 0; i < ids.size(); i++) {
                    SyntaxNode item = ids.get(i);
                    var r = item.textRange();
                    SyntaxNode name = item.firstChild(SyntaxKind.NAME);
                    var nr = name == null ? r : name.textRange();
                    int headStart = -1;
                    int headEnd = nr.end();
                    for (var e : item.childrenWithTokens()) {
                        if (e instanceof rac.syntax.SyntaxToken t) {
                            if (t.kind() == SyntaxKind.WHITESPACE || t.kind() == SyntaxKind.COMMENT) {
                                continue;
                            }
                            if (headStart < 0) {
                                headStart = t.textRange().start();
                            }
                            if (t.kind() == SyntaxKind.SEMICOLON) {
                                headEnd = t.textRange().end();
                            }
                        } else if (e instanceof SyntaxNode n) {
                            switch (n.kind()) {
                                case ATTR -> { }
                                case BLOCK_EXPR, ITEM_LIST, ASSOC_ITEM_LIST, RECORD_FIELD_LIST, VARIANT_LIST -> { }
                                default -> {
                                    if (headStart < 0) {
                                        headStart = n.textRange().start();
                                    }
                                    if (n.kind() == SyntaxKind.PARAM_LIST || n.kind() == SyntaxKind.RET_TYPE
                                            || n.kind() == SyntaxKind.NAME || n.kind() == SyntaxKind.GENERIC_PARAM_LIST
                                            || n.kind() == SyntaxKind.TUPLE_FIELD_LIST) {
                                        headEnd = n.textRange().end();
                                    }
                                }
                            }
                        }
                    }
                    if (headStart < 0) {
                        headStart = r.start();
                    }
                    spans.add(new ItemSpan(r.start(), r.end(), nr.start(), nr.end(), headStart, Math.max(headEnd, headStart)));
                }
                return spans;
            });

    private static int itemStart(QueryContext ctx, FileId file, int astId) {
        return ctx.get(ITEM_SPANS, file).get(astId).start();
    }

    // ---- names ----

    public static final DerivedQuery<CrateKey, DefMap> DEF_MAP = DerivedQuery.named("defMap", (ctx, key) -> {
        CrateOptions opts = ctx.get(OPTIONS, key);
        SourceRoot root = ctx.get(SOURCE_ROOT, key);
        DefCollector.Files files = new DefCollector.Files() {
            @Override
            public FileId file(String relativePath) {
                return root.files().get(relativePath);
            }

            @Override
            public ItemTree itemTree(FileId file) {
                return ctx.get(ITEM_TREE, file);
            }

            @Override
            public RelRange importPath(FileId file, int astId, int index) {
                return ImportSpans.of(ctx.get(AST_ID_MAP, file).get(astId), index);
            }

            @Override
            public RelRange itemName(FileId file, int astId) {
                ItemSpan s = ctx.get(ITEM_SPANS, file).get(astId);
                return new RelRange(s.nameStart() - s.start(), s.nameEnd() - s.start());
            }

            @Override
            public int itemStart(FileId file, int astId) {
                return ctx.get(ITEM_SPANS, file).get(astId).start();
            }

            @Override
            public RelRange itemHeader(FileId file, int astId) {
                ItemSpan s = ctx.get(ITEM_SPANS, file).get(astId);
                return new RelRange(s.headStart() - s.start(), s.headEnd() - s.start());
            }

            @Override
            public String displayPath(String relativePath) {
                String rootName = ctx.get(FILE_NAME, opts.root());
                int slash = rootName.lastIndexOf('/');
                return slash < 0 ? relativePath : rootName.substring(0, slash + 1) + relativePath;
            }
        };
        return DefCollector.collect(files, opts.root(), opts.edition());
    });

    /** The functions of the crate (free functions), in definition order. */
    public static final DerivedQuery<CrateKey, List<DefId>> FUNCTIONS = DerivedQuery.named("functions", (ctx, key) -> {
        DefMap defs = ctx.get(DEF_MAP, key);
        List<DefId> out = new ArrayList<>();
        for (int i = 0; i < defs.defs().size(); i++) {
            if (defs.def(i).kind() == DefMap.DefKind.FN
                    || (defs.def(i).kind() == DefMap.DefKind.ASSOC_FN && fnItem(ctx, defs.def(i)).hasBody())) {
                out.add(new DefId(i));
            }
        }
        return out;
    });

    static ItemTree.Fn fnItem(QueryContext ctx, DefMap.DefData def) {
        return (ItemTree.Fn) findItem(ctx.get(ITEM_TREE, def.file()).items(), def.astId());
    }

    static ItemTree.Item findItem(List<ItemTree.Item> items, int astId) {
        for (ItemTree.Item item : items) {
            if (item.astId() == astId) {
                return item;
            }
            List<ItemTree.Item> inner = switch (item) {
                case ItemTree.Mod m -> m.items();
                case ItemTree.Impl i -> i.items();
                case ItemTree.Trait t -> t.items();
                case ItemTree.Fn f -> f.bodyItems();
                default -> null;
            };
            if (inner != null) {
                ItemTree.Item f = findItem(inner, astId);
                if (f != null) {
                    return f;
                }
            }
        }
        return null;
    }

    // ---- per function ----

    /** A function's signature and the errors in it. */
    public record SigResult(FnSig sig, List<RelDiagnostic> diagnostics) {
        public SigResult {
            diagnostics = List.copyOf(diagnostics);
        }
    }

    public static final DerivedQuery<DefId, SigResult> FN_SIG = DerivedQuery.named("fnSig", (ctx, def) -> {
        DefMap defs = ctx.get(DEF_MAP, CrateKey.LOCAL);
        DefMap.DefData data = defs.def(def.index());
        ItemTree.Fn item = fnItem(ctx, data);
        List<RelDiagnostic> diags = new ArrayList<>();
        List<Ty> params = new ArrayList<>();
        int implDef = data.parent() >= 0 && defs.def(data.parent()).kind() == DefMap.DefKind.IMPL ? data.parent() : -1;
        TypeLowering.TypeScope scope = typeScope(ctx, data.module(), selfTypeOf(ctx, defs, def.index()),
                ctx.get(Queries.GENERICS, def), false, implDef);
        if (item.selfTy() != null) {
            params.add(TypeLowering.lower(item.selfTy(), scope, problem -> diags.add(typeProblem(problem))));
        }
        for (ItemTree.Param p : item.params()) {
            params.add(TypeLowering.lower(p.ty(), scope, problem -> diags.add(typeProblem(problem))));
        }
        Ty ret = TypeLowering.lower(item.ret(), scope, problem -> diags.add(typeProblem(problem)));
        return new SigResult(new FnSig(data.name(), params, ret, item.trackCaller()), diags);
    });

    /** FIXME: the span is the item start; written types carry no positions yet. */
    static RelDiagnostic typeProblem(TypeLowering.Problem p) {
        Diagnostic.Builder b = Diagnostic.error(p.message());
        if (p.code() != null) {
            b.code(p.code());
        }
        return new RelDiagnostic(b.primary(RelDiagnostic.rel(0, 0), p.label()).build());
    }

    public static final DerivedQuery<DefId, BodyLowering.Result> BODY = DerivedQuery.named("body", (ctx, def) -> {
        DefMap defs = ctx.get(DEF_MAP, CrateKey.LOCAL);
        DefMap.DefData data = defs.def(def.index());
        SyntaxNode node = ctx.get(AST_ID_MAP, data.file()).get(data.astId());
        int start = node.textRange().start();
        Edition edition = ctx.get(OPTIONS, CrateKey.LOCAL).edition();
        return BodyLowering.lower(node, start, new PathResolver(defs, defs.bodyModule(def.index()), edition), edition);
    });

    public static final DerivedQuery<DefId, InferenceResult> INFER = DerivedQuery.named("inferenceResult",
            (ctx, def) -> {
                BodyLowering.Result body = ctx.get(BODY, def);
                FnSig sig = ctx.get(FN_SIG, def).sig();
                DefMap defs = ctx.get(DEF_MAP, CrateKey.LOCAL);
                return InferenceContext.infer(body.body(), sig, tyEnv(ctx, defs.bodyModule(def.index()),
                        selfTypeOf(ctx, defs, def.index()), ctx.get(Queries.GENERICS, def),
                        ctx.get(TraitQueries.PREDICATES, def).predicates()));
            });

    /** The type environment of a body in {@code module} ({@code self} is the impl's self type or null). */
    static rac.ty.TyEnv tyEnv(QueryContext ctx, int module, Ty self) {
        return tyEnv(ctx, module, self, List.of());
    }

    static rac.ty.TyEnv tyEnv(QueryContext ctx, int module, Ty self, List<String> generics) {
        return tyEnv(ctx, module, self, generics, List.of());
    }

    static rac.ty.TyEnv tyEnv(QueryContext ctx, int module, Ty self, List<String> generics,
                              List<rac.ty.TraitRef> predicates) {
        TypeLowering.TypeScope scope = typeScope(ctx, module, self, generics, true);
        return new rac.ty.TyEnv() {
            @Override
            public List<rac.ty.TraitRef> predicates() {
                return predicates;
            }

            @Override
            public List<DefId> traits() {
                return ctx.get(TraitQueries.TRAITS, CrateKey.LOCAL);
            }

            @Override
            public List<AssocItem> assocItems(DefId traitOrImpl) {
                return ctx.get(TraitQueries.ASSOC_ITEMS, traitOrImpl);
            }

            @Override
            public List<DefId> traitImpls(DefId trait) {
                return ctx.get(TraitQueries.TRAIT_IMPLS, CrateKey.LOCAL).getOrDefault(trait, List.of());
            }

            @Override
            public rac.ty.TraitRef implTrait(DefId impl) {
                return ctx.get(TraitQueries.IMPL_TRAIT, impl).ref();
            }

            @Override
            public List<rac.ty.TraitRef> implPredicates(DefId impl) {
                return ctx.get(TraitQueries.PREDICATES, impl).predicates();
            }

            @Override
            public List<rac.ty.TraitRef> superTraits(DefId trait) {
                List<rac.ty.TraitRef> out = new ArrayList<>();
                for (rac.ty.TraitRef p : ctx.get(TraitQueries.PREDICATES, trait).predicates()) {
                    if (p.self() instanceof Ty.Param sp && sp.index() == 0) {
                        out.add(p);
                    }
                }
                return out;
            }

            @Override
            public DefId libraryTrait(String name) {
                return Queries.libraryTrait(ctx, name);
            }

            @Override
            public DefId traitOf(DefId item) {
                DefMap.DefData d = ctx.get(DEF_MAP, CrateKey.LOCAL).def(item.index());
                return d.parent() >= 0 && (d.kind() == DefMap.DefKind.ASSOC_FN || d.kind() == DefMap.DefKind.ASSOC_CONST
                        || d.kind() == DefMap.DefKind.ASSOC_TYPE)
                        && ctx.get(DEF_MAP, CrateKey.LOCAL).def(d.parent()).kind() == DefMap.DefKind.TRAIT
                        ? new DefId(d.parent()) : null;
            }

            @Override
            public FnSig fnSig(DefId fn) {
                return ctx.get(FN_SIG, fn).sig();
            }

            @Override
            public Ty constType(DefId constant) {
                return ctx.get(Queries.CONST_TYPE, constant).sig().ret();
            }

            @Override
            public rac.ty.AdtDef adtDef(DefId adt) {
                return ctx.get(Queries.ADT_DEF, adt).def();
            }

            @Override
            public java.math.BigInteger constValue(DefId constant) {
                return ctx.get(Queries.CONST_VALUE, constant).value();
            }

            @Override
            public DefId adtOfCtor(DefId ctor) {
                return Queries.adtOfCtor(ctx, ctor);
            }

            @Override
            public List<AssocItem> inherentItems(Ty ty) {
                return ty instanceof Ty.Adt a ? ctx.get(Queries.INHERENT_IMPLS, CrateKey.LOCAL)
                        .getOrDefault(a.def(), List.of()) : List.of();
            }

            @Override
            public List<String> typeParams(DefId def) {
                return ctx.get(GENERICS, def);
            }

            @Override
            public int implParamCount(DefId item) {
                DefMap.DefData d = ctx.get(DEF_MAP, CrateKey.LOCAL).def(item.index());
                boolean assoc = (d.kind() == DefMap.DefKind.ASSOC_FN || d.kind() == DefMap.DefKind.ASSOC_CONST)
                        && d.parent() >= 0;
                return assoc ? ctx.get(GENERICS, new DefId(d.parent())).size() : 0;
            }

            @Override
            public Ty implSelfType(DefId item) {
                return selfTypeOf(ctx, ctx.get(DEF_MAP, CrateKey.LOCAL), item.index());
            }

            @Override
            public TypeLowering.TypeScope typeScope() {
                return scope;
            }
        };
    }

    static DefId adtOfCtor(QueryContext ctx, DefId ctor) {
        DefMap.DefData d = ctx.get(DEF_MAP, CrateKey.LOCAL).def(ctor.index());
        return d.kind() == DefMap.DefKind.VARIANT ? new DefId(d.parent())
                : d.kind() == DefMap.DefKind.STRUCT ? ctor : null;
    }

    /** The self type of the impl an associated item is in (null for other items). */
    static Ty selfTypeOf(QueryContext ctx, DefMap defs, int def) {
        DefMap.DefData d = defs.def(def);
        if (d.kind() == DefMap.DefKind.TRAIT) {
            return new Ty.Param(0, "Self");
        }
        if ((d.kind() == DefMap.DefKind.ASSOC_FN || d.kind() == DefMap.DefKind.ASSOC_CONST
                || d.kind() == DefMap.DefKind.ASSOC_TYPE) && d.parent() >= 0) {
            if (defs.def(d.parent()).kind() == DefMap.DefKind.TRAIT) {
                return new Ty.Param(0, "Self");
            }
            return ctx.get(Queries.IMPL_SELF, new DefId(d.parent())).sig().ret();
        }
        if (d.kind() == DefMap.DefKind.IMPL) {
            return ctx.get(Queries.IMPL_SELF, new DefId(def)).sig().ret();
        }
        return null;
    }

    // ---- generics ----

    /**
     * The type parameters in scope in a definition, in rustc's order: an associated item's impl's
     * parameters first, then its own.
     */
    public static final DerivedQuery<DefId, List<String>> GENERICS = DerivedQuery.named("generics", (ctx, def) -> {
        DefMap defs = ctx.get(DEF_MAP, CrateKey.LOCAL);
        DefMap.DefData d = defs.def(def.index());
        List<String> out = new ArrayList<>();
        if ((d.kind() == DefMap.DefKind.ASSOC_FN || d.kind() == DefMap.DefKind.ASSOC_CONST
                || d.kind() == DefMap.DefKind.ASSOC_TYPE) && d.parent() >= 0) {
            out.addAll(ctx.get(Queries.GENERICS, new DefId(d.parent())));
        }
        ItemTree.Item item = d.kind() == DefMap.DefKind.VARIANT ? null
                : findItem(ctx.get(ITEM_TREE, d.file()).items(), d.astId());
        switch (item) {
            case ItemTree.Fn f -> out.addAll(f.typeParams());
            case ItemTree.Struct st -> out.addAll(st.typeParams());
            case ItemTree.Enum en -> out.addAll(en.typeParams());
            case ItemTree.Impl im -> out.addAll(im.typeParams());
            case ItemTree.Trait tr -> {
                out.add("Self");
                out.addAll(tr.typeParams());
            }
            case null, default -> { }
        }
        return List.copyOf(out);
    });

    // ---- structs, enums, impls ----

    /** A struct's or enum's definition and the errors in its field types and discriminants. */
    public record AdtResult(rac.ty.AdtDef def, List<RelDiagnostic> diagnostics) {
        public AdtResult {
            diagnostics = List.copyOf(diagnostics);
        }
    }

    public static final DerivedQuery<DefId, AdtResult> ADT_DEF = DerivedQuery.named("adtDef", (ctx, def) -> {
        DefMap defs = ctx.get(DEF_MAP, CrateKey.LOCAL);
        DefMap.DefData data = defs.def(def.index());
        ItemTree.Item item = findItem(ctx.get(ITEM_TREE, data.file()).items(), data.astId());
        List<RelDiagnostic> diags = new ArrayList<>();
        List<String> generics = ctx.get(GENERICS, def);
        TypeLowering.TypeScope scope = typeScope(ctx, data.module(), null, generics, false);
        List<rac.ty.AdtDef.VariantDef> variants = new ArrayList<>();
        if (item instanceof ItemTree.Struct st) {
            variants.add(new rac.ty.AdtDef.VariantDef(def, data.name(), st.kind(), lowerFields(st.fields(), scope, diags),
                    java.math.BigInteger.ZERO));
            return new AdtResult(new rac.ty.AdtDef(def, data.name(), false, variants, generics, st.derives()), diags);
        }
        ItemTree.Enum en = (ItemTree.Enum) item;
        java.math.BigInteger next = java.math.BigInteger.ZERO;
        for (int i = 0; i < defs.defs().size(); i++) {
            DefMap.DefData v = defs.def(i);
            if (v.kind() != DefMap.DefKind.VARIANT || v.parent() != def.index()) {
                continue;
            }
            ItemTree.Variant iv = en.variants().get(v.index());
            java.math.BigInteger discr = next;
            if (iv.hasDiscriminant()) {
                java.math.BigInteger value = ctx.get(Queries.CONST_VALUE, new DefId(i)).value();
                if (value != null) {
                    discr = value;
                }
            }
            variants.add(new rac.ty.AdtDef.VariantDef(new DefId(i), v.name(), iv.kind(),
                    lowerFields(iv.fields(), scope, diags), discr));
            next = discr.add(java.math.BigInteger.ONE);
        }
        return new AdtResult(new rac.ty.AdtDef(def, data.name(), true, variants, generics, en.derives()), diags);
    });

    private static List<rac.ty.AdtDef.FieldDef> lowerFields(List<ItemTree.Field> fields, TypeLowering.TypeScope scope,
                                                            List<RelDiagnostic> diags) {
        List<rac.ty.AdtDef.FieldDef> out = new ArrayList<>();
        for (ItemTree.Field f : fields) {
            out.add(new rac.ty.AdtDef.FieldDef(f.name(), TypeLowering.lower(f.ty(), scope,
                    problem -> diags.add(typeProblem(problem)))));
        }
        return out;
    }

    /** The crate's structs and enums, in definition order. */
    public static final DerivedQuery<CrateKey, List<DefId>> ADTS = DerivedQuery.named("adts", (ctx, key) -> {
        DefMap defs = ctx.get(DEF_MAP, key);
        List<DefId> out = new ArrayList<>();
        for (int i = 0; i < defs.defs().size(); i++) {
            if (defs.def(i).kind() == DefMap.DefKind.STRUCT || defs.def(i).kind() == DefMap.DefKind.ENUM) {
                out.add(new DefId(i));
            }
        }
        return out;
    });

    /** The self type of an inherent impl (as a signature with no parameters) and the errors in it. */
    public static final DerivedQuery<DefId, SigResult> IMPL_SELF = DerivedQuery.named("implSelfType", (ctx, def) -> {
        DefMap.DefData data = ctx.get(DEF_MAP, CrateKey.LOCAL).def(def.index());
        ItemTree.Impl item = (ItemTree.Impl) findItem(ctx.get(ITEM_TREE, data.file()).items(), data.astId());
        List<RelDiagnostic> diags = new ArrayList<>();
        Ty ty = TypeLowering.lower(item.selfTy(), typeScope(ctx, data.module(), null, ctx.get(GENERICS, def), false),
                problem -> diags.add(typeProblem(problem)));
        if (item.trait() == null && !(ty instanceof Ty.Adt) && !(ty instanceof Ty.Error)) {
            diags.add(new RelDiagnostic(Diagnostic.error("cannot define inherent `impl` for primitive types")
                    .code("E0390").primary(RelDiagnostic.rel(0, 0), "").help("consider using an extension trait instead")
                    .build()));
        }
        return new SigResult(new FnSig("impl", List.of(), ty), diags);
    });

    /** The associated items of every struct's and enum's inherent impls, in definition order. */
    public static final DerivedQuery<CrateKey, Map<DefId, List<rac.ty.TyEnv.AssocItem>>> INHERENT_IMPLS =
            DerivedQuery.named("inherentImpls", (ctx, key) -> {
                DefMap defs = ctx.get(DEF_MAP, key);
                Map<DefId, List<rac.ty.TyEnv.AssocItem>> out = new java.util.LinkedHashMap<>();
                for (int i = 0; i < defs.defs().size(); i++) {
                    DefMap.DefData d = defs.def(i);
                    if ((d.kind() != DefMap.DefKind.ASSOC_FN && d.kind() != DefMap.DefKind.ASSOC_CONST) || d.parent() < 0
                            || defs.def(d.parent()).kind() != DefMap.DefKind.IMPL
                            || ctx.get(TraitQueries.IMPL_TRAIT, new DefId(d.parent())).ref() != null) {
                        continue;
                    }
                    if (!(ctx.get(IMPL_SELF, new DefId(d.parent())).sig().ret() instanceof Ty.Adt a)) {
                        continue;
                    }
                    boolean isFn = d.kind() == DefMap.DefKind.ASSOC_FN;
                    boolean hasSelf = isFn && fnItem(ctx, d).selfTy() != null;
                    out.computeIfAbsent(a.def(), k -> new ArrayList<>())
                            .add(new rac.ty.TyEnv.AssocItem(new DefId(i), d.name(), isFn, hasSelf));
                }
                Map<DefId, List<rac.ty.TyEnv.AssocItem>> frozen = new java.util.LinkedHashMap<>();
                out.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
                return java.util.Collections.unmodifiableMap(frozen);
            });

    /** The crate's impl blocks, in definition order. */
    public static final DerivedQuery<CrateKey, List<DefId>> IMPLS = DerivedQuery.named("impls", (ctx, key) -> {
        DefMap defs = ctx.get(DEF_MAP, key);
        List<DefId> out = new ArrayList<>();
        for (int i = 0; i < defs.defs().size(); i++) {
            if (defs.def(i).kind() == DefMap.DefKind.IMPL) {
                out.add(new DefId(i));
            }
        }
        return out;
    });

    public static final DerivedQuery<DefId, MirBody> MIR = DerivedQuery.named("mirBody", (ctx, def) -> {
        boolean constant = isConstItem(ctx.get(DEF_MAP, CrateKey.LOCAL).def(def.index()).kind());
        // A const of an aggregate type is computed by a function without parameters (see CONST_VALUE).
        BodyLowering.Result body = constant ? ctx.get(Queries.CONST_BODY, def) : ctx.get(BODY, def);
        FnSig sig = constant ? ctx.get(Queries.CONST_TYPE, def).sig() : ctx.get(FN_SIG, def).sig();
        InferenceResult types = constant ? ctx.get(Queries.CONST_INFER, def) : ctx.get(INFER, def);
        return MirBuilder.build(sig, body.body(), types, ctx.get(OPTIONS, CrateKey.LOCAL).overflowChecks(),
                d -> ctx.get(Queries.CONST_VALUE, d).value(), d -> ctx.get(Queries.ADT_DEF, d).def(),
                d -> adtOfCtor(ctx, d), d -> ctx.get(Queries.CONST_VALUE, d).str());
    });

    // ---- constants ----

    /** A const's declared type (as a signature with no parameters) and the errors in it. */
    public static final DerivedQuery<DefId, SigResult> CONST_TYPE = DerivedQuery.named("constType", (ctx, def) -> {
        DefMap defs = ctx.get(DEF_MAP, CrateKey.LOCAL);
        DefMap.DefData data = defs.def(def.index());
        if (data.kind() == DefMap.DefKind.VARIANT) {
            // An explicit discriminant is an `isize` constant.
            return new SigResult(new FnSig(data.name(), List.of(), new Ty.Int(rac.base.IntTy.ISIZE)), List.of());
        }
        ItemTree.Item found = findItem(ctx.get(ITEM_TREE, data.file()).items(), data.astId());
        rac.hir.TypeRef written = found instanceof ItemTree.Static st ? st.ty() : ((ItemTree.Const) found).ty();
        List<RelDiagnostic> diags = new ArrayList<>();
        Ty ty = TypeLowering.lower(written, typeScope(ctx, data.module(), selfTypeOf(ctx, defs, def.index()),
                ctx.get(GENERICS, def), false), problem -> diags.add(typeProblem(problem)));
        return new SigResult(new FnSig(data.name(), List.of(), ty), diags);
    });

    /**
     * What a `type` alias stands for, lowered in the alias's module (as a signature with no
     * parameters). A cycle of aliases is rustc's E0391.
     */
    public static final DerivedQuery<DefId, SigResult> ALIAS_TYPE = DerivedQuery.named("aliasType", (ctx, def) -> {
        DefMap.DefData data = ctx.get(DEF_MAP, CrateKey.LOCAL).def(def.index());
        ItemTree.TypeAlias item = (ItemTree.TypeAlias) findItem(ctx.get(ITEM_TREE, data.file()).items(), data.astId());
        List<RelDiagnostic> diags = new ArrayList<>();
        Ty ty = TypeLowering.lower(item.ty(), typeScope(ctx, data.module()), problem -> diags.add(typeProblem(problem)));
        return new SigResult(new FnSig(data.name(), List.of(), ty), diags);
    });

    /** The crate's type aliases, in definition order. */
    public static final DerivedQuery<CrateKey, List<DefId>> ALIASES = DerivedQuery.named("aliases", (ctx, key) -> {
        DefMap defs = ctx.get(DEF_MAP, key);
        List<DefId> out = new ArrayList<>();
        for (int i = 0; i < defs.defs().size(); i++) {
            if (defs.def(i).kind() == DefMap.DefKind.TYPE_ALIAS) {
                out.add(new DefId(i));
            }
        }
        return out;
    });

    /**
     * Type paths resolve through the DefMap from {@code module}: items (aliases, for now) shadow the
     * primitive types, which are the fallback for a single unresolved name.
     */
    static TypeLowering.TypeScope typeScope(QueryContext ctx, int module) {
        return typeScope(ctx, module, null);
    }

    /** A type scope where {@code Self} is {@code self} (null outside impls: {@code Self} is then E0411). */
    static TypeLowering.TypeScope typeScope(QueryContext ctx, int module, Ty self) {
        return typeScope(ctx, module, self, List.of(), false);
    }

    /**
     * A type scope with generic parameters {@code generics} in scope; {@code inferMissing}: a struct or
     * enum written without its generic arguments gets them inferred (expressions) instead of E0107.
     */
    static TypeLowering.TypeScope typeScope(QueryContext ctx, int module, Ty self, List<String> generics,
                                            boolean inferMissing) {
        return typeScope(ctx, module, self, generics, inferMissing, -1);
    }

    /** A type scope inside impl {@code implDef} (-1: none), where {@code Self::Name} is its associated type. */
    static TypeLowering.TypeScope typeScope(QueryContext ctx, int module, Ty self, List<String> generics,
                                            boolean inferMissing, int implDef) {
        TypeLowering.TypeScope types = typeNames(ctx, module, self, generics, implDef);
        return new TypeLowering.TypeScope() {
            @Override
            public Ty applyArgs(Ty.Adt adt, List<Ty> args, java.util.function.Consumer<TypeLowering.Problem> onError) {
                // The generics, not the whole definition: a struct may name itself in its fields.
                int n = ctx.get(Queries.GENERICS, adt.def()).size();
                if (args.size() == n || (args.isEmpty() && inferMissing)) {
                    return new Ty.Adt(adt.def(), adt.name(), args);
                }
                String kind = ctx.get(DEF_MAP, CrateKey.LOCAL).def(adt.def().index()).kind() == DefMap.DefKind.ENUM
                        ? "enum" : "struct";
                if (args.isEmpty()) {
                    onError.accept(new TypeLowering.Problem("E0107", "missing generics for " + kind + " `" + adt.name()
                            + "`", "expected " + n + " generic argument" + (n == 1 ? "" : "s")));
                } else {
                    onError.accept(new TypeLowering.Problem("E0107", kind + " takes " + n + " generic argument"
                            + (n == 1 ? "" : "s") + " but " + args.size() + " generic argument"
                            + (args.size() == 1 ? " was" : "s were") + " supplied", "expected " + n
                            + " generic argument" + (n == 1 ? "" : "s")));
                }
                return Ty.ERROR;
            }

            @Override
            public Ty resolve(List<String> path, java.util.function.Consumer<TypeLowering.Problem> onError) {
                return types.resolve(path, onError);
            }

            @Override
            public java.math.BigInteger constValue(List<String> path,
                                                   java.util.function.Consumer<TypeLowering.Problem> onError) {
                DefMap defs = ctx.get(DEF_MAP, CrateKey.LOCAL);
                Edition edition = ctx.get(OPTIONS, CrateKey.LOCAL).edition();
                PathResolver.Resolution res = new PathResolver(defs, module, edition).resolveValue(path, "value");
                if (res instanceof PathResolver.Resolution.Def d && defs.def(d.def()).kind() == DefMap.DefKind.CONST) {
                    return ctx.get(Queries.CONST_VALUE, new DefId(d.def())).value();
                }
                if (res instanceof PathResolver.Resolution.Failed f) {
                    onError.accept(new TypeLowering.Problem(f.code(), f.message(), f.label()));
                } else {
                    onError.accept(new TypeLowering.Problem(null, "this array length is not supported by rac yet", ""));
                }
                return null;
            }
        };
    }

    private static TypeLowering.TypeScope typeNames(QueryContext ctx, int module, Ty self, List<String> generics,
                                                    int implDef) {
        return (path, onError) -> {
            if (path.size() == 2 && path.get(0).equals("Self") && implDef >= 0) {
                for (rac.ty.TyEnv.AssocItem ai : ctx.get(TraitQueries.ASSOC_ITEMS, new DefId(implDef))) {
                    if (!ai.isFn() && ai.name().equals(path.get(1))) {
                        DefMap.DefData d = ctx.get(DEF_MAP, CrateKey.LOCAL).def(ai.def().index());
                        if (findItem(ctx.get(ITEM_TREE, d.file()).items(), d.astId()) instanceof ItemTree.TypeAlias ta
                                && ta.ty() != null) {
                            return TypeLowering.lower(ta.ty(), typeScope(ctx, module, self, generics, false, -1),
                                    onError);
                        }
                    }
                }
            }
            if (path.size() == 1) {
                int g = generics.lastIndexOf(path.get(0));
                if (g >= 0) {
                    return new Ty.Param(g, path.get(0));
                }
            }
            if (path.size() == 1 && path.get(0).equals("Self")) {
                if (self == null) {
                    onError.accept(new TypeLowering.Problem("E0411", "cannot find type `Self` in this scope",
                            "`Self` is only available in impls, traits, and type definitions"));
                    return Ty.ERROR;
                }
                return self;
            }
            DefMap defs = ctx.get(DEF_MAP, CrateKey.LOCAL);
            Edition edition = ctx.get(OPTIONS, CrateKey.LOCAL).edition();
            PathResolver.Resolution res = new PathResolver(defs, module, edition).resolveType(path);
            switch (res) {
                case PathResolver.Resolution.Def d -> {
                    DefMap.DefData data = defs.def(d.def());
                    return switch (data.kind()) {
                        case TYPE_ALIAS -> {
                            try {
                                yield ctx.get(Queries.ALIAS_TYPE, new DefId(d.def())).sig().ret();
                            } catch (rac.query.CycleException e) {
                                onError.accept(new TypeLowering.Problem("E0391", "cycle detected when expanding type alias `"
                                        + data.name() + "`", ""));
                                yield Ty.ERROR;
                            }
                        }
                        case STRUCT, ENUM -> new Ty.Adt(new DefId(d.def()), data.name(), List.of());
                        case UNION -> {
                            onError.accept(new TypeLowering.Problem(null, "the type `" + String.join("::", path)
                                    + "` is not supported by rac yet", ""));
                            yield Ty.ERROR;
                        }
                        default -> null;
                    };
                }
                case PathResolver.Resolution.Module m -> {
                    onError.accept(new TypeLowering.Problem("E0573", "expected type, found module `"
                            + String.join("::", path) + "`", "not a type"));
                    return Ty.ERROR;
                }
                case PathResolver.Resolution.Failed f -> {
                    if (path.size() == 1) {
                        return null;
                    }
                    onError.accept(new TypeLowering.Problem(f.code(), f.message(), f.label()));
                    return Ty.ERROR;
                }
            }
        };
    }

    /** A const's initializer lowered as a body. */
    public static final DerivedQuery<DefId, BodyLowering.Result> CONST_BODY = DerivedQuery.named("constBody",
            (ctx, def) -> {
                DefMap defs = ctx.get(DEF_MAP, CrateKey.LOCAL);
                DefMap.DefData data = defs.def(def.index());
                SyntaxNode node = ctx.get(AST_ID_MAP, data.file()).get(data.astId());
                Edition edition = ctx.get(OPTIONS, CrateKey.LOCAL).edition();
                int start = node.textRange().start();
                if (data.kind() == DefMap.DefKind.VARIANT) {
                    // The discriminant expression of a variant, relative to its enum.
                    SyntaxNode list = node.firstChild(SyntaxKind.VARIANT_LIST);
                    int k = 0;
                    for (SyntaxNode v : list.children()) {
                        if (v.kind() == SyntaxKind.VARIANT && k++ == data.index()) {
                            node = v;
                            break;
                        }
                    }
                }
                return BodyLowering.lowerConst(node, start, new PathResolver(defs, data.module(), edition), edition);
            });

    public static final DerivedQuery<DefId, InferenceResult> CONST_INFER = DerivedQuery.named("constInference",
            (ctx, def) -> {
                DefMap defs = ctx.get(DEF_MAP, CrateKey.LOCAL);
                return InferenceContext.infer(ctx.get(CONST_BODY, def).body(), ctx.get(CONST_TYPE, def).sig(),
                        tyEnv(ctx, defs.def(def.index()).module(), selfTypeOf(ctx, defs, def.index())));
            });

    /** A const's value, evaluated at compile time (null with errors when evaluation failed). */
    public static final DerivedQuery<DefId, rac.ty.ConstEval.Result> CONST_VALUE = DerivedQuery.named("constValue",
            (ctx, def) -> {
                BodyLowering.Result body = ctx.get(CONST_BODY, def);
                InferenceResult types = ctx.get(CONST_INFER, def);
                if (body.hasErrors() || types.hasErrors()) {
                    return new rac.ty.ConstEval.Result(null, List.of());
                }
                String name = ctx.get(DEF_MAP, CrateKey.LOCAL).def(def.index()).name();
                Ty ty = ctx.get(CONST_TYPE, def).sig().ret();
                if (ty instanceof Ty.Adt || ty instanceof Ty.Tuple || ty instanceof Ty.Array) {
                    // Not evaluated at compile time yet: uses call the const's MIR as a function.
                    return new rac.ty.ConstEval.Result(null, List.of());
                }
                return rac.ty.ConstEval.evaluate(body.body(), types, name, d -> ctx.get(Queries.CONST_VALUE, d).value());
            });

    static boolean isConstItem(DefMap.DefKind kind) {
        return kind == DefMap.DefKind.CONST || kind == DefMap.DefKind.ASSOC_CONST || kind == DefMap.DefKind.STATIC;
    }

    /** The crate's consts, in definition order. */
    public static final DerivedQuery<CrateKey, List<DefId>> CONSTS = DerivedQuery.named("consts", (ctx, key) -> {
        DefMap defs = ctx.get(DEF_MAP, key);
        List<DefId> out = new ArrayList<>();
        for (int i = 0; i < defs.defs().size(); i++) {
            DefMap.DefData d = defs.def(i);
            if (d.kind() == DefMap.DefKind.CONST || d.kind() == DefMap.DefKind.ASSOC_CONST
                    || (d.kind() == DefMap.DefKind.STATIC && !staticIsMut(ctx, d))
                    || (d.kind() == DefMap.DefKind.VARIANT && variantHasDiscriminant(ctx, d))) {
                out.add(new DefId(i));
            }
        }
        return out;
    });

    private static boolean staticIsMut(QueryContext ctx, DefMap.DefData d) {
        return findItem(ctx.get(ITEM_TREE, d.file()).items(), d.astId()) instanceof ItemTree.Static st && st.mutable();
    }

    /**
     * Whether a value of type {@code ty} contains a value of the struct or enum {@code target} (by
     * value, not behind a reference): rustc's E0072, and what would give it no finite layout.
     */
    private static boolean containsByValue(QueryContext ctx, Ty ty, DefId target, java.util.Set<Ty> seen) {
        return switch (ty) {
            case Ty.Tuple tu -> tu.elements().stream().anyMatch(e -> containsByValue(ctx, e, target, seen));
            case Ty.Array a -> containsByValue(ctx, a.element(), target, seen);
            case Ty.Adt a -> {
                if (!seen.add(a)) {
                    yield false;
                }
                rac.ty.AdtDef def = ctx.get(ADT_DEF, a.def()).def();
                for (rac.ty.AdtDef.VariantDef v : def.variants()) {
                    for (int i = 0; i < v.fields().size(); i++) {
                        Ty f = def.fieldTy(v, i, a);
                        if (f instanceof Ty.Adt fa && fa.def().equals(target) || containsByValue(ctx, f, target, seen)) {
                            yield true;
                        }
                    }
                }
                yield false;
            }
            default -> false;
        };
    }

    private static boolean variantHasDiscriminant(QueryContext ctx, DefMap.DefData v) {
        ItemTree.Enum e = (ItemTree.Enum) findItem(ctx.get(ITEM_TREE, v.file()).items(), v.astId());
        return e.variants().get(v.index()).hasDiscriminant();
    }

    /** All diagnostics of the crate, in a deterministic order (items, then functions in order). */
    public static final DerivedQuery<CrateKey, List<Diagnostic>> CRATE_DIAGNOSTICS = DerivedQuery.named(
            "crateDiagnostics", Queries::crateDiagnostics);

    private static List<Diagnostic> crateDiagnostics(QueryContext ctx, CrateKey key) {
        DefMap defs = ctx.get(DEF_MAP, key);
        List<Diagnostic> out = new ArrayList<>();
        for (DefMap.ItemDiagnostic d : defs.diagnostics()) {
            out.add(d.diagnostic().absolute(d.file(), itemStart(ctx, d.file(), d.astId())));
        }
        unsupportedItems(ctx, defs, out);
        List<DefId> all = ctx.get(FUNCTIONS, key);
        ctx.prefetch(INFER, all);
        List<Diagnostic> deferred = new ArrayList<>();
        // As rustc: every resolution error of the crate first, then type errors, then lints.
        for (DefId def : all) {
            DefMap.DefData data = defs.def(def.index());
            int start = itemStart(ctx, data.file(), data.astId());
            for (RelDiagnostic d : ctx.get(FN_SIG, def).diagnostics()) {
                out.add(d.absolute(data.file(), start));
            }
            BodyLowering.Result body = ctx.get(BODY, def);
            for (RelDiagnostic d : body.diagnostics()) {
                out.add(d.absolute(data.file(), start));
            }
            for (RelDiagnostic d : body.deferred()) {
                deferred.add(d.absolute(data.file(), start));
            }
        }
        for (DefId a : ctx.get(ALIASES, key)) {
            DefMap.DefData data = defs.def(a.index());
            int start = itemStart(ctx, data.file(), data.astId());
            for (RelDiagnostic d : ctx.get(ALIAS_TYPE, a).diagnostics()) {
                out.add(d.absolute(data.file(), start));
            }
        }
        for (DefId a : ctx.get(ADTS, key)) {
            DefMap.DefData data = defs.def(a.index());
            int start = itemStart(ctx, data.file(), data.astId());
            for (RelDiagnostic d : ctx.get(ADT_DEF, a).diagnostics()) {
                out.add(d.absolute(data.file(), start));
            }
            if (containsByValue(ctx, ctx.get(ADT_DEF, a).def().ty(), a, new java.util.HashSet<>())) {
                ItemSpan span = ctx.get(ITEM_SPANS, data.file()).get(data.astId());
                out.add(Diagnostic.error("recursive type `" + data.name() + "` has infinite size").code("E0072")
                        .primary(new Span(data.file(), span.headStart(), span.nameEnd()), "")
                        .help("insert some indirection (e.g., a `Box`, `Rc`, or `&`) to break the cycle").build());
            }
        }
        for (DefId a : ctx.get(IMPLS, key)) {
            DefMap.DefData data = defs.def(a.index());
            int start = itemStart(ctx, data.file(), data.astId());
            for (RelDiagnostic d : ctx.get(IMPL_SELF, a).diagnostics()) {
                out.add(d.absolute(data.file(), start));
            }
        }
        for (DefId c : ctx.get(CONSTS, key)) {
            DefMap.DefData data = defs.def(c.index());
            int start = itemStart(ctx, data.file(), data.astId());
            for (RelDiagnostic d : ctx.get(CONST_TYPE, c).diagnostics()) {
                out.add(d.absolute(data.file(), start));
            }
            for (RelDiagnostic d : ctx.get(CONST_BODY, c).diagnostics()) {
                out.add(d.absolute(data.file(), start));
            }
            for (RelDiagnostic d : ctx.get(CONST_BODY, c).deferred()) {
                deferred.add(d.absolute(data.file(), start));
            }
        }
        out.addAll(deferred);
        boolean anyErrors = !out.isEmpty();
        for (DefId c : ctx.get(CONSTS, key)) {
            DefMap.DefData data = defs.def(c.index());
            int start = itemStart(ctx, data.file(), data.astId());
            if (ctx.get(CONST_BODY, c).hasErrors()) {
                continue;
            }
            for (RelDiagnostic d : ctx.get(CONST_INFER, c).diagnostics()) {
                out.add(d.absolute(data.file(), start));
                anyErrors = true;
            }
            for (RelDiagnostic d : ctx.get(CONST_VALUE, c).errors()) {
                out.add(d.absolute(data.file(), start));
                anyErrors = true;
            }
        }
        for (DefId def : all) {
            DefMap.DefData data = defs.def(def.index());
            int start = itemStart(ctx, data.file(), data.astId());
            for (RelDiagnostic d : ctx.get(INFER, def).diagnostics()) {
                out.add(d.absolute(data.file(), start));
                anyErrors = true;
            }
        }
        // Match checking (E0004, E0005, unreachable patterns), per function after all type errors.
        for (DefId def : all) {
            DefMap.DefData data = defs.def(def.index());
            int start = itemStart(ctx, data.file(), data.astId());
            for (Diagnostic d : patternCheck(ctx, def, data.file(), start)) {
                out.add(d);
                anyErrors |= d.level() == Level.ERROR;
            }
        }
        if (!anyErrors) {
            // Borrow-check stage: runs only on crates that type-checked, as in rustc.
            for (DefId def : all) {
                DefMap.DefData data = defs.def(def.index());
                int start = itemStart(ctx, data.file(), data.astId());
                for (RelDiagnostic d : rac.hir.Mutability.check(ctx.get(BODY, def).body())) {
                    out.add(d.absolute(data.file(), start));
                    anyErrors = true;
                }
            }
            mainReturnType(ctx, defs, out);
            anyErrors |= out.stream().anyMatch(x -> x.level() == Level.ERROR);
        }
        if (!anyErrors) {
            for (DefId def : all) {
                DefMap.DefData data = defs.def(def.index());
                if (defs.inLibrary(data.module()) || ctx.get(NAKED, def)) {
                    // A naked function's parameters are only reachable from its assembly: no lints.
                    continue;
                }
                int start = itemStart(ctx, data.file(), data.astId());
                for (RelDiagnostic d : UnusedLints.check(ctx.get(BODY, def).body(), implicitMutBorrows(ctx.get(BODY, def)
                        .body(), ctx.get(INFER, def)))) {
                    out.add(d.absolute(data.file(), start));
                }
            }
        }
        DefMap.Res main = defs.module(DefMap.ROOT).values().get("main");
        if (!(main instanceof DefMap.Res.Def d && defs.def(d.def()).kind() == DefMap.DefKind.FN)) {
            FileId root = ctx.get(OPTIONS, key).root();
            SourceFile sf = ctx.get(SOURCE_FILE, root);
            int end = sf.length();
            out.add(Diagnostic.error("`main` function not found in crate `" + ctx.get(OPTIONS, key).crateName() + "`")
                    .code("E0601").primary(new Span(root, end, end),
                            "consider adding a `main` function to `" + sf.name() + "`").build());
        } else if (out.stream().noneMatch(x -> x.level() == Level.ERROR)) {
            out.addAll(deadCode(ctx, defs, d.def()));
        }
        return firstNoteOnly(out);
    }

    /** Expressions borrowed mutably without a written `&mut`: method receivers and arrays iterated by `&mut`. */
    private static java.util.Set<Integer> implicitMutBorrows(rac.hir.Body body, InferenceResult types) {
        java.util.Set<Integer> out = new java.util.HashSet<>();
        for (var e : types.methods().entrySet()) {
            if (e.getValue().autoRef() == InferenceResult.AutoRef.MUT && e.getValue().derefs() == 0
                    && body.expr(e.getKey()) instanceof rac.hir.Expr.MethodCall mc) {
                out.add(mc.receiver());
            }
        }
        for (InferenceResult.ForLoop l : types.forLoops().values()) {
            if (l.mode() == InferenceResult.ForLoop.ItemMode.REF_MUT && l.derefs() == 0) {
                out.add(l.source());
            }
        }
        return out;
    }

    /**
     * Match checking of one function (rustc's {@code check_match}): E0004, E0005, range bound errors,
     * unreachable and irrefutable patterns; empty when the body or its types had errors.
     */
    public static final DerivedQuery<DefId, List<RelDiagnostic>> MATCH_CHECK = DerivedQuery.named("matchCheck",
            (ctx, def) -> {
                BodyLowering.Result body = ctx.get(BODY, def);
                InferenceResult types = ctx.get(INFER, def);
                if (body.hasErrors() || types.hasErrors() || !ctx.get(FN_SIG, def).diagnostics().isEmpty()) {
                    return List.of();
                }
                return List.copyOf(rac.ty.PatternCheck.check(body.body(), types,
                        d -> ctx.get(Queries.CONST_VALUE, d).value(), d -> ctx.get(Queries.ADT_DEF, d).def()));
            });

    /** The match-checking diagnostics of a function, placed in its file. */
    private static List<Diagnostic> patternCheck(QueryContext ctx, DefId def, FileId file, int start) {
        List<Diagnostic> out = new ArrayList<>();
        for (RelDiagnostic d : ctx.get(MATCH_CHECK, def)) {
            out.add(d.absolute(file, start));
        }
        return out;
    }

    /** rustc's E0277 for a `main` that returns something other than `()` or `!` (the only Termination types rac has). */
    private static void mainReturnType(QueryContext ctx, DefMap defs, List<Diagnostic> out) {
        if (!(defs.module(DefMap.ROOT).values().get("main") instanceof DefMap.Res.Def d)
                || defs.def(d.def()).kind() != DefMap.DefKind.FN) {
            return;
        }
        Ty ret = ctx.get(FN_SIG, new DefId(d.def())).sig().ret();
        if (Ty.isUnit(ret) || ret instanceof Ty.Never || ret instanceof Ty.Error) {
            return;
        }
        DefMap.DefData data = defs.def(d.def());
        SyntaxNode node = ctx.get(AST_ID_MAP, data.file()).get(data.astId());
        SyntaxNode retType = node.firstChild(SyntaxKind.RET_TYPE);
        SyntaxNode ty = retType == null ? null : retType.children().stream().filter(c -> c.kind() != SyntaxKind.ERROR_NODE)
                .findFirst().orElse(null);
        var r = (ty != null ? ty : node).textRange();
        out.add(Diagnostic.error("`main` has invalid return type `" + Ty.display(ret) + "`").code("E0277")
                .primary(new Span(data.file(), r.start(), r.end()),
                        "`main` can only return types that implement `Termination`")
                .help("consider using `()`, or a `Result`").build());
    }

    /** Items the item tree could not lower, and item kinds the later stages do not handle yet. */
    private static void unsupportedItems(QueryContext ctx, DefMap defs, List<Diagnostic> out) {
        java.util.Set<FileId> files = new java.util.LinkedHashSet<>();
        for (DefMap.ModuleData m : defs.modules()) {
            files.add(m.file());
        }
        for (FileId f : files) {
            walkUnsupported(ctx, f, ctx.get(ITEM_TREE, f).items(), out);
        }
        out.addAll(ctx.get(GLOBAL_ASM, CrateKey.LOCAL).errors());
    }

    private static void walkUnsupported(QueryContext ctx, FileId file, List<ItemTree.Item> items, List<Diagnostic> out) {
        for (ItemTree.Item item : items) {
            String what = switch (item) {
                case ItemTree.Unsupported u -> u.what() + "s";
                case ItemTree.Struct s -> s.union() ? "unions" : null;
                case ItemTree.Static s -> s.mutable() ? "mutable static items" : null;
                default -> null;
            };
            if (what != null) {
                ItemSpan s = ctx.get(ITEM_SPANS, file).get(item.astId());
                out.add(Diagnostic.error(what + " are not supported by rac yet")
                        .primary(new Span(file, s.start(), s.nameEnd() > s.start() ? s.nameEnd() : s.end()), "")
                        .build());
            }
            if (item instanceof ItemTree.Mod m && m.items() != null) {
                walkUnsupported(ctx, file, m.items(), out);
            }
            if (item instanceof ItemTree.Fn f) {
                walkUnsupported(ctx, file, f.bodyItems(), out);
            }
            if (item instanceof ItemTree.Impl impl) {
                walkUnsupported(ctx, file, impl.items(), out);
            }
            if (item instanceof ItemTree.Trait t) {
                walkUnsupported(ctx, file, t.items(), out);
            }
        }
    }

    /** rustc prints a lint's "on by default" note with its first warning only. */
    private static List<Diagnostic> firstNoteOnly(List<Diagnostic> diagnostics) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        List<Diagnostic> out = new ArrayList<>();
        for (Diagnostic d : diagnostics) {
            List<SubDiagnostic> children = new ArrayList<>();
            for (SubDiagnostic c : d.children()) {
                boolean lintNote = c.level() == Level.NOTE && c.message().startsWith("`#[warn(");
                if (!lintNote || seen.add(c.message())) {
                    children.add(c);
                }
            }
            out.add(new Diagnostic(d.level(), d.code(), d.message(), d.labels(), children, d.suggestions()));
        }
        return out;
    }

    /** {@code dead_code} for functions and consts not reachable from {@code main}, in source order. */
    private static List<Diagnostic> deadCode(QueryContext ctx, DefMap defs, int main) {
        boolean[] used = new boolean[defs.defs().size()];
        java.util.ArrayDeque<Integer> work = new java.util.ArrayDeque<>();
        used[main] = true;
        work.add(main);
        for (DefId sym : ctx.get(GLOBAL_ASM, CrateKey.LOCAL).syms()) {
            if (!used[sym.index()]) {
                used[sym.index()] = true;
                work.add(sym.index());
            }
        }
        while (!work.isEmpty()) {
            int d = work.poll();
            DefId id = new DefId(d);
            DefMap.DefKind kind = defs.def(d).kind();
            boolean isConst = kind == DefMap.DefKind.CONST || kind == DefMap.DefKind.ASSOC_CONST
                    || kind == DefMap.DefKind.VARIANT || kind == DefMap.DefKind.STATIC;
            List<rac.hir.Expr> exprs = isConst ? ctx.get(CONST_BODY, id).body().exprs() : ctx.get(BODY, id).body().exprs();
            InferenceResult types = isConst ? ctx.get(CONST_INFER, id) : ctx.get(INFER, id);
            List<Integer> targets = new ArrayList<>();
            for (rac.hir.Expr e : exprs) {
                targets.add(e instanceof rac.hir.Expr.FnRef r ? r.def().index()
                        : e instanceof rac.hir.Expr.ConstRef c ? c.def().index() : -1);
            }
            for (InferenceResult.MethodResolution m : types.methods().values()) {
                if (m.method() != null) {
                    targets.add(m.method().index());
                }
            }
            for (DefId p : types.paths().values()) {
                targets.add(p.index());
            }
            for (int target : targets) {
                if (target >= 0 && !used[target]) {
                    used[target] = true;
                    DefMap.DefKind tk = defs.def(target).kind();
                    if (tk == DefMap.DefKind.FN || tk == DefMap.DefKind.ASSOC_FN || tk == DefMap.DefKind.CONST
                            || tk == DefMap.DefKind.ASSOC_CONST || tk == DefMap.DefKind.STATIC) {
                        work.add(target);
                    }
                }
            }
            List<rac.hir.Pat> pats = defs.def(d).kind() == DefMap.DefKind.CONST
                    ? ctx.get(CONST_BODY, id).body().pats() : ctx.get(BODY, id).body().pats();
            for (rac.hir.Pat p : pats) {
                // A const used as a pattern counts as a use.
                if (p instanceof rac.hir.Pat.Const c && !used[c.def().index()]) {
                    used[c.def().index()] = true;
                    work.add(c.def().index());
                }
            }
        }
        List<DefId> candidates = new ArrayList<>(ctx.get(FUNCTIONS, CrateKey.LOCAL));
        for (DefId c : ctx.get(CONSTS, CrateKey.LOCAL)) {
            if (defs.def(c.index()).kind() != DefMap.DefKind.VARIANT) {
                candidates.add(c);
            }
        }
        List<int[]> unused = new ArrayList<>();
        for (DefId def : candidates) {
            DefMap.DefData data = defs.def(def.index());
            if (used[def.index()] || data.name().startsWith("_") || defs.inLibrary(data.module())) {
                continue;
            }
            if (data.parent() >= 0 && (data.kind() == DefMap.DefKind.ASSOC_FN || data.kind() == DefMap.DefKind.ASSOC_CONST)
                    && (defs.def(data.parent()).kind() == DefMap.DefKind.TRAIT
                    || ctx.get(TraitQueries.IMPL_TRAIT, new DefId(data.parent())).ref() != null)) {
                // FIXME: rustc reports trait methods that nothing calls; rac does not yet.
                continue;
            }
            ItemSpan span = ctx.get(ITEM_SPANS, data.file()).get(data.astId());
            unused.add(new int[] {data.file().index(), span.nameStart(), def.index()});
        }
        unused.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
        List<Diagnostic> out = new ArrayList<>();
        java.util.Set<Integer> doneImpls = new java.util.HashSet<>();
        for (int[] u : unused) {
            DefMap.DefData data = defs.def(u[2]);
            ItemSpan span = ctx.get(ITEM_SPANS, data.file()).get(data.astId());
            if (data.kind() == DefMap.DefKind.ASSOC_FN || data.kind() == DefMap.DefKind.ASSOC_CONST) {
                if (!doneImpls.add(data.parent())) {
                    continue;
                }
                List<int[]> group = unused.stream().filter(x -> defs.def(x[2]).parent() == data.parent()
                        && (defs.def(x[2]).kind() == DefMap.DefKind.ASSOC_FN
                        || defs.def(x[2]).kind() == DefMap.DefKind.ASSOC_CONST)).toList();
                java.util.Set<String> kinds = new java.util.LinkedHashSet<>();
                List<String> names = new ArrayList<>();
                for (int[] g : group) {
                    DefMap.DefData gd = defs.def(g[2]);
                    kinds.add(gd.kind() == DefMap.DefKind.ASSOC_CONST ? "associated constant"
                            : fnItem(ctx, gd).selfTy() != null ? "method" : "associated function");
                    names.add("`" + gd.name() + "`");
                }
                String kind = kinds.size() == 1 ? kinds.iterator().next() : "associated item";
                String plural = group.size() == 1 ? kind : kind + "s";
                String list = names.size() == 1 ? names.get(0) : names.size() == 2 ? names.get(0) + " and " + names.get(1)
                        : String.join(", ", names.subList(0, names.size() - 1)) + ", and " + names.get(names.size() - 1);
                DefMap.DefData impl = defs.def(data.parent());
                SyntaxNode implNode = ctx.get(AST_ID_MAP, impl.file()).get(impl.astId());
                int implStart = ctx.get(ITEM_SPANS, impl.file()).get(impl.astId()).headStart();
                int implEnd = implStart;
                for (SyntaxNode c : implNode.children()) {
                    if (c.kind() != SyntaxKind.ATTR && c.kind() != SyntaxKind.ASSOC_ITEM_LIST) {
                        implEnd = c.textRange().end();
                    }
                }
                Diagnostic.Builder b = Diagnostic.warning(plural + " " + list + " " + (group.size() == 1 ? "is" : "are")
                        + " never used");
                for (int[] g : group) {
                    DefMap.DefData gd = defs.def(g[2]);
                    ItemSpan gs = ctx.get(ITEM_SPANS, gd.file()).get(gd.astId());
                    b.primary(new Span(gd.file(), gs.nameStart(), gs.nameEnd()), "");
                }
                b.secondary(new Span(impl.file(), implStart, implEnd), plural + " in this implementation");
                out.add(b.note(UnusedLints.DEAD_CODE_NOTE).build());
                continue;
            }
            String what = data.kind() == DefMap.DefKind.CONST ? "constant"
                    : data.kind() == DefMap.DefKind.STATIC ? "static" : "function";
            out.add(Diagnostic.warning(what + " `" + data.name() + "` is never used")
                    .primary(new Span(data.file(), span.nameStart(), span.nameEnd()), "")
                    .note(UnusedLints.DEAD_CODE_NOTE).build());
        }
        return out;
    }

    // ---- codegen ----

    /** The module path of a definition, from the crate root ("a::b::f"). */
    static List<String> defPath(DefMap defs, int def) {
        List<String> out = new ArrayList<>();
        DefMap.DefData d = defs.def(def);
        out.add(d.name());
        if (d.kind() == DefMap.DefKind.ASSOC_FN && d.parent() >= 0) {
            // Methods of different impls may share a name: the impl is part of the path.
            out.add(0, "impl$" + d.parent());
        }
        int m = d.module();
        while (m > 0) {
            out.add(0, defs.module(m).name());
            m = defs.module(m).parent();
        }
        return out;
    }

    /** The symbol of a function: rustc's legacy mangling shape with a hash of the path. */
    static String symbol(String crate, List<String> path) {
        StringBuilder sb = new StringBuilder("_ZN").append(crate.length()).append(crate);
        String full = crate + "::" + String.join("::", path);
        for (String p : path) {
            sb.append(p.length()).append(p);
        }
        long h = 0xcbf29ce484222325L;
        for (byte b : full.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return sb.append("17h").append(String.format("%016x", h)).append('E').toString();
    }

    /** A codegen unit: one function (debug builds) or the whole crate (optimised builds), plus the entry. */
    public record CguKey(int def, List<Ty> args) {
        public static final int WHOLE_CRATE = -1;
        public static final int ENTRY = -2;

        public CguKey {
            args = List.copyOf(args);
        }

        public CguKey(int def) {
            this(def, List.of());
        }
    }

    /** A function with concrete generic arguments (empty for a non-generic function): a unit of codegen. */
    public record Instance(DefId def, List<Ty> args) {
        public Instance {
            args = List.copyOf(args);
        }
    }

    /** A function's MIR with its generic parameters replaced by the instance's arguments. */
    public static final DerivedQuery<Instance, MirBody> MONO_MIR = DerivedQuery.named("monoMir",
            (ctx, inst) -> rac.mir.MirSubst.resolveCalls(rac.mir.MirSubst.expandFormatting(
                    rac.mir.MirSubst.apply(ctx.get(MIR, inst.def()), inst.args()), formatImpls(ctx)),
                    fn -> resolveTraitCall(ctx, fn)));

    /** The standard library's trait named {@code name}, or null. */
    static DefId libraryTrait(QueryContext ctx, String name) {
        DefMap defs = ctx.get(DEF_MAP, CrateKey.LOCAL);
        for (DefId t : ctx.get(TraitQueries.TRAITS, CrateKey.LOCAL)) {
            DefMap.DefData d = defs.def(t.index());
            if (d.name().equals(name) && defs.inLibrary(d.module())) {
                return t;
            }
        }
        return null;
    }

    /** The program's own Display / Debug impls, for printing (see {@link rac.mir.MirSubst#expandFormatting}). */
    static rac.mir.MirSubst.FormatImpls formatImpls(QueryContext ctx) {
        return new rac.mir.MirSubst.FormatImpls() {
            @Override
            public rac.mir.ConstValue.Fn fmt(Ty ty, boolean debug) {
                DefId trait = libraryTrait(ctx, debug ? "Debug" : "Display");
                if (trait == null) {
                    return null;
                }
                rac.ty.TraitSolver solver = new rac.ty.TraitSolver(tyEnv(ctx, DefMap.ROOT, null), t -> t, List.of());
                if (solver.select(new rac.ty.TraitRef(trait, "", List.of(ty))) instanceof
                        rac.ty.TraitSolver.Selection.Impl im) {
                    for (rac.ty.TyEnv.AssocItem ai : ctx.get(TraitQueries.ASSOC_ITEMS, im.impl())) {
                        if (ai.isFn() && ai.name().equals("fmt")) {
                            List<Ty> args = new ArrayList<>();
                            for (Ty a : im.args()) {
                                args.add(a == null ? Ty.ERROR : a);
                            }
                            return new rac.mir.ConstValue.Fn(ai.def(), ai.name(), args);
                        }
                    }
                }
                return null;
            }

            @Override
            public Ty.Adt formatter() {
                return (Ty.Adt) TypeLowering.lower(new rac.hir.TypeRef.Path(List.of("std", "fmt", "Formatter")),
                        typeScope(ctx, DefMap.ROOT), p -> { });
            }

            @Override
            public Ty result() {
                return TypeLowering.lower(new rac.hir.TypeRef.Path(List.of("std", "fmt", "Result")),
                        typeScope(ctx, DefMap.ROOT), p -> { });
            }
        };
    }

    /**
     * The function a call of a trait's method runs, its arguments being concrete: the method of the
     * impl that selection finds, or the trait's default body; null for a built-in copy
     * ({@code Clone::clone} of a type whose clone rac builds in). Other callees stay as they are.
     */
    static rac.mir.ConstValue.Fn resolveTraitCall(QueryContext ctx, rac.mir.ConstValue.Fn fn) {
        DefMap defs = ctx.get(DEF_MAP, CrateKey.LOCAL);
        DefMap.DefData d = defs.def(fn.def().index());
        if (d.kind() != DefMap.DefKind.ASSOC_FN || d.parent() < 0
                || defs.def(d.parent()).kind() != DefMap.DefKind.TRAIT) {
            return fn;
        }
        DefId trait = new DefId(d.parent());
        int n = ctx.get(GENERICS, trait).size();
        List<Ty> traitArgs = fn.args().subList(0, Math.min(n, fn.args().size()));
        if (traitArgs.size() < n || traitArgs.stream().anyMatch(Ty::hasParams)) {
            return fn;
        }
        rac.ty.TraitSolver solver = new rac.ty.TraitSolver(tyEnv(ctx, DefMap.ROOT, null), t -> t, List.of());
        rac.ty.TraitSolver.Selection sel = solver.select(new rac.ty.TraitRef(trait, defs.def(trait.index()).name(),
                traitArgs));
        if (sel instanceof rac.ty.TraitSolver.Selection.Impl im) {
            for (rac.ty.TyEnv.AssocItem ai : ctx.get(TraitQueries.ASSOC_ITEMS, im.impl())) {
                if (ai.isFn() && ai.name().equals(d.name())) {
                    List<Ty> args = new ArrayList<>();
                    for (Ty a : im.args()) {
                        args.add(a == null ? Ty.ERROR : a);
                    }
                    args.addAll(fn.args().subList(n, fn.args().size()));
                    return new rac.mir.ConstValue.Fn(ai.def(), ai.name(), args);
                }
            }
            return fn;
        }
        if (defs.def(trait.index()).name().equals("Clone") && d.name().equals("clone")
                && defs.inLibrary(defs.def(trait.index()).module())) {
            return null;
        }
        throw new IllegalStateException("no impl of `" + defs.def(trait.index()).name() + "` for `"
                + Ty.display(traitArgs.get(0)) + "`");
    }

    /**
     * The instances to emit: the non-generic functions of the crate, then every instance their
     * calls reach (transitively), in discovery order.
     */
    public static final DerivedQuery<CrateKey, List<Instance>> MONO_ITEMS = DerivedQuery.named("monoItems",
            (ctx, key) -> {
                java.util.LinkedHashSet<Instance> seen = new java.util.LinkedHashSet<>();
                java.util.ArrayDeque<Instance> work = new java.util.ArrayDeque<>();
                DefMap defMap = ctx.get(DEF_MAP, key);
                for (DefId fn : ctx.get(FUNCTIONS, key)) {
                    if (ctx.get(GENERICS, fn).isEmpty() && !defMap.inLibrary(defMap.def(fn.index()).module())) {
                        Instance i = new Instance(fn, List.of());
                        seen.add(i);
                        work.add(i);
                    }
                }
                while (!work.isEmpty()) {
                    Instance inst = work.poll();
                    for (rac.mir.BasicBlock b : ctx.get(MONO_MIR, inst).blocks()) {
                        if (b.terminator() instanceof rac.mir.Terminator.Call c
                                && c.func() instanceof rac.mir.Operand.Constant k
                                && k.value() instanceof rac.mir.ConstValue.Fn f && f.def() != null
                                && (!f.args().isEmpty()
                                || defMap.inLibrary(defMap.def(f.def().index()).module())
                                || isConstItem(defMap.def(f.def().index()).kind()))) {
                            Instance callee = new Instance(f.def(), f.args());
                            if (seen.add(callee)) {
                                work.add(callee);
                            }
                        }
                    }
                }
                return List.copyOf(seen);
            });

    /** The symbol of an instance: the function's path, plus a hash of its generic arguments. */
    static String instanceSymbol(String crate, DefMap defs, DefId def, List<Ty> args) {
        List<String> path = new ArrayList<>(defPath(defs, def.index()));
        if (!args.isEmpty()) {
            String shown = args.stream().map(Ty::display).collect(java.util.stream.Collectors.joining(","));
            path.add("$" + Integer.toHexString(shown.hashCode()));
        }
        return symbol(crate, path);
    }

    /**
     * The file/line/column of every source position a function's MIR may panic at. Re-runs after
     * any edit of the file, but comes out equal unless the function moved, so codegen stops there.
     */
    public static final DerivedQuery<DefId, Map<rac.mir.SourceInfo, CodegenContext.Location>> PANIC_LOCATIONS =
            DerivedQuery.named("panicLocations", (ctx, def) -> {
                DefMap.DefData data = ctx.get(DEF_MAP, CrateKey.LOCAL).def(def.index());
                int start = itemStart(ctx, data.file(), data.astId());
                SourceFile sf = ctx.get(SOURCE_FILE, data.file());
                Map<rac.mir.SourceInfo, CodegenContext.Location> out = new HashMap<>();
                for (rac.mir.BasicBlock b : ctx.get(MIR, def).blocks()) {
                    rac.mir.SourceInfo si = switch (b.terminator()) {
                        case rac.mir.Terminator.Assert a -> a.source();
                        case rac.mir.Terminator.Call c -> c.source();
                        case rac.mir.Terminator.Print pr -> pr.panicAt();
                        default -> null;
                    };
                    if (si != null && si.externalFile() != null) {
                        out.put(si, new CodegenContext.Location(si.externalFile(), si.externalLine(),
                                si.externalColumn()));
                    } else if (si != null) {
                        int off = start + si.start();
                        out.put(si, new CodegenContext.Location(sf.name(), sf.line(off), sf.column(off)));
                    }
                }
                return Map.copyOf(out);
            });

    /** The crate's {@code global_asm!}s: module-level assembly lines, and errors for those rac cannot lower. */
    public record GlobalAsms(List<String> lines, List<Diagnostic> errors, List<DefId> syms) {
        public GlobalAsms {
            lines = List.copyOf(lines);
            errors = List.copyOf(errors);
            syms = List.copyOf(syms);
        }
    }

    public static final DerivedQuery<CrateKey, GlobalAsms> GLOBAL_ASM = DerivedQuery.named("globalAsm", (ctx, key) -> {
        DefMap defs = ctx.get(DEF_MAP, key);
        String crate = ctx.get(OPTIONS, key).crateName();
        Edition edition = ctx.get(OPTIONS, key).edition();
        List<String> lines = new ArrayList<>();
        List<Diagnostic> errors = new ArrayList<>();
        List<DefId> syms = new ArrayList<>();
        collectGlobalAsm(ctx, defs, crate, edition, DefMap.ROOT, ctx.get(ITEM_TREE, defs.module(DefMap.ROOT).file()).items(),
                lines, errors, syms);
        return new GlobalAsms(lines, errors, syms);
    });

    private static void collectGlobalAsm(QueryContext ctx, DefMap defs, String crate, Edition edition, int module,
                                         List<ItemTree.Item> items, List<String> lines, List<Diagnostic> errors,
                                         List<DefId> syms) {
        FileId file = defs.module(module).file();
        for (ItemTree.Item item : items) {
            if (item instanceof ItemTree.GlobalAsm g) {
                rac.syntax.SyntaxNode call = ctx.get(AST_ID_MAP, file).get(g.astId());
                rac.hir.GlobalAsmLowering.Result r = rac.hir.GlobalAsmLowering.lower(call,
                        new PathResolver(defs, module, edition),
                        d -> instanceSymbol(crate, defs, d, List.of()), d -> ctx.get(CONST_VALUE, d).value());
                syms.addAll(r.syms());
                if (r.text() != null) {
                    lines.addAll(List.of(r.text().split("\n", -1)));
                } else {
                    ItemSpan s = ctx.get(ITEM_SPANS, file).get(g.astId());
                    errors.add(Diagnostic.error(r.error()).primary(new Span(file, s.start(), s.end()), "").build());
                }
            } else if (item instanceof ItemTree.Mod m) {
                Integer child = defs.module(module).children().get(m.name());
                if (child != null) {
                    List<ItemTree.Item> inner = m.items() != null ? m.items()
                            : ctx.get(ITEM_TREE, defs.module(child).file()).items();
                    collectGlobalAsm(ctx, defs, crate, edition, child, inner, lines, errors, syms);
                }
            }
        }
    }

    /** Whether a function is {@code #[unsafe(naked)]} (or {@code #[naked]}): its body is emitted as module assembly. */
    public static final DerivedQuery<DefId, Boolean> NAKED = DerivedQuery.named("naked", (ctx, def) -> {
        DefMap.DefData data = ctx.get(DEF_MAP, CrateKey.LOCAL).def(def.index());
        if (data.kind() != DefMap.DefKind.FN && data.kind() != DefMap.DefKind.ASSOC_FN) {
            return false;
        }
        rac.syntax.SyntaxNode node = ctx.get(AST_ID_MAP, data.file()).get(data.astId());
        for (rac.syntax.SyntaxNode c : node.children()) {
            String a = c.kind() == rac.syntax.SyntaxKind.ATTR ? c.text().replaceAll("\\s", "") : "";
            if (a.equals("#[unsafe(naked)]") || a.equals("#[naked]")) {
                return true;
            }
        }
        return false;
    });

    /**
     * A naked function as module assembly, in rustc's shape: its own section, the symbol, the
     * {@code naked_asm!} template with {@code const} values and {@code sym} symbols substituted.
     */
    static List<String> nakedFunctionAsm(MirBody mir, String symbol, java.util.function.Function<rac.mir.ConstValue.Fn,
            String> symbolOf) {
        rac.mir.Terminator.InlineAsm asm = null;
        for (rac.mir.BasicBlock b : mir.blocks()) {
            if (b.terminator() instanceof rac.mir.Terminator.InlineAsm a) {
                asm = a;
            }
        }
        StringBuilder body = new StringBuilder();
        if (asm != null) {
            for (rac.hir.Asm.Piece piece : asm.template()) {
                switch (piece) {
                    case rac.hir.Asm.Piece.Text t -> body.append(t.text());
                    case rac.hir.Asm.Piece.Placeholder ph -> {
                        rac.mir.Terminator.AsmOperand o = asm.operands().get(ph.operand());
                        rac.mir.Operand.Constant k = (rac.mir.Operand.Constant) o.in();
                        if (k.value() instanceof rac.mir.ConstValue.Fn f) {
                            body.append(symbolOf.apply(f));
                        } else if (k.value() instanceof rac.mir.ConstValue.Scalar sc) {
                            java.math.BigInteger v = sc.bits();
                            if (k.ty() instanceof Ty.Int it && it.kind().signed() && it.kind().bits() > 0
                                    && v.testBit(it.kind().bits() - 1)) {
                                v = v.subtract(java.math.BigInteger.ONE.shiftLeft(it.kind().bits()));
                            }
                            body.append(v);
                        }
                    }
                }
            }
        }
        boolean att = asm != null && asm.options().contains("att_syntax");
        List<String> out = new ArrayList<>(List.of(".pushsection .text." + symbol + ",\"ax\",@progbits",
                ".p2align 4", ".globl " + symbol, ".type " + symbol + ",@function", symbol + ":"));
        if (!att) {
            out.add(".intel_syntax");
        }
        out.addAll(List.of(body.toString().split("\n", -1)));
        if (!att) {
            out.add(".att_syntax");
        }
        out.add(".size " + symbol + ", .-" + symbol);
        out.add(".popsection");
        return out;
    }

    public static final DerivedQuery<CguKey, String> LLVM_IR = DerivedQuery.named("llvmIr", Queries::llvmIr);

    /** Adds an instance's definition to a module: LLVM IR, or module assembly for a naked function. */
    private static void addInstance(QueryContext ctx, ModuleBuilder module, DefMap defs, String crate, Instance inst,
                                    boolean external, CodegenContext cx) {
        String symbol = instanceSymbol(crate, defs, inst.def(), inst.args());
        if (!isConstItem(defs.def(inst.def().index()).kind()) && ctx.get(NAKED, inst.def())) {
            module.addModuleAsm(nakedFunctionAsm(ctx.get(MONO_MIR, inst), symbol,
                    f -> instanceSymbol(crate, defs, f.def(), f.args())));
            return;
        }
        module.addFunction(ctx.get(MONO_MIR, inst), symbol, external, cx);
    }

    private static String llvmIr(QueryContext ctx, CguKey key) {
        CrateOptions opts = ctx.get(OPTIONS, CrateKey.LOCAL);
        DefMap defs = ctx.get(DEF_MAP, CrateKey.LOCAL);
        ModuleBuilder module = new ModuleBuilder(opts.crateName() + "." + key.def());
        int[] current = {-1};
        CodegenContext cx = new CodegenContext() {
            @Override
            public Callee callee(DefId def, List<Ty> args) {
                FnSig sig = isConstItem(defs.def(def.index()).kind()) ? ctx.get(CONST_TYPE, def).sig()
                        : ctx.get(FN_SIG, def).sig();
                if (!args.isEmpty()) {
                    sig = new FnSig(sig.name(), sig.params().stream().map(p -> Ty.subst(p, args)).toList(),
                            Ty.subst(sig.ret(), args), sig.trackCaller());
                }
                return new Callee(instanceSymbol(opts.crateName(), defs, def, args), sig);
            }

            @Override
            public boolean isTrackCaller() {
                return current[0] >= 0 && !isConstItem(defs.def(current[0]).kind())
                        && ctx.get(FN_SIG, new DefId(current[0])).sig().trackCaller();
            }

            @Override
            public rac.ty.AdtDef adtDef(DefId adt) {
                return ctx.get(ADT_DEF, adt).def();
            }

            @Override
            public Location location(MirBody body, rac.mir.SourceInfo source) {
                return ctx.get(PANIC_LOCATIONS, new DefId(current[0])).get(source);
            }
        };
        boolean whole = key.def() == CguKey.WHOLE_CRATE;
        if (key.def() == CguKey.ENTRY || whole) {
            DefMap.Res.Def main = (DefMap.Res.Def) defs.module(DefMap.ROOT).values().get("main");
            module.addEntryPoint(symbol(opts.crateName(), defPath(defs, main.def())));
            module.addModuleAsm(ctx.get(GLOBAL_ASM, CrateKey.LOCAL).lines());
        }
        if (whole) {
            // Functions that module assembly names (global_asm!, naked functions) must keep their symbol.
            java.util.Set<DefId> named = new java.util.HashSet<>(ctx.get(GLOBAL_ASM, CrateKey.LOCAL).syms());
            for (Instance inst : ctx.get(MONO_ITEMS, CrateKey.LOCAL)) {
                if (!isConstItem(defs.def(inst.def().index()).kind()) && ctx.get(NAKED, inst.def())) {
                    for (rac.mir.BasicBlock b : ctx.get(MONO_MIR, inst).blocks()) {
                        if (b.terminator() instanceof rac.mir.Terminator.InlineAsm a) {
                            for (rac.mir.Terminator.AsmOperand o : a.operands()) {
                                if (o.in() instanceof rac.mir.Operand.Constant k && k.value() instanceof rac.mir.ConstValue.Fn f) {
                                    named.add(f.def());
                                }
                            }
                        }
                    }
                }
            }
            for (Instance inst : ctx.get(MONO_ITEMS, CrateKey.LOCAL)) {
                current[0] = inst.def().index();
                addInstance(ctx, module, defs, opts.crateName(), inst, named.contains(inst.def()), cx);
            }
        } else if (key.def() >= 0) {
            current[0] = key.def();
            Instance inst = new Instance(new DefId(key.def()), key.args());
            addInstance(ctx, module, defs, opts.crateName(), inst, true, cx);
        }
        return module.build();
    }
}
