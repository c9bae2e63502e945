package rac.base;

import java.util.ArrayList;
import java.util.List;

/** All source files known to one compilation, addressed by {@link FileId}. Thread-safe. */
public final class SourceMap {
    private final List<SourceFile> files = new ArrayList<>();

    /** Registers a file and returns it; ids are dense and stable for this map. */
    public synchronized SourceFile add(String name, String text) {
        SourceFile f = new SourceFile(new FileId(files.size()), name, text);
        files.add(f);
        return f;
    }

    public synchronized SourceFile get(FileId id) {
        return files.get(id.index());
    }

    public synchronized int size() {
        return files.size();
    }
}
