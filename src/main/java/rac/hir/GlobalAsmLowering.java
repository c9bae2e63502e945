package rac.hir;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import rac.syntax.SyntaxElement;
import rac.syntax.SyntaxKind;
import rac.syntax.SyntaxNode;
import rac.syntax.SyntaxToken;

/**
 * {@code global_asm!(...)}: its templates with {@code const} and {@code sym} operands substituted, as
 * the lines of LLVM module-level assembly, wrapped in {@code .intel_syntax} unless
 * {@code options(att_syntax)} (what rustc emits). Template strings may carry {@code #[cfg(...)]}.
 */
public final class GlobalAsmLowering {
    private GlobalAsmLowering() {
    }

    /** The assembly text (null after an error) or the error's message, and the functions {@code sym} names. */
    public record Result(String text, String error, List<DefId> syms) {
        public Result(String text, String error) {
            this(text, error, List.of());
        }
    }

    /**
     * Lowers the macro call {@code call}; {@code resolver} resolves {@code sym} paths, {@code symbolOf}
     * names a function's symbol, {@code constValue} gives an integer const's value (null if not one).
     */
    public static Result lower(SyntaxNode call, PathResolver resolver, Function<DefId, String> symbolOf,
                               Function<DefId, BigInteger> constValue) {
        SyntaxNode tt = call.firstChild(SyntaxKind.TOKEN_TREE);
        if (tt == null) {
            return new Result(null, "expected a `global_asm!` argument list");
        }
        List<String> templates = new ArrayList<>();
        List<String> values = new ArrayList<>();
        Map<String, Integer> named = new HashMap<>();
        boolean att = false;
        boolean raw = false;
        List<DefId> syms = new ArrayList<>();
        for (List<SyntaxElement> grp : groups(tt)) {
            grp = stripCfgTrue(grp);
            if (grp == null || grp.isEmpty()) {
                continue;
            }
            if (grp.size() == 1 && grp.get(0) instanceof SyntaxToken t && t.kind() == SyntaxKind.STRING) {
                String s = Literals.unescapeString(t.text());
                if (s == null) {
                    return new Result(null, "malformed template string");
                }
                templates.add(s);
                continue;
            }
            String first = grp.get(0) instanceof SyntaxToken t ? t.text() : "";
            if (first.equals("options") && grp.size() == 2 && grp.get(1) instanceof SyntaxNode opts) {
                String text = opts.text();
                att = text.contains("att_syntax");
                raw = text.contains("raw");
                continue;
            }
            String name = null;
            if (grp.size() > 2 && grp.get(1) instanceof SyntaxToken eq && eq.kind() == SyntaxKind.EQ) {
                name = first;
                grp = grp.subList(2, grp.size());
                first = grp.get(0) instanceof SyntaxToken t ? t.text() : "";
            }
            String rest = text(grp.subList(1, grp.size())).trim();
            String value;
            if (first.equals("const")) {
                value = constText(rest, resolver, constValue);
            } else if (first.equals("sym")) {
                PathResolver.Resolution r = resolver.resolveValue(List.of(rest.replace(" ", "").split("::")), "function");
                value = null;
                if (r instanceof PathResolver.Resolution.Def d && resolver.defMap().def(d.def()).kind() == DefMap.DefKind.FN) {
                    syms.add(new DefId(d.def()));
                    value = symbolOf.apply(new DefId(d.def()));
                }
            } else {
                return new Result(null, "only `const` and `sym` operands are allowed in `global_asm!`");
            }
            if (value == null) {
                return new Result(null, "this `" + first + "` operand of `global_asm!` is not supported by rac yet");
            }
            if (name != null) {
                named.put(name, values.size());
            }
            values.add(value);
        }
        StringBuilder out = new StringBuilder();
        int next = 0;
        for (int t = 0; t < templates.size(); t++) {
            if (t > 0) {
                out.append('\n');
            }
            String s = templates.get(t);
            if (raw) {
                out.append(s);
                continue;
            }
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if ((c == '{' || c == '}') && i + 1 < s.length() && s.charAt(i + 1) == c) {
                    out.append(c);
                    i++;
                } else if (c == '{') {
                    int close = s.indexOf('}', i);
                    if (close < 0) {
                        return new Result(null, "invalid asm template string: expected `}` but string was terminated");
                    }
                    String arg = s.substring(i + 1, close);
                    int colon = arg.indexOf(':');
                    if (colon >= 0) {
                        arg = arg.substring(0, colon);
                    }
                    Integer index = arg.isEmpty() ? Integer.valueOf(next++)
                            : arg.chars().allMatch(Character::isDigit) ? Integer.valueOf(Integer.parseInt(arg))
                            : named.get(arg);
                    if (index == null || index >= values.size()) {
                        return new Result(null, "invalid reference to argument `" + arg + "` in `global_asm!`");
                    }
                    out.append(values.get(index));
                    i = close;
                } else {
                    out.append(c);
                }
            }
        }
        String body = out.toString();
        return new Result(att ? body : ".intel_syntax\n" + body + "\n.att_syntax", null, syms);
    }

    private static String constText(String expr, PathResolver resolver, Function<DefId, BigInteger> constValue) {
        String e = expr.replace("_", "");
        boolean neg = e.startsWith("-");
        if (neg) {
            e = e.substring(1).trim();
        }
        String digits = e.replaceAll("(i|u)(8|16|32|64|128|size)$", "");
        try {
            BigInteger v = digits.startsWith("0x") ? new BigInteger(digits.substring(2), 16) : new BigInteger(digits);
            return (neg ? v.negate() : v).toString();
        } catch (NumberFormatException ex) {
            if (neg) {
                return null;
            }
        }
        PathResolver.Resolution r = resolver.resolveValue(List.of(expr.replace(" ", "").split("::")), "value");
        if (r instanceof PathResolver.Resolution.Def d && resolver.defMap().def(d.def()).kind() == DefMap.DefKind.CONST) {
            BigInteger v = constValue.apply(new DefId(d.def()));
            return v == null ? null : v.toString();
        }
        return null;
    }

    /**
     * A group without its leading {@code #[cfg(...)]} attributes, or null when one of them is false
     * (rac knows the x86-64 Linux target's cfgs and {@code panic = "unwind"}).
     */
    private static List<SyntaxElement> stripCfgTrue(List<SyntaxElement> grp) {
        int i = 0;
        while (i + 1 < grp.size() && grp.get(i) instanceof SyntaxToken hash && hash.text().equals("#")
                && grp.get(i + 1) instanceof SyntaxNode attr && attr.kind() == SyntaxKind.TOKEN_TREE) {
            String a = attr.text().replaceAll("\\s", "");
            if (a.startsWith("[cfg(") && !cfgTrue(a.substring(5, a.length() - 2))) {
                return null;
            }
            i += 2;
        }
        return grp.subList(i, grp.size());
    }

    /** Evaluates a cfg predicate written without spaces. */
    static boolean cfgTrue(String p) {
        if (p.startsWith("not(") && p.endsWith(")")) {
            return !cfgTrue(p.substring(4, p.length() - 1));
        }
        if ((p.startsWith("all(") || p.startsWith("any(")) && p.endsWith(")")) {
            boolean all = p.startsWith("all(");
            List<String> parts = splitTop(p.substring(4, p.length() - 1));
            for (String part : parts) {
                if (part.isEmpty()) {
                    continue;
                }
                if (cfgTrue(part) != all) {
                    return !all;
                }
            }
            return all;
        }
        return switch (p) {
            case "unix", "target_arch=\"x86_64\"", "target_os=\"linux\"", "target_family=\"unix\"",
                 "target_pointer_width=\"64\"", "target_endian=\"little\"", "panic=\"unwind\"",
                 "target_env=\"gnu\"", "debug_assertions" -> true;
            default -> false;
        };
    }

    private static List<String> splitTop(String s) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                out.add(s.substring(start, i));
                start = i + 1;
            }
        }
        out.add(s.substring(start));
        return out;
    }

    private static String text(List<SyntaxElement> els) {
        StringBuilder sb = new StringBuilder();
        for (SyntaxElement e : els) {
            sb.append(e instanceof SyntaxToken t ? t.text() : ((SyntaxNode) e).text()).append(' ');
        }
        return sb.toString();
    }

    /** The comma-separated groups of a token tree's contents (trivia dropped). */
    private static List<List<SyntaxElement>> groups(SyntaxNode tt) {
        List<SyntaxElement> inner = new ArrayList<>();
        for (SyntaxElement e : tt.childrenWithTokens()) {
            if (!(e instanceof SyntaxToken t && SyntaxUtil.isTrivia(t.kind()))) {
                inner.add(e);
            }
        }
        if (inner.size() >= 2) {
            inner = inner.subList(1, inner.size() - 1);
        }
        List<List<SyntaxElement>> out = new ArrayList<>();
        List<SyntaxElement> cur = new ArrayList<>();
        for (SyntaxElement e : inner) {
            if (e instanceof SyntaxToken t && t.kind() == SyntaxKind.COMMA) {
                out.add(cur);
                cur = new ArrayList<>();
            } else {
                cur.add(e);
            }
        }
        if (!cur.isEmpty()) {
            out.add(cur);
        }
        return out;
    }
}
