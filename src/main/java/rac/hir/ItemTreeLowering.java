package rac.hir;

import java.util.ArrayList;
import java.util.List;
import rac.syntax.SyntaxElement;
import rac.syntax.SyntaxKind;
import rac.syntax.SyntaxNode;
import rac.syntax.SyntaxToken;

/**
 * Builds a file's {@link ItemTree} from its syntax. Item ids are assigned in the same preorder as
 * {@link AstIdMap} collects nodes, so {@code astId} finds the syntax again.
 */
public final class ItemTreeLowering {
    /** The segment that stands for a leading {@code ::} in a path. */
    public static final String ROOT_SEGMENT = "{{root}}";

    private int nextId;

    private ItemTreeLowering() {
    }

    /** Lowers the items of a SOURCE_FILE. */
    public static ItemTree lower(SyntaxNode sourceFile) {
        ItemTreeLowering l = new ItemTreeLowering();
        return new ItemTree(l.lowerItems(sourceFile));
    }

    private List<ItemTree.Item> lowerItems(SyntaxNode container) {
        List<ItemTree.Item> items = new ArrayList<>();
        for (SyntaxNode c : container.children()) {
            if (SyntaxUtil.isItem(c.kind())) {
                items.add(lowerItem(c));
            }
        }
        return items;
    }

    /** Advances the id counter over the items of a container that is not lowered. */
    private void skipItems(SyntaxNode list) {
        if (list == null) {
            return;
        }
        for (SyntaxNode c : list.children()) {
            if (SyntaxUtil.isItem(c.kind())) {
                lowerItem(c);
            }
        }
    }

