package rac.hir;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import rac.base.Edition;
import rac.diag.Diagnostic;
import rac.syntax.Parse;
import rac.syntax.Parser;
import rac.syntax.SyntaxElement;
import rac.syntax.SyntaxKind;
import rac.syntax.SyntaxNode;
import rac.syntax.SyntaxToken;
import rac.base.IntTy;

/**
 * Lowers one function's syntax to a HIR {@link Body}: resolves paths to locals or items, desugars
 * {@code while} into {@code loop} + {@code if} + {@code break}, and expands the printing macros by
 * parsing their format strings. Ranges are stored relative to the item start.
 */
public final class BodyLowering {
    /**
     * A lowered body and the errors found while lowering it (item-relative spans). {@code deferred}
     * are unresolved names in call position, which rustc reports after all other resolution errors
     * of the crate (they are the ones that may get import suggestions).
     */
    public record Result(Body body, List<RelDiagnostic> diagnostics, List<RelDiagnostic> deferred) {
        public Result {
            diagnostics = List.copyOf(diagnostics);
            deferred = List.copyOf(deferred);
        }

        /** Whether lowering found any error. */
        public boolean hasErrors() {
            return !diagnostics.isEmpty() || !deferred.isEmpty();
        }
    }

    private final int itemStart;
    private PathResolver resolver;
    private final Edition edition;
    private final List<Expr> exprs = new ArrayList<>();
    private final List<RelRange> exprRanges = new ArrayList<>();
    private final List<Pat> pats = new ArrayList<>();
    private final List<RelRange> patRanges = new ArrayList<>();
    private final List<Binding> bindings = new ArrayList<>();
    private final List<RelDiagnostic> diagnostics = new ArrayList<>();
    private final List<RelDiagnostic> deferred = new ArrayList<>();
    private final List<Map<String, Integer>> scopes = new ArrayList<>();
    /** Added to offsets of nodes from a re-parsed macro argument to map them back into the file. */
    private int shift;

    private BodyLowering(int itemStart, PathResolver resolver, Edition edition) {
        this.itemStart = itemStart;
        this.resolver = resolver;
        this.edition = edition;
    }

    /**
     * Lowers the body of {@code fn} (an FN node starting at absolute offset {@code itemStart}).
     * {@code resolver} resolves paths in the function's module.
     */
    public static Result lower(SyntaxNode fn, int itemStart, PathResolver resolver, Edition edition) {
        BodyLowering l = new BodyLowering(itemStart, resolver, edition);
        l.collectTypeParams(fn);
        return l.run(fn);
    }

    /** The names of the type parameters in scope in the body (the function's, its impl's or trait's). */
    private final java.util.Set<String> typeParamNames = new java.util.HashSet<>();

    private void collectTypeParams(SyntaxNode fn) {
        for (SyntaxNode n = fn; n != null; n = n.parent()) {
            SyntaxNode list = n.kind() == SyntaxKind.FN || n.kind() == SyntaxKind.IMPL || n.kind() == SyntaxKind.TRAIT
                    ? n.firstChild(SyntaxKind.GENERIC_PARAM_LIST) : null;
            if (list != null) {
                for (SyntaxNode p : SyntaxUtil.children(list, SyntaxKind.TYPE_PARAM)) {
                    String name = SyntaxUtil.nameOf(p);
                    if (name != null) {
                        typeParamNames.add(name);
                    }
                }
            }
            if (n.kind() == SyntaxKind.IMPL || n.kind() == SyntaxKind.TRAIT) {
                break;
            }
        }
    }

    /**
     * Lowers the initializer of a {@code const} item (a CONST node starting at {@code itemStart}) as a
     * body without parameters whose root is the initializer expression.
     */
    public static Result lowerConst(SyntaxNode constNode, int itemStart, PathResolver resolver, Edition edition) {
        BodyLowering l = new BodyLowering(itemStart, resolver, edition);
        l.scopes.add(new HashMap<>());
        SyntaxNode init = SyntaxUtil.firstExpr(constNode);
        int root;
        if (init == null) {
            root = l.alloc(new Expr.Missing(), constNode);
            l.error(null, "free constant item without body", constNode, "", List.of());
        } else {
            root = l.lowerExpr(init);
        }
        return new Result(new Body(l.exprs, l.exprRanges, l.pats, l.patRanges, l.bindings, List.of(), root),
                l.diagnostics, l.deferred);
    }

    private Result run(SyntaxNode fn) {
        SyntaxNode bodyBlock = fn.firstChild(SyntaxKind.BLOCK_EXPR);
        if (bodyBlock != null) {
            List<Integer> starts = AstIdMap.bodyBlocks(bodyBlock).blockStarts();
            for (int k = 1; k < starts.size(); k++) {
                blockIndexAt.put(starts.get(k), k);
            }
        }
        scopes.add(new HashMap<>());
        List<Integer> params = new ArrayList<>();
        SyntaxNode pl = fn.firstChild(SyntaxKind.PARAM_LIST);
        if (pl != null) {
            SyntaxNode selfParam = pl.firstChild(SyntaxKind.SELF_PARAM);
            if (selfParam != null) {
                params.add(lowerSelfParam(selfParam));
            }
            for (SyntaxNode p : SyntaxUtil.children(pl, SyntaxKind.PARAM)) {
                params.add(lowerPatAndBind(SyntaxUtil.firstPat(p), p));
            }
        }
        SyntaxNode block = fn.firstChild(SyntaxKind.BLOCK_EXPR);
        int root;
        if (block == null) {
            root = alloc(new Expr.Missing(), fn);
            error(null, "free function without a body", fn, "", List.of());
        } else {
            root = lowerExpr(block);
        }
        return new Result(new Body(exprs, exprRanges, pats, patRanges, bindings, params, root), diagnostics, deferred);
    }

    // ---- arenas and diagnostics ----

    private RelRange rel(SyntaxNode n) {
        var r = n.textRange();
        return new RelRange(r.start() + shift - itemStart, r.end() + shift - itemStart);
    }

    private RelRange rel(SyntaxToken t) {
        var r = t.textRange();
        return new RelRange(r.start() + shift - itemStart, r.end() + shift - itemStart);
    }

    private int alloc(Expr e, SyntaxNode n) {
        return alloc(e, rel(n));
    }

    private int alloc(Expr e, RelRange r) {
        exprs.add(e);
        exprRanges.add(r);
        return exprs.size() - 1;
    }

    private int allocPat(Pat p, RelRange r) {
        pats.add(p);
        patRanges.add(r);
        return pats.size() - 1;
    }

    private void error(String code, String message, RelRange range, String label, List<String> notes) {
        diagnostics.add(RelDiagnostic.error(code, message, range, label, notes));
    }

    private void error(String code, String message, SyntaxNode at, String label, List<String> notes) {
        error(code, message, rel(at), label, notes);
    }

    private int unsupported(SyntaxNode n, String what) {
        error(null, what + " " + (what.endsWith("s") ? "are" : "is") + " not supported by rac yet", n, "", List.of());
        return alloc(new Expr.Missing(), n);
    }

    // ---- patterns ----

    /** Lowers a parameter or let pattern and brings its bindings into the current scope. */
    private int lowerPatAndBind(SyntaxNode pat, SyntaxNode fallback) {
        Map<String, Integer> names = new java.util.LinkedHashMap<>();
        int id = lowerPat(pat, fallback, names);
        scopes.get(scopes.size() - 1).putAll(names);
        return id;
    }

    /** The file's text, read once when a match needs the indentation of its arms. */
    private byte[] fileBytes;

    /** While lowering an or-pattern's later alternatives: the bindings the first one introduced. */
    private Map<String, Integer> orReuse = Map.of();

    /**
     * Lowers a pattern; the bindings it introduces are added to {@code names} (an or-pattern's
     * alternatives share the binding of each name).
     */
    private int lowerPat(SyntaxNode pat, SyntaxNode fallback, Map<String, Integer> names) {
        if (pat == null) {
            return allocPat(new Pat.Missing(), rel(fallback));
        }
        switch (pat.kind()) {
            case IDENT_PAT -> {
                return lowerIdentPat(pat, names);
            }
            case WILDCARD_PAT -> {
                return allocPat(new Pat.Wild(), rel(pat));
            }
            case PAREN_PAT -> {
                int id = lowerPat(SyntaxUtil.firstPat(pat), pat, names);
                patRanges.set(id, rel(pat));
                return id;
            }
            case TUPLE_PAT -> {
                List<Integer> elems = new ArrayList<>();
                int rest = -1;
                for (SyntaxNode c : pat.children()) {
                    if (c.kind() == SyntaxKind.REST_PAT) {
                        if (rest >= 0) {
                            error(null, "`..` can only be used once per tuple pattern", c,
                                    "can only be used once per tuple pattern", List.of());
                            continue;
                        }
                        rest = elems.size();
                        continue;
                    }
                    if (SyntaxUtil.isPat(c.kind())) {
                        elems.add(lowerPat(c, pat, names));
                    }
                }
                return allocPat(new Pat.Tuple(elems, rest), rel(pat));
            }
            case LITERAL_PAT -> {
                return lowerLiteralPat(pat);
            }
            case RANGE_PAT -> {
                int lo = -1;
                int hi = -1;
                boolean inclusive = false;
                boolean seenOp = false;
                for (SyntaxElement e : pat.childrenWithTokens()) {
                    if (e instanceof SyntaxToken t && (t.kind() == SyntaxKind.DOT2 || t.kind() == SyntaxKind.DOT2EQ
                            || t.kind() == SyntaxKind.DOT3)) {
                        seenOp = true;
                        inclusive = t.kind() != SyntaxKind.DOT2;
                    } else if (e instanceof SyntaxNode c && SyntaxUtil.isPat(c.kind())) {
                        int bound = c.kind() == SyntaxKind.LITERAL_PAT ? lowerLiteralPat(c)
                                : c.kind() == SyntaxKind.PATH_PAT ? lowerPathPat(c) : -1;
                        if (bound < 0) {
                            unsupported(c, "this kind of range bound");
                            return allocPat(new Pat.Missing(), rel(pat));
                        }
                        if (pats.get(bound) instanceof Pat.Missing) {
                            return allocPat(new Pat.Missing(), rel(pat));
                        }
                        if (seenOp) {
                            hi = bound;
                        } else {
                            lo = bound;
                        }
                    }
                }
                if (hi < 0 && inclusive) {
                    SyntaxToken op = pat.firstToken(SyntaxKind.DOT2EQ) != null ? pat.firstToken(SyntaxKind.DOT2EQ)
                            : pat.firstToken(SyntaxKind.DOT3);
                    RelRange at = op == null ? rel(pat) : rel(op);
                    diagnostics.add(new RelDiagnostic(Diagnostic.error("inclusive range with no end").code("E0586")
                            .primary(RelDiagnostic.rel(at.start(), at.end()), "")
                            .note("inclusive ranges must be bounded at the end (`..=b` or `a..=b`)")
                            .suggestion(rac.diag.Suggestion.of("use `..` instead", RelDiagnostic.rel(at.start(),
                                    at.end()), "..", rac.diag.Suggestion.Applicability.MACHINE_APPLICABLE)
                                    .withStyle(rac.diag.Suggestion.Style.SHOW_ALWAYS)).build()));
                    return allocPat(new Pat.Missing(), rel(pat));
                }
                return allocPat(new Pat.Range(lo, hi, inclusive), rel(pat));
            }
            case PATH_PAT -> {
                return lowerPathPat(pat);
            }
            case TUPLE_STRUCT_PAT, RECORD_PAT -> {
                return lowerAdtPat(pat, names);
            }
            case REF_PAT -> {
                boolean mut = SyntaxUtil.hasToken(pat, SyntaxKind.MUT_KW);
                int inner = lowerPat(SyntaxUtil.firstPat(pat), pat, names);
                return allocPat(new Pat.Ref(mut, inner), rel(pat));
            }
            case OR_PAT -> {
                return lowerOrPat(pat, names);
            }
            case SLICE_PAT -> {
                return lowerSlicePat(pat, names);
            }
            case REST_PAT -> {
                error(null, "`..` patterns are not allowed here", pat, "",
                        List.of("only allowed in tuple, tuple struct, and slice patterns"));
                return allocPat(new Pat.Missing(), rel(pat));
            }
            default -> {
                unsupported(pat, describePat(pat.kind()));
                return allocPat(new Pat.Missing(), rel(pat));
            }
        }
    }

    /** The {@code self} parameter: a binding named "self" (mutable for {@code mut self}). */
    private int lowerSelfParam(SyntaxNode sp) {
        SyntaxNode name = sp.firstChild(SyntaxKind.NAME);
        boolean mut = !SyntaxUtil.hasToken(sp, SyntaxKind.AMP) && SyntaxUtil.hasToken(sp, SyntaxKind.MUT_KW);
        int patId = allocPat(new Pat.Missing(), rel(name != null ? name : sp));
        bindings.add(new Binding("self", mut, patId));
        int binding = bindings.size() - 1;
        pats.set(patId, new Pat.Bind(binding));
        scopes.get(scopes.size() - 1).put("self", binding);
        return patId;
    }

    private static String describePat(SyntaxKind k) {
        return switch (k) {
            case TUPLE_STRUCT_PAT, RECORD_PAT -> "struct and enum variant patterns";
            case SLICE_PAT -> "slice patterns";
            case BOX_PAT -> "`box` patterns";
            default -> "this kind of pattern";
        };
    }

    /** While lowering {@code x @ ..} in a slice pattern: the {@code ..} is the slice, not an error. */
    private boolean sliceRestBinding;

    /** {@code [a, .., z]}, {@code [x, rest @ ..]}: at most one rest pattern, possibly bound. */
    private int lowerSlicePat(SyntaxNode pat, Map<String, Integer> names) {
        List<Integer> prefix = new ArrayList<>();
        List<Integer> suffix = new ArrayList<>();
        boolean hasRest = false;
        int slice = -1;
        SyntaxNode firstRest = null;
        for (SyntaxNode c : pat.children()) {
            if (!SyntaxUtil.isPat(c.kind())) {
                continue;
            }
            SyntaxNode sub = c.kind() == SyntaxKind.IDENT_PAT ? SyntaxUtil.firstPat(c) : null;
            boolean bound = sub != null && sub.kind() == SyntaxKind.REST_PAT;
            if (c.kind() == SyntaxKind.REST_PAT || bound) {
                if (hasRest) {
                    diagnostics.add(new RelDiagnostic(Diagnostic.error("`..` can only be used once per slice pattern")
                            .primary(span(rel(bound ? sub : c)), "can only be used once per slice pattern")
                            .secondary(span(rel(firstRest)), "previously used here").build()));
                    continue;
                }
                hasRest = true;
                firstRest = bound ? sub : c;
                if (bound) {
                    sliceRestBinding = true;
                    try {
                        slice = lowerIdentPat(c, names);
                    } finally {
                        sliceRestBinding = false;
                    }
                }
                continue;
            }
            (hasRest ? suffix : prefix).add(lowerPat(c, pat, names));
        }
        return allocPat(new Pat.Slice(prefix, hasRest, slice, suffix), rel(pat));
    }

