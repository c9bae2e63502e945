package rac.syntax;

/** One lexed token with its text and byte range, as returned by {@link Lexer#tokenize}. */
public record Token(SyntaxKind kind, String text, TextRange range) {
    @Override
    public String toString() {
        return kind + "@" + range + " " + Dump.quote(text);
    }
}
