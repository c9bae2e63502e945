package rac.hir;

import java.util.List;

/**
 * The items of one file with their signatures, without bodies and without absolute positions, so
 * that an edit inside a body leaves the item tree equal. Inline modules and impl blocks nest their
 * items. Each item carries its {@code astId}: its index in the file's {@link AstIdMap}, which is how
 * the item's syntax is found again.
 */
public record ItemTree(List<Item> items) {
    public ItemTree {
        items = List.copyOf(items);
    }

    /** Item visibility: private, {@code pub}, {@code pub(crate)}, {@code pub(super)}, {@code pub(in path)}. */
    public sealed interface Visibility {
        /** Visible in the module that declares it (and its descendants). */
        record Private() implements Visibility { }

        /** {@code pub}. */
        record Public() implements Visibility { }

        /** {@code pub(crate)}. */
        record Crate() implements Visibility { }

        /** {@code pub(super)}, {@code pub(self)}, {@code pub(in path)}: visible in the named module. */
        record Restricted(List<String> path) implements Visibility {
            public Restricted {
                path = List.copyOf(path);
            }
        }
    }

    /** An item of the tree. */
    public sealed interface Item {
        /** The item's name ({@code null} for impls and uses). */
        String name();

        Visibility visibility();

        /** Index of the item's syntax node in the file's {@link AstIdMap}. */
        int astId();
    }

    /**
     * A function (free, or associated when inside an impl); {@code bodyItems} are the items declared
     * inside its body (in any block), {@code bodyItemBlocks} the block each is in and
     * {@code bodyBlockParents} the nesting of those blocks ({@link AstIdMap.BodyBlocks}). {@code selfTy} is the type of
     * the {@code self} parameter ({@code Self}, {@code &Self}, {@code &mut Self} or as written), null
     * without one.
     */
    public record Fn(String name, Visibility visibility, List<Param> params, TypeRef ret, TypeRef selfTy,
                     List<Item> bodyItems, List<String> typeParams, boolean trackCaller, List<Bound> bounds,
                     boolean hasBody, int astId, List<Integer> bodyItemBlocks, List<Integer> bodyBlockParents)
            implements Item {
        public Fn {
            params = List.copyOf(params);
            bodyItems = List.copyOf(bodyItems);
            typeParams = List.copyOf(typeParams);
            bounds = List.copyOf(bounds);
            bodyItemBlocks = List.copyOf(bodyItemBlocks);
            bodyBlockParents = List.copyOf(bodyBlockParents);
        }

        /** A function whose body items are all in its body's own block. */
        public Fn(String name, Visibility visibility, List<Param> params, TypeRef ret, TypeRef selfTy,
                  List<Item> bodyItems, List<String> typeParams, boolean trackCaller, List<Bound> bounds,
                  boolean hasBody, int astId) {
            this(name, visibility, params, ret, selfTy, bodyItems, typeParams, trackCaller, bounds, hasBody, astId,
                    java.util.Collections.nCopies(bodyItems.size(), 0), List.of(-1));
        }

        public Fn(String name, Visibility visibility, List<Param> params, TypeRef ret, TypeRef selfTy,
                  List<Item> bodyItems, List<String> typeParams, boolean trackCaller, int astId) {
            this(name, visibility, params, ret, selfTy, bodyItems, typeParams, trackCaller, List.of(), true, astId);
        }
    }

    /**
     * A trait bound {@code subject: trait} from a generic parameter list, a where clause, a
     * supertrait list ({@code subject} is {@code Self}) or an {@code impl Trait} parameter.
     */
    public record Bound(TypeRef subject, TypeRef trait) { }

    /**
     * A trait: its own type parameters ({@code Self} comes first in its generics), its bounds
     * (supertraits are bounds on {@code Self}) and its associated items (functions with or without
     * a default body, consts, and types as {@link TypeAlias} with a null type when undefaulted).
     */
    public record Trait(String name, Visibility visibility, List<Item> items, List<String> typeParams,
                        List<Bound> bounds, int astId) implements Item {
        public Trait {
            items = List.copyOf(items);
            typeParams = List.copyOf(typeParams);
            bounds = List.copyOf(bounds);
        }
    }