    private int lowerIdentPat(SyntaxNode pat, Map<String, Integer> names) {
        String name = SyntaxUtil.nameOf(pat);
        boolean ref = SyntaxUtil.hasToken(pat, SyntaxKind.REF_KW);
        boolean mut = SyntaxUtil.hasToken(pat, SyntaxKind.MUT_KW);
        SyntaxNode subNode = SyntaxUtil.firstPat(pat);
        if (name == null) {
            return allocPat(new Pat.Missing(), rel(pat));
        }
        if (!ref && !mut && subNode == null) {
            // An identifier that names a const is a path pattern, as in rustc.
            PathResolver.Resolution res = resolver.resolveValue(List.of(name), "value");
            if (res instanceof PathResolver.Resolution.Def d) {
                DefMap.DefData data = resolver.defMap().def(d.def());
                if (data.kind() == DefMap.DefKind.CONST) {
                    return allocPat(new Pat.Const(new DefId(d.def())), rel(pat));
                }
                if (data.kind() == DefMap.DefKind.STRUCT || data.kind() == DefMap.DefKind.VARIANT) {
                    return allocPat(new Pat.Adt(new DefId(d.def()), ItemTree.FieldsKind.UNIT, List.of(), List.of(), -1),
                            rel(pat));
                }
                if (data.kind() != DefMap.DefKind.FN) {
                    unsupported(pat, describeDef(data.kind()) + " in patterns");
                    return allocPat(new Pat.Missing(), rel(pat));
                }
            }
        }
        int patId = allocPat(new Pat.Missing(), rel(pat));
        SyntaxNode nameNode = pat.firstChild(SyntaxKind.NAME);
        RelRange nameRange = nameNode == null ? rel(pat) : rel(nameNode);
        Integer binding;
        if (names.containsKey(name)) {
            error("E0416", "identifier `" + name + "` is bound more than once in the same pattern", nameRange,
                    "used in a pattern more than once", List.of());
            binding = names.get(name);
        } else if (orReuse.containsKey(name)) {
            binding = orReuse.get(name);
        } else {
            Binding.ByRef byRef = !ref ? Binding.ByRef.NO : mut ? Binding.ByRef.REF_MUT : Binding.ByRef.REF;
            bindings.add(new Binding(name, mut && !ref, patId, byRef, nameRange));
            binding = bindings.size() - 1;
        }
        names.put(name, binding);
        int sub = subNode == null || (subNode.kind() == SyntaxKind.REST_PAT && sliceRestBinding) ? -1
                : lowerPat(subNode, pat, names);
        pats.set(patId, new Pat.Bind(binding, sub));
        return patId;
    }

    private int lowerOrPat(SyntaxNode pat, Map<String, Integer> names) {
        List<SyntaxNode> altNodes = new ArrayList<>();
        for (SyntaxNode c : pat.children()) {
            if (SyntaxUtil.isPat(c.kind())) {
                altNodes.add(c);
            }
        }
        Map<String, Integer> savedReuse = orReuse;
        List<Integer> alts = new ArrayList<>();
        List<Map<String, Integer>> altNames = new ArrayList<>();
        Map<String, Integer> all = new java.util.LinkedHashMap<>();
        try {
            for (SyntaxNode alt : altNodes) {
                Map<String, Integer> reuse = new HashMap<>(savedReuse);
                reuse.putAll(all);
                orReuse = reuse;
                Map<String, Integer> own = new java.util.LinkedHashMap<>();
                alts.add(lowerPat(alt, pat, own));
                altNames.add(own);
                all.putAll(own);
            }
        } finally {
            orReuse = savedReuse;
        }
        // E0408: every alternative must bind the same names.
        for (int i = 0; i < alts.size(); i++) {
            for (String name : all.keySet()) {
                if (altNames.get(i).containsKey(name)) {
                    continue;
                }
                RelRange at = patRanges.get(alts.get(i));
                Diagnostic.Builder d = Diagnostic.error("variable `" + name + "` is not bound in all patterns")
                        .code("E0408").primary(RelDiagnostic.rel(at.start(), at.end()),
                                "pattern doesn't bind `" + name + "`");
                for (int j = 0; j < alts.size(); j++) {
                    if (altNames.get(j).containsKey(name)) {
                        int b = altNames.get(j).get(name);
                        for (int k = 0; k < pats.size(); k++) {
                            if (pats.get(k) instanceof Pat.Bind pb && pb.binding() == b && within(k, alts.get(j))) {
                                RelRange nr = bindings.get(b).nameRange(patRanges.get(k));
                                if (k != bindings.get(b).pat()) {
                                    nr = patRanges.get(k);
                                }
                                d.secondary(RelDiagnostic.rel(nr.start(), nr.end()), "variable not in all patterns");
                            }
                        }
                    }
                }
                similarBinding(d, name, altNames.get(i), altNames, alts);
                diagnostics.add(new RelDiagnostic(d.build()));
            }
        }
        names.putAll(all);
        return allocPat(new Pat.Or(alts), rel(pat));
    }

    /**
     * rustc's help when the alternative that misses {@code name} binds a similar name (a typo):
     * use that name in the other alternatives too.
     */
    private void similarBinding(Diagnostic.Builder d, String name, Map<String, Integer> missingAlt,
                                List<Map<String, Integer>> altNames, List<Integer> alts) {
        String best = null;
        int bestDist = Integer.MAX_VALUE;
        int limit = Math.max(name.length(), 3) / 3;
        for (String candidate : missingAlt.keySet()) {
            boolean inAll = altNames.stream().allMatch(m -> m.containsKey(candidate));
            if (inAll) {
                continue;
            }
            int dist = candidate.equalsIgnoreCase(name) ? 0 : editDistance(candidate, name);
            if (dist <= limit && dist < bestDist) {
                best = candidate;
                bestDist = dist;
            }
        }
        if (best == null) {
            return;
        }
        List<rac.diag.Suggestion.Part> parts = new ArrayList<>();
        for (int j = 0; j < alts.size(); j++) {
            Integer b = altNames.get(j).get(name);
            if (b == null) {
                continue;
            }
            for (int k = 0; k < pats.size(); k++) {
                if (pats.get(k) instanceof Pat.Bind pb && pb.binding() == b && within(k, alts.get(j))) {
                    RelRange nr = k == bindings.get(b).pat() ? bindings.get(b).nameRange(patRanges.get(k))
                            : patRanges.get(k);
                    parts.add(new rac.diag.Suggestion.Part(RelDiagnostic.rel(nr.start(), nr.end()), best));
                }
            }
        }
        if (!parts.isEmpty()) {
            d.suggestion(new rac.diag.Suggestion("you might have meant to use the similarly named previously used binding `"
                    + best + "`", List.of(new rac.diag.Suggestion.Substitution(parts)),
                    rac.diag.Suggestion.Applicability.MAYBE_INCORRECT, rac.diag.Suggestion.Style.SHOW_ALWAYS));
        }
    }

    private static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** Whether pattern {@code k}'s range lies within pattern {@code outer}'s. */
    private boolean within(int k, int outer) {
        RelRange a = patRanges.get(k);
        RelRange o = patRanges.get(outer);
        return a.start() >= o.start() && a.end() <= o.end();
    }

    private int lowerLiteralPat(SyntaxNode pat) {
        boolean negated = pat.firstToken(SyntaxKind.MINUS) != null;
        SyntaxNode lit = pat.firstChild(SyntaxKind.LITERAL);
        if (lit == null) {
            return allocPat(new Pat.Missing(), rel(pat));
        }
        int e = lowerLiteral(lit);
        if (!(exprs.get(e) instanceof Expr.Lit l)) {
            return allocPat(new Pat.Missing(), rel(pat));
        }
        return allocPat(new Pat.Lit(l.value(), negated), rel(pat));
    }

    /** The constructor a pattern path names (a struct or enum variant), or null with an error reported. */
    private DefId patCtor(SyntaxNode n, SyntaxNode path, List<String> segs, boolean typeNs) {
        PathResolver.Resolution res = typeNs ? resolver.resolveType(segs)
                : resolver.resolveValue(segs, "tuple struct or tuple variant");
        switch (res) {
            case PathResolver.Resolution.Def d -> {
                DefMap.DefData data = resolver.defMap().def(d.def());
                if (data.kind() == DefMap.DefKind.STRUCT || data.kind() == DefMap.DefKind.VARIANT) {
                    return new DefId(d.def());
                }
                error(typeNs ? "E0574" : "E0532", "expected " + (typeNs ? "struct, variant or union type"
                        : "tuple struct or tuple variant") + ", found " + articleKind(data.kind()) + " `"
                        + String.join("::", segs) + "`", path, typeNs ? "not a struct, variant or union type"
                        : "not a tuple struct or tuple variant", List.of());
                return null;
            }
            case PathResolver.Resolution.Module m -> {
                error("E0532", "expected tuple struct or tuple variant, found module `" + String.join("::", segs) + "`",
                        path, "not a tuple struct or tuple variant", List.of());
                return null;
            }
            case PathResolver.Resolution.Failed f -> {
                RelRange at = segmentRange(path, segs, f.segment(), n);
                String msg = f.message();
                String code = f.code();
                if ("E0425".equals(code)) {
                    msg = msg.replace("cannot find type", typeNs ? "cannot find struct, variant or union type"
                            : "cannot find tuple struct or tuple variant").replace("cannot find tuple struct or tuple variant",
                            typeNs ? "cannot find struct, variant or union type" : "cannot find tuple struct or tuple variant");
                    code = typeNs ? "E0422" : "E0531";
                }
                Diagnostic.Builder b = Diagnostic.error(msg);
                if (code != null) {
                    b.code(code);
                }
                b.primary(RelDiagnostic.rel(at.start(), at.end()), f.label());
                diagnostics.add(new RelDiagnostic(b.build()));
                return null;
            }
        }
    }

    /** {@code Path(a, .., b)} and {@code Path { a, b: p, .. }}. */
    private int lowerAdtPat(SyntaxNode pat, Map<String, Integer> names) {
        SyntaxNode path = pat.firstChild(SyntaxKind.PATH);
        List<String> segs = path == null ? null : ItemTreeLowering.pathWithRoot(path);
        if (segs == null || path.descendants().stream().anyMatch(d -> d.kind() == SyntaxKind.GENERIC_ARG_LIST
                || d.kind() == SyntaxKind.TYPE_ANCHOR)) {
            unsupported(pat, "generic arguments and qualified paths in patterns");
            return allocPat(new Pat.Missing(), rel(pat));
        }
        boolean record = pat.kind() == SyntaxKind.RECORD_PAT;
        DefId ctor = null;
        boolean failed = false;
        String selfVariant = segs.size() == 2 && segs.get(0).equals("Self") ? segs.get(1) : null;
        if (!(segs.size() == 1 && segs.get(0).equals("Self")) && selfVariant == null) {
            ctor = patCtor(pat, path, segs, record);
            failed = ctor == null;
        }
        List<String> fieldNames = new ArrayList<>();
        List<Integer> fields = new ArrayList<>();
        int rest = -1;
        if (record) {
            SyntaxNode list = pat.firstChild(SyntaxKind.RECORD_PAT_FIELD_LIST);
            if (list != null) {
                for (SyntaxNode c : list.children()) {
                    if (c.kind() == SyntaxKind.REST_PAT) {
                        rest = 0;
                    } else if (c.kind() == SyntaxKind.RECORD_PAT_FIELD) {
                        SyntaxNode nameRef = c.firstChild(SyntaxKind.NAME_REF);
                        SyntaxNode sub = SyntaxUtil.firstPat(c);
                        if (nameRef != null) {
                            fieldNames.add(SyntaxUtil.stripRaw(nameRef.text().trim()));
                            fields.add(lowerPat(sub, c, names));
                        } else if (sub != null) {
                            // Shorthand `a`, `ref a`, `mut a`: binds the field's name.
                            fieldNames.add(SyntaxUtil.nameOf(sub) == null ? "?" : SyntaxUtil.nameOf(sub));
                            fields.add(sub.kind() == SyntaxKind.IDENT_PAT ? lowerShorthandField(sub, names)
                                    : lowerPat(sub, c, names));
                        }
                    }
                }
            }
        } else {
            for (SyntaxNode c : pat.children()) {
                if (c.kind() == SyntaxKind.REST_PAT) {
                    if (rest >= 0) {
                        error(null, "`..` can only be used once per tuple struct pattern", c,
                                "can only be used once per tuple struct pattern", List.of());
                        continue;
                    }
                    rest = fields.size();
                } else if (SyntaxUtil.isPat(c.kind())) {
                    fields.add(lowerPat(c, pat, names));
                }
            }
        }
        if (failed) {
            return allocPat(new Pat.Missing(), rel(pat));
        }
        return allocPat(new Pat.Adt(ctor, record ? ItemTree.FieldsKind.RECORD : ItemTree.FieldsKind.TUPLE,
                fieldNames, fields, rest, selfVariant), rel(pat));
    }

    /** A shorthand field pattern always binds (it never names a constant). */
    private int lowerShorthandField(SyntaxNode sub, Map<String, Integer> names) {
        String name = SyntaxUtil.nameOf(sub);
        boolean ref = SyntaxUtil.hasToken(sub, SyntaxKind.REF_KW);
        boolean mut = SyntaxUtil.hasToken(sub, SyntaxKind.MUT_KW);
        int patId = allocPat(new Pat.Missing(), rel(sub));
        SyntaxNode nameNode = sub.firstChild(SyntaxKind.NAME);
        RelRange nameRange = nameNode == null ? rel(sub) : rel(nameNode);
        Integer binding;
        if (orReuse.containsKey(name)) {
            binding = orReuse.get(name);
        } else {
            Binding.ByRef byRef = !ref ? Binding.ByRef.NO : mut ? Binding.ByRef.REF_MUT : Binding.ByRef.REF;
            bindings.add(new Binding(name, mut && !ref, patId, byRef, nameRange));
            binding = bindings.size() - 1;
        }
        names.put(name, binding);
        pats.set(patId, new Pat.Bind(binding, -1));
        return patId;
    }

    private int lowerPathPat(SyntaxNode n) {
        SyntaxNode path = n.firstChild(SyntaxKind.PATH);
        List<String> segs = path == null ? null : ItemTreeLowering.pathWithRoot(path);
        if (segs != null && primitiveConst(segs) instanceof Literal.Int lit
                && !(resolver.resolveValue(segs, "value") instanceof PathResolver.Resolution.Def)) {
            // `i32::MIN`, `u8::MAX` as a pattern: the constant's value.
            return allocPat(new Pat.Lit(lit, false), rel(n));
        }
        if (segs != null && segs.size() == 2 && segs.get(0).equals("Self")) {
            // `Self::Variant`: resolved against the impl's self type by the type checker.
            return allocPat(new Pat.Adt(null, ItemTree.FieldsKind.UNIT, List.of(), List.of(), -1, segs.get(1)), rel(n));
        }
        if (segs == null || path.descendants().stream().anyMatch(d -> d.kind() == SyntaxKind.GENERIC_ARG_LIST
                || d.kind() == SyntaxKind.TYPE_ANCHOR)) {
            unsupported(n, "generic arguments and qualified paths");
            return allocPat(new Pat.Missing(), rel(n));
        }
        PathResolver.Resolution res = resolver.resolveValue(segs, "unit struct, unit variant or constant");
        switch (res) {
            case PathResolver.Resolution.Def d -> {
                DefMap.DefData data = resolver.defMap().def(d.def());
                if (data.kind() == DefMap.DefKind.CONST) {
                    return allocPat(new Pat.Const(new DefId(d.def())), rel(n));
                }
                if (data.kind() == DefMap.DefKind.STRUCT || data.kind() == DefMap.DefKind.VARIANT) {
                    return allocPat(new Pat.Adt(new DefId(d.def()), ItemTree.FieldsKind.UNIT, List.of(), List.of(), -1),
                            rel(n));
                }
                unsupported(n, describeDef(data.kind()) + " in patterns");
            }
            case PathResolver.Resolution.Module m -> error("E0532", "expected unit struct, unit variant or constant, "
                    + "found module `" + String.join("::", segs) + "`", n, "not a unit struct, unit variant or constant",
                    List.of());
            case PathResolver.Resolution.Failed f -> diagnostics.add(resolutionError(f, segmentRange(path, segs,
                    f.segment(), n)));
        }
        return allocPat(new Pat.Missing(), rel(n));
    }

