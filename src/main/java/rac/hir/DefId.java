package rac.hir;

/** A definition of the local crate (a function, for now): a dense index into the DefMap. */
public record DefId(int index) {
    @Override
    public String toString() {
        return "DefId(" + index + ")";
    }
}
