/**
 * Foundations shared by every stage: source files, spans, the source map and editions.
 * This package depends on nothing else in rac.
 */
package rac.base;