    private Integer lookupLocal(String name) {
        for (int i = scopes.size() - 1; i >= 0; i--) {
            Integer b = scopes.get(i).get(name);
            if (b != null) {
                return b;
            }
        }
        return null;
    }

    // ---- expressions ----

    private int lowerOptExpr(SyntaxNode n, SyntaxNode parent) {
        if (n == null) {
            return alloc(new Expr.Missing(), parent);
        }
        return lowerExpr(n);
    }

    private int lowerExpr(SyntaxNode n) {
        return switch (n.kind()) {
            case LITERAL -> lowerLiteral(n);
            case PATH_EXPR -> lowerPath(n);
            case PAREN_EXPR -> {
                SyntaxNode inner = SyntaxUtil.firstExpr(n);
                int id = lowerOptExpr(inner, n);
                exprRanges.set(id, rel(n));
                yield id;
            }
            case BIN_EXPR -> lowerBinary(n);
            case PREFIX_EXPR -> {
                SyntaxToken op = SyntaxUtil.firstToken(n);
                UnaryOp u = switch (op == null ? "" : op.text()) {
                    case "-" -> UnaryOp.NEG;
                    case "!" -> UnaryOp.NOT;
                    default -> UnaryOp.DEREF;
                };
                int operand = lowerOptExpr(SyntaxUtil.firstExpr(n), n);
                yield alloc(new Expr.Unary(u, operand), n);
            }
            case CALL_EXPR -> {
                SyntaxNode callee = SyntaxUtil.firstExpr(n);
                int c = lowerOptExpr(callee, n);
                List<Integer> args = new ArrayList<>();
                SyntaxNode al = n.firstChild(SyntaxKind.ARG_LIST);
                if (al != null) {
                    for (SyntaxNode a : SyntaxUtil.exprChildren(al)) {
                        args.add(lowerExpr(a));
                    }
                }
                yield alloc(new Expr.Call(c, args), n);
            }
            case BLOCK_EXPR -> lowerBlock(n);
            case REF_EXPR -> {
                if (SyntaxUtil.hasToken(n, SyntaxKind.RAW_KW) || n.firstToken(SyntaxKind.CONST_KW) != null) {
                    yield unsupported(n, "raw borrows");
                }
                int e = lowerOptExpr(SyntaxUtil.firstExpr(n), n);
                yield alloc(new Expr.Ref(SyntaxUtil.hasToken(n, SyntaxKind.MUT_KW), e), n);
            }
            case CAST_EXPR -> {
                int e = lowerOptExpr(SyntaxUtil.firstExpr(n), n);
                yield alloc(new Expr.Cast(e, scopedType(ItemTreeLowering.lowerType(SyntaxUtil.firstType(n)))), n);
            }
            case TUPLE_EXPR -> {
                List<Integer> elems = new ArrayList<>();
                for (SyntaxNode c : SyntaxUtil.exprChildren(n)) {
                    elems.add(lowerExpr(c));
                }
                yield alloc(new Expr.Tuple(elems), n);
            }
            case FIELD_EXPR -> {
                int base = lowerOptExpr(SyntaxUtil.firstExpr(n), n);
                SyntaxNode nameRef = n.firstChild(SyntaxKind.NAME_REF);
                SyntaxToken nameTok = nameRef != null ? SyntaxUtil.firstToken(nameRef) : null;
                if (nameTok == null) {
                    for (SyntaxElement e : n.childrenWithTokens()) {
                        if (e instanceof SyntaxToken t && (t.kind() == SyntaxKind.INT_NUMBER
                                || t.kind() == SyntaxKind.FLOAT_NUMBER)) {
                            nameTok = t;
                        }
                    }
                }
                if (nameTok == null) {
                    yield alloc(new Expr.Missing(), n);
                }
                String name = SyntaxUtil.stripRaw(nameTok.text());
                if (name.contains(".")) {
                    yield unsupported(n, "nested tuple indexing like `t.0.1`");
                }
                yield alloc(new Expr.Field(base, name, rel(nameTok)), n);
            }
            case METHOD_CALL_EXPR -> {
                int recv = lowerOptExpr(SyntaxUtil.firstExpr(n), n);
                SyntaxNode nameRef = n.firstChild(SyntaxKind.NAME_REF);
                if (nameRef == null) {
                    yield alloc(new Expr.Missing(), n);
                }
                if (n.firstChild(SyntaxKind.GENERIC_ARG_LIST) != null) {
                    yield unsupported(n, "generic arguments on method calls");
                }
                List<Integer> args = new ArrayList<>();
                SyntaxNode al = n.firstChild(SyntaxKind.ARG_LIST);
                if (al != null) {
                    for (SyntaxNode a : SyntaxUtil.exprChildren(al)) {
                        args.add(lowerExpr(a));
                    }
                }
                yield alloc(new Expr.MethodCall(recv, SyntaxUtil.stripRaw(nameRef.text()), args, rel(nameRef)), n);
            }
            case RECORD_EXPR -> lowerRecordExpr(n);
            case ARRAY_EXPR -> {
                List<Integer> elems = new ArrayList<>();
                for (SyntaxNode c : SyntaxUtil.exprChildren(n)) {
                    elems.add(lowerExpr(c));
                }
                if (SyntaxUtil.hasToken(n, SyntaxKind.SEMICOLON) && elems.size() == 2) {
                    yield alloc(new Expr.ArrayRepeat(elems.get(0), elems.get(1)), n);
                }
                yield alloc(new Expr.Array(elems), n);
            }
            case INDEX_EXPR -> {
                List<SyntaxNode> parts = SyntaxUtil.exprChildren(n);
                if (parts.size() != 2) {
                    yield alloc(new Expr.Missing(), n);
                }
                int base = lowerExpr(parts.get(0));
                int index = lowerExpr(parts.get(1));
                yield alloc(new Expr.Index(base, index), n);
            }
            case RANGE_EXPR -> {
                int start = -1;
                int end = -1;
                boolean inclusive = false;
                boolean seenOp = false;
                for (SyntaxElement el : n.childrenWithTokens()) {
                    if (el instanceof SyntaxToken t && (t.kind() == SyntaxKind.DOT2 || t.kind() == SyntaxKind.DOT2EQ)) {
                        seenOp = true;
                        inclusive = t.kind() == SyntaxKind.DOT2EQ;
                    } else if (el instanceof SyntaxNode c && SyntaxUtil.isExpr(c.kind())) {
                        if (seenOp) {
                            end = lowerExpr(c);
                        } else {
                            start = lowerExpr(c);
                        }
                    }
                }
                yield alloc(new Expr.Range(start, end, inclusive), n);
            }
            case FOR_EXPR -> lowerFor(n);
            case IF_EXPR -> lowerIf(n);
            case MATCH_EXPR -> lowerMatch(n);
            case WHILE_EXPR -> lowerWhile(n);
            case LOOP_EXPR -> {
                String label = label(n);
                SyntaxNode body = n.firstChild(SyntaxKind.BLOCK_EXPR);
                int b = lowerOptExpr(body, n);
                yield alloc(new Expr.Loop(b, label, Expr.LoopSource.LOOP), n);
            }
            case BREAK_EXPR -> {
                String label = lifetime(n);
                SyntaxNode value = SyntaxUtil.firstExpr(n);
                int v = value == null ? -1 : lowerExpr(value);
                yield alloc(new Expr.Break(label, v), n);
            }
            case CONTINUE_EXPR -> alloc(new Expr.Continue(lifetime(n)), n);
            case TRY_EXPR -> {
                SyntaxNode inner = SyntaxUtil.firstExpr(n);
                if (inner == null) {
                    yield alloc(new Expr.Missing(), n);
                }
                yield alloc(new Expr.Try(lowerExpr(inner)), n);
            }
            case RETURN_EXPR -> {
                SyntaxNode value = SyntaxUtil.firstExpr(n);
                int v = value == null ? -1 : lowerExpr(value);
                yield alloc(new Expr.Return(v), n);
            }
            case MACRO_EXPR -> {
                SyntaxNode call = n.firstChild(SyntaxKind.MACRO_CALL);
                yield call == null ? alloc(new Expr.Missing(), n) : lowerMacro(call, n);
            }
            default -> unsupported(n, describe(n.kind()));
        };
    }

    private static String describe(SyntaxKind k) {
        return switch (k) {
            case ARRAY_EXPR -> "array expressions";
            case CLOSURE_EXPR -> "closures";
            case MATCH_EXPR -> "`match` expressions";
            case INDEX_EXPR -> "index expressions";
            case RANGE_EXPR -> "ranges";
            case TRY_EXPR -> "the `?` operator";
            case LET_EXPR -> "`let` expressions";
            default -> "this expression";
        };
    }

    private String label(SyntaxNode loop) {
        SyntaxNode l = loop.firstChild(SyntaxKind.LABEL);
        if (l == null) {
            return null;
        }
        return lifetime(l);
    }

    /** The lifetime/label name under a node ({@code 'a}), or null. */
    private String lifetime(SyntaxNode n) {
        for (SyntaxElement e : n.childrenWithTokens()) {
            if (e instanceof SyntaxToken t && t.kind() == SyntaxKind.LIFETIME_IDENT) {
                return t.text();
            }
            if (e instanceof SyntaxNode c && c.kind() == SyntaxKind.LIFETIME) {
                SyntaxToken t = SyntaxUtil.firstToken(c);
                return t == null ? null : t.text();
            }
        }
        return null;
    }

    private int lowerPath(SyntaxNode n) {
        SyntaxNode path = n.firstChild(SyntaxKind.PATH);
        List<String> segs = path == null ? null : ItemTreeLowering.pathWithRoot(path);
        if (segs == null || path.descendants().stream().anyMatch(d -> d.kind() == SyntaxKind.TYPE_ANCHOR)) {
            return unsupported(n, "qualified paths");
        }
        // Generic arguments: on the last segment (`f::<T>`) and on the one before (`W::<T>::new`).
        SyntaxNode lastSeg = path.firstChild(SyntaxKind.PATH_SEGMENT);
        SyntaxNode prefixPath = path.firstChild(SyntaxKind.PATH);
        SyntaxNode prevSeg = prefixPath == null ? null : prefixPath.firstChild(SyntaxKind.PATH_SEGMENT);
        List<TypeRef> lastArgs = ItemTreeLowering.genericArgs(lastSeg == null ? null
                : lastSeg.firstChild(SyntaxKind.GENERIC_ARG_LIST));
        List<TypeRef> prevArgs = ItemTreeLowering.genericArgs(prevSeg == null ? null
                : prevSeg.firstChild(SyntaxKind.GENERIC_ARG_LIST));
        SyntaxNode deeper = prefixPath == null ? null : prefixPath.firstChild(SyntaxKind.PATH);
        if (lastArgs == null || prevArgs == null || (deeper != null && deeper.descendants().stream()
                .anyMatch(d -> d.kind() == SyntaxKind.GENERIC_ARG_LIST))) {
            return unsupported(n, "these generic arguments");
        }
        if (segs.size() == 1) {
            Integer local = lookupLocal(segs.get(0));
            if (local != null) {
                return alloc(new Expr.Local(local), n);
            }
        }
        if (segs.get(0).equals("Self") || (segs.size() == 2 && typeParamNames.contains(segs.get(0))
                && lookupLocal(segs.get(0)) == null)) {
            SyntaxNode last = lastSegmentName(path);
            return alloc(new Expr.TypePath(new TypeRef.Path(segs.subList(0, segs.size() - (segs.size() > 1 ? 1 : 0))),
                    segs.size() > 1 ? segs.get(segs.size() - 1) : null, last != null ? rel(last) : rel(n)), n);
        }
        if (!lastArgs.isEmpty() && segs.size() >= 2 && !prevArgs.isEmpty()) {
            return unsupported(n, "generic arguments on associated functions");
        }
        if (segs.size() >= 2) {
            // `Type::item`: an associated item or an enum variant, resolved through the type.
            List<String> prefix = segs.subList(0, segs.size() - 1);
            if (resolver.resolveType(prefix) instanceof PathResolver.Resolution.Def td) {
                DefMap.DefData tdata = resolver.defMap().def(td.def());
                boolean variant = tdata.kind() == DefMap.DefKind.ENUM
                        && resolver.resolveValue(segs, "value") instanceof PathResolver.Resolution.Def;
                if (!variant && (tdata.kind() == DefMap.DefKind.STRUCT || tdata.kind() == DefMap.DefKind.ENUM
                        || tdata.kind() == DefMap.DefKind.UNION || tdata.kind() == DefMap.DefKind.TYPE_ALIAS)) {
                    SyntaxNode last = lastSegmentName(path);
                    if (!lastArgs.isEmpty()) {
                        return unsupported(n, "generic arguments on associated functions");
                    }
                    return alloc(new Expr.TypePath(scopedType(new TypeRef.Path(prefix, prevArgs)), segs.get(segs.size() - 1),
                            last != null ? rel(last) : rel(n)), n);
                }
            }
        }
        boolean isCallee = n.parent() != null && n.parent().kind() == SyntaxKind.CALL_EXPR
                && n.equals(SyntaxUtil.firstExpr(n.parent()));
        PathResolver.Resolution res = resolver.resolveValue(segs, isCallee ? "function" : "value");
        String stdPath = res instanceof PathResolver.Resolution.Failed ? resolver.stdPath(segs) : null;
        if (stdPath != null && StdPaths.isFunction(stdPath)) {
            // A std function built into rac that the library in Rust does not define (yet).
            return alloc(new Expr.StdFn(stdPath), n);
        }
        switch (res) {
            case PathResolver.Resolution.Def d -> {
                DefMap.DefData data = resolver.defMap().def(d.def());
                if (data.kind() == DefMap.DefKind.FN || data.kind() == DefMap.DefKind.ASSOC_FN) {
                    // `Trait::method`: a call of the trait's method, its Self inferred from the arguments.
                    return alloc(new Expr.FnRef(new DefId(d.def()), lastArgs), n);
                }
                if (data.kind() == DefMap.DefKind.CONST || data.kind() == DefMap.DefKind.STATIC) {
                    // An immutable static reads like a const (rac does not give statics an address yet).
                    return alloc(new Expr.ConstRef(new DefId(d.def())), n);
                }
                if (data.kind() == DefMap.DefKind.STRUCT || data.kind() == DefMap.DefKind.VARIANT) {
                    return alloc(new Expr.CtorRef(new DefId(d.def())), n);
                }
                return unsupported(n, describeDef(data.kind()));
            }
            case PathResolver.Resolution.Module m -> {
                error("E0423", "expected value, found module `" + String.join("::", segs) + "`", n,
                        "not a value", List.of());
                return alloc(new Expr.Missing(), n);
            }
            case PathResolver.Resolution.Failed f when f.segment() == 0 && primitiveConst(segs) != null -> {
                return alloc(new Expr.Lit(primitiveConst(segs)), n);
            }
            case PathResolver.Resolution.Failed f when f.segment() == 0 && isCallee && segs.size() == 2
                    && PRIMITIVE_TYPES.contains(segs.get(0)) -> {
                // `f64::sqrt(x)`: an associated function of a primitive type, resolved by inference.
                SyntaxNode last = lastSegmentName(path);
                return alloc(new Expr.TypePath(new TypeRef.Path(segs.subList(0, 1)), segs.get(1),
                        last != null ? rel(last) : rel(n)), n);
            }
            case PathResolver.Resolution.Failed f -> {
                RelDiagnostic d = resolutionError(f, segmentRange(path, segs, f.segment(), n));
                boolean firstSegmentFailed = f.segment() == 0
                        || (f.segment() == 1 && segs.get(0).equals(ItemTreeLowering.ROOT_SEGMENT));
                (isCallee && firstSegmentFailed ? deferred : diagnostics).add(d);
                return alloc(new Expr.Missing(), n);
            }
        }
    }

