package rac.pat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import rac.base.IntTy;

/**
 * A test-only reader for the small Rust programs under {@code src/test/resources/pat}: enum and
 * struct declarations, and functions whose bodies hold {@code match x { ... }} and
 * {@code let PAT = x;}, or whose parameters are patterns. It types the patterns against the
 * declared types, applies match ergonomics (implicit {@code &} patterns), and records every
 * pattern's source offset so tests can compare against rustc's diagnostics.
 */
final class MiniRust {
    final String text;
    final List<Tok> toks = new ArrayList<>();
    int pos;
    final Map<String, TestAdt> adts = new HashMap<>();
    /** Source offsets of patterns, by identity. */
    final IdentityHashMap<Pat, int[]> spans = new IdentityHashMap<>();
    final List<Check> checks = new ArrayList<>();

    record Tok(String kind, String text, int start, int end) { }

    /** One check to run: a match, a let, or a function parameter. */
    record Check(String kind, PatTy ty, List<MatchCheck.Arm> arms, int scrutStart, int scrutEnd, boolean letHasBindings) { }

    /** An ADT of the test programs. */
    static final class TestAdt implements AdtDef {
        final String name;
        final String display;
        final boolean isEnum;
        final List<VariantDef> variants = new ArrayList<>();
        final Object defId;

        TestAdt(String name, String display, boolean isEnum, Object defId) {
            this.name = name;
            this.display = display;
            this.isEnum = isEnum;
            this.defId = defId;
        }

        public String typeName() {
            return display;
        }

        public boolean isEnum() {
            return isEnum;
        }

        public int variantCount() {
            return variants.size();
        }

        public VariantDef variant(int index) {
            return variants.get(index);
        }

        public Object definitionId() {
            return defId;
        }

        int variantIndex(String n) {
            for (int i = 0; i < variants.size(); i++) {
                String p = variants.get(i).path();
                if (p.equals(n) || p.endsWith("::" + n)) {
                    return i;
                }
            }
            return -1;
        }
    }

    /** Lazily resolved type names of a declaration (so declarations may refer to later ones). */
    private final Map<String, List<Runnable>> pendingDecls = new HashMap<>();

    MiniRust(String text) {
        this.text = text;
        lex();
        parseItems();
    }

    // ---- lexer ----

