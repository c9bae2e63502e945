package rac.hir;

/** A byte range relative to the start of the item that contains it. */
public record RelRange(int start, int end) {
    /** Converts to an absolute span, given the item's absolute start offset. */
    public rac.base.Span absolute(rac.base.FileId file, int itemStart) {
        return new rac.base.Span(file, itemStart + start, itemStart + end);
    }
}
