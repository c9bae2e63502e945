package rac.driver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The native runtime shim ({@code rt.c}, shipped in the jar): compiled once with the system C
 * compiler into the cache, keyed by a hash of its source, and linked into every program.
 */
final class NativeRuntime {
    private NativeRuntime() {
    }

    static Path object(Path cacheDir) throws IOException {
        byte[] source = Session.resource("/rac/runtime/rt.c");
        String hash;
        try {
            hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(source)).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        Path obj = cacheDir.resolve("rt-" + hash + ".o");
        if (Files.exists(obj)) {
            return obj;
        }
        Files.createDirectories(cacheDir);
        Path src = Files.createTempFile(cacheDir, "rt-", ".c");
        Path tmpObj = Files.createTempFile(cacheDir, "rt-", ".o");
        try {
            Files.write(src, source);
            Process p = new ProcessBuilder(List.of("cc", "-O2", "-fPIC", "-c", src.toString(), "-o", tmpObj.toString()))
                    .redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes());
            int code = p.waitFor();
            if (code != 0) {
                throw new IOException("compiling rac's runtime with `cc` failed: " + output);
            }
            Files.move(tmpObj, obj, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return obj;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while compiling the runtime");
        } finally {
            Files.deleteIfExists(src);
            Files.deleteIfExists(tmpObj);
        }
    }
}