    /** A parameter's declared type; its pattern is lowered with the body. */
    public record Param(TypeRef ty) { }

    /** The shape of a struct or variant. */
    public enum FieldsKind { RECORD, TUPLE, UNIT }

    /** A field of a struct or variant; tuple fields are named "0", "1", ... */
    public record Field(String name, Visibility visibility, TypeRef ty) { }

    /** A struct (or union). */
    public record Struct(String name, Visibility visibility, FieldsKind kind, List<Field> fields, boolean union,
                  List<String> typeParams, List<String> derives, int astId) implements Item {
        public Struct {
            fields = List.copyOf(fields);
            typeParams = List.copyOf(typeParams);
            derives = List.copyOf(derives);
        }
    }

    /** An enum variant; {@code hasDiscriminant} when it is written {@code = expr}. */
    public record Variant(String name, FieldsKind kind, List<Field> fields, boolean hasDiscriminant) {
        public Variant {
            fields = List.copyOf(fields);
        }
    }

    /** An enum. */
    public record Enum(String name, Visibility visibility, List<Variant> variants, List<String> typeParams,
                       List<String> derives, int astId) implements Item {
        public Enum {
            variants = List.copyOf(variants);
            typeParams = List.copyOf(typeParams);
            derives = List.copyOf(derives);
        }
    }

    /** A {@code const} item ({@code name} is "_" for {@code const _}). */
    public record Const(String name, Visibility visibility, TypeRef ty, int astId) implements Item { }

    /** A {@code static} item. */
    public record Static(String name, Visibility visibility, boolean mutable, TypeRef ty, int astId) implements Item { }

    /** A {@code type} alias. */
    public record TypeAlias(String name, Visibility visibility, TypeRef ty, int astId) implements Item { }

    /** A module: inline ({@code items} non-null) or in another file ({@code items} null). */
    public record Mod(String name, Visibility visibility, List<Item> items, String pathAttr, int astId) implements Item {
        public Mod {
            items = items == null ? null : List.copyOf(items);
        }
    }

    /** A {@code use} declaration, flattened into one import per leaf of the use tree. */
    public record Use(Visibility visibility, List<Import> imports, int astId) implements Item {
        public Use {
            imports = List.copyOf(imports);
        }

        @Override
        public String name() {
            return null;
        }
    }

    /**
     * One leaf of a use tree: {@code path} (with {@code crate}/{@code self}/{@code super} and a leading
     * "::" kept as segments), the local name it binds ({@code alias}, "_" for {@code as _}), or a glob.
     * {@code index} numbers the leaves of the declaration, so errors can point at the right one.
     */
    public record Import(List<String> path, String alias, boolean glob, int index) {
        public Import {
            path = List.copyOf(path);
        }
    }

    /** An impl block: inherent ({@code trait} null) or of a trait, with its where-clause bounds. */
    public record Impl(TypeRef selfTy, TypeRef trait, List<Item> items, List<String> typeParams, List<Bound> bounds,
                       int astId) implements Item {
        public Impl {
            items = List.copyOf(items);
            typeParams = List.copyOf(typeParams);
            bounds = List.copyOf(bounds);
        }

        @Override
        public String name() {
            return null;
        }

        @Override
        public Visibility visibility() {
            return new Visibility.Private();
        }
    }

    /** {@code global_asm!(...)} at item level; its arguments are read from the syntax when codegen needs them. */
    public record GlobalAsm(int astId) implements Item {
        @Override
        public String name() {
            return null;
        }

        @Override
        public Visibility visibility() {
            return new Visibility.Private();
        }
    }

    /** An item kind rac does not support yet; reported when the crate is analysed. */
    public record Unsupported(String what, int astId) implements Item {
        @Override
        public String name() {
            return null;
        }

        @Override
        public Visibility visibility() {
            return new Visibility.Private();
        }
    }
}
