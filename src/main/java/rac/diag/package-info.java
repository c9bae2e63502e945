/**
 * Diagnostics: the data of an error or warning ({@link rac.diag.Diagnostic}: message, code,
 * labelled spans, notes and helps, {@link rac.diag.Suggestion code suggestions}) and emitters that
 * render it byte for byte as rustc 1.95 does in its three {@code --error-format}s:
 * {@link rac.diag.HumanEmitter} (human and short) and {@link rac.diag.JsonEmitter} (JSON).
 * {@link rac.diag.DiagnosticHandler} is the entry point for the driver: it renders each
 * diagnostic as it is emitted, counts errors and warnings and prints rustc's closing lines.
 * {@link rac.diag.Explanations} holds rac's own texts for {@code --explain}.
 * Depends only on {@code rac.base}.
 */
package rac.diag;
