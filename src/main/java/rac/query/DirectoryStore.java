package rac.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * A {@link PersistentStore} in a directory: one file per key under a two-character shard
 * ({@code ab/abcdef...}), written to a temporary file and renamed into place so that readers never see
 * a partial entry, even with several processes sharing the directory.
 */
public final class DirectoryStore implements PersistentStore {
    private final Path root;

    /** Creates a store rooted at {@code root}, creating the directory if needed. */
    public DirectoryStore(Path root) {
        this.root = root;
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The root directory. */
    public Path root() {
        return root;
    }

    private Path path(String key) {
        if (key.length() < 3 || !key.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
            throw new IllegalArgumentException("store keys are lowercase hex digests: " + key);
        }
        return root.resolve(key.substring(0, 2)).resolve(key);
    }

    @Override
    public Optional<byte[]> get(String key) {
        try {
            return Optional.of(Files.readAllBytes(path(key)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    @Override
    public void put(String key, byte[] value) {
        Path target = path(key);
        try {
            Files.createDirectories(target.getParent());
            Path tmp = Files.createTempFile(target.getParent(), key.substring(0, 8) + ".", ".tmp");
            try {
                Files.write(tmp, value);
                try {
                    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