    private ItemTree.Item lowerItem(SyntaxNode item) {
        int id = nextId++;
        String name = SyntaxUtil.nameOf(item);
        ItemTree.Visibility vis = visibility(item);
        switch (item.kind()) {
            case FN -> {
                List<ItemTree.Param> params = new ArrayList<>();
                SyntaxNode pl = item.firstChild(SyntaxKind.PARAM_LIST);
                TypeRef selfTy = null;
                if (pl != null) {
                    SyntaxNode sp = pl.firstChild(SyntaxKind.SELF_PARAM);
                    if (sp != null) {
                        SyntaxNode written = SyntaxUtil.firstType(sp);
                        TypeRef self = new TypeRef.Path(List.of("Self"));
                        selfTy = written != null ? lowerType(written)
                                : SyntaxUtil.hasToken(sp, SyntaxKind.AMP)
                                ? new TypeRef.Ref(SyntaxUtil.hasToken(sp, SyntaxKind.MUT_KW), self) : self;
                    }
                    for (SyntaxNode p : SyntaxUtil.children(pl, SyntaxKind.PARAM)) {
                        params.add(new ItemTree.Param(lowerType(SyntaxUtil.firstType(p))));
                    }
                }
                List<String> fnTypeParams = new ArrayList<>(typeParams(item));
                List<ItemTree.Bound> fnBounds = new ArrayList<>(bounds(item));
                for (int i = 0; i < params.size(); i++) {
                    params.set(i, new ItemTree.Param(nameImplTraits(params.get(i).ty(), fnTypeParams, fnBounds)));
                }
                SyntaxNode rt = item.firstChild(SyntaxKind.RET_TYPE);
                TypeRef ret = rt == null ? new TypeRef.Tuple(List.of()) : lowerType(SyntaxUtil.firstType(rt));
                SyntaxNode body = item.firstChild(SyntaxKind.BLOCK_EXPR);
                List<ItemTree.Item> bodyItems = new ArrayList<>();
                if (body != null) {
                    for (SyntaxNode inner : AstIdMap.bodyItems(body)) {
                        bodyItems.add(lowerItem(inner));
                    }
                }
                if (hasConstParams(item)) {
                    return new ItemTree.Unsupported("function with const generic parameters", id);
                }
                boolean trackCaller = item.children().stream().anyMatch(c -> c.kind() == SyntaxKind.ATTR
                        && c.text().replaceAll("\\s", "").equals("#[track_caller]"));
                AstIdMap.BodyBlocks blocks = body == null ? null : AstIdMap.bodyBlocks(body);
                return new ItemTree.Fn(orEmpty(name), vis, params, ret, selfTy, bodyItems, fnTypeParams, trackCaller,
                        fnBounds, body != null, id, blocks == null ? List.of() : blocks.itemBlock(),
                        blocks == null ? List.of(-1) : blocks.blockParent());
            }
            case STRUCT, UNION -> {
                if (hasConstParams(item)) {
                    return new ItemTree.Unsupported("struct with const generic parameters", id);
                }
                Fields f = fields(item);
                return new ItemTree.Struct(orEmpty(name), vis, f.kind, f.fields, item.kind() == SyntaxKind.UNION,
                        typeParams(item), derives(item), id);
            }
            case ENUM -> {
                if (hasConstParams(item)) {
                    return new ItemTree.Unsupported("enum with const generic parameters", id);
                }
                List<ItemTree.Variant> variants = new ArrayList<>();
                SyntaxNode list = item.firstChild(SyntaxKind.VARIANT_LIST);
                if (list != null) {
                    for (SyntaxNode v : SyntaxUtil.children(list, SyntaxKind.VARIANT)) {
                        Fields f = fields(v);
                        variants.add(new ItemTree.Variant(orEmpty(SyntaxUtil.nameOf(v)), f.kind, f.fields,
                                SyntaxUtil.hasToken(v, SyntaxKind.EQ)));
                    }
                }
                return new ItemTree.Enum(orEmpty(name), vis, variants, typeParams(item), derives(item), id);
            }
            case CONST -> {
                return new ItemTree.Const(name == null ? "_" : name, vis, lowerType(SyntaxUtil.firstType(item)), id);
            }
            case STATIC -> {
                return new ItemTree.Static(orEmpty(name), vis, SyntaxUtil.hasToken(item, SyntaxKind.MUT_KW),
                        lowerType(SyntaxUtil.firstType(item)), id);
            }
            case TYPE_ALIAS -> {
                if (item.firstChild(SyntaxKind.GENERIC_PARAM_LIST) != null) {
                    return new ItemTree.Unsupported("generic type alias", id);
                }
                SyntaxNode aliased = SyntaxUtil.firstType(item);
                return new ItemTree.TypeAlias(orEmpty(name), vis, aliased == null ? null : lowerType(aliased), id);
            }
            case MODULE -> {
                SyntaxNode list = item.firstChild(SyntaxKind.ITEM_LIST);
                List<ItemTree.Item> inner = list == null ? null : lowerItems(list);
                return new ItemTree.Mod(orEmpty(name), vis, inner, pathAttribute(item), id);
            }
            case USE -> {
                List<ItemTree.Import> imports = new ArrayList<>();
                SyntaxNode tree = item.firstChild(SyntaxKind.USE_TREE);
                if (tree != null) {
                    useTree(tree, new ArrayList<>(), imports);
                }
                return new ItemTree.Use(vis, imports, id);
            }
            case IMPL -> {
                SyntaxNode list = item.firstChild(SyntaxKind.ASSOC_ITEM_LIST);
                if (hasConstParams(item) || SyntaxUtil.hasToken(item, SyntaxKind.BANG)) {
                    skipItems(list);
                    return new ItemTree.Unsupported(hasConstParams(item) ? "impl with const generic parameters"
                            : "negative impl", id);
                }
                List<ItemTree.Item> inner = list == null ? List.of() : lowerItems(list);
                TypeRef trait = null;
                SyntaxNode selfNode = SyntaxUtil.firstType(item);
                if (SyntaxUtil.hasToken(item, SyntaxKind.FOR_KW)) {
                    trait = lowerType(selfNode);
                    selfNode = null;
                    boolean afterFor = false;
                    for (SyntaxElement e : item.childrenWithTokens()) {
                        if (e instanceof SyntaxToken t && t.kind() == SyntaxKind.FOR_KW) {
                            afterFor = true;
                        } else if (afterFor && e instanceof SyntaxNode c && SyntaxUtil.isType(c.kind())) {
                            selfNode = c;
                            break;
                        }
                    }
                }
                return new ItemTree.Impl(lowerType(selfNode), trait, inner, typeParams(item), bounds(item), id);
            }
            case TRAIT -> {
                SyntaxNode list = item.firstChild(SyntaxKind.ASSOC_ITEM_LIST);
                if (hasConstParams(item)) {
                    skipItems(list);
                    return new ItemTree.Unsupported("trait with const generic parameters", id);
                }
                List<ItemTree.Item> inner = list == null ? List.of() : lowerItems(list);
                List<ItemTree.Bound> bounds = new ArrayList<>();
                SyntaxNode supers = item.firstChild(SyntaxKind.TYPE_BOUND_LIST);
                if (supers != null) {
                    boundList(new TypeRef.Path(List.of("Self")), supers, bounds);
                }
                bounds.addAll(bounds(item));
                return new ItemTree.Trait(orEmpty(name), vis, inner, typeParams(item), bounds, id);
            }
            case TRAIT_ALIAS -> {
                return new ItemTree.Unsupported("trait alias", id);
            }
            case EXTERN_CRATE -> {
                return new ItemTree.Unsupported("extern crate", id);
            }
            case MACRO_RULES, MACRO_DEF -> {
                return new ItemTree.Unsupported("macro definition", id);
            }
            case MACRO_CALL -> {
                SyntaxNode path = item.firstChild(SyntaxKind.PATH);
                List<String> segs = path == null ? null : SyntaxUtil.pathSegments(path);
                if (segs != null && (segs.equals(List.of("global_asm")) || segs.equals(List.of("std", "arch", "global_asm"))
                        || segs.equals(List.of("core", "arch", "global_asm")))) {
                    return new ItemTree.GlobalAsm(id);
                }
                return new ItemTree.Unsupported("macro invocation in item position", id);
            }
            case EXTERN_BLOCK -> {
                return new ItemTree.Unsupported("extern block", id);
            }
            default -> {
                return new ItemTree.Unsupported("item", id);
            }
        }
    }

