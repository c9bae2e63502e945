/**
 * Lexing and parsing: Rust source text to an immutable, lossless green tree (kind, byte length,
 * children; whitespace and comments kept as tokens) with red cursors made on demand. Parsing never
 * fails: {@link rac.syntax.Parser#parse} returns a {@link rac.syntax.Parse} holding the tree and the
 * errors. All offsets are UTF-8 byte offsets, matching {@link rac.base.Span}. Depends only on
 * {@code rac.base} and {@code rac.diag}.
 */
package rac.syntax;