    /** The name of a path's last segment. */
    private static SyntaxNode lastSegmentName(SyntaxNode path) {
        SyntaxNode seg = path.firstChild(SyntaxKind.PATH_SEGMENT);
        return seg == null ? null : seg.firstChild(SyntaxKind.NAME_REF);
    }

    /** {@code Path { field: expr, shorthand, ..base }}. */
    private int lowerRecordExpr(SyntaxNode n) {
        SyntaxNode path = n.firstChild(SyntaxKind.PATH);
        List<String> segs = path == null ? null : ItemTreeLowering.pathWithRoot(path);
        if (segs == null || path.descendants().stream().anyMatch(d -> d.kind() == SyntaxKind.GENERIC_ARG_LIST)) {
            return unsupported(n, "generic arguments and qualified paths");
        }
        DefId ctor = null;
        boolean failed = false;
        if (!(segs.size() == 1 && segs.get(0).equals("Self"))) {
            PathResolver.Resolution res = resolver.resolveType(segs);
            switch (res) {
                case PathResolver.Resolution.Def d -> {
                    DefMap.DefData data = resolver.defMap().def(d.def());
                    if (data.kind() == DefMap.DefKind.STRUCT || data.kind() == DefMap.DefKind.VARIANT) {
                        ctor = new DefId(d.def());
                    } else {
                        error("E0574", "expected struct, variant or union type, found " + articleKind(data.kind())
                                + " `" + String.join("::", segs) + "`", path, "not a struct, variant or union type",
                                List.of());
                        failed = true;
                    }
                }
                case PathResolver.Resolution.Module m -> {
                    error("E0574", "expected struct, variant or union type, found module `" + String.join("::", segs)
                            + "`", path, "not a struct, variant or union type", List.of());
                    failed = true;
                }
                case PathResolver.Resolution.Failed f -> {
                    RelRange at = segmentRange(path, segs, f.segment(), n);
                    String msg = f.code() != null && f.code().equals("E0425")
                            ? f.message().replace("cannot find type", "cannot find struct, variant or union type")
                            : f.message();
                    Diagnostic.Builder b = Diagnostic.error(msg.equals(f.message()) && "E0425".equals(f.code())
                            ? msg : msg);
                    b.code("E0425".equals(f.code()) ? "E0422" : f.code());
                    b.primary(RelDiagnostic.rel(at.start(), at.end()), f.label());
                    diagnostics.add(new RelDiagnostic(b.build()));
                    failed = true;
                }
            }
        }
        List<Expr.FieldInit> fields = new ArrayList<>();
        int base = -1;
        SyntaxNode list = n.firstChild(SyntaxKind.RECORD_EXPR_FIELD_LIST);
        if (list != null) {
            boolean afterDots = false;
            for (SyntaxElement el : list.childrenWithTokens()) {
                if (el instanceof SyntaxToken t && t.kind() == SyntaxKind.DOT2) {
                    afterDots = true;
                    continue;
                }
                if (!(el instanceof SyntaxNode c)) {
                    continue;
                }
                if (afterDots && SyntaxUtil.isExpr(c.kind())) {
                    base = lowerExpr(c);
                    continue;
                }
                if (c.kind() != SyntaxKind.RECORD_EXPR_FIELD) {
                    continue;
                }
                SyntaxNode nameRef = c.firstChild(SyntaxKind.NAME_REF);
                SyntaxNode value = SyntaxUtil.firstExpr(c);
                if (nameRef != null) {
                    int e = lowerOptExpr(value, c);
                    fields.add(new Expr.FieldInit(SyntaxUtil.stripRaw(nameRef.text()), e, rel(nameRef)));
                } else if (value != null && value.kind() == SyntaxKind.PATH_EXPR) {
                    // Shorthand `x` stands for `x: x`.
                    int e = lowerExpr(value);
                    fields.add(new Expr.FieldInit(SyntaxUtil.stripRaw(value.text().trim()), e, rel(value)));
                } else if (value != null) {
                    fields.add(new Expr.FieldInit("?", lowerExpr(value), rel(value)));
                }
            }
        }
        if (failed) {
            return alloc(new Expr.Missing(), n);
        }
        return alloc(new Expr.StructLit(ctor, fields, base, rel(path)), n);
    }

    private static String articleKind(DefMap.DefKind kind) {
        return switch (kind) {
            case FN -> "function";
            case ENUM -> "enum";
            case TYPE_ALIAS -> "type alias";
            case CONST -> "constant";
            default -> "item";
        };
    }

    /** rustc's error for a path that did not resolve, at the failing segment. */
    private static RelDiagnostic resolutionError(PathResolver.Resolution.Failed f, RelRange at) {
        Diagnostic.Builder b = Diagnostic.error(f.message());
        if (f.code() != null) {
            b.code(f.code());
        }
        b.primary(RelDiagnostic.rel(at.start(), at.end()), f.label());
        if (f.help() != null) {
            b.help(f.help());
        }
        return new RelDiagnostic(b.build());
    }

    private static String describeDef(DefMap.DefKind kind) {
        return switch (kind) {
            case CONST, ASSOC_CONST -> "constants";
            case STATIC -> "statics";
            case STRUCT, UNION -> "struct constructors";
            case VARIANT -> "enum variants";
            default -> "this kind of path";
        };
    }

    /** The range of segment {@code index} of a path (counting a leading {@code ::} as a segment). */
    private RelRange segmentRange(SyntaxNode path, List<String> segs, int index, SyntaxNode fallback) {
        List<SyntaxNode> chain = new ArrayList<>();
        SyntaxNode cur = path;
        while (cur != null && cur.kind() == SyntaxKind.PATH) {
            chain.add(0, cur);
            cur = cur.firstChild(SyntaxKind.PATH);
        }
        int offset = segs.size() - chain.size();
        int k = index - offset;
        if (k < 0 || k >= chain.size()) {
            return rel(fallback);
        }
        SyntaxNode seg = chain.get(k).firstChild(SyntaxKind.PATH_SEGMENT);
        SyntaxNode nameRef = seg == null ? null : seg.firstChild(SyntaxKind.NAME_REF);
        return rel(nameRef != null ? nameRef : seg != null ? seg : fallback);
    }

    private int lowerBinary(SyntaxNode n) {
        List<SyntaxNode> operands = SyntaxUtil.exprChildren(n);
        SyntaxToken opTok = null;
        for (SyntaxElement e : n.childrenWithTokens()) {
            if (e instanceof SyntaxToken t && !SyntaxUtil.isTrivia(t.kind())) {
                opTok = t;
                break;
            }
        }
        if (opTok == null || operands.size() != 2) {
            return alloc(new Expr.Missing(), n);
        }
        int lhs = lowerExpr(operands.get(0));
        int rhs = lowerExpr(operands.get(1));
        String op = opTok.text();
        if (op.equals("=")) {
            return alloc(new Expr.Assign(lhs, rhs, rel(opTok)), n);
        }
        if (op.length() >= 2 && op.endsWith("=") && !op.equals("==") && !op.equals("!=") && !op.equals("<=")
                && !op.equals(">=")) {
            BinaryOp bop = binaryOp(op.substring(0, op.length() - 1));
            return alloc(new Expr.AssignOp(bop, lhs, rhs, rel(opTok)), n);
        }
        BinaryOp bop = binaryOp(op);
        if (bop == null) {
            error(null, "unsupported operator `" + op + "`", n, "", List.of());
            return alloc(new Expr.Missing(), n);
        }
        return alloc(new Expr.Binary(bop, lhs, rhs, rel(opTok)), n);
    }

    private static BinaryOp binaryOp(String s) {
        for (BinaryOp op : BinaryOp.values()) {
            if (op.symbol().equals(s)) {
                return op;
            }
        }
        return null;
    }

    private int lowerBlock(SyntaxNode n) {
        // An `unsafe` block evaluates like a plain block (rac does not check E0133 yet).
        if (SyntaxUtil.hasToken(n, SyntaxKind.ASYNC_KW) || SyntaxUtil.hasToken(n, SyntaxKind.CONST_KW)) {
            return unsupported(n, "`async` and `const` blocks");
        }
        if (n.firstChild(SyntaxKind.LABEL) != null) {
            return lowerLabeledBlock(n);
        }
        SyntaxNode list = n.firstChild(SyntaxKind.STMT_LIST);
        if (list == null) {
            return alloc(new Expr.Block(List.of(), -1), n);
        }
        return lowerBlockStatements(n, list);
    }

    /** {@code 'a: { ... }}: the block wrapped in a {@link Expr.LoopSource#LABELED_BLOCK} loop. */
    private int lowerLabeledBlock(SyntaxNode n) {
        String label = label(n);
        SyntaxNode list = n.firstChild(SyntaxKind.STMT_LIST);
        int inner;
        if (list == null) {
            inner = alloc(new Expr.Block(List.of(), -1), n);
        } else {
            inner = lowerBlockStatements(n, list);
        }
        return alloc(new Expr.Loop(inner, label, Expr.LoopSource.LABELED_BLOCK), n);
    }

    /** Start offset of a nested statement list that declares items → its block index ({@link AstIdMap.BodyBlocks}). */
    private final Map<Integer, Integer> blockIndexAt = new HashMap<>();

    /** The module of the innermost block that declares items (the body's module outside them). */
    private int bodyModule = -1;

    /**
     * Lowers a block's statements; in a nested block that declares items, paths resolve from that
     * block's module (its items shadow outer names there only, as in rustc).
     */
    private int lowerBlockStatements(SyntaxNode n, SyntaxNode list) {
        Integer k = blockIndexAt.get(list.textRange().start() - shift);
        if (k == null || shift != 0) {
            return lowerBlockStatementsIn(n, list);
        }
        PathResolver saved = resolver;
        DefMap defMap = resolver.defMap();
        int fnDef = defMap.module(resolver.module()).bodyOf();
        if (bodyModule < 0) {
            bodyModule = saved.module();
        }
        resolver = new PathResolver(defMap, defMap.blockModule(fnDef, k), edition);
        try {
            return lowerBlockStatementsIn(n, list);
        } finally {
            resolver = saved;
        }
    }

    /**
     * A written type inside a nested block that declares items: a path whose first segment names one
     * of those items is made to start at that block's module ({@link PathResolver#BLOCK_PREFIX}), since
     * inference resolves written types from the body's module.
     */
    private TypeRef scopedType(TypeRef t) {
        if (t == null || bodyModule < 0 || resolver.module() == bodyModule) {
            return t;
        }
        return switch (t) {
            case TypeRef.Path p -> {
                List<TypeRef> args = p.args().stream().map(this::scopedType).toList();
                int m = declaringBlock(p.segments().get(0));
                List<String> segs = p.segments();
                if (m >= 0) {
                    segs = new ArrayList<>(segs);
                    segs.add(0, PathResolver.BLOCK_PREFIX + m);
                }
                yield new TypeRef.Path(segs, args);
            }
            case TypeRef.Ref r -> new TypeRef.Ref(r.mutable(), scopedType(r.pointee()));
            case TypeRef.Tuple tu -> new TypeRef.Tuple(tu.elements().stream().map(this::scopedType).toList());
            case TypeRef.Array a -> new TypeRef.Array(scopedType(a.element()), a.len(), a.lenPath());
            case TypeRef.Slice sl -> new TypeRef.Slice(scopedType(sl.element()));
            default -> t;
        };
    }

    /** The nested block module (inside the body's module) that declares {@code name} as a type, or -1. */
    private int declaringBlock(String name) {
        DefMap defMap = resolver.defMap();
        for (int m = resolver.module(); m >= 0 && m != bodyModule && defMap.module(m).block(); m = defMap.module(m).parent()) {
            if (defMap.module(m).types().containsKey(name)) {
                return m;
            }
        }
        return -1;
    }

    private int lowerBlockStatementsIn(SyntaxNode n, SyntaxNode list) {
        scopes.add(new HashMap<>());
        List<Stmt> stmts = new ArrayList<>();
        int tail = -1;
        List<SyntaxNode> children = list.children();
        for (int i = 0; i < children.size(); i++) {
            SyntaxNode c = children.get(i);
            boolean last = i == children.size() - 1;
            switch (c.kind()) {
                case LET_STMT -> {
                    if (c.firstChild(SyntaxKind.LET_ELSE) != null) {
                        stmts.add(lowerLetElse(c));
                        continue;
                    }
                    SyntaxNode init = SyntaxUtil.firstExpr(c);
                    int initId = init == null ? -1 : lowerExpr(init);
                    SyntaxNode ty = SyntaxUtil.firstType(c);
                    TypeRef tr = ty == null ? null : scopedType(ItemTreeLowering.lowerType(ty));
                    checkTopLevelOr(SyntaxUtil.firstPat(c));
                    int pat = lowerPatAndBind(SyntaxUtil.firstPat(c), c);
                    stmts.add(new Stmt.Let(pat, tr, initId, -1, letKeywordStart(c)));
                }
                case EXPR_STMT -> {
                    SyntaxNode e = SyntaxUtil.firstExpr(c);
                    if (e == null) {
                        continue;
                    }
                    boolean semi = SyntaxUtil.hasToken(c, SyntaxKind.SEMICOLON);
                    stmts.add(new Stmt.ExprStmt(lowerExpr(e), semi));
                }
                default -> {
                    if (SyntaxUtil.isExpr(c.kind()) && last) {
                        tail = lowerExpr(c);
                    } else if (SyntaxUtil.isExpr(c.kind())) {
                        stmts.add(new Stmt.ExprStmt(lowerExpr(c), false));
                    }
                    // Items inside bodies are collected into the body's block module by the DefMap.
                }
            }
        }
        scopes.remove(scopes.size() - 1);
        return alloc(new Expr.Block(stmts, tail), n);
    }