    /**
     * The trait bounds of an item's generic parameters ({@code <T: A + B>}) and where clause, in
     * order; lifetime bounds and {@code ?Sized} are left out.
     */
    private static List<ItemTree.Bound> bounds(SyntaxNode item) {
        List<ItemTree.Bound> out = new ArrayList<>();
        SyntaxNode list = item.firstChild(SyntaxKind.GENERIC_PARAM_LIST);
        if (list != null) {
            for (SyntaxNode p : SyntaxUtil.children(list, SyntaxKind.TYPE_PARAM)) {
                SyntaxNode bl = p.firstChild(SyntaxKind.TYPE_BOUND_LIST);
                if (bl != null) {
                    boundList(new TypeRef.Path(List.of(orEmpty(SyntaxUtil.nameOf(p)))), bl, out);
                }
            }
        }
        SyntaxNode where = item.firstChild(SyntaxKind.WHERE_CLAUSE);
        if (where != null) {
            for (SyntaxNode pred : SyntaxUtil.children(where, SyntaxKind.WHERE_PRED)) {
                SyntaxNode subject = SyntaxUtil.firstType(pred);
                SyntaxNode bl = pred.firstChild(SyntaxKind.TYPE_BOUND_LIST);
                if (subject != null && bl != null) {
                    boundList(lowerType(subject), bl, out);
                }
            }
        }
        return out;
    }

    private static void boundList(TypeRef subject, SyntaxNode list, List<ItemTree.Bound> out) {
        for (SyntaxNode b : SyntaxUtil.children(list, SyntaxKind.TYPE_BOUND)) {
            SyntaxNode t = SyntaxUtil.firstType(b);
            if (t != null && !SyntaxUtil.hasToken(b, SyntaxKind.QUESTION)) {
                out.add(new ItemTree.Bound(subject, lowerType(t)));
            }
        }
    }

    /**
     * Replaces each {@code impl Trait} in a parameter type by a new anonymous type parameter
     * (named as rustc shows it, {@code impl Trait}), adding it and its bounds to the function's.
     */
    private static TypeRef nameImplTraits(TypeRef t, List<String> typeParams, List<ItemTree.Bound> bounds) {
        return switch (t) {
            case TypeRef.ImplTrait it -> {
                String name = "impl " + it.bounds().stream().map(ItemTreeLowering::showBound)
                        .collect(java.util.stream.Collectors.joining(" + "));
                while (typeParams.contains(name)) {
                    name = name + " ";
                }
                typeParams.add(name);
                TypeRef.Path p = new TypeRef.Path(List.of(name));
                for (TypeRef b : it.bounds()) {
                    bounds.add(new ItemTree.Bound(p, b));
                }
                yield p;
            }
            case TypeRef.Ref r -> new TypeRef.Ref(r.mutable(), nameImplTraits(r.pointee(), typeParams, bounds));
            default -> t;
        };
    }

    private static String showBound(TypeRef b) {
        if (b instanceof TypeRef.Path p) {
            String s = p.segments().get(p.segments().size() - 1);
            return p.args().isEmpty() ? s : s + "<" + p.args().stream().map(ItemTreeLowering::showBound)
                    .collect(java.util.stream.Collectors.joining(", ")) + ">";
        }
        return b instanceof TypeRef.Unsupported u ? u.text() : b.toString();
    }

