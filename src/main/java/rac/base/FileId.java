package rac.base;

/** A small, stable handle for a source file registered in a {@link SourceMap}. */
public record FileId(int index) {
    @Override
    public String toString() {
        return "FileId(" + index + ")";
    }
}
