package rac.driver;

import java.nio.file.Path;

/** Where rac keeps its caches: $RAC_CACHE_DIR, else $XDG_CACHE_HOME/rac, else ~/.cache/rac. */
final class Cache {
    private Cache() {
    }

    static Path dir() {
        String explicit = System.getenv("RAC_CACHE_DIR");
        if (explicit != null && !explicit.isEmpty()) {
            return Path.of(explicit);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isEmpty()) {
            return Path.of(xdg, "rac");
        }
        return Path.of(System.getProperty("user.home"), ".cache", "rac");
    }
}
