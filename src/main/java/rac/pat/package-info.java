/**
 * Pattern exhaustiveness and reachability: the check behind rustc's E0004 (non-exhaustive
 * patterns in {@code match}), E0005 (refutable pattern in {@code let} or a function parameter)
 * and the {@code unreachable_patterns} lint, with rustc's exact witness text.
 *
 * <p>The package has its own small model of types ({@link rac.pat.PatTy}, with ADTs described
 * lazily through {@link rac.pat.AdtDef}) and of patterns ({@link rac.pat.Pat}), so that it sits
 * below the type checker: the type checker adapts its types and its (fully typed, match-ergonomics
 * resolved) patterns to this model and calls {@link rac.pat.MatchCheck}. The algorithm is rustc's
 * usefulness algorithm (pattern matrix, constructor splitting of integer ranges and slice lengths,
 * witnesses of missing constructors, relevancy pruning and the arm-intersection bookkeeping that
 * explains unreachable patterns), written afresh from the rustc-dev-guide description.
 *
 * <p>Invariants: no I/O, no global state, never throws on ill-typed patterns (a pattern that does
 * not fit its type is treated like an error pattern: the whole check is suppressed, as rustc does
 * after a type error). Depends only on {@code rac.base} (and may use {@code rac.diag}).
 */
package rac.pat;
