package rac.diag;

/**
 * A minimal JSON writer with serde_json's string escaping, which is what rustc uses for
 * {@code --error-format=json}: {@code "}, {@code \}, and control characters are escaped
 * (b, f, n, r, t by name, others as a six-character unicode escape in lowercase hex); everything else,
 * including non-ASCII and DEL, is written as is.
 */
public final class Json {
    private final StringBuilder sb = new StringBuilder();
    private boolean needComma;

    /** Appends {@code s} as a quoted, escaped JSON string to {@code out}. */
    public static void quote(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20) {
                        out.append("\\u00").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 15, 16));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /** {@code s} as a quoted, escaped JSON string. */
    public static String quote(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2);
        quote(out, s);
        return out.toString();
    }

    private void comma() {
        if (needComma) {
            sb.append(',');
        }
        needComma = false;
    }

    /** Starts an object (as a value or array element). */
    public Json beginObject() {
        comma();
        sb.append('{');
        return this;
    }

    public Json endObject() {
        sb.append('}');
        needComma = true;
        return this;
    }

    public Json beginArray() {
        comma();
        sb.append('[');
        return this;
    }

    public Json endArray() {
        sb.append(']');
        needComma = true;
        return this;
    }

    /** Writes a member name; the value follows. */
    public Json name(String name) {
        comma();
        quote(sb, name);
        sb.append(':');
        return this;
    }

    /** A string value, or null. */
    public Json value(String s) {
        comma();
        if (s == null) {
            sb.append("null");
        } else {
            quote(sb, s);
        }
        needComma = true;
        return this;
    }

    public Json value(long n) {
        comma();
        sb.append(n);
        needComma = true;
        return this;
    }

    public Json value(boolean b) {
        comma();
        sb.append(b);
        needComma = true;
        return this;
    }

    public Json nullValue() {
        comma();
        sb.append("null");
        needComma = true;
        return this;
    }

    @Override
    public String toString() {
        return sb.toString();
    }
}