    private void lex() {
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (text.startsWith("//", i)) {
                while (i < n && text.charAt(i) != '\n') {
                    i++;
                }
            } else if (Character.isLetter(c) || c == '_') {
                int s = i;
                while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) {
                    i++;
                }
                toks.add(new Tok("id", text.substring(s, i), s, i));
            } else if (Character.isDigit(c)) {
                int s = i;
                boolean isFloat = false;
                while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_'
                        || (text.charAt(i) == '.' && i + 1 < n && Character.isDigit(text.charAt(i + 1))))) {
                    if (text.charAt(i) == '.') {
                        isFloat = true;
                    }
                    i++;
                }
                toks.add(new Tok(isFloat ? "float" : "int", text.substring(s, i), s, i));
            } else if (c == '\'') {
                int s = i;
                i++;
                if (text.charAt(i) == '\\') {
                    i++;
                }
                while (text.charAt(i) != '\'') {
                    i++;
                }
                i++;
                toks.add(new Tok("char", text.substring(s, i), s, i));
            } else if (c == '"') {
                int s = i;
                i++;
                while (text.charAt(i) != '"') {
                    i++;
                }
                i++;
                toks.add(new Tok("str", text.substring(s, i), s, i));
            } else {
                String[] multi = {"..=", "..", "=>", "::", "->"};
                String found = String.valueOf(c);
                for (String m : multi) {
                    if (text.startsWith(m, i)) {
                        found = m;
                        break;
                    }
                }
                toks.add(new Tok("p", found, i, i + found.length()));
                i += found.length();
            }
        }
        toks.add(new Tok("eof", "", n, n));
    }

    private Tok peek() {
        return toks.get(pos);
    }

    private Tok peek(int k) {
        return toks.get(Math.min(pos + k, toks.size() - 1));
    }

    private boolean at(String t) {
        return peek().text.equals(t) && !peek().kind.equals("str") && !peek().kind.equals("char");
    }

    private Tok next() {
        return toks.get(pos++);
    }

    private void expect(String t) {
        if (!at(t)) {
            throw new IllegalStateException("expected " + t + " at " + peek().start + " got " + peek().text);
        }
        pos++;
    }

    private boolean eat(String t) {
        if (at(t)) {
            pos++;
            return true;
        }
        return false;
    }

    // ---- items ----

    private void parseItems() {
        // First pass: declare ADT names so types can refer to them.
        for (int i = 0; i + 1 < toks.size(); i++) {
            if ((toks.get(i).text.equals("enum") || toks.get(i).text.equals("struct")) && toks.get(i).kind.equals("id")) {
                String name = toks.get(i + 1).text;
                adts.put(name, new TestAdt(name, name, toks.get(i).text.equals("enum"), name));
            }
        }
        while (!peek().kind.equals("eof")) {
            if (at("#")) {
                skipAttribute();
            } else if (at("enum")) {
                parseEnum();
            } else if (at("struct")) {
                parseStruct();
            } else if (at("fn")) {
                parseFn();
            } else {
                throw new IllegalStateException("unexpected " + peek().text + " at " + peek().start);
            }
        }
    }

    private void skipAttribute() {
        expect("#");
        eat("!");
        skipBalanced("[", "]");
    }

    private void skipBalanced(String open, String close) {
        expect(open);
        int depth = 1;
        while (depth > 0) {
            Tok t = next();
            if (t.kind.equals("p") && t.text.equals(open)) {
                depth++;
            } else if (t.kind.equals("p") && t.text.equals(close)) {
                depth--;
            }
        }
    }

    private void parseEnum() {
        expect("enum");
        TestAdt adt = adts.get(next().text);
        expect("{");
        while (!eat("}")) {
            String v = next().text;
            adt.variants.add(parseVariantBody(adt.name + "::" + v));
            eat(",");
        }
    }

    private void parseStruct() {
        expect("struct");
        TestAdt adt = adts.get(next().text);
        adt.variants.add(parseVariantBody(adt.name));
        eat(";");
    }

    private VariantDef parseVariantBody(String path) {
        List<VariantDef.Field> fields = new ArrayList<>();
        if (eat("(")) {
            int i = 0;
            while (!eat(")")) {
                fields.add(new VariantDef.Field(Integer.toString(i++), parseType()));
                eat(",");
            }
            return new VariantDef(path, VariantDef.Kind.TUPLE, fields);
        }
        if (eat("{")) {
            while (!eat("}")) {
                String f = next().text;
                expect(":");
                fields.add(new VariantDef.Field(f, parseType()));
                eat(",");
            }
            return new VariantDef(path, VariantDef.Kind.STRUCT, fields);
        }
        return VariantDef.unit(path);
    }

    PatTy parseType() {
        if (eat("&")) {
            boolean m = eat("mut");
            return new PatTy.Ref(m, parseType());
        }
        if (eat("!")) {
            return new PatTy.Never();
        }
        if (eat("(")) {
            List<PatTy> elems = new ArrayList<>();
            while (!eat(")")) {
                elems.add(parseType());
                eat(",");
            }
            return new PatTy.Tuple(elems);
        }
        if (eat("[")) {
            PatTy elem = parseType();
            if (eat(";")) {
                int len = Integer.parseInt(next().text);
                expect("]");
                return new PatTy.Array(elem, len);
            }
            expect("]");
            return new PatTy.Slice(elem);
        }
        String name = next().text;
        while (eat("::")) {
            name = name + "::" + next().text;
        }
        switch (name) {
            case "bool" -> {
                return new PatTy.Bool();
            }
            case "char" -> {
                return new PatTy.Char();
            }
            case "str" -> {
                return new PatTy.Str();
            }
            case "f32" -> {
                return new PatTy.Float(32);
            }
            case "f64" -> {
                return new PatTy.Float(64);
            }
            case "Option" -> {
                expect("<");
                PatTy t = parseType();
                expect(">");
                TestAdt a = new TestAdt("Option", "Option<" + t.display() + ">", true, "Option");
                a.variants.add(VariantDef.unit("None"));
                a.variants.add(VariantDef.tuple("Some", t));
                return new PatTy.Adt(a);
            }
            case "Result" -> {
                expect("<");
                PatTy t = parseType();
                expect(",");
                PatTy e = parseType();
                expect(">");
                TestAdt a = new TestAdt("Result", "Result<" + t.display() + ", " + e.display() + ">", true, "Result");
                a.variants.add(VariantDef.tuple("Ok", t));
                a.variants.add(VariantDef.tuple("Err", e));
                return new PatTy.Adt(a);
            }
            default -> {
                IntTy it = IntTy.byName(name);
                if (it != null) {
                    return new PatTy.Int(it);
                }
                TestAdt a = adts.get(name);
                if (a == null) {
                    throw new IllegalStateException("unknown type " + name);
                }
                return new PatTy.Adt(a);
            }
        }
    }

    // ---- functions ----

    private void parseFn() {
        expect("fn");
        next();
        expect("(");
        Map<String, PatTy> params = new HashMap<>();
        while (!eat(")")) {
            if (peek().kind.equals("id") && peek(1).text.equals(":")) {
                String name = next().text;
                expect(":");
                params.put(name, parseType());
            } else {
                PatAst p = parsePat();
                expect(":");
                PatTy ty = parseType();
                Pat pat = toPat(p, ty);
                checks.add(new Check("param", ty, List.of(MatchCheck.Arm.of(pat)), p.start(), p.end(), hasBindings(p)));
            }
            eat(",");
        }
        expect("{");
        int depth = 1;
        while (depth > 0) {
            if (at("match")) {
                parseMatch(params);
            } else if (at("let")) {
                parseLet(params);
            } else {
                Tok t = next();
                if (t.kind.equals("p") && t.text.equals("{")) {
                    depth++;
                } else if (t.kind.equals("p") && t.text.equals("}")) {
                    depth--;
                }
            }
        }
    }

    private void parseMatch(Map<String, PatTy> params) {
        expect("match");
        Tok scrut = next();
        PatTy ty = params.get(scrut.text);
        expect("{");
        List<MatchCheck.Arm> arms = new ArrayList<>();
        while (!eat("}")) {
            PatAst p = parsePat();
            boolean guard = false;
            if (eat("if")) {
                guard = true;
                while (!at("=>")) {
                    next();
                }
            }
            expect("=>");
            if (at("{")) {
                skipBalanced("{", "}");
            } else {
                while (!at(",") && !at("}")) {
                    next();
                }
            }
            eat(",");
            arms.add(new MatchCheck.Arm(toPat(p, ty), guard));
        }
        checks.add(new Check("match", ty, arms, scrut.start, scrut.end, false));
    }

    private void parseLet(Map<String, PatTy> params) {
        expect("let");
        PatAst p = parsePat();
        int start = p.start();
        int end = p.end();
        expect("=");
        PatTy ty = params.get(next().text);
        Pat pat = toPat(p, ty);
        checks.add(new Check("let", ty, List.of(MatchCheck.Arm.of(pat)), start, end, hasBindings(p)));
    }

    // ---- patterns ----

    /** An untyped pattern. */
    sealed interface PatAst {
        int start();

        int end();
    }

    record PWild(int start, int end) implements PatAst { }

    record PBind(String name, PatAst sub, int start, int end) implements PatAst { }

    record PLit(Tok tok, boolean negative, int start, int end) implements PatAst { }

    record PConstPath(String path, int start, int end) implements PatAst { }

    record PRange(PatAst lo, PatAst hi, boolean inclusive, int start, int end) implements PatAst { }

    record PTuple(List<PatAst> elems, int start, int end) implements PatAst { }

    record PPath(String last, List<PatAst> tupleFields, List<Map.Entry<String, PatAst>> structFields, boolean rest,
            int start, int end) implements PatAst { }

    record PRef(PatAst sub, int start, int end) implements PatAst { }

    record PSlice(List<PatAst> prefix, boolean hasRest, List<PatAst> suffix, int start, int end) implements PatAst { }

    record POr(List<PatAst> alts, int start, int end) implements PatAst { }

    record PRest(int start, int end) implements PatAst { }

    PatAst parsePat() {
        int start = peek().start;
        eat("|");
        List<PatAst> alts = new ArrayList<>();
        alts.add(parseSinglePat());
        while (eat("|")) {
            alts.add(parseSinglePat());
        }
        if (alts.size() == 1) {
            return alts.get(0);
        }
        return new POr(alts, start, toks.get(pos - 1).end);
    }

    private PatAst parseSinglePat() {
        int start = peek().start;
        if (at("..=")) {
            next();
            PatAst hi = parseRangeBound();
            return new PRange(null, hi, true, start, hi.end());
        }
        if (at("..")) {
            next();
            return new PRest(start, toks.get(pos - 1).end);
        }
        if (eat("&")) {
            eat("mut");
            PatAst sub = parseSinglePat();
            return new PRef(sub, start, sub.end());
        }
        if (eat("(")) {
            List<PatAst> elems = new ArrayList<>();
            boolean trailingComma = false;
            while (!eat(")")) {
                elems.add(parsePat());
                trailingComma = eat(",");
            }
            int end = toks.get(pos - 1).end;
            if (elems.size() == 1 && !trailingComma) {
                return elems.get(0);
            }
            return new PTuple(elems, start, end);
        }
        if (eat("[")) {
            List<PatAst> prefix = new ArrayList<>();
            List<PatAst> suffix = new ArrayList<>();
            boolean rest = false;
            while (!eat("]")) {
                PatAst e = parsePat();
                if (e instanceof PRest || (e instanceof PBind b && b.sub() instanceof PRest)) {
                    rest = true;
                } else {
                    (rest ? suffix : prefix).add(e);
                }
                eat(",");
            }
            return new PSlice(prefix, rest, suffix, start, toks.get(pos - 1).end);
        }
        PatAst lit = parseRangeBound();
        if (at("..=") || at("..")) {
            boolean inclusive = next().text.equals("..=");
            if (!inclusive && (at(")") || at(",") || at("]") || at("=>") || at("|") || at("if"))) {
                return new PRange(lit, null, false, start, toks.get(pos - 1).end);
            }
            PatAst hi = parseRangeBound();
            return new PRange(lit, hi, inclusive, start, hi.end());
        }
        return lit;
    }

    /** A literal, path, binding, or struct-like pattern. */
    private PatAst parseRangeBound() {
        int start = peek().start;
        if (at("-")) {
            next();
            Tok t = next();
            return new PLit(t, true, start, t.end);
        }
        Tok t = peek();
        if (t.kind.equals("int") || t.kind.equals("float") || t.kind.equals("char") || t.kind.equals("str")) {
            next();
            return new PLit(t, false, start, t.end);
        }
        if (t.text.equals("true") || t.text.equals("false")) {
            next();
            return new PLit(t, false, start, t.end);
        }
        if (t.text.equals("_")) {
            next();
            return new PWild(start, t.end);
        }
        if (t.text.equals("ref") || t.text.equals("mut")) {
            next();
            return parseRangeBound();
        }
        // A path or binding.
        List<String> segs = new ArrayList<>();
        segs.add(next().text);
        while (eat("::")) {
            segs.add(next().text);
        }
        String path = String.join("::", segs);
        int end = toks.get(pos - 1).end;
        if (segs.size() == 2 && IntTy.byName(segs.get(0)) != null) {
            return new PConstPath(path, start, end);
        }
        if (eat("(")) {
            List<PatAst> fields = new ArrayList<>();
            while (!eat(")")) {
                fields.add(parsePat());
                eat(",");
            }
            return new PPath(segs.get(segs.size() - 1), fields, null, false, start, toks.get(pos - 1).end);
        }
        if (at("{")) {
            next();
            List<Map.Entry<String, PatAst>> fields = new ArrayList<>();
            boolean rest = false;
            while (!eat("}")) {
                if (eat("..")) {
                    rest = true;
                    continue;
                }
                int fs = peek().start;
                String f = next().text;
                PatAst fp = eat(":") ? parsePat() : new PBind(f, null, fs, toks.get(pos - 1).end);
                fields.add(Map.entry(f, fp));
                eat(",");
            }
            return new PPath(segs.get(segs.size() - 1), null, fields, rest, start, toks.get(pos - 1).end);
        }
        boolean isBinding = segs.size() == 1 && Character.isLowerCase(path.charAt(0));
        if (isBinding) {
            if (eat("@")) {
                PatAst sub = parseSinglePat();
                return new PBind(path, sub, start, sub.end());
            }
            return new PBind(path, null, start, end);
        }
        return new PPath(segs.get(segs.size() - 1), null, null, false, start, end);
    }

    static boolean hasBindings(PatAst p) {
        return switch (p) {
            case PBind b -> true;
            case PTuple t -> t.elems().stream().anyMatch(MiniRust::hasBindings);
            case PPath pp -> (pp.tupleFields() != null && pp.tupleFields().stream().anyMatch(MiniRust::hasBindings))
                    || (pp.structFields() != null && pp.structFields().stream().anyMatch(e -> hasBindings(e.getValue())));
            case PRef r -> hasBindings(r.sub());
            case PSlice s -> s.prefix().stream().anyMatch(MiniRust::hasBindings)
                    || s.suffix().stream().anyMatch(MiniRust::hasBindings);
            case POr o -> o.alts().stream().anyMatch(MiniRust::hasBindings);
            default -> false;
        };
    }

    /** Types a pattern, inserting the implicit {@code &} patterns of match ergonomics. */
    Pat toPat(PatAst ast, PatTy ty) {
        boolean passesThroughRef = ast instanceof PWild || ast instanceof PBind || ast instanceof PRef
                || ast instanceof POr || (ast instanceof PLit l && l.tok().kind.equals("str"));
        if (ty instanceof PatTy.Ref r && !passesThroughRef) {
            Pat inner = toPat(ast, r.pointee());
            Pat p = new Pat.Ref(inner);
            spans.put(p, new int[] {ast.start(), ast.end()});
            return p;
        }
        Pat p = switch (ast) {
            case PWild w -> new Pat.Wild();
            case PBind b -> new Pat.Binding(b.name(), b.sub() == null ? null : toPat(b.sub(), ty));
            case PLit l -> literal(l, ty);
            case PConstPath c -> new Pat.IntLit(constValue(c.path()));
            case PRange r when ty instanceof PatTy.Float -> new Pat.FloatRange(
                    r.lo() == null ? null : ((Pat.FloatLit) literal((PLit) r.lo(), ty)).value(),
                    r.hi() == null ? null : ((Pat.FloatLit) literal((PLit) r.hi(), ty)).value(), r.inclusive());
            case PRange r -> ty instanceof PatTy.Char
                    ? new Pat.Range(r.lo() == null ? null : BigInteger.valueOf(((Pat.CharLit) literal((PLit) r.lo(), ty)).codePoint()),
                            r.hi() == null ? null : BigInteger.valueOf(((Pat.CharLit) literal((PLit) r.hi(), ty)).codePoint()),
                            r.inclusive())
                    : new Pat.Range(r.lo() == null ? null : boundValue(r.lo(), ty), r.hi() == null ? null : boundValue(r.hi(), ty),
                            r.inclusive());
            case PTuple t -> {
                PatTy.Tuple tt = (PatTy.Tuple) ty;
                List<Pat> elems = new ArrayList<>();
                for (int i = 0; i < t.elems().size(); i++) {
                    elems.add(toPat(t.elems().get(i), tt.elements().get(i)));
                }
                yield new Pat.Tuple(elems);
            }
            case PPath pp -> {
                TestAdt adt = (TestAdt) ((PatTy.Adt) ty).def();
                int v = adt.isEnum ? adt.variantIndex(pp.last()) : 0;
                VariantDef vd = adt.variant(v);
                List<Pat.FieldPat> fields = new ArrayList<>();
                if (pp.tupleFields() != null) {
                    List<PatAst> fs = pp.tupleFields();
                    int restAt = -1;
                    for (int i = 0; i < fs.size(); i++) {
                        if (fs.get(i) instanceof PRest) {
                            restAt = i;
                        }
                    }
                    if (restAt < 0) {
                        for (int i = 0; i < fs.size(); i++) {
                            fields.add(new Pat.FieldPat(i, toPat(fs.get(i), vd.fields().get(i).ty())));
                        }
                    } else {
                        for (int i = 0; i < restAt; i++) {
                            fields.add(new Pat.FieldPat(i, toPat(fs.get(i), vd.fields().get(i).ty())));
                        }
                        int after = fs.size() - restAt - 1;
                        for (int k = 0; k < after; k++) {
                            int fi = vd.fields().size() - after + k;
                            fields.add(new Pat.FieldPat(fi, toPat(fs.get(restAt + 1 + k), vd.fields().get(fi).ty())));
                        }
                    }
                } else if (pp.structFields() != null) {
                    for (Map.Entry<String, PatAst> e : pp.structFields()) {
                        int fi = -1;
                        for (int i = 0; i < vd.fields().size(); i++) {
                            if (vd.fields().get(i).name().equals(e.getKey())) {
                                fi = i;
                            }
                        }
                        fields.add(new Pat.FieldPat(fi, toPat(e.getValue(), vd.fields().get(fi).ty())));
                    }
                }
                yield new Pat.Variant(v, fields);
            }
            case PRef r -> new Pat.Ref(toPat(r.sub(), ((PatTy.Ref) ty).pointee()));
            case PSlice s -> {
                PatTy elem = ty instanceof PatTy.Array a ? a.element() : ((PatTy.Slice) ty).element();
                List<Pat> pre = new ArrayList<>();
                for (PatAst e : s.prefix()) {
                    pre.add(toPat(e, elem));
                }
                List<Pat> suf = new ArrayList<>();
                for (PatAst e : s.suffix()) {
                    suf.add(toPat(e, elem));
                }
                yield new Pat.Slice(pre, s.hasRest(), suf);
            }
            case POr o -> {
                List<Pat> alts = new ArrayList<>();
                for (PatAst a : o.alts()) {
                    alts.add(toPat(a, ty));
                }
                yield new Pat.Or(alts);
            }
            case PRest r -> new Pat.Wild();
        };
        spans.put(p, new int[] {ast.start(), ast.end()});
        return p;
    }

    private BigInteger boundValue(PatAst b, PatTy ty) {
        if (b instanceof PConstPath c) {
            return constValue(c.path());
        }
        return ((Pat.IntLit) literal((PLit) b, ty)).value();
    }

    private static BigInteger constValue(String path) {
        String[] parts = path.split("::");
        IntTy t = IntTy.byName(parts[0]);
        return parts[1].equals("MIN") ? Types.min(t) : Types.max(t);
    }

    private Pat literal(PLit l, PatTy ty) {
        Tok t = l.tok();
        switch (t.kind) {
            case "int" -> {
                String digits = t.text.replace("_", "").replaceAll("[iu](8|16|32|64|128|size)$", "");
                BigInteger v = new BigInteger(digits);
                return new Pat.IntLit(l.negative() ? v.negate() : v);
            }
            case "float" -> {
                double v = Double.parseDouble(t.text.replaceAll("f(32|64)$", ""));
                return new Pat.FloatLit(l.negative() ? -v : v);
            }
            case "char" -> {
                return new Pat.CharLit(unescapeChar(t.text.substring(1, t.text.length() - 1)));
            }
            case "str" -> {
                return new Pat.StrLit(t.text.substring(1, t.text.length() - 1));
            }
            default -> {
                return new Pat.BoolLit(t.text.equals("true"));
            }
        }
    }

    private static int unescapeChar(String s) {
        if (!s.startsWith("\\")) {
            return s.codePointAt(0);
        }
        return switch (s.charAt(1)) {
            case '0' -> 0;
            case 'n' -> '\n';
            case 't' -> '\t';
            case 'r' -> '\r';
            case 'u' -> Integer.parseInt(s.substring(3, s.length() - 1), 16);
            default -> s.charAt(1);
        };
    }

    /** 1-based line and column of an offset, as rustc prints them. */
    String lineCol(int offset) {
        int line = 1;
        int col = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
        }
        return line + ":" + col;
    }
}
