/**
 * Tests of rac's standard library sources ({@code library/}) that can run without rac compiling
 * them: differential checks that build a library module with rustc and compare its output with the
 * real std, and checks that the sources stay within the Rust subset rac can compile today.
 */
package rac.library;