    private int lowerIf(SyntaxNode n) {
        List<SyntaxNode> parts = SyntaxUtil.exprChildren(n);
        if (parts.isEmpty()) {
            return alloc(new Expr.Missing(), n);
        }
        SyntaxNode condNode = parts.get(0);
        if (condNode.kind() == SyntaxKind.LET_EXPR) {
            return lowerIfLet(n, condNode, parts);
        }
        if (containsLet(condNode)) {
            return lowerIfLetChain(n, condNode, parts);
        }
        int cond = lowerExpr(condNode);
        int then = parts.size() > 1 ? lowerExpr(parts.get(1)) : alloc(new Expr.Missing(), n);
        int otherwise = parts.size() > 2 ? lowerExpr(parts.get(2)) : -1;
        return alloc(new Expr.If(cond, then, otherwise), n);
    }

    private int lowerFor(SyntaxNode n) {
        List<SyntaxNode> parts = SyntaxUtil.exprChildren(n);
        SyntaxNode patNode = SyntaxUtil.firstPat(n);
        if (parts.size() < 2) {
            return alloc(new Expr.Missing(), n);
        }
        String label = label(n);
        int iterable = lowerExpr(parts.get(0));
        scopes.add(new HashMap<>());
        int pat = lowerPatAndBind(patNode, n);
        int body = lowerExpr(parts.get(1));
        scopes.remove(scopes.size() - 1);
        return alloc(new Expr.For(pat, iterable, body, label), n);
    }

    // ---- match, if let, while let, let-else ----

    private static boolean containsLet(SyntaxNode n) {
        return n.kind() == SyntaxKind.LET_EXPR || (n.kind() == SyntaxKind.BIN_EXPR
                && n.descendants().stream().anyMatch(d -> d.kind() == SyntaxKind.LET_EXPR));
    }

    private int lowerMatch(SyntaxNode n) {
        SyntaxNode scrutNode = SyntaxUtil.firstExpr(n);
        int scrutinee = lowerOptExpr(scrutNode, n);
        List<Expr.MatchArm> arms = new ArrayList<>();
        SyntaxNode list = n.firstChild(SyntaxKind.MATCH_ARM_LIST);
        List<SyntaxNode> armNodes = list == null ? List.of() : SyntaxUtil.children(list, SyntaxKind.MATCH_ARM);
        for (SyntaxNode arm : armNodes) {
            scopes.add(new HashMap<>());
            int pat = lowerPatAndBind(SyntaxUtil.firstPat(arm), arm);
            SyntaxNode guardNode = arm.firstChild(SyntaxKind.MATCH_GUARD);
            int guard = -1;
            if (guardNode != null) {
                SyntaxNode g = SyntaxUtil.firstExpr(guardNode);
                if (g != null && containsLet(g)) {
                    unsupported(g, "`if let` guards");
                } else {
                    guard = lowerOptExpr(g, guardNode);
                }
            }
            int bodyExpr = lowerOptExpr(SyntaxUtil.firstExpr(arm), arm);
            scopes.remove(scopes.size() - 1);
            arms.add(new Expr.MatchArm(pat, guard, bodyExpr));
        }
        return alloc(new Expr.Match(scrutinee, arms, Expr.MatchSource.MATCH,
                newArmSpacing(n, scrutNode, armNodes), -1), n);
    }

