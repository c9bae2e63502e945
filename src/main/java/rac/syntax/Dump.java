package rac.syntax;

/** Renders trees in rust-analyzer's debug format. */
final class Dump {
    private Dump() {
    }

    static void dump(SyntaxNode node, StringBuilder sb, int depth) {
        dumpGreen(node.green(), node.textRange().start(), sb, depth);
    }

    static void dumpGreen(GreenNode node, int offset, StringBuilder sb, int depth) {
        indent(sb, depth);
        sb.append(node.kind()).append('@').append(offset).append("..").append(offset + node.textLength()).append('\n');
        int off = offset;
        for (int i = 0; i < node.childCount(); i++) {
            GreenElement c = node.child(i);
            switch (c) {
                case GreenNode n -> dumpGreen(n, off, sb, depth + 1);
                case GreenToken t -> {
                    indent(sb, depth + 1);
                    sb.append(t.kind()).append('@').append(off).append("..").append(off + t.textLength())
                            .append(' ').append(quote(t.text())).append('\n');
                }
            }
            off += c.textLength();
        }
    }

    private static void indent(StringBuilder sb, int depth) {
        for (int i = 0; i < depth; i++) {
            sb.append("  ");
        }
    }

    /** Quotes a token text as a Rust/JSON-like string literal. */
    static String quote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2);
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        sb.append(String.format("\\u{%x}", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
