package rac.ui;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Spawning a process with a timeout and collecting its output. */
public final class Processes {
    private Processes() {
    }

    /**
     * Runs {@code command} in {@code dir} with stdin empty, {@code RUST_BACKTRACE} removed from the
     * environment (so that panics print the same short message everywhere), and kills it after
     * {@code timeoutSeconds}.
     */
    public static ProcessOutput run(List<String> command, Path dir, long timeoutSeconds) {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().remove("RUST_BACKTRACE");
        pb.environment().remove("RUST_LIB_BACKTRACE");
        pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Process process;
        try {
            process = pb.start();
        } catch (IOException e) {
            return ProcessOutput.of(-1, "", "could not start " + command.getFirst() + ": " + e.getMessage() + "\n");
        }
        CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
        try {
            boolean finished = process.waitFor(timeoutSeconds, TimeUnit.SECONDS);
            if (!finished) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                process.waitFor();
            }
            String stdout = new String(out.join(), StandardCharsets.UTF_8);
            String stderr = new String(err.join(), StandardCharsets.UTF_8);
            return new ProcessOutput(finished ? process.exitValue() : -1, stdout, stderr, !finished);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command, e);
        }
    }

    /** Everything the stream yields; what was read so far if it is closed under us (a killed process). */
    private static byte[] readAll(InputStream in) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (in) {
            in.transferTo(buf);
        } catch (IOException e) {
            // The process was destroyed after a timeout: keep the partial output.
        }
        return buf.toByteArray();
    }
}
