package rac.llvm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The link step: runs the system C compiler driver ({@code cc}) to turn object files into a PIE
 * executable linked against libc and libm, with the flags rustc passes on x86_64 Linux
 * (as-needed, eh-frame-hdr, noexecstack, gc-sections, relro/now). Optionally selects a faster
 * linker with {@code -fuse-ld=}.
 */
public final class Linker {

    private final String cc;
    private final String fuseLd;

    /**
     * A linker running {@code cc} (a program name or path), adding {@code -fuse-ld=<fuseLd>} unless
     * {@code fuseLd} is null.
     */
    public Linker(String cc, String fuseLd) {
        this.cc = cc;
        this.fuseLd = fuseLd;
    }

    /**
     * The default linker: {@code cc}, with {@code -fuse-ld=mold} or {@code -fuse-ld=lld} when
     * {@code mold} or {@code ld.lld} is on the PATH (both link faster than GNU ld); otherwise cc's
     * default linker. The environment variable {@code RAC_FUSE_LD} overrides the choice
     * ({@code none} for cc's default).
     */
    public static Linker system() {
        String forced = System.getenv("RAC_FUSE_LD");
        if (forced != null && !forced.isBlank()) {
            return new Linker("cc", forced.equals("none") ? null : forced);
        }
        if (onPath("mold")) {
            return new Linker("cc", "mold");
        }
        if (onPath("ld.lld")) {
            return new Linker("cc", "lld");
        }
        return new Linker("cc", null);
    }

    /** Whether an executable called {@code program} is in a directory of {@code PATH}. */
    static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    /** The {@code -fuse-ld=} value in use, or null for cc's default linker. */
    public String fuseLd() {
        return fuseLd;
    }

    /** The command {@link #link} runs, program first. */
    public List<String> command(List<Path> objects, Path output, List<String> extraArgs) {
        List<String> command = new ArrayList<>();
        command.add(cc);
        command.add("-m64");
        for (Path object : objects) {
            command.add(object.toString());
        }
        command.add("-Wl,--as-needed");
        command.add("-lm");
        command.add("-Wl,--eh-frame-hdr");
        command.add("-Wl,-z,noexecstack");
        if (fuseLd != null) {
            command.add("-fuse-ld=" + fuseLd);
        }
        command.add("-o");
        command.add(output.toString());
        command.add("-Wl,--gc-sections");
        command.add("-pie");
        command.add("-Wl,-z,relro,-z,now");
        command.addAll(extraArgs);
        return command;
    }

    /**
     * Links {@code objects} into the executable {@code output}; {@code extraArgs} go last
     * (e.g. {@code -lfoo}, {@code -Wl,...}).
     *
     * @throws LinkException when cc cannot be started or exits with a non-zero status
     */
    public void link(List<Path> objects, Path output, List<String> extraArgs) throws LinkException {
        List<String> command = command(objects, output, extraArgs);
        Process process;
        try {
            ProcessBuilder builder = new ProcessBuilder(command);
            builder.environment().put("LC_ALL", "C"); // English messages, as rustc does
            process = builder.start();
        } catch (IOException e) {
            throw LinkException.notFound(cc, command, osErrorText(String.valueOf(e.getMessage())));
        }
        try {
            process.getOutputStream().close();
            CompletableFuture<String> stdout = LlcProcess.drain(process.getInputStream());
            CompletableFuture<String> stderr = LlcProcess.drain(process.getErrorStream());
            int status = process.waitFor();
            String errors = stderr.join();
            String out = stdout.join();
            if (status != 0) {
                throw LinkException.failed(cc, command, objects.size(), status, errors + out);
            }
        } catch (IOException e) {
            throw LinkException.failed(cc, command, objects.size(), -1, String.valueOf(e.getMessage()));
        } catch (InterruptedException e) {
            process.destroy();
            Thread.currentThread().interrupt();
            throw LinkException.failed(cc, command, objects.size(), -1, "interrupted");
        }
    }

    private static final java.util.regex.Pattern OS_ERROR =
            java.util.regex.Pattern.compile("error[=:]\\s*(\\d+),?\\s*\\(?([^()]+?)\\)?\\s*$");

    /**
     * Turns Java's {@code Cannot run program "cc": Exec failed, error: 2 (No such file or directory)}
     * (or the older {@code error=2, No such file or directory}) into rustc's
     * {@code No such file or directory (os error 2)}.
     */
    static String osErrorText(String javaText) {
        java.util.regex.Matcher m = OS_ERROR.matcher(javaText);
        if (!m.find()) {
            return javaText;
        }
        return m.group(2).strip() + " (os error " + m.group(1) + ")";
    }
}
