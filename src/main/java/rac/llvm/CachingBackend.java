package rac.llvm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An on-disk cache of object code in front of another back end: {@link #compileToObject} looks up
 * a file named by the SHA-256 of (back end, opt level, module name, IR) and compiles only on a
 * miss, so a warm build does not run LLVM for unchanged codegen units. Files are written to a
 * temporary name and renamed into place, so a reader never sees half a file and concurrent
 * writers of the same key are harmless. Assembly, optimised IR and verification are passed through
 * uncached.
 */
public final class CachingBackend implements LlvmBackend {
    private final LlvmBackend inner;
    private final Path directory;
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();

    /** Caches {@code inner}'s objects in {@code directory} (created when missing). */
    public CachingBackend(LlvmBackend inner, Path directory) {
        this.inner = inner;
        this.directory = directory;
    }

    @Override
    public byte[] compileToObject(String llvmIr, String moduleName, int optLevel) {
        LlvmBackend.checkOptLevel(optLevel);
        Path file = directory.resolve(key(llvmIr, moduleName, optLevel) + ".o");
        try {
            byte[] cached = Files.readAllBytes(file);
            hits.incrementAndGet();
            return cached;
        } catch (IOException missing) {
            // not cached yet (or unreadable): compile
        }
        misses.incrementAndGet();
        byte[] object = inner.compileToObject(llvmIr, moduleName, optLevel);
        try {
            Files.createDirectories(directory);
            Path temporary = Files.createTempFile(directory, "tmp-", ".o");
            try {
                Files.write(temporary, object);
                try {
                    Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            // A cache that cannot be written only costs speed.
        }
        return object;
    }

    @Override
    public String compileToAssembly(String llvmIr, String moduleName, int optLevel) {
        return inner.compileToAssembly(llvmIr, moduleName, optLevel);
    }

    @Override
    public String optimizeIr(String llvmIr, int optLevel) {
        return inner.optimizeIr(llvmIr, optLevel);
    }

    @Override
    public String verify(String llvmIr) {
        return inner.verify(llvmIr);
    }

    @Override
    public String description() {
        return inner.description() + ", objects cached in " + directory;
    }

    /** How many objects came from the cache. */
    public long hits() {
        return hits.get();
    }

    /** How many objects were compiled. */
    public long misses() {
        return misses.get();
    }

    private String key(String llvmIr, String moduleName, int optLevel) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String part : new String[] {inner.description(), Integer.toString(optLevel), moduleName, llvmIr}) {
                byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
                digest.update(HexFormat.of().parseHex(String.format("%08x", bytes.length)));
                digest.update(bytes);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
