package rac.hir;

import java.util.ArrayList;
import java.util.List;
import rac.syntax.SyntaxKind;
import rac.syntax.SyntaxNode;
import rac.syntax.SyntaxToken;

/** Collects a file's {@link ItemTree} and the absolute start of each item (its separate source map). */
public final class ItemTreeLowering {
    private ItemTreeLowering() {
    }

    /** The top-level items of a file, in order (attributes and trivia are skipped). */
    public static List<SyntaxNode> topLevelItems(SyntaxNode sourceFile) {
        List<SyntaxNode> items = new ArrayList<>();
        for (SyntaxNode c : sourceFile.children()) {
            if (SyntaxUtil.isItem(c.kind())) {
                items.add(c);
            }
        }
        return items;
    }

    /** Lowers the signatures of a file's items. */
    public static ItemTree lower(SyntaxNode sourceFile) {
        List<ItemTree.FnItem> fns = new ArrayList<>();
        List<ItemTree.Unsupported> unsupported = new ArrayList<>();
        List<SyntaxNode> items = topLevelItems(sourceFile);
        for (int i = 0; i < items.size(); i++) {
            SyntaxNode item = items.get(i);
            if (item.kind() == SyntaxKind.FN) {
                String name = SyntaxUtil.nameOf(item);
                List<ItemTree.Param> params = new ArrayList<>();
                SyntaxNode pl = item.firstChild(SyntaxKind.PARAM_LIST);
                if (pl != null) {
                    for (SyntaxNode p : SyntaxUtil.children(pl, SyntaxKind.PARAM)) {
                        params.add(new ItemTree.Param(lowerType(SyntaxUtil.firstType(p))));
                    }
                }
                SyntaxNode rt = item.firstChild(SyntaxKind.RET_TYPE);
                TypeRef ret = rt == null ? new TypeRef.Tuple(List.of()) : lowerType(SyntaxUtil.firstType(rt));
                fns.add(new ItemTree.FnItem(name == null ? "" : name, params, ret, i));
            } else {
                unsupported.add(new ItemTree.Unsupported(describe(item), i));
            }
        }
        return new ItemTree(fns, unsupported);
    }

    private static String describe(SyntaxNode item) {
        return switch (item.kind()) {
            case STRUCT -> "struct";
            case UNION -> "union";
            case ENUM -> "enum";
            case EXTERN_CRATE -> "extern crate";
            case MODULE -> "module";
            case USE -> "use declaration";
            case STATIC -> "static item";
            case CONST -> "constant item";
            case TRAIT, TRAIT_ALIAS -> "trait";
            case IMPL -> "impl block";
            case TYPE_ALIAS -> "type alias";
            case MACRO_CALL -> "macro invocation";
            case MACRO_RULES, MACRO_DEF -> "macro definition";
            case EXTERN_BLOCK -> "extern block";
            default -> "item";
        };
    }

    /** Lowers a type node to a {@link TypeRef}. */
    public static TypeRef lowerType(SyntaxNode ty) {
        if (ty == null) {
            return new TypeRef.Unsupported("<missing>");
        }
        return switch (ty.kind()) {
            case PATH_TYPE -> {
                SyntaxNode path = ty.firstChild(SyntaxKind.PATH);
                List<String> segs = path == null ? null : SyntaxUtil.pathSegments(path);
                if (segs == null || path.descendants().stream().anyMatch(d -> d.kind() == SyntaxKind.GENERIC_ARG_LIST)) {
                    yield new TypeRef.Unsupported(ty.text().trim());
                }
                yield new TypeRef.Path(segs);
            }
            case REF_TYPE -> {
                boolean mut = false;
                for (var e : ty.childrenWithTokens()) {
                    if (e instanceof SyntaxToken t && t.kind() == SyntaxKind.MUT_KW) {
                        mut = true;
                    }
                }
                yield new TypeRef.Ref(mut, lowerType(SyntaxUtil.firstType(ty)));
            }
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
            case NEVER_TYPE -> new TypeRef.Never();
            case INFER_TYPE -> new TypeRef.Infer();
            default -> new TypeRef.Unsupported(ty.text().trim());
        };
    }
}
