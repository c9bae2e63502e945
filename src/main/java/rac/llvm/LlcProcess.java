package rac.llvm;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * The fallback LLVM back end: writes the IR to a temporary directory and spawns LLVM 14's
 * {@code opt} and {@code llc} with {@code -opaque-pointers -relocation-model=pic}. About forty
 * times slower per module than {@link InProcessLlvm}, but needs only the LLVM tools.
 */
public final class LlcProcess implements LlvmBackend {

    /** The default directory holding {@code opt} and {@code llc}. */
    public static final Path DEFAULT_TOOL_DIR = Path.of("/usr/lib/llvm-14/bin");

    /** LLVM 14's data layout for x86_64 Linux, which every module gets (opt would keep the IR's). */
    static final String X86_64_DATA_LAYOUT =
            "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128";

    private static final java.util.regex.Pattern DATA_LAYOUT_LINE =
            java.util.regex.Pattern.compile("(?m)^target datalayout = \"[^\"]*\"[ \\t]*$");

    private final Path opt;
    private final Path llc;

    /** Uses the tools in {@code toolDir}. */
    public LlcProcess(Path toolDir) {
        this.opt = toolDir.resolve("opt");
        this.llc = toolDir.resolve("llc");
    }

    /** Uses the tools in {@link #DEFAULT_TOOL_DIR}. */
    public LlcProcess() {
        this(DEFAULT_TOOL_DIR);
    }

    /** Whether both {@code opt} and {@code llc} exist and are executable. */
    public boolean available() {
        return Files.isExecutable(opt) && Files.isExecutable(llc);
    }

    @Override
    public String description() {
        return "spawned " + llc + " and " + opt;
    }

    @Override
    public byte[] compileToObject(String llvmIr, String moduleName, int optLevel) {
        LlvmBackend.checkOptLevel(optLevel);
        return codegen(llvmIr, moduleName, optLevel, "obj");
    }

    @Override
    public String compileToAssembly(String llvmIr, String moduleName, int optLevel) {
        LlvmBackend.checkOptLevel(optLevel);
        return new String(codegen(llvmIr, moduleName, optLevel, "asm"), StandardCharsets.UTF_8);
    }

    @Override
    public String optimizeIr(String llvmIr, int optLevel) {
        LlvmBackend.checkOptLevel(optLevel);
        return inTempDir(dir -> {
            Path input = writeIr(dir, "module", llvmIr);
            Path output = Path.of("module.opt.ll");
            List<String> command = optCommand(optLevel);
            command.addAll(List.of("-S", "-o", output.toString(), input.toString()));
            run(command, dir);
            return Files.readString(dir.resolve(output));
        });
    }

    @Override
    public String verify(String llvmIr) {
        try {
            inTempDir(dir -> {
                Path input = writeIr(dir, "module", llvmIr);
                run(List.of(opt.toString(), "-opaque-pointers", "-passes=verify", "-disable-output",
                        input.toString()), dir);
                return null;
            });
            return null;
        } catch (LlvmException e) {
            return e.getMessage();
        }
    }

    private byte[] codegen(String llvmIr, String moduleName, int optLevel, String fileType) {
        return inTempDir(dir -> {
            Path input = writeIr(dir, moduleName, llvmIr);
            // At level 0 the O0 pipeline only inlines alwaysinline functions: skip the spawn
            // when there are none.
            if (optLevel > 0 || llvmIr.contains("alwaysinline")) {
                Path optimised = Path.of("optimised.bc");
                List<String> command = optCommand(optLevel);
                command.addAll(List.of("-o", optimised.toString(), input.toString()));
                run(command, dir);
                input = optimised;
            }
            Path output = Path.of("out." + fileType);
            run(List.of(llc.toString(), "-opaque-pointers", "-relocation-model=pic",
                    "-mtriple=x86_64-unknown-linux-gnu", "-mcpu=" + InProcessLlvm.CPU,
                    "-O" + optLevel, "-filetype=" + fileType, "-o", output.toString(), input.toString()), dir);
            return Files.readAllBytes(dir.resolve(output));
        });
    }

    /**
     * opt with rustc's tuning and the pipeline {@link InProcessLlvm} uses on LLVM 14 (the tools
     * are LLVM 14's; see {@link Llvm14Pipelines} for the passes left out).
     */
    private List<String> optCommand(int optLevel) {
        boolean o2 = optLevel >= 2;
        List<String> command = new ArrayList<>(List.of(opt.toString(), "-opaque-pointers",
                "-mtriple=x86_64-unknown-linux-gnu", "-mcpu=" + InProcessLlvm.CPU,
                "-passes=" + Llvm14Pipelines.forLevel(optLevel),
                "-vectorize-loops=" + o2, "-vectorize-slp=" + o2, "-enable-merge-functions=" + o2,
                "-interleave-loops=true"));
        command.addAll(InProcessLlvm.RUSTC_LLVM_OPTIONS);
        return command;
    }

    private static Path writeIr(Path dir, String moduleName, String llvmIr) throws IOException {
        String safe = moduleName.replaceAll("[^A-Za-z0-9_.-]", "_");
        Path file = Path.of((safe.isEmpty() ? "module" : safe) + ".ll");
        // Like the in-process back end (and llc itself), use the target's layout, whatever the IR
        // says. The IR's line is blanked and ours goes before the first line (it must precede the
        // module's globals), on that same line, so that error messages keep their line numbers.
        String text = "target datalayout = \"" + X86_64_DATA_LAYOUT + "\" "
                + DATA_LAYOUT_LINE.matcher(llvmIr).replaceAll("");
        Files.writeString(dir.resolve(file), text);
        return file;
    }

    /**
     * Runs a tool in {@code dir} (file names are relative to it, so the temporary directory shows
     * in no message or module name); a non-zero exit becomes an LlvmException with its stderr.
     */
    private static void run(List<String> command, Path dir) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE).start();
        process.getOutputStream().close();
        CompletableFuture<String> stdout = drain(process.getInputStream());
        CompletableFuture<String> stderr = drain(process.getErrorStream());
        int status = process.waitFor();
        String errors = stderr.join();
        stdout.join();
        if (status != 0) {
            String tool = Path.of(command.get(0)).getFileName().toString();
            String message = errors.replace(command.get(0) + ": ", "").strip();
            throw new LlvmException(tool + " failed (exit status " + status + "): " + message);
        }
    }

    static CompletableFuture<String> drain(InputStream stream) {
        return CompletableFuture.supplyAsync(() -> {
            try (stream) {
                return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, Thread::startVirtualThread);
    }

    @FunctionalInterface
    private interface DirAction<T> {
        T apply(Path dir) throws IOException, InterruptedException;
    }

    private static <T> T inTempDir(DirAction<T> action) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("rac-llc-");
            return action.apply(dir);
        } catch (IOException e) {
            throw new LlvmException("running LLVM tools failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LlvmException("interrupted while running LLVM tools", e);
        } finally {
            if (dir != null) {
                deleteTree(dir);
            }
        }
    }

    static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // best effort: a leftover temp file is harmless
                }
            });
        } catch (IOException ignored) {
            // best effort
        }
    }
}
