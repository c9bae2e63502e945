/**
 * Diagnostics: the data of an error or warning (message, code, labelled spans, notes, help) and
 * emitters that render it exactly as rustc does, in its human, short and JSON formats.
 * Depends only on {@code rac.base}.
 */
package rac.diag;
