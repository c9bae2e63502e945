package rac.hir;

import java.util.ArrayList;
import java.util.List;
import rac.syntax.SyntaxElement;
import rac.syntax.SyntaxKind;
import rac.syntax.SyntaxNode;
import rac.syntax.SyntaxToken;

/** Small helpers for walking the lossless syntax tree during lowering. */
final class SyntaxUtil {
    private SyntaxUtil() {
    }

    static boolean isTrivia(SyntaxKind k) {
        return k == SyntaxKind.WHITESPACE || k == SyntaxKind.COMMENT;
    }

    /** Child nodes of the given kind. */
    static List<SyntaxNode> children(SyntaxNode n, SyntaxKind kind) {
        List<SyntaxNode> out = new ArrayList<>();
        for (SyntaxNode c : n.children()) {
            if (c.kind() == kind) {
                out.add(c);
            }
        }
        return out;
    }

    /** The first non-trivia token that is a direct child, or null. */
    static SyntaxToken firstToken(SyntaxNode n) {
        for (SyntaxElement e : n.childrenWithTokens()) {
            if (e instanceof SyntaxToken t && !isTrivia(t.kind())) {
                return t;
            }
        }
        return null;
    }

    /** Whether the node has a direct token child of the kind. */
    static boolean hasToken(SyntaxNode n, SyntaxKind kind) {
        return n.firstToken(kind) != null;
    }

    /** The text of the NAME child's identifier (raw identifiers without {@code r#}), or null. */
    static String nameOf(SyntaxNode n) {
        SyntaxNode name = n.firstChild(SyntaxKind.NAME);
        if (name == null) {
            return null;
        }
        SyntaxToken t = firstToken(name);
        return t == null ? null : stripRaw(t.text());
    }

    static String stripRaw(String ident) {
        return ident.startsWith("r#") ? ident.substring(2) : ident;
    }

    /** Whether this node kind is an expression. */
    static boolean isExpr(SyntaxKind k) {
        return switch (k) {
            case TUPLE_EXPR, ARRAY_EXPR, PAREN_EXPR, PATH_EXPR, CLOSURE_EXPR, IF_EXPR, WHILE_EXPR, LOOP_EXPR,
                 FOR_EXPR, CONTINUE_EXPR, BREAK_EXPR, BLOCK_EXPR, RETURN_EXPR, BECOME_EXPR, YIELD_EXPR,
                 YEET_EXPR, LET_EXPR, UNDERSCORE_EXPR, MACRO_EXPR, MATCH_EXPR, RECORD_EXPR, OFFSET_OF_EXPR,
                 ASM_EXPR, FORMAT_ARGS_EXPR, BOX_EXPR, CALL_EXPR, INDEX_EXPR, METHOD_CALL_EXPR, FIELD_EXPR,
                 AWAIT_EXPR, TRY_EXPR, CAST_EXPR, REF_EXPR, PREFIX_EXPR, RANGE_EXPR, BIN_EXPR, LITERAL -> true;
            default -> false;
        };
    }

    static boolean isType(SyntaxKind k) {
        return switch (k) {
            case PAREN_TYPE, TUPLE_TYPE, MACRO_TYPE, NEVER_TYPE, PATH_TYPE, PTR_TYPE, ARRAY_TYPE, SLICE_TYPE,
                 REF_TYPE, INFER_TYPE, FN_PTR_TYPE, FOR_TYPE, IMPL_TRAIT_TYPE, DYN_TRAIT_TYPE -> true;
            default -> false;
        };
    }

    static boolean isPat(SyntaxKind k) {
        return switch (k) {
            case OR_PAT, PAREN_PAT, REF_PAT, BOX_PAT, IDENT_PAT, WILDCARD_PAT, REST_PAT, PATH_PAT, RECORD_PAT,
                 TUPLE_STRUCT_PAT, TUPLE_PAT, SLICE_PAT, RANGE_PAT, LITERAL_PAT, MACRO_PAT, CONST_BLOCK_PAT,
                 DEREF_PAT -> true;
            default -> false;
        };
    }

    static boolean isItem(SyntaxKind k) {
        return switch (k) {
            case STRUCT, UNION, ENUM, FN, EXTERN_CRATE, MODULE, USE, STATIC, CONST, TRAIT, TRAIT_ALIAS, IMPL,
                 TYPE_ALIAS, MACRO_CALL, MACRO_RULES, MACRO_DEF, EXTERN_BLOCK -> true;
            default -> false;
        };
    }

    /** Expression children in order. */
    static List<SyntaxNode> exprChildren(SyntaxNode n) {
        List<SyntaxNode> out = new ArrayList<>();
        for (SyntaxNode c : n.children()) {
            if (isExpr(c.kind())) {
                out.add(c);
            }
        }
        return out;
    }

    static SyntaxNode firstExpr(SyntaxNode n) {
        for (SyntaxNode c : n.children()) {
            if (isExpr(c.kind())) {
                return c;
            }
        }
        return null;
    }

    static SyntaxNode firstType(SyntaxNode n) {
        for (SyntaxNode c : n.children()) {
            if (isType(c.kind())) {
                return c;
            }
        }
        return null;
    }

    static SyntaxNode firstPat(SyntaxNode n) {
        for (SyntaxNode c : n.children()) {
            if (isPat(c.kind())) {
                return c;
            }
        }
        return null;
    }

    /** Path segments' identifiers ({@code a::b::c} gives [a, b, c]); null for unusual paths. */
    static List<String> pathSegments(SyntaxNode path) {
        List<String> out = new ArrayList<>();
        SyntaxNode cur = path;
        List<SyntaxNode> chain = new ArrayList<>();
        while (cur != null && cur.kind() == SyntaxKind.PATH) {
            chain.add(0, cur);
            cur = cur.firstChild(SyntaxKind.PATH);
        }
        for (SyntaxNode p : chain) {
            SyntaxNode seg = p.firstChild(SyntaxKind.PATH_SEGMENT);
            if (seg == null) {
                return null;
            }
            SyntaxNode nameRef = seg.firstChild(SyntaxKind.NAME_REF);
            if (nameRef == null) {
                SyntaxToken t = firstToken(seg);
                if (t == null) {
                    return null;
                }
                out.add(t.text());
                continue;
            }
            SyntaxToken t = firstToken(nameRef);
            if (t == null) {
                return null;
            }
            out.add(stripRaw(t.text()));
        }
        return out;
    }
}