    /**
     * What rustc puts before an arm it suggests adding after the last one: a space, or a newline and
     * the last arm's indentation when the arms are on separate lines. For a match without arms, the
     * indentation of the scrutinee's line.
     */
    private String newArmSpacing(SyntaxNode match, SyntaxNode scrutinee, List<SyntaxNode> arms) {
        if (shift != 0) {
            return " ";
        }
        if (fileBytes == null) {
            SyntaxNode root = match;
            while (root.parent() != null) {
                root = root.parent();
            }
            // Text ranges are UTF-8 byte offsets.
            fileBytes = root.text().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        byte[] text = fileBytes;
        if (arms.isEmpty()) {
            return indentationBefore(text, (scrutinee != null ? scrutinee : match).textRange().start());
        }
        SyntaxNode last = arms.get(arms.size() - 1);
        int lastStart = last.textRange().start();
        boolean multiline = false;
        if (arms.size() >= 2) {
            int prevEnd = armEnd(arms.get(arms.size() - 2));
            for (int k = Math.min(prevEnd, lastStart); k < lastStart; k++) {
                multiline |= text[k] == '\n';
            }
        } else {
            int end = armEnd(last);
            while (end < text.length && (text[end] == ' ' || text[end] == '\t' || text[end] == '\n'
                    || text[end] == '\r' || text[end] == ',')) {
                end++;
            }
            for (int k = lastStart; k < end; k++) {
                multiline |= text[k] == '\n';
            }
        }
        return multiline ? "\n" + indentationBefore(text, lastStart) : " ";
    }

    /** Where an arm ends for rustc: at the end of its body (without the comma). */
    private static int armEnd(SyntaxNode arm) {
        SyntaxNode body = SyntaxUtil.firstExpr(arm);
        return body != null ? body.textRange().end() : arm.textRange().end();
    }

    private static String indentationBefore(byte[] text, int offset) {
        int lineStart = offset;
        while (lineStart > 0 && text[lineStart - 1] != '\n') {
            lineStart--;
        }
        int i = lineStart;
        while (i < offset && (text[i] == ' ' || text[i] == '\t')) {
            i++;
        }
        return new String(text, lineStart, i - lineStart, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** {@code if let p = e { a } else { b }} becomes {@code match e { p => a, _ => b }}. */
    private int lowerIfLet(SyntaxNode n, SyntaxNode let, List<SyntaxNode> parts) {
        int init = lowerOptExpr(SyntaxUtil.firstExpr(let), let);
        scopes.add(new HashMap<>());
        int pat = lowerPatAndBind(SyntaxUtil.firstPat(let), let);
        int then = parts.size() > 1 ? lowerExpr(parts.get(1)) : alloc(new Expr.Missing(), n);
        scopes.remove(scopes.size() - 1);
        int otherwise = parts.size() > 2 ? lowerExpr(parts.get(2)) : -1;
        RelRange elseRange = otherwise >= 0 ? exprRanges.get(otherwise) : rel(n);
        int wild = allocPat(new Pat.Wild(), elseRange);
        return alloc(new Expr.Match(init, List.of(new Expr.MatchArm(pat, -1, then),
                new Expr.MatchArm(wild, -1, otherwise)), Expr.MatchSource.IF_LET, " ", letKeywordStart(let)), n);
    }

    // ---- let chains ----

    /** How many let chains this body has lowered (their synthetic block labels are numbered). */
    private int letChains;

    /** The label of a block that rac introduces (never written by the user; E0695 ignores it). */
    public static boolean isSyntheticLabel(String label) {
        return label != null && label.startsWith("'<");
    }

    /**
     * The operands of a {@code &&} chain with {@code let}s ({@code let P = e && c && let Q = f}), or null
     * after reporting an error (a chain before edition 2024, a {@code let} elsewhere than at the top level).
     */
    private List<SyntaxNode> letChainOperands(SyntaxNode cond) {
        List<SyntaxNode> out = new ArrayList<>();
        flattenAnd(cond, out);
        boolean ok = true;
        for (SyntaxNode c : out) {
            if (c.kind() == SyntaxKind.LET_EXPR) {
                if (edition.compareTo(Edition.E2024) < 0) {
                    error(null, "let chains are only allowed in Rust 2024 or later", c, "", List.of());
                    ok = false;
                }
            } else if (containsLet(c) || c.descendants().stream().anyMatch(d -> d.kind() == SyntaxKind.LET_EXPR
                    && !insideBlock(d, c))) {
                SyntaxToken or = c.kind() == SyntaxKind.BIN_EXPR ? operatorToken(c) : null;
                if (or != null && or.text().equals("||")) {
                    error(null, "`||` operators are not supported in let chain conditions", rel(or), "", List.of());
                } else {
                    error(null, "expected expression, found `let` statement", c, "", List.of(
                            "only supported directly in conditions of `if` and `while` expressions"));
                }
                ok = false;
            }
        }
        return ok ? out : null;
    }

    private static boolean insideBlock(SyntaxNode d, SyntaxNode root) {
        for (SyntaxNode p = d.parent(); p != null && !p.equals(root); p = p.parent()) {
            if (p.kind() == SyntaxKind.BLOCK_EXPR || p.kind() == SyntaxKind.CLOSURE_EXPR) {
                return true;
            }
        }
        return false;
    }

    private static SyntaxToken operatorToken(SyntaxNode bin) {
        for (SyntaxElement e : bin.childrenWithTokens()) {
            if (e instanceof SyntaxToken t && !SyntaxUtil.isTrivia(t.kind())) {
                return t;
            }
        }
        return null;
    }

    private void flattenAnd(SyntaxNode n, List<SyntaxNode> out) {
        if (n.kind() == SyntaxKind.BIN_EXPR) {
            SyntaxToken opTok = operatorToken(n);
            String op = opTok == null ? null : opTok.text();
            List<SyntaxNode> operands = SyntaxUtil.exprChildren(n);
            if ("&&".equals(op) && operands.size() == 2) {
                flattenAnd(operands.get(0), out);
                flattenAnd(operands.get(1), out);
                return;
            }
        }
        out.add(n);
    }

    /**
     * Lowers the conditions {@code conds[i..]} of a let chain: a {@code let} becomes a match whose
     * pattern arm holds the rest of the chain, a boolean an {@code if}; when all hold, {@code success}
     * runs. The caller has pushed the scope the bindings go into.
     */
    private int lowerChainFrom(List<SyntaxNode> conds, int i, java.util.function.IntSupplier success, SyntaxNode n) {
        if (i == conds.size()) {
            return success.getAsInt();
        }
        SyntaxNode c = conds.get(i);
        if (c.kind() == SyntaxKind.LET_EXPR) {
            int init = lowerOptExpr(SyntaxUtil.firstExpr(c), c);
            int pat = lowerPatAndBind(SyntaxUtil.firstPat(c), c);
            int rest = lowerChainFrom(conds, i + 1, success, n);
            int wild = allocPat(new Pat.Wild(), rel(c));
            int none = alloc(new Expr.Block(List.of(), -1), rel(c));
            return alloc(new Expr.Match(init, List.of(new Expr.MatchArm(pat, -1, rest),
                    new Expr.MatchArm(wild, -1, none)), Expr.MatchSource.IF_LET, " ", letKeywordStart(c)), c);
        }
        int cond = lowerExpr(c);
        int rest = lowerChainFrom(conds, i + 1, success, n);
        return alloc(new Expr.If(cond, rest, -1), c);
    }

    /**
     * {@code if let P = e && c { A } else { B }} becomes
     * {@code 'chain: { match e { P => if c { break 'chain A }, _ => {} } B }}.
     */
    private int lowerIfLetChain(SyntaxNode n, SyntaxNode condNode, List<SyntaxNode> parts) {
        List<SyntaxNode> conds = letChainOperands(condNode);
        if (conds == null) {
            return alloc(new Expr.Missing(), n);
        }
        String label = "'<let chain " + (letChains++) + ">";
        scopes.add(new HashMap<>());
        int chain = lowerChainFrom(conds, 0, () -> {
            int then = parts.size() > 1 ? lowerExpr(parts.get(1)) : alloc(new Expr.Missing(), n);
            return alloc(new Expr.Break(label, then), exprRanges.get(then));
        }, n);
        scopes.remove(scopes.size() - 1);
        int otherwise = parts.size() > 2 ? lowerExpr(parts.get(2)) : alloc(new Expr.Block(List.of(), -1), n);
        int block = alloc(new Expr.Block(List.of(new Stmt.ExprStmt(chain, true)), otherwise), n);
        return alloc(new Expr.Loop(block, label, Expr.LoopSource.LABELED_BLOCK), n);
    }

    /**
     * {@code while let P = e && c { B }} becomes
     * {@code loop { 'chain: { match e { P => if c { B; break 'chain }, _ => {} } break } }}.
     */
    private int lowerWhileLetChain(SyntaxNode n, SyntaxNode condNode, SyntaxNode bodyNode) {
        List<SyntaxNode> conds = letChainOperands(condNode);
        if (conds == null) {
            return alloc(new Expr.Missing(), n);
        }
        String loopLabel = label(n);
        String label = "'<let chain " + (letChains++) + ">";
        scopes.add(new HashMap<>());
        int chain = lowerChainFrom(conds, 0, () -> {
            int body = lowerExpr(bodyNode);
            int next = alloc(new Expr.Break(label, -1), exprRanges.get(body));
            return alloc(new Expr.Block(List.of(new Stmt.ExprStmt(body, true)), next), exprRanges.get(body));
        }, n);
        scopes.remove(scopes.size() - 1);
        int exit = alloc(new Expr.Break(loopLabel, -1), n);
        int block = alloc(new Expr.Block(List.of(new Stmt.ExprStmt(chain, true)), exit), n);
        int labeled = alloc(new Expr.Loop(block, label, Expr.LoopSource.LABELED_BLOCK), n);
        int loopBody = alloc(new Expr.Block(List.of(new Stmt.ExprStmt(labeled, true)), -1), n);
        return alloc(new Expr.Loop(loopBody, loopLabel, Expr.LoopSource.WHILE), n);
    }

    /** {@code while let p = e { b }} becomes {@code loop { match e { p => b, _ => break } }}. */
    private int lowerWhileLet(SyntaxNode n, SyntaxNode let, SyntaxNode bodyNode) {
        String label = label(n);
        int init = lowerOptExpr(SyntaxUtil.firstExpr(let), let);
        scopes.add(new HashMap<>());
        int pat = lowerPatAndBind(SyntaxUtil.firstPat(let), let);
        int body = lowerExpr(bodyNode);
        scopes.remove(scopes.size() - 1);
        int brk = alloc(new Expr.Break(label, -1), n);
        int wild = allocPat(new Pat.Wild(), rel(n));
        int match = alloc(new Expr.Match(init, List.of(new Expr.MatchArm(pat, -1, body),
                new Expr.MatchArm(wild, -1, brk)), Expr.MatchSource.WHILE_LET, " ", letKeywordStart(let)), n);
        int loopBody = alloc(new Expr.Block(List.of(), match), n);
        return alloc(new Expr.Loop(loopBody, label, Expr.LoopSource.WHILE), n);
    }

    /** rustc's error for {@code let A | B = ...}: a top-level or-pattern needs parentheses. */
    private void checkTopLevelOr(SyntaxNode pat) {
        if (pat == null || pat.kind() != SyntaxKind.OR_PAT) {
            return;
        }
        RelRange r = rel(pat);
        diagnostics.add(new RelDiagnostic(Diagnostic.error("`let` bindings require top-level or-patterns in parentheses")
                .primary(RelDiagnostic.rel(r.start(), r.end()), "")
                .suggestion(new rac.diag.Suggestion("wrap the pattern in parentheses", List.of(
                        new rac.diag.Suggestion.Substitution(List.of(
                                new rac.diag.Suggestion.Part(RelDiagnostic.rel(r.start(), r.start()), "("),
                                new rac.diag.Suggestion.Part(RelDiagnostic.rel(r.end(), r.end()), ")")))),
                        rac.diag.Suggestion.Applicability.MACHINE_APPLICABLE, rac.diag.Suggestion.Style.SHOW_ALWAYS))
                .build()));
    }

    /** Where the {@code let} keyword of a let statement or expression is (item-relative), -1 if missing. */
    private int letKeywordStart(SyntaxNode n) {
        SyntaxToken t = n.firstToken(SyntaxKind.LET_KW);
        return t == null ? -1 : rel(t).start();
    }

    /** {@code let p = e else { b };}: the else block does not see the pattern's bindings. */
    private Stmt lowerLetElse(SyntaxNode c) {
        SyntaxNode init = SyntaxUtil.firstExpr(c);
        int initId = init == null ? alloc(new Expr.Missing(), c) : lowerExpr(init);
        SyntaxNode elseNode = c.firstChild(SyntaxKind.LET_ELSE);
        SyntaxNode block = elseNode.firstChild(SyntaxKind.BLOCK_EXPR);
        int els = lowerOptExpr(block, elseNode);
        SyntaxNode ty = SyntaxUtil.firstType(c);
        TypeRef tr = ty == null ? null : scopedType(ItemTreeLowering.lowerType(ty));
        checkTopLevelOr(SyntaxUtil.firstPat(c));
        int pat = lowerPatAndBind(SyntaxUtil.firstPat(c), c);
        return new Stmt.Let(pat, tr, initId, els, letKeywordStart(c));
    }

    /**
     * {@code matches!(e, p if g)} becomes {@code match e { p if g => true, _ => false }}: the
     * macro's text is parsed again with the comma after {@code e} turned into the arm list's brace,
     * so that every piece keeps its position in the file.
     */
    private int lowerMatches(SyntaxNode exprNode, SyntaxNode tt) {
        List<List<SyntaxElement>> groups = splitArgs(tt);
        if (groups.size() < 2 || groups.get(0).isEmpty() || groups.get(1).isEmpty()) {
            error(null, "unexpected end of macro invocation", exprNode, "missing tokens in macro arguments",
                    List.of());
            return alloc(new Expr.Missing(), exprNode);
        }
        int absStart = startOf(groups.get(0).get(0));
        List<SyntaxElement> last = groups.get(groups.size() - 1);
        int absEnd = endOf(last.get(last.size() - 1));
        int comma = endOf(groups.get(0).get(groups.get(0).size() - 1));
        StringBuilder inner = new StringBuilder();
        for (SyntaxElement e : tt.childrenWithTokens()) {
            if (startOf(e) >= absStart && endOf(e) <= absEnd) {
                String t = e instanceof SyntaxToken tok ? tok.text() : ((SyntaxNode) e).text();
                if (e instanceof SyntaxToken tok && tok.kind() == SyntaxKind.COMMA && startOf(e) >= comma) {
                    t = "{";
                    comma = Integer.MAX_VALUE;
                }
                inner.append(t);
            }
        }
        String prefix = "fn __rac_macro_arg() { match ";
        String text = prefix + inner + " => true, _ => false } }";
        Parse p = Parser.parse(text, edition);
        SyntaxNode fn = p.tree().firstChild(SyntaxKind.FN);
        SyntaxNode block = fn == null ? null : fn.firstChild(SyntaxKind.BLOCK_EXPR);
        SyntaxNode list = block == null ? null : block.firstChild(SyntaxKind.STMT_LIST);
        SyntaxNode match = list == null ? null : SyntaxUtil.firstExpr(list);
        if (!p.errors().isEmpty() || match == null || match.kind() != SyntaxKind.MATCH_EXPR) {
            error(null, "expected pattern", rel(absStart, absEnd), "", List.of());
            return alloc(new Expr.Missing(), exprNode);
        }
        int saved = shift;
        shift = saved + absStart - prefix.length();
        int id;
        try {
            id = lowerMatch(match);
        } finally {
            shift = saved;
        }
        Expr.Match m = (Expr.Match) exprs.get(id);
        exprs.set(id, new Expr.Match(m.scrutinee(), m.arms(), Expr.MatchSource.MATCHES_MACRO, " ", -1));
        exprRanges.set(id, rel(exprNode));
        return id;
    }

    /** {@code while c { b }} becomes {@code loop { if c { b } else { break } }}. */
    private int lowerWhile(SyntaxNode n) {
        List<SyntaxNode> parts = SyntaxUtil.exprChildren(n);
        if (parts.size() < 2) {
            return alloc(new Expr.Missing(), n);
        }
        if (parts.get(0).kind() == SyntaxKind.LET_EXPR) {
            return lowerWhileLet(n, parts.get(0), parts.get(1));
        }
        if (containsLet(parts.get(0))) {
            return lowerWhileLetChain(n, parts.get(0), parts.get(1));
        }
        String label = label(n);
        int cond = lowerExpr(parts.get(0));
        int body = lowerExpr(parts.get(1));
        int brk = alloc(new Expr.Break(label, -1), n);
        int elseBlock = alloc(new Expr.Block(List.of(new Stmt.ExprStmt(brk, true)), -1), n);
        int iff = alloc(new Expr.If(cond, body, elseBlock), n);
        int loopBody = alloc(new Expr.Block(List.of(), iff), n);
        return alloc(new Expr.Loop(loopBody, label, Expr.LoopSource.WHILE), n);
    }

    /**
     * The associated constants of the primitive numeric types ({@code f64::NAN}, {@code i32::MAX},
     * {@code u8::BITS}, ...) as literals; null for other paths.
     */
    private static final java.util.Set<String> PRIMITIVE_TYPES = java.util.Set.of("i8", "i16", "i32", "i64", "i128",
            "isize", "u8", "u16", "u32", "u64", "u128", "usize", "f32", "f64", "char", "bool");

    private static Literal primitiveConst(List<String> segs) {
        if (segs.size() != 2) {
            return null;
        }
        String ty = segs.get(0);
        String name = segs.get(1);
        if (ty.equals("f32") || ty.equals("f64")) {
            boolean f32 = ty.equals("f32");
            String text = switch (name) {
                case "NAN" -> "NaN";
                case "INFINITY" -> "Infinity";
                case "NEG_INFINITY" -> "-Infinity";
                case "MAX" -> f32 ? "3.40282347e38" : "1.7976931348623157e308";
                case "MIN" -> f32 ? "-3.40282347e38" : "-1.7976931348623157e308";
                case "MIN_POSITIVE" -> f32 ? "1.17549435e-38" : "2.2250738585072014e-308";
                case "EPSILON" -> f32 ? "1.1920929e-7" : "2.220446049250313e-16";
                default -> null;
            };
            return text == null ? null : new Literal.Float(text, f32 ? 32 : 64);
        }
        IntTy it = IntTy.byName(ty);
        if (it == null) {
            return null;
        }
        BigInteger max = it.signed() ? BigInteger.ONE.shiftLeft(it.bits() - 1).subtract(BigInteger.ONE)
                : BigInteger.ONE.shiftLeft(it.bits()).subtract(BigInteger.ONE);
        return switch (name) {
            case "MAX" -> new Literal.Int(max, it);
            case "MIN" -> new Literal.Int(it.signed() ? max.add(BigInteger.ONE).negate() : BigInteger.ZERO, it);
            case "BITS" -> new Literal.Int(BigInteger.valueOf(it.bits()), IntTy.U32);
            default -> null;
        };
    }

    // ---- literals ----

    private int lowerLiteral(SyntaxNode n) {
        SyntaxToken t = SyntaxUtil.firstToken(n);
        if (t == null) {
            return alloc(new Expr.Missing(), n);
        }
        Literal lit = switch (t.kind()) {
            case TRUE_KW -> new Literal.Bool(true);
            case FALSE_KW -> new Literal.Bool(false);
            case INT_NUMBER -> intLiteral(t, n);
            case FLOAT_NUMBER -> floatLiteral(t, n);
            case STRING -> {
                String s = Literals.unescapeString(t.text());
                yield s == null ? null : new Literal.Str(s);
            }
            case CHAR -> {
                Integer c = Literals.unescapeChar(t.text());
                yield c == null ? null : new Literal.Char(c);
            }
            case BYTE -> {
                // b'a' is a u8.
                Integer c = t.text().startsWith("b") ? Literals.unescapeChar(t.text().substring(1)) : null;
                if (c == null || c > 0xff) {
                    error(null, "invalid byte literal", n, "", List.of());
                    yield null;
                }
                yield new Literal.Int(java.math.BigInteger.valueOf(c), IntTy.U8);
            }
            default -> {
                unsupported(n, "this kind of literal");
                yield null;
            }
        };
        if (lit == null) {
            return alloc(new Expr.Missing(), n);
        }
        return alloc(new Expr.Lit(lit), n);
    }

    private Literal intLiteral(SyntaxToken t, SyntaxNode n) {
        Literals.IntParts parts = Literals.parseInt(t.text());
        if (parts == null) {
            error(null, "invalid integer literal", n, "", List.of());
            return null;
        }
        IntTy suffix = null;
        if (!parts.suffix().isEmpty()) {
            suffix = IntTy.byName(parts.suffix());
            if (suffix == null) {
                if ((parts.suffix().equals("f32") || parts.suffix().equals("f64")) && !t.text().startsWith("0x")
                        && !t.text().startsWith("0o") && !t.text().startsWith("0b")) {
                    return floatLiteral(t, n);
                } else {
                    error(null, "invalid suffix `" + parts.suffix() + "` for number literal", n,
                            "invalid suffix `" + parts.suffix() + "`",
                            List.of("the suffix must be one of the numeric types (`u32`, `isize`, `f32`, etc.)"));
                }
                return null;
            }
        }
        if (parts.value().bitLength() > 128) {
            error(null, "integer literal is too large", n, "",
                    List.of("value exceeds limit of `340282366920938463463374607431768211455`"));
            return null;
        }
        return new Literal.Int(parts.value(), suffix);
    }

    /** A float literal ({@code 1.5}, {@code 2.}, {@code 1e10}, {@code 0.1_f32}, {@code 3f64}). */
    private Literal floatLiteral(SyntaxToken t, SyntaxNode n) {
        String text = t.text().replace("_", "");
        int bits = 0;
        if (text.endsWith("f32") || text.endsWith("f64")) {
            bits = text.endsWith("f32") ? 32 : 64;
            text = text.substring(0, text.length() - 3);
        }
        int i = 0;
        while (i < text.length() && (Character.isDigit(text.charAt(i)) || "eE+-.".indexOf(text.charAt(i)) >= 0)) {
            i++;
        }
        if (i < text.length() || text.isEmpty()) {
            String suffix = t.text().substring(t.text().length() - (text.length() - i));
            error(null, "invalid suffix `" + suffix + "` for float literal", n, "invalid suffix `" + suffix + "`",
                    List.of("valid suffixes are `f32` and `f64`"));
            return null;
        }
        try {
            Double.parseDouble(text);
        } catch (NumberFormatException e) {
            error(null, "expected at least one digit in exponent", n, "", List.of());
            return null;
        }
        return new Literal.Float(text, bits);
    }

    // ---- macros ----

    private int lowerMacro(SyntaxNode call, SyntaxNode exprNode) {
        SyntaxNode path = call.firstChild(SyntaxKind.PATH);
        List<String> segs = path == null ? null : SyntaxUtil.pathSegments(path);
        String name = segs == null || segs.isEmpty() ? "" : segs.get(segs.size() - 1);
        boolean std = segs != null && (segs.size() == 1 || (segs.size() == 2 && segs.get(0).equals("std")));
        SyntaxNode tt = call.firstChild(SyntaxKind.TOKEN_TREE);
        if (tt != null && isAsmMacro(segs, name)) {
            int id = lowerAsm(exprNode, tt);
            if (name.equals("naked_asm") && exprs.get(id) instanceof Expr.InlineAsm a) {
                // `naked_asm!` is the whole body of a naked function: it never returns, and takes only
                // `const` and `sym` operands.
                for (Asm.Operand op : a.operands()) {
                    if (op.kind() != Asm.Kind.CONST && op.kind() != Asm.Kind.SYM) {
                        String kw = op.kind().name().toLowerCase();
                        RelRange at = new RelRange(op.range().start(), op.range().start() + kw.length());
                        error(null, "the `" + kw + "` operand cannot be used with "
                                + "`naked_asm!`", at, "the `" + op.kind().name().toLowerCase()
                                + "` operand is not meaningful for global-scoped inline assembly, remove it",
                                List.of());
                    }
                }
                List<String> options = new ArrayList<>(a.options());
                if (!options.contains("noreturn")) {
                    options.add("noreturn");
                }
                exprs.set(id, new Expr.InlineAsm(a.template(), a.operands(), options, a.clobberAbis()));
            }
            return id;
        }
        if (!std || tt == null) {
            return unsupported(exprNode, "macro `" + name + "!`");
        }
        return switch (name) {
            case "println", "print", "eprintln", "eprint" -> lowerPrint(exprNode, tt, name);
            case "write", "writeln" -> lowerWrite(exprNode, tt, name.equals("writeln"));
            case "matches" -> lowerMatches(exprNode, tt);
            case "panic" -> lowerPanic(exprNode, tt, "explicit panic", "");
            case "unreachable" -> lowerPanic(exprNode, tt, "internal error: entered unreachable code",
                    "internal error: entered unreachable code: ");
            case "todo" -> lowerPanic(exprNode, tt, "not yet implemented", "not yet implemented: ");
            case "unimplemented" -> lowerPanic(exprNode, tt, "not implemented", "not implemented: ");
            case "assert" -> lowerAssert(exprNode, tt);
            case "assert_eq", "assert_ne" -> lowerAssertEq(exprNode, tt, name.equals("assert_eq"));
            default -> unsupported(exprNode, "macro `" + name + "!`");
        };
    }

    /** The top-level token groups of a token tree separated by commas (delimiters excluded). */
    private static List<List<SyntaxElement>> splitArgs(SyntaxNode tt) {
        List<SyntaxElement> inner = new ArrayList<>();
        for (SyntaxElement e : tt.childrenWithTokens()) {
            if (e instanceof SyntaxToken t && SyntaxUtil.isTrivia(t.kind())) {
                continue;
            }
            inner.add(e);
        }
        if (inner.size() >= 2) {
            inner = inner.subList(1, inner.size() - 1);
        }
        List<List<SyntaxElement>> groups = new ArrayList<>();
        List<SyntaxElement> cur = new ArrayList<>();
        int angle = 0;
        SyntaxElement prev = null;
        for (SyntaxElement e : inner) {
            // Commas inside turbofish arguments (`f::<A, B>(x)`) do not separate arguments.
            if (e instanceof SyntaxToken t && t.kind() == SyntaxKind.L_ANGLE && prev instanceof SyntaxToken p
                    && (p.kind() == SyntaxKind.COLON2 || p.kind() == SyntaxKind.COLON)) {
                angle++;
            } else if (e instanceof SyntaxToken t && angle > 0 && t.text().equals(">")) {
                angle--;
            } else if (e instanceof SyntaxToken t && angle > 0 && t.text().equals(">>")) {
                angle = Math.max(0, angle - 2);
            } else if (e instanceof SyntaxToken t && angle > 0 && t.kind() == SyntaxKind.L_ANGLE) {
                angle++;
            }
            prev = e;
            if (e instanceof SyntaxToken t && t.kind() == SyntaxKind.COMMA && angle == 0) {
                groups.add(cur);
                cur = new ArrayList<>();
            } else {
                cur.add(e);
            }
        }
        if (!cur.isEmpty()) {
            groups.add(cur);
        }
        return groups;
    }

    private static int startOf(SyntaxElement e) {
        return e instanceof SyntaxToken t ? t.textRange().start() : ((SyntaxNode) e).textRange().start();
    }

    private static int endOf(SyntaxElement e) {
        return e instanceof SyntaxToken t ? t.textRange().end() : ((SyntaxNode) e).textRange().end();
    }

    private int lowerPrint(SyntaxNode exprNode, SyntaxNode tt, String name) {
        boolean newline = name.endsWith("ln");
        boolean stderr = name.startsWith("e");
        List<List<SyntaxElement>> groups = splitArgs(tt);
        if (groups.isEmpty()) {
            if (!newline) {
                error(null, "requires at least a format string argument", exprNode, "", List.of());
                return alloc(new Expr.Missing(), exprNode);
            }
            return alloc(new Expr.Print(stderr, List.of(new Expr.FmtPiece.Text("\n"))), exprNode);
        }
        if (groups.get(0).isEmpty()) {
            error(null, "format argument must be a string literal", exprNode, "", List.of());
            return alloc(new Expr.Missing(), exprNode);
        }
        List<Expr.FmtPiece> parsed = formatPieces(exprNode, tt, groups, 0, "");
        if (parsed == null) {
            return alloc(new Expr.Missing(), exprNode);
        }
        List<Expr.FmtPiece> pieces = new ArrayList<>(parsed);
        if (newline) {
            pieces.add(new Expr.FmtPiece.Text("\n"));
        }
        return alloc(new Expr.Print(stderr, mergeText(pieces)), exprNode);
    }

    /**
     * {@code write!(f, ...)} / {@code writeln!(f, ...)} into a {@code fmt::Formatter}: a print whose
     * sink is the destination expression (rac's formatter carries the output stream).
     */
    private int lowerWrite(SyntaxNode exprNode, SyntaxNode tt, boolean newline) {
        List<List<SyntaxElement>> groups = splitArgs(tt);
        if (groups.isEmpty() || groups.get(0).isEmpty()) {
            error(null, "unexpected end of macro invocation", exprNode, "missing tokens in macro arguments", List.of());
            return alloc(new Expr.Missing(), exprNode);
        }
        List<SyntaxElement> dest = groups.get(0);
        int sink = parseMacroExpr(startOf(dest.get(0)), endOf(dest.get(dest.size() - 1)), tt);
        List<Expr.FmtPiece> pieces = new ArrayList<>();
        if (groups.size() > 1) {
            List<Expr.FmtPiece> parsed = formatPieces(exprNode, tt, groups, 1, "");
            if (parsed == null) {
                return alloc(new Expr.Missing(), exprNode);
            }
            pieces.addAll(parsed);
        } else if (!newline) {
            error(null, "requires at least a format string argument", exprNode, "", List.of());
            return alloc(new Expr.Missing(), exprNode);
        }
        if (newline) {
            pieces.add(new Expr.FmtPiece.Text("\n"));
        }
        return alloc(new Expr.Print(false, mergeText(pieces), false, sink), exprNode);
    }

    // ---- panics and assertions ----

    /**
     * The message pieces of a formatting macro's arguments starting at group {@code from}, or null
     * after an error; {@code prefix} goes before them.
     */
    private List<Expr.FmtPiece> formatPieces(SyntaxNode exprNode, SyntaxNode tt, List<List<SyntaxElement>> groups,
                                             int from, String prefix) {
        List<SyntaxElement> fmtGroup = groups.get(from);
        if (fmtGroup.isEmpty() || fmtGroup.size() != 1 || !(fmtGroup.get(0) instanceof SyntaxToken fmtTok)
                || fmtTok.kind() != SyntaxKind.STRING) {
            if (fmtGroup.isEmpty()) {
                return List.of(new Expr.FmtPiece.Text(prefix));
            }
            error(null, "format argument must be a string literal", rel(startOf(fmtGroup.get(0)),
                    endOf(fmtGroup.get(fmtGroup.size() - 1))), "", List.of());
            return null;
        }
        String fmt = Literals.unescapeString(fmtTok.text());
        if (fmt == null) {
            return null;
        }
        List<Integer> positional = new ArrayList<>();
        Map<String, Integer> named = new HashMap<>();
        for (int i = from + 1; i < groups.size(); i++) {
            List<SyntaxElement> g = groups.get(i);
            if (g.isEmpty()) {
                continue;
            }
            String argName = null;
            int start = 0;
            if (g.size() > 2 && g.get(0) instanceof SyntaxToken id && id.kind() == SyntaxKind.IDENT
                    && g.get(1) instanceof SyntaxToken eq && eq.kind() == SyntaxKind.EQ
                    && !(g.get(2) instanceof SyntaxToken next && next.kind() == SyntaxKind.EQ
                    && next.textRange().start() == eq.textRange().end())) {
                argName = id.text();
                start = 2;
            }
            int expr = parseMacroExpr(startOf(g.get(start)), endOf(g.get(g.size() - 1)), tt);
            if (argName != null) {
                named.put(argName, expr);
            } else {
                positional.add(expr);
            }
        }
        List<Expr.FmtPiece> pieces = new ArrayList<>();
        pieces.add(new Expr.FmtPiece.Text(prefix));
        RelRange fmtRange = rel(fmtTok);
        boolean ok = FormatString.parse(fmt, pieces, positional, named, this::captureArg, msg -> error(null,
                "invalid format string: " + msg, fmtRange, "", List.of()), (count, args) -> error(null,
                FormatString.countMessage(count, args), fmtRange, "", List.of()), unused -> {
                    RelRange arg = exprRanges.get(positional.get(unused));
                    diagnostics.add(new RelDiagnostic(Diagnostic.error("argument never used")
                            .primary(RelDiagnostic.rel(arg.start(), arg.end()), "argument never used")
                            .secondary(RelDiagnostic.rel(fmtRange.start(), fmtRange.end()), "formatting specifier missing")
                            .build()));
                });
        return ok ? pieces : null;
    }

    /** {@code panic!}, {@code unreachable!}, {@code todo!}, {@code unimplemented!}: core's messages. */
    private int lowerPanic(SyntaxNode exprNode, SyntaxNode tt, String bare, String prefix) {
        List<List<SyntaxElement>> groups = splitArgs(tt);
        if (groups.isEmpty()) {
            return alloc(new Expr.Print(true, List.of(new Expr.FmtPiece.Text(bare)), true), exprNode);
        }
        List<Expr.FmtPiece> pieces = formatPieces(exprNode, tt, groups, 0, prefix);
        if (pieces == null) {
            return alloc(new Expr.Missing(), exprNode);
        }
        return alloc(new Expr.Print(true, mergeText(pieces), true), exprNode);
    }

    /** The source text of a macro argument group, with runs of whitespace collapsed (stringify!-like). */
    private static String groupText(List<SyntaxElement> g, SyntaxNode tt) {
        int s = startOf(g.get(0));
        int e = endOf(g.get(g.size() - 1));
        StringBuilder sb = new StringBuilder();
        for (SyntaxElement el : tt.childrenWithTokens()) {
            if (startOf(el) >= s && endOf(el) <= e) {
                sb.append(el instanceof SyntaxToken t ? t.text() : ((SyntaxNode) el).text());
            }
        }
        return sb.toString().replaceAll("\\s+", " ").trim();
    }

    /** {@code assert!(cond)} / {@code assert!(cond, "fmt", args)}: {@code if !cond { panic }}. */
    private int lowerAssert(SyntaxNode exprNode, SyntaxNode tt) {
        List<List<SyntaxElement>> groups = splitArgs(tt);
        if (groups.isEmpty() || groups.get(0).isEmpty()) {
            error(null, "macro requires a boolean expression as an argument", exprNode, "boolean expression required",
                    List.of());
            return alloc(new Expr.Missing(), exprNode);
        }
        List<SyntaxElement> c = groups.get(0);
        int cond = parseMacroExpr(startOf(c.get(0)), endOf(c.get(c.size() - 1)), tt);
        List<Expr.FmtPiece> pieces = groups.size() > 1 && !groups.get(1).isEmpty()
                ? formatPieces(exprNode, tt, groups, 1, "")
                : List.of(new Expr.FmtPiece.Text("assertion failed: " + groupText(c, tt)));
        if (pieces == null) {
            return alloc(new Expr.Missing(), exprNode);
        }
        RelRange at = rel(exprNode);
        int not = alloc(new Expr.Unary(UnaryOp.NOT, cond), exprRanges.get(cond));
        int panic = alloc(new Expr.Print(true, mergeText(pieces), true), at);
        int then = alloc(new Expr.Block(List.of(new Stmt.ExprStmt(panic, true)), -1), at);
        return alloc(new Expr.If(not, then, -1), at);
    }

    /**
     * {@code assert_eq!(a, b)}: {@code { let left_val = &a; let right_val = &b; if !(*left_val ==
     * *right_val) { panic } }} with core's message showing both values with {@code {:?}}.
     */
    private int lowerAssertEq(SyntaxNode exprNode, SyntaxNode tt, boolean eq) {
        List<List<SyntaxElement>> groups = splitArgs(tt);
        if (groups.size() < 2 || groups.get(0).isEmpty() || groups.get(1).isEmpty()) {
            error(null, "unexpected end of macro invocation", exprNode, "missing tokens in macro arguments", List.of());
            return alloc(new Expr.Missing(), exprNode);
        }
        RelRange at = rel(exprNode);
        List<SyntaxElement> ga = groups.get(0);
        List<SyntaxElement> gb = groups.get(1);
        int a = parseMacroExpr(startOf(ga.get(0)), endOf(ga.get(ga.size() - 1)), tt);
        int b = parseMacroExpr(startOf(gb.get(0)), endOf(gb.get(gb.size() - 1)), tt);
        int refA = alloc(new Expr.Ref(false, a), exprRanges.get(a));
        int refB = alloc(new Expr.Ref(false, b), exprRanges.get(b));
        int patA = allocPat(new Pat.Missing(), at);
        bindings.add(new Binding("left_val", false, patA));
        int bindA = bindings.size() - 1;
        pats.set(patA, new Pat.Bind(bindA));
        int patB = allocPat(new Pat.Missing(), at);
        bindings.add(new Binding("right_val", false, patB));
        int bindB = bindings.size() - 1;
        pats.set(patB, new Pat.Bind(bindB));
        int derefA = alloc(new Expr.Unary(UnaryOp.DEREF, alloc(new Expr.Local(bindA), at)), at);
        int derefB = alloc(new Expr.Unary(UnaryOp.DEREF, alloc(new Expr.Local(bindB), at)), at);
        int cmp = alloc(new Expr.Binary(eq ? BinaryOp.EQ : BinaryOp.NE, derefA, derefB, at), at);
        int not = alloc(new Expr.Unary(UnaryOp.NOT, cmp), at);
        List<Expr.FmtPiece> pieces = new ArrayList<>();
        String head = "assertion `left " + (eq ? "==" : "!=") + " right` failed";
        if (groups.size() > 2 && !groups.get(2).isEmpty()) {
            List<Expr.FmtPiece> custom = formatPieces(exprNode, tt, groups, 2, head + ": ");
            if (custom == null) {
                return alloc(new Expr.Missing(), exprNode);
            }
            pieces.addAll(custom);
        } else {
            pieces.add(new Expr.FmtPiece.Text(head));
        }
        FmtSpec debug = new FmtSpec(' ', FmtSpec.Align.UNKNOWN, false, false, false, false, -1, -1, -1, -1,
                FmtSpec.Trait.DEBUG, 0);
        pieces.add(new Expr.FmtPiece.Text("\n  left: "));
        pieces.add(new Expr.FmtPiece.Arg(alloc(new Expr.Local(bindA), at), debug));
        pieces.add(new Expr.FmtPiece.Text("\n right: "));
        pieces.add(new Expr.FmtPiece.Arg(alloc(new Expr.Local(bindB), at), debug));
        int panic = alloc(new Expr.Print(true, mergeText(pieces), true), at);
        int then = alloc(new Expr.Block(List.of(new Stmt.ExprStmt(panic, true)), -1), at);
        int iff = alloc(new Expr.If(not, then, -1), at);
        return alloc(new Expr.Block(List.of(new Stmt.Let(patA, null, refA), new Stmt.Let(patB, null, refB)), iff), at);
    }

    private static List<Expr.FmtPiece> mergeText(List<Expr.FmtPiece> pieces) {
        List<Expr.FmtPiece> out = new ArrayList<>();
        for (Expr.FmtPiece p : pieces) {
            if (p instanceof Expr.FmtPiece.Text t && !out.isEmpty() && out.get(out.size() - 1) instanceof
                    Expr.FmtPiece.Text prev) {
                out.set(out.size() - 1, new Expr.FmtPiece.Text(prev.text() + t.text()));
            } else {
                out.add(p);
            }
        }
        return out;
    }

    /** An implicitly captured argument {@code {name}}: resolves {@code name} like a path expression. */
    private Integer captureArg(String name, RelRange at) {
        Integer local = lookupLocal(name);
        if (local != null) {
            return alloc(new Expr.Local(local), at);
        }
        error("E0425", "cannot find value `" + name + "` in this scope", at, "not found in this scope", List.of());
        return null;
    }

    private RelRange rel(int absStart, int absEnd) {
        return new RelRange(absStart + shift - itemStart, absEnd + shift - itemStart);
    }

    /** Parses the file text between two offsets (inside a macro's token tree) as an expression. */
    private int parseMacroExpr(int absStart, int absEnd, SyntaxNode tt) {
        StringBuilder arg = new StringBuilder();
        for (SyntaxElement e : tt.childrenWithTokens()) {
            if (startOf(e) >= absStart && endOf(e) <= absEnd) {
                arg.append(e instanceof SyntaxToken t ? t.text() : ((SyntaxNode) e).text());
            }
        }
        String prefix = "fn __rac_macro_arg() { ";
        String text = prefix + arg + " }";
        Parse p = Parser.parse(text, edition);
        if (!p.errors().isEmpty()) {
            error(null, "expected expression", rel(absStart, absEnd), "", List.of());
            return alloc(new Expr.Missing(), rel(absStart, absEnd));
        }
        SyntaxNode fn = p.tree().firstChild(SyntaxKind.FN);
        SyntaxNode block = fn == null ? null : fn.firstChild(SyntaxKind.BLOCK_EXPR);
        SyntaxNode list = block == null ? null : block.firstChild(SyntaxKind.STMT_LIST);
        SyntaxNode expr = list == null ? null : SyntaxUtil.firstExpr(list);
        if (expr == null) {
            error(null, "expected expression", rel(absStart, absEnd), "", List.of());
            return alloc(new Expr.Missing(), rel(absStart, absEnd));
        }
        int saved = shift;
        shift = saved + absStart - prefix.length();
        try {
            return lowerExpr(expr);
        } finally {
            shift = saved;
        }
    }

    // ---- inline assembly ----

    /** True if the macro path names {@code std::arch::asm} (also through {@code core} or an import). */
    private boolean isAsmMacro(List<String> segs, String name) {
        if (segs == null || !(name.equals("asm") || name.equals("naked_asm"))) {
            return false;
        }
        return ("std::arch::" + name).equals(resolver.stdPath(StdPaths.normalize(segs)));
    }

    /**
     * {@code asm!(templates, operands, options(...), clobber_abi(...))} → {@link Expr.InlineAsm}, with
     * rustc's errors for bad templates and operands.
     */
    private int lowerAsm(SyntaxNode exprNode, SyntaxNode tt) {
        List<List<SyntaxElement>> groups = splitArgs(tt);
        List<String> templates = new ArrayList<>();
        List<SyntaxToken> templateTokens = new ArrayList<>();
        int g = 0;
        for (; g < groups.size(); g++) {
            List<SyntaxElement> grp = groups.get(g);
            if (grp.size() != 1 || !(grp.get(0) instanceof SyntaxToken t) || t.kind() != SyntaxKind.STRING) {
                break;
            }
            String text = Literals.unescapeString(t.text());
            if (text == null) {
                return alloc(new Expr.Missing(), exprNode);
            }
            templates.add(text);
            templateTokens.add(t);
        }
        if (templates.isEmpty()) {
            error(null, groups.isEmpty() ? "requires at least a template string argument"
                    : "asm template must be a string literal", exprNode, "", List.of());
            return alloc(new Expr.Missing(), exprNode);
        }
        List<Asm.Operand> operands = new ArrayList<>();
        Map<String, Integer> named = new HashMap<>();
        List<String> names = new ArrayList<>();
        List<String> options = new ArrayList<>();
        List<String> clobberAbis = new ArrayList<>();
        boolean failed = false;
        for (; g < groups.size(); g++) {
            List<SyntaxElement> grp = groups.get(g);
            if (grp.isEmpty()) {
                continue;
            }
            RelRange range = rel(startOf(grp.get(0)), endOf(grp.get(grp.size() - 1)));
            String first = grp.get(0) instanceof SyntaxToken t ? t.text() : "";
            if ((first.equals("options") || first.equals("clobber_abi")) && grp.size() == 2
                    && grp.get(1) instanceof SyntaxNode args && args.kind() == SyntaxKind.TOKEN_TREE) {
                for (List<SyntaxElement> a : splitArgs(args)) {
                    if (a.size() != 1 || !(a.get(0) instanceof SyntaxToken at)) {
                        continue;
                    }
                    if (first.equals("options")) {
                        if (!Asm.OPTIONS.contains(at.text())) {
                            error(null, "expected one of `)`, `att_syntax`, `may_unwind`, `nomem`, `noreturn`, "
                                    + "`nostack`, `preserves_flags`, `pure`, `raw`, or `readonly`, found `"
                                    + at.text() + "`", rel(at), "expected one of 10 possible tokens", List.of());
                            failed = true;
                        } else if (!options.contains(at.text())) {
                            options.add(at.text());
                        }
                    } else {
                        String abi = Literals.unescapeString(at.text());
                        if (abi != null && !List.of("C", "system", "sysv64", "win64", "efiapi").contains(abi)) {
                            diagnostics.add(new RelDiagnostic(Diagnostic.error("invalid ABI for `clobber_abi`")
                                    .primary(span(rel(at)))
                                    .note("the following ABIs are supported on this target: `C`, `system`, "
                                            + "`efiapi`, `sysv64`, `win64`").build()));
                            failed = true;
                        } else if (abi != null) {
                            clobberAbis.add(abi);
                        }
                    }
                }
                continue;
            }
            String name = null;
            int i = 0;
            if (grp.size() > 2 && grp.get(1) instanceof SyntaxToken eq && eq.kind() == SyntaxKind.EQ
                    && grp.get(0) instanceof SyntaxToken nt) {
                name = nt.text();
                i = 2;
            }
            RelRange opRange = rel(startOf(grp.get(i)), endOf(grp.get(grp.size() - 1)));
            Asm.Operand op = lowerAsmOperand(tt, grp.subList(i, grp.size()), range, opRange);
            if (op == null) {
                return alloc(new Expr.Missing(), exprNode);
            }
            if (name != null) {
                if (named.containsKey(name)) {
                    error(null, "duplicate argument named `" + name + "`", range, "duplicate argument", List.of());
                }
                named.put(name, operands.size());
            } else if (!named.isEmpty() && !op.explicit()) {
                error(null, "positional arguments cannot follow named arguments or explicit register arguments",
                        range, "positional argument", List.of());
            }
            names.add(name);
            operands.add(op);
        }
        if (failed) {
            return alloc(new Expr.Missing(), exprNode);
        }
        int positional = 0;
        while (positional < operands.size() && names.get(positional) == null && !operands.get(positional).explicit()) {
            positional++;
        }
        List<Asm.Piece> pieces = new ArrayList<>();
        boolean[] used = new boolean[operands.size()];
        boolean raw = options.contains("raw");
        int[] nextPositional = {0};
        boolean templateError = false;
        for (int t = 0; t < templates.size(); t++) {
            if (t > 0) {
                pieces.add(new Asm.Piece.Text("\n"));
            }
            if (raw) {
                pieces.add(new Asm.Piece.Text(templates.get(t)));
            } else {
                int r = parseAsmTemplate(templates.get(t), templateTokens.get(t), operands, named, positional, used,
                        nextPositional, pieces);
                if (r < 0) {
                    return alloc(new Expr.Missing(), exprNode);
                }
                templateError |= r == 0;
            }
        }
        for (int i = 0; i < operands.size(); i++) {
            Asm.Operand op = operands.get(i);
            if (!used[i] && !op.explicit()) {
                String shown = names.get(i) != null ? names.get(i) : Integer.toString(i);
                String what = names.get(i) != null ? "named argument never used" : "argument never used";
                diagnostics.add(new RelDiagnostic(Diagnostic.error(what).primary(span(op.range()), what)
                        .help("if this argument is intentionally unused, consider using it in an asm comment: "
                                + "`\"/* {" + shown + "} */\"`").build()));
                templateError = true;
            }
        }
        if (templateError) {
            return alloc(new Expr.Missing(), exprNode);
        }
        List<Asm.Piece> merged = new ArrayList<>();
        for (Asm.Piece p : pieces) {
            if (p instanceof Asm.Piece.Text t && !merged.isEmpty() && merged.get(merged.size() - 1) instanceof Asm.Piece.Text prev) {
                merged.set(merged.size() - 1, new Asm.Piece.Text(prev.text() + t.text()));
            } else {
                merged.add(p);
            }
        }
        return alloc(new Expr.InlineAsm(merged, operands, options, clobberAbis), exprNode);
    }

    private static rac.base.Span span(RelRange r) {
        return RelDiagnostic.rel(r.start(), r.end());
    }

    /** The register classes of x86-64 in rustc's order. */
    private static final List<String> ASM_REG_CLASSES = List.of("reg", "reg_abcd", "reg_byte", "xmm_reg", "ymm_reg",
            "zmm_reg", "kreg", "kreg0", "mmx_reg", "x87_reg", "tmm_reg");

    /** One operand of {@code asm!} after its optional {@code name =}; null after an error. */
    private Asm.Operand lowerAsmOperand(SyntaxNode tt, List<SyntaxElement> grp, RelRange range, RelRange opRange) {
        String kw = grp.get(0) instanceof SyntaxToken t ? t.text() : "";
        if (kw.equals("label") && grp.size() == 2 && grp.get(1) instanceof SyntaxNode block
                && block.kind() == SyntaxKind.TOKEN_TREE && block.text().startsWith("{")) {
            int e = parseMacroExpr(startOf(block), endOf(block), tt);
            return new Asm.Operand(Asm.Kind.LABEL, null, false, e, -1, range);
        }
        if (kw.equals("sym") || kw.equals("const")) {
            if (grp.size() < 2) {
                error(null, "expected expression, found end of macro arguments", range, "", List.of());
                return null;
            }
            int e = parseMacroExpr(startOf(grp.get(1)), endOf(grp.get(grp.size() - 1)), tt);
            return new Asm.Operand(kw.equals("sym") ? Asm.Kind.SYM : Asm.Kind.CONST, null, false, e, -1, range);
        }
        Asm.Kind kind = switch (kw) {
            case "in" -> Asm.Kind.IN;
            case "out" -> Asm.Kind.OUT;
            case "lateout" -> Asm.Kind.LATEOUT;
            case "inout" -> Asm.Kind.INOUT;
            case "inlateout" -> Asm.Kind.INLATEOUT;
            default -> null;
        };
        if (kind == null || grp.size() < 3 || !(grp.get(1) instanceof SyntaxNode regTt)
                || regTt.kind() != SyntaxKind.TOKEN_TREE) {
            error(null, "expected operand, clobber_abi, options, or additional template string", range, "",
                    List.of());
            return null;
        }
        String regText = regTt.text();
        regText = regText.substring(1, regText.length() - 1).trim();
        boolean explicit = regText.startsWith("\"");
        String reg = explicit ? Literals.unescapeString(regText) : regText;
        if (reg == null) {
            return null;
        }
        if (!explicit && !ASM_REG_CLASSES.contains(reg)) {
            diagnostics.add(new RelDiagnostic(Diagnostic.error("invalid register class `" + reg
                    + "`: unknown register class").primary(span(rel(startOf(grp.get(0)), endOf(grp.get(grp.size() - 1)))))
                    .note("the following register classes are supported on this target: `"
                            + String.join("`, `", ASM_REG_CLASSES) + "`").build()));
            return null;
        }
        // `=>` is two tokens in a token tree: `=` directly followed by `>`.
        int arrow = -1;
        for (int i = 2; i + 1 < grp.size(); i++) {
            if (grp.get(i) instanceof SyntaxToken t && t.kind() == SyntaxKind.EQ
                    && grp.get(i + 1) instanceof SyntaxToken gt && gt.text().equals(">")
                    && gt.textRange().start() == t.textRange().end()) {
                arrow = i;
            }
        }
        List<SyntaxElement> first = grp.subList(2, arrow < 0 ? grp.size() : arrow);
        List<SyntaxElement> second = arrow < 0 ? null : grp.subList(arrow + 2, grp.size());
        if (first.isEmpty() || (second != null && (second.isEmpty() || !kind.isInput() || !kind.isOutput()))) {
            error(null, "expected expression", range, "", List.of());
            return null;
        }
        int in = -1;
        int out = -1;
        if (kind.isInput()) {
            in = parseMacroExpr(startOf(first.get(0)), endOf(first.get(first.size() - 1)), tt);
            if (kind.isOutput()) {
                List<SyntaxElement> o = second != null ? second : first;
                out = isUnderscore(o) ? -1 : parseMacroExpr(startOf(o.get(0)), endOf(o.get(o.size() - 1)), tt);
            }
        } else {
            out = isUnderscore(first) ? -1 : parseMacroExpr(startOf(first.get(0)), endOf(first.get(first.size() - 1)), tt);
        }
        return new Asm.Operand(kind, reg, explicit, in, out, range);
    }

    private static boolean isUnderscore(List<SyntaxElement> els) {
        return els.size() == 1 && els.get(0) instanceof SyntaxToken t && t.text().equals("_");
    }

    /**
     * Splits one template string into text and placeholders ({@code {}}, {@code {0}}, {@code {name}},
     * {@code {0:e}}, {@code {{}}/{@code }}}): 1 when fine, 0 after a bad reference (reported; the
     * operands are still checked), -1 after a malformed template.
     */
    private int parseAsmTemplate(String s, SyntaxToken tok, List<Asm.Operand> operands, Map<String, Integer> named,
                                 int positional, boolean[] used, int[] nextPositional, List<Asm.Piece> pieces) {
        StringBuilder text = new StringBuilder();
        int result = 1;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '{' && i + 1 < s.length() && s.charAt(i + 1) == '{') {
                text.append('{');
                i += 2;
                continue;
            }
            if (c == '}' && i + 1 < s.length() && s.charAt(i + 1) == '}') {
                text.append('}');
                i += 2;
                continue;
            }
            if (c == '}') {
                diagnostics.add(new RelDiagnostic(Diagnostic.error("invalid asm template string: unmatched `}` found")
                        .primary(span(templateRange(tok, s, i, i + 1)), "unmatched `}` in asm template string")
                        .note("if you intended to print `}`, you can escape it using `}}`").build()));
                return -1;
            }
            if (c != '{') {
                text.append(c);
                i++;
                continue;
            }
            int close = s.indexOf('}', i);
            if (close < 0) {
                diagnostics.add(new RelDiagnostic(Diagnostic.error(
                        "invalid asm template string: expected `}` but string was terminated")
                        .primary(span(templateRange(tok, s, s.length(), s.length() + 1)),
                                "expected `}` in asm template string")
                        .secondary(span(templateRange(tok, s, i, i + 1)), "because of this opening brace")
                        .note("if you intended to print `{`, you can escape it using `{{`").build()));
                return -1;
            }
            String spec = s.substring(i + 1, close);
            String arg = spec;
            String modifier = null;
            int colon = spec.indexOf(':');
            if (colon >= 0) {
                arg = spec.substring(0, colon);
                modifier = spec.substring(colon + 1);
            }
            int index;
            if (arg.isEmpty() || arg.chars().allMatch(Character::isDigit)) {
                index = arg.isEmpty() ? nextPositional[0]++ : Integer.parseInt(arg);
                if (index >= positional) {
                    Diagnostic.Builder d = Diagnostic.error("invalid reference to argument at index " + index)
                            .primary(span(templateRange(tok, s, i, close + 1)), "from here");
                    boolean toNamed = index < operands.size() && named.containsValue(index);
                    if (toNamed) {
                        d.secondary(span(operands.get(index).range()), "named argument");
                    }
                    d.note(positional == 0 ? "no positional arguments were given"
                            : positional == 1 ? "there is 1 argument" : "there are " + positional + " arguments");
                    if (toNamed) {
                        d.spanNote(span(operands.get(index).range()), "named arguments cannot be referenced by position");
                    }
                    diagnostics.add(new RelDiagnostic(d.build()));
                    result = 0;
                    i = close + 1;
                    continue;
                }
            } else if (named.containsKey(arg)) {
                index = named.get(arg);
            } else {
                diagnostics.add(new RelDiagnostic(Diagnostic.error("there is no argument named `" + arg + "`")
                        .primary(span(templateRange(tok, s, i + 1, i + 1 + arg.length()))).build()));
                result = 0;
                i = close + 1;
                continue;
            }
            used[index] = true;
            if (!text.isEmpty()) {
                pieces.add(new Asm.Piece.Text(text.toString()));
                text.setLength(0);
            }
            pieces.add(new Asm.Piece.Placeholder(index, modifier == null || modifier.isEmpty() ? null : modifier,
                    templateRange(tok, s, i, close + 1)));
            i = close + 1;
        }
        if (!text.isEmpty()) {
            pieces.add(new Asm.Piece.Text(text.toString()));
        }
        return result;
    }

    /**
     * The range of characters {@code from..to} of a template string's contents inside its token, or the
     * whole token when escapes make offsets differ.
     */
    private RelRange templateRange(SyntaxToken tok, String contents, int from, int to) {
        String t = tok.text();
        int open = t.indexOf('"') + 1;
        if (!t.startsWith("r") && t.indexOf('\\') >= 0 || !contents.chars().allMatch(ch -> ch < 0x80)) {
            return rel(tok);
        }
        int start = tok.textRange().start() + open;
        return rel(start + from, start + to);
    }

    static BigInteger big(long v) {
        return BigInteger.valueOf(v);
    }
}
