/**
 * Lexing and parsing: Rust source text to an immutable, lossless green tree (kind, byte length,
 * children; whitespace and comments kept as tokens) with red cursors made on demand. Depends only
 * on {@code rac.base} and {@code rac.diag}.
 *
 * <h2>Invariants</h2>
 * <ul>
 * <li>Parsing never throws: {@link rac.syntax.Parser#parse} returns a {@link rac.syntax.Parse}
 *     holding the tree and the errors; every byte of the input is in the tree, so printing the
 *     tree gives the input back byte for byte.</li>
 * <li>All offsets and lengths are UTF-8 byte offsets, matching {@link rac.base.Span}.</li>
 * <li>Node and token kinds, and the tree shape, follow rust-analyzer ({@code rust.ungram}).
 *     Composite punctuation ({@code >>=}, {@code ::}, {@code ..=}) is lexed one character at a
 *     time and glued by the parser where the grammar wants an operator, so {@code Vec<Vec<u8>>}
 *     needs no token splitting; inside macro token trees the characters stay separate with their
 *     spacing (see {@link rac.syntax.ast.TokenTree}).</li>
 * <li>Errors follow rustc: lexer errors first (rustc stops at an unterminated literal or
 *     comment), then unbalanced-delimiter errors (checked before parsing, as rustc's token-tree
 *     pass does; when there are any, the parser's own errors are not reported), then parse
 *     errors. After a hard error inside a block the rest of the block is skipped, as rustc does.</li>
 * </ul>
 *
 * <h2>How the tree is built</h2>
 * The parser works on the significant (non-trivia) tokens and builds green nodes directly on a
 * stack: {@code open()} returns a checkpoint, {@code close(m, KIND)} wraps everything since it.
 * Trivia is flushed into the tree just before the next token, so nodes start and end at
 * significant tokens; comments directly above an item belong to the item (doc comments).
 * {@link rac.syntax.Parser#parseFragment} parses macro expansion results (expressions, types,
 * patterns, paths, items, statements).
 */
package rac.syntax;
