package rac.hir;

/** A local variable introduced by a pattern. {@code pat} is the pattern that declares it. */
public record Binding(String name, boolean mutable, int pat) { }
