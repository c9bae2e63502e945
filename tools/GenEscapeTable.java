/**
 * Generates the table of code points that Rust's Debug escapes as {@code \\u{..}} (not printable:
 * controls, format characters, private use, surrogates, unassigned, separators other than ' ';
 * or grapheme extenders, approximated as non-spacing and enclosing marks plus U+200C) for
 * {@code src/main/resources/rac/runtime/rt.c}: {@code java tools/GenEscapeTable.java}.
 * Uses the JDK's Unicode data.
 */
public class GenEscapeTable {
    static boolean escaped(int c) {
        if (c == ' ') {
            return false;
        }
        if (c == 0x200C) {
            return true;
        }
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.PRIVATE_USE, Character.SURROGATE,
                 Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SPACE_SEPARATOR, Character.NON_SPACING_MARK, Character.ENCLOSING_MARK -> true;
            default -> false;
        };
    }

    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder("static const uint32_t escape_ranges[][2] = {\n");
        int count = 0;
        int c = 0;
        StringBuilder row = new StringBuilder("   ");
        while (c <= 0x10FFFF) {
            if (!escaped(c)) {
                c++;
                continue;
            }
            int start = c;
            while (c + 1 <= 0x10FFFF && escaped(c + 1)) {
                c++;
            }
            String item = String.format(" {0x%X, 0x%X},", start, c);
            if (row.length() + item.length() > 110) {
                sb.append(row).append('\n');
                row = new StringBuilder("   ");
            }
            row.append(item);
            count++;
            c++;
        }
        sb.append(row).append("\n};\n#define ESCAPE_RANGES ").append(count).append('\n');
        System.out.print(sb);
    }
}
