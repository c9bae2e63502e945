/**
 * The typed AST: thin, allocation-cheap views over the lossless syntax tree, named after
 * rust-analyzer's {@code ast::} types ({@link rac.syntax.ast.Fn}, {@link rac.syntax.ast.BinExpr}, ...).
 * Most classes are generated from {@code tools/syntax/ast.spec} by {@code tools/syntax/gen_ast.py};
 * {@link rac.syntax.ast.Expr}, {@link rac.syntax.ast.Pat}, {@link rac.syntax.ast.Type},
 * {@link rac.syntax.ast.Item} and {@link rac.syntax.ast.Stmt} are sealed, so a {@code switch} over
 * them is exhaustive. Missing children are null or empty lists; accessors never throw.
 */
package rac.syntax.ast;
