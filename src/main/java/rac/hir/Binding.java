package rac.hir;

/**
 * A local variable introduced by a pattern. {@code pat} is the pattern that declares it (the first
 * alternative's, for an or-pattern); {@code byRef} is the explicit binding mode ({@code ref} /
 * {@code ref mut}), match ergonomics may still make a plain binding bind by reference;
 * {@code nameRange} is where the name is (null: at the end of the pattern).
 */
public record Binding(String name, boolean mutable, int pat, ByRef byRef, RelRange nameRange) {
    public Binding(String name, boolean mutable, int pat) {
        this(name, mutable, pat, ByRef.NO, null);
    }

    /** Where the name is, given the range of the declaring pattern. */
    public RelRange nameRange(RelRange patRange) {
        if (nameRange != null) {
            return nameRange;
        }
        return new RelRange(patRange.end() - name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length,
                patRange.end());
    }

    /** A binding's mode as written. */
    public enum ByRef { NO, REF, REF_MUT }
}