    /** Whether an item has const generic parameters (not supported yet). */
    private static boolean hasConstParams(SyntaxNode item) {
        SyntaxNode list = item.firstChild(SyntaxKind.GENERIC_PARAM_LIST);
        return list != null && list.firstChild(SyntaxKind.CONST_PARAM) != null;
    }

    /** The names of an item's type parameters, in order (lifetimes are not types). */
    private static List<String> typeParams(SyntaxNode item) {
        SyntaxNode list = item.firstChild(SyntaxKind.GENERIC_PARAM_LIST);
        List<String> out = new ArrayList<>();
        if (list != null) {
            for (SyntaxNode p : SyntaxUtil.children(list, SyntaxKind.TYPE_PARAM)) {
                out.add(orEmpty(SyntaxUtil.nameOf(p)));
            }
        }
        return out;
    }

    /** Whether an item has type or const generic parameters (lifetime parameters alone are fine). */
    private static boolean hasTypeOrConstParams(SyntaxNode item) {
        SyntaxNode list = item.firstChild(SyntaxKind.GENERIC_PARAM_LIST);
        if (list == null) {
            return false;
        }
        for (SyntaxNode p : list.children()) {
            if (p.kind() == SyntaxKind.TYPE_PARAM || p.kind() == SyntaxKind.CONST_PARAM) {
                return true;
            }
        }
        return false;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private record Fields(ItemTree.FieldsKind kind, List<ItemTree.Field> fields) { }

    private static Fields fields(SyntaxNode owner) {
        SyntaxNode rec = owner.firstChild(SyntaxKind.RECORD_FIELD_LIST);
        if (rec != null) {
            List<ItemTree.Field> out = new ArrayList<>();
            for (SyntaxNode f : SyntaxUtil.children(rec, SyntaxKind.RECORD_FIELD)) {
                out.add(new ItemTree.Field(orEmpty(SyntaxUtil.nameOf(f)), visibility(f), lowerType(SyntaxUtil.firstType(f))));
            }
            return new Fields(ItemTree.FieldsKind.RECORD, out);
        }
        SyntaxNode tup = owner.firstChild(SyntaxKind.TUPLE_FIELD_LIST);
        if (tup != null) {
            List<ItemTree.Field> out = new ArrayList<>();
            int i = 0;
            for (SyntaxNode f : SyntaxUtil.children(tup, SyntaxKind.TUPLE_FIELD)) {
                out.add(new ItemTree.Field(Integer.toString(i++), visibility(f), lowerType(SyntaxUtil.firstType(f))));
            }
            return new Fields(ItemTree.FieldsKind.TUPLE, out);
        }
        return new Fields(ItemTree.FieldsKind.UNIT, List.of());
    }

    /** The visibility written on an item or field. */
    static ItemTree.Visibility visibility(SyntaxNode owner) {
        SyntaxNode v = owner.firstChild(SyntaxKind.VISIBILITY);
        if (v == null) {
            return new ItemTree.Visibility.Private();
        }
        SyntaxNode path = v.firstChild(SyntaxKind.PATH);
        if (path == null) {
            return new ItemTree.Visibility.Public();
        }
        List<String> segs = SyntaxUtil.pathSegments(path);
        if (segs == null) {
            return new ItemTree.Visibility.Public();
        }
        if (segs.equals(List.of("crate"))) {
            return new ItemTree.Visibility.Crate();
        }
        return new ItemTree.Visibility.Restricted(segs);
    }

    /** The value of a {@code #[path = "..."]} attribute, or null. */
    /** The traits named in the item's {@code #[derive(...)]} attributes (last path segments). */
    private static List<String> derives(SyntaxNode item) {
        List<String> out = new ArrayList<>();
        for (SyntaxNode c : item.children()) {
            if (c.kind() != SyntaxKind.ATTR) {
                continue;
            }
            String t = c.text().replaceAll("\\s", "");
            if (t.startsWith("#[derive(") && t.endsWith(")]")) {
                for (String d : t.substring("#[derive(".length(), t.length() - 2).split(",")) {
                    if (!d.isEmpty()) {
                        out.add(d.substring(d.lastIndexOf(':') + 1));
                    }
                }
            }
        }
        return out;
    }

    private static String pathAttribute(SyntaxNode item) {
        for (SyntaxNode attr : SyntaxUtil.children(item, SyntaxKind.ATTR)) {
            SyntaxNode meta = attr.firstChild(SyntaxKind.META);
            if (meta == null) {
                continue;
            }
            SyntaxNode path = meta.firstChild(SyntaxKind.PATH);
            List<String> segs = path == null ? null : SyntaxUtil.pathSegments(path);
            if (segs != null && segs.equals(List.of("path"))) {
                for (SyntaxToken t : meta.descendantTokens()) {
                    if (t.kind() == SyntaxKind.STRING) {
                        return Literals.unescapeString(t.text());
                    }
                }
            }
        }
        return null;
    }

    /** Flattens a use tree into imports; {@code prefix} is the path so far. */
    private static void useTree(SyntaxNode tree, List<String> prefix, List<ItemTree.Import> out) {
        List<String> path = new ArrayList<>(prefix);
        SyntaxNode p = tree.firstChild(SyntaxKind.PATH);
        if (p != null) {
            List<String> segs = pathWithRoot(p);
            if (segs == null) {
                return;
            }
            path.addAll(segs);
        } else if (tree.firstToken(SyntaxKind.COLON2) != null && prefix.isEmpty()) {
            path.add(ROOT_SEGMENT);
        }
        SyntaxNode list = tree.firstChild(SyntaxKind.USE_TREE_LIST);
        boolean glob = false;
        for (SyntaxElement e : tree.childrenWithTokens()) {
            if (e instanceof SyntaxToken t && t.kind() == SyntaxKind.STAR) {
                glob = true;
            }
        }
        if (list != null) {
            for (SyntaxNode child : SyntaxUtil.children(list, SyntaxKind.USE_TREE)) {
                useTree(child, path, out);
            }
            return;
        }
        if (glob) {
            out.add(new ItemTree.Import(path, null, true, out.size()));
            return;
        }
        String alias = null;
        SyntaxNode rename = tree.firstChild(SyntaxKind.RENAME);
        if (rename != null) {
            String n = SyntaxUtil.nameOf(rename);
            alias = n != null ? n : "_";
        }
        out.add(new ItemTree.Import(path, alias, false, out.size()));
    }

    /** Path segments, with a leading {@code ::} as {@link #ROOT_SEGMENT}. */
    static List<String> pathWithRoot(SyntaxNode path) {
        List<String> segs = SyntaxUtil.pathSegments(path);
        if (segs == null) {
            return null;
        }
        SyntaxNode first = path;
        while (first.firstChild(SyntaxKind.PATH) != null) {
            first = first.firstChild(SyntaxKind.PATH);
        }
        SyntaxNode seg = first.firstChild(SyntaxKind.PATH_SEGMENT);
        if (seg != null && seg.firstToken(SyntaxKind.COLON2) != null) {
            List<String> out = new ArrayList<>();
            out.add(ROOT_SEGMENT);
            out.addAll(segs);
            return out;
        }
        return segs;
    }

    /** Lowers a type node to a {@link TypeRef}. */
    /**
     * The type arguments of a generic argument list (lifetimes skipped); null when it has const or
     * associated-type arguments, which rac does not support yet.
     */
    public static List<TypeRef> genericArgs(SyntaxNode argList) {
        List<TypeRef> args = new ArrayList<>();
        if (argList == null) {
            return args;
        }
        for (SyntaxNode a : argList.children()) {
            switch (a.kind()) {
                case TYPE_ARG -> args.add(lowerType(SyntaxUtil.firstType(a)));
                case LIFETIME_ARG -> { }
                default -> {
                    return null;
                }
            }
        }
        return args;
    }

    /**
     * {@code <T as Trait>::Name} or {@code <T>::Name} as an associated type; null for other paths.
     */
    public static TypeRef qualifiedPath(SyntaxNode path) {
        SyntaxNode prefix = path.firstChild(SyntaxKind.PATH);
        SyntaxNode last = path.firstChild(SyntaxKind.PATH_SEGMENT);
        if (prefix == null || last == null || prefix.firstChild(SyntaxKind.PATH) != null) {
            return null;
        }
        SyntaxNode seg = prefix.firstChild(SyntaxKind.PATH_SEGMENT);
        SyntaxNode anchor = seg == null ? null : seg.firstChild(SyntaxKind.TYPE_ANCHOR);
        SyntaxNode name = last.firstChild(SyntaxKind.NAME_REF);
        if (anchor == null || name == null || last.firstChild(SyntaxKind.GENERIC_ARG_LIST) != null) {
            return null;
        }
        List<SyntaxNode> types = new ArrayList<>();
        for (SyntaxNode c : anchor.children()) {
            if (SyntaxUtil.isType(c.kind())) {
                types.add(c);
            }
        }
        if (types.isEmpty()) {
            return null;
        }
        return new TypeRef.Assoc(lowerType(types.get(0)), types.size() > 1 ? lowerType(types.get(1)) : null,
                name.text().trim());
    }

    public static TypeRef lowerType(SyntaxNode ty) {
        if (ty == null) {
            return new TypeRef.Unsupported("<missing>");
        }
        return switch (ty.kind()) {
            case PATH_TYPE -> {
                SyntaxNode path = ty.firstChild(SyntaxKind.PATH);
                TypeRef qualified = path == null ? null : qualifiedPath(path);
                if (qualified != null) {
                    yield qualified;
                }
                List<String> segs = path == null ? null : pathWithRoot(path);
                if (segs == null || path.descendants().stream().anyMatch(d -> d.kind() == SyntaxKind.TYPE_ANCHOR)) {
                    yield new TypeRef.Unsupported(ty.text().trim());
                }
                // Generic arguments only on the last segment.
                SyntaxNode lastSeg = path.firstChild(SyntaxKind.PATH_SEGMENT);
                SyntaxNode argList = lastSeg == null ? null : lastSeg.firstChild(SyntaxKind.GENERIC_ARG_LIST);
                SyntaxNode prefix = path.firstChild(SyntaxKind.PATH);
                if (prefix != null && prefix.descendants().stream().anyMatch(d -> d.kind() == SyntaxKind.GENERIC_ARG_LIST)) {
                    yield new TypeRef.Unsupported(ty.text().trim());
                }
                List<TypeRef> args = genericArgs(argList);
                if (args == null) {
                    yield new TypeRef.Unsupported(ty.text().trim());
                }
                yield new TypeRef.Path(segs, args);
            }
            case REF_TYPE -> new TypeRef.Ref(SyntaxUtil.hasToken(ty, SyntaxKind.MUT_KW), lowerType(SyntaxUtil.firstType(ty)));
            case TUPLE_TYPE -> {
                List<TypeRef> elems = new ArrayList<>();
                for (SyntaxNode c : ty.children()) {
                    if (SyntaxUtil.isType(c.kind())) {
                        elems.add(lowerType(c));
                    }
                }
                yield new TypeRef.Tuple(elems);
            }
            case PAREN_TYPE -> lowerType(SyntaxUtil.firstType(ty));
            case SLICE_TYPE -> new TypeRef.Slice(lowerType(SyntaxUtil.firstType(ty)));
            case ARRAY_TYPE -> {
                SyntaxNode arg = ty.firstChild(SyntaxKind.CONST_ARG);
                SyntaxNode e = arg == null ? null : SyntaxUtil.firstExpr(arg);
                java.math.BigInteger len = null;
                List<String> lenPath = null;
                if (e != null && e.kind() == SyntaxKind.LITERAL) {
                    SyntaxToken t = SyntaxUtil.firstToken(e);
                    Literals.IntParts parts = t == null ? null : Literals.parseInt(t.text());
                    if (parts != null && (parts.suffix().isEmpty() || parts.suffix().equals("usize"))) {
                        len = parts.value();
                    }
                } else if (e != null && e.kind() == SyntaxKind.PATH_EXPR && e.firstChild(SyntaxKind.PATH) != null) {
                    lenPath = pathWithRoot(e.firstChild(SyntaxKind.PATH));
                }
                if (len == null && lenPath == null) {
                    yield new TypeRef.Unsupported(ty.text().trim());
                }
                yield new TypeRef.Array(lowerType(SyntaxUtil.firstType(ty)), len, lenPath);
            }
            case NEVER_TYPE -> new TypeRef.Never();
            case IMPL_TRAIT_TYPE -> {
                List<TypeRef> bs = new ArrayList<>();
                SyntaxNode bl = ty.firstChild(SyntaxKind.TYPE_BOUND_LIST);
                if (bl != null) {
                    for (SyntaxNode b : SyntaxUtil.children(bl, SyntaxKind.TYPE_BOUND)) {
                        SyntaxNode t = SyntaxUtil.firstType(b);
                        if (t != null) {
                            bs.add(lowerType(t));
                        }
                    }
                }
                yield new TypeRef.ImplTrait(bs, 0);
            }
            case INFER_TYPE -> new TypeRef.Infer();
            default -> new TypeRef.Unsupported(ty.text().trim());
        };
    }
}
