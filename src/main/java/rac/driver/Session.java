package rac.driver;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import rac.base.FileId;
import rac.base.SourceFile;
import rac.base.SourceMap;
import rac.diag.Diagnostic;
import rac.diag.DiagnosticHandler;
import rac.diag.ErrorFormat;
import rac.hir.DefId;
import rac.hir.DefMap;
import rac.llvm.LinkException;
import rac.llvm.Linker;
import rac.llvm.LlvmBackend;
import rac.llvm.LlvmBackends;
import rac.mir.MirBody;
import rac.query.Database;
import rac.query.DerivedQuery;
import rac.query.Durability;
import rac.syntax.Lexer;
import rac.syntax.Parse;

/**
 * One compilation: reads the input, sets the query inputs, runs the stages, reports diagnostics
 * and writes the outputs. This is where rac touches the file system and spawns the linker.
 */
public final class Session {
    private final Options options;
    private final PrintStream out;
    private final PrintStream err;
    private final SourceMap sourceMap = new SourceMap();
    private final Database db;
    private final DiagnosticHandler handler;
    private final TimePasses time;
    private LlvmBackend backend;
    private final DerivedQuery<Queries.CguKey, Queries.ObjectCode> objectCode;

    Session(Options options, PrintStream out, PrintStream err) {
        this.options = options;
        this.out = out;
        this.err = err;
        this.db = new Database();
        this.handler = new DiagnosticHandler(sourceMap, err, switch (options.errorFormat) {
            case HUMAN -> ErrorFormat.HUMAN;
            case SHORT -> ErrorFormat.SHORT;
            case JSON -> ErrorFormat.JSON;
        }, "rac");
        this.time = new TimePasses(options.timePasses, err);
        this.objectCode = DerivedQuery.named("objectCode", (ctx, key) -> new Queries.ObjectCode(
                backend().compileToObject(ctx.get(Queries.LLVM_IR, key), "cgu" + key.def(), options.optLevel)));
    }

    private LlvmBackend backend() {
        synchronized (this) {
            if (backend == null) {
                backend = LlvmBackends.best();
            }
            return backend;
        }
    }

    /** Reports an error that has no span, rustc-style, and counts it. */
    private void plainError(String message) {
        handler.emit(Diagnostic.error(message).build());
    }

    private int failed() {
        handler.finish();
        return 1;
    }

    /** Runs the command; returns the exit code. */
    int run() throws IOException {
        String input = options.inputs.get(0);
        String text;
        try {
            text = readSource(Path.of(input));
        } catch (NoSuchFileException e) {
            plainError("couldn't read `" + input + "`: No such file or directory (os error 2)");
            return failed();
        } catch (CharacterCodingException e) {
            plainError("couldn't read `" + input + "`: stream did not contain valid UTF-8");
            return failed();
        } catch (IOException e) {
            plainError("couldn't read `" + input + "`: " + e.getMessage());
            return failed();
        }
        SourceFile file = sourceMap.add(input, text);
        FileId root = file.id();
        db.set(Queries.FILE_TEXT, root, text, Durability.LOW);
        db.set(Queries.FILE_NAME, root, input, Durability.LOW);
        db.set(Queries.OPTIONS, Queries.CrateKey.LOCAL, new Queries.CrateOptions(options.crateName(), options.edition,
                options.optLevel, options.overflowChecksEnabled(), root), Durability.LOW);

        if (options.emit.containsKey(Options.EmitKind.TOKENS)) {
            StringBuilder sb = new StringBuilder();
            for (var t : Lexer.tokenize(text, options.edition)) {
                sb.append(t).append('\n');
            }
            writeOutput(Options.EmitKind.TOKENS, sb.toString());
        }
        Parse parse = time.pass("parse_crate", () -> db.get(Queries.PARSE, root));
        if (options.emit.containsKey(Options.EmitKind.AST)) {
            writeOutput(Options.EmitKind.AST, parse.tree().debugDump());
        }
        List<FileId> files = new ArrayList<>(List.of(root));
        DefMap defMap = time.passChecked("resolve_crate", () -> loadModules(input, files));
        for (FileId f : files) {
            Parse p = db.get(Queries.PARSE, f);
            if (!p.errors().isEmpty()) {
                handler.emitAll(p.diagnostics(f));
            }
        }
        if (handler.hasErrors()) {
            return failed();
        }
        List<DefId> fns = db.get(Queries.FUNCTIONS, Queries.CrateKey.LOCAL);
        time.pass("hir_lowering", () -> db.getAll(Queries.BODY, fns));
        if (options.emit.containsKey(Options.EmitKind.HIR)) {
            StringBuilder sb = new StringBuilder();
            for (DefId d : fns) {
                sb.append("fn ").append(defMap.def(d.index()).name()).append(": ")
                        .append(db.get(Queries.BODY, d).body()).append('\n');
            }
            writeOutput(Options.EmitKind.HIR, sb.toString());
        }
        time.pass("type_check_crate", () -> db.getAll(Queries.INFER, fns));
        List<Diagnostic> diagnostics = db.get(Queries.CRATE_DIAGNOSTICS, Queries.CrateKey.LOCAL);
        handler.emitAll(diagnostics);
        if (handler.hasErrors()) {
            return failed();
        }
        if (options.command == Options.Command.CHECK) {
            handler.finish();
            return 0;
        }
        List<DefId> concrete = fns.stream().filter(d -> db.get(Queries.GENERICS, d).isEmpty()).toList();
        List<MirBody> mirs = time.pass("mir_build", () -> db.getAll(Queries.MIR, concrete));
        if (options.emit.containsKey(Options.EmitKind.MIR)) {
            StringBuilder sb = new StringBuilder(rac.mir.MirPrinter.HEADER);
            for (MirBody m : mirs) {
                sb.append(rac.mir.MirPrinter.print(m, d -> String.join("::", Queries.defPath(defMap, d.index()))));
            }
            writeOutput(Options.EmitKind.MIR, sb.toString());
        }
        boolean needCode = options.emit.containsKey(Options.EmitKind.LLVM_IR) || options.emit.containsKey(
                Options.EmitKind.ASM) || options.emit.containsKey(Options.EmitKind.OBJ) || options.emit.containsKey(
                Options.EmitKind.LINK);
        if (!needCode) {
            handler.finish();
            return 0;
        }
        List<Queries.CguKey> cgus = new ArrayList<>();
        if (options.optLevel > 0 || options.emit.containsKey(Options.EmitKind.LLVM_IR)
                || options.emit.containsKey(Options.EmitKind.ASM) || options.emit.containsKey(Options.EmitKind.OBJ)) {
            cgus.add(new Queries.CguKey(Queries.CguKey.WHOLE_CRATE));
        } else {
            cgus.add(new Queries.CguKey(Queries.CguKey.ENTRY));
            for (Queries.Instance inst : db.get(Queries.MONO_ITEMS, Queries.CrateKey.LOCAL)) {
                cgus.add(new Queries.CguKey(inst.def().index(), inst.args()));
            }
        }
        List<String> irs = time.pass("codegen_crate", () -> db.getAll(Queries.LLVM_IR, cgus));
        if (options.emit.containsKey(Options.EmitKind.LLVM_IR)) {
            String ir = irs.get(0);
            if (options.optLevel > 0) {
                ir = backend().optimizeIr(ir, options.optLevel);
            }
            writeOutput(Options.EmitKind.LLVM_IR, ir);
        }
        if (options.emit.containsKey(Options.EmitKind.ASM)) {
            writeOutput(Options.EmitKind.ASM, backend().compileToAssembly(irs.get(0), "cgu", options.optLevel));
        }
        List<Queries.ObjectCode> objects;
        try {
            objects = time.pass("LLVM_passes", () -> db.getAll(objectCode, cgus));
        } catch (RuntimeException e) {
            String asmError = inlineAsmError(e);
            if (asmError == null) {
                throw e;
            }
            handler.emit(rac.diag.Diagnostic.error(asmError).build());
            handler.finish();
            return 1;
        }
        if (options.emit.containsKey(Options.EmitKind.OBJ)) {
            Path p = outputPath(Options.EmitKind.OBJ);
            writeAtomically(p, objects.get(0).bytes());
        }
        if (options.emit.containsKey(Options.EmitKind.LINK)) {
            int code = time.passChecked("link", () -> link(objects));
            if (code != 0) {
                return code;
            }
        }
        handler.finish();
        return 0;
    }

    /**
     * Sets the crate's source root: starts with no module files, and adds every file the DefMap
     * looked for that exists on disk, until it asks for no new ones. Returns the final DefMap.
     */
    private DefMap loadModules(String input, List<FileId> files) throws IOException {
        Path dir = Path.of(input).getParent();
        java.util.Map<String, FileId> known = new java.util.HashMap<>();
        java.util.Set<String> tried = new java.util.HashSet<>();
        while (true) {
            db.set(Queries.SOURCE_ROOT, Queries.CrateKey.LOCAL, new Queries.SourceRoot(known), Durability.LOW);
            DefMap defMap = db.get(Queries.DEF_MAP, Queries.CrateKey.LOCAL);
            boolean added = false;
            for (String rel : defMap.missingFiles()) {
                if (!tried.add(rel)) {
                    continue;
                }
                Path p = rel.startsWith("<std>/") ? libraryFile(rel.substring("<std>/".length()))
                        : dir == null ? Path.of(rel) : dir.resolve(rel);
                if (p == null) {
                    continue;
                }
                if (!Files.isRegularFile(p)) {
                    continue;
                }
                String text;
                try {
                    text = readSource(p);
                } catch (CharacterCodingException e) {
                    plainError("couldn't read `" + p + "`: stream did not contain valid UTF-8");
                    continue;
                }
                SourceFile sf = sourceMap.add(p.toString(), text);
                Durability durability = rel.startsWith("<std>/") ? Durability.HIGH : Durability.LOW;
                db.set(Queries.FILE_TEXT, sf.id(), text, durability);
                db.set(Queries.FILE_NAME, sf.id(), p.toString(), durability);
                known.put(rel, sf.id());
                files.add(sf.id());
                added = true;
            }
            if (!added) {
                return defMap;
            }
        }
    }

    /**
     * A file of rac's standard library ({@code library/std/src/<rel>}): found through
     * {@code $RAC_LIBRARY}, else next to the jar or classes rac runs from; null when absent.
     */
    static Path libraryFile(String rel) {
        Path dir = libraryDir();
        if (dir == null) {
            return null;
        }
        Path p = dir.resolve(rel);
        return Files.isRegularFile(p) ? p : null;
    }

    private static Path libraryDir() {
        String env = System.getenv("RAC_LIBRARY");
        if (env != null && !env.isEmpty()) {
            return Path.of(env);
        }
        try {
            Path here = Path.of(Session.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path p = here; p != null; p = p.getParent()) {
                Path candidate = p.resolve("library/std/src");
                if (Files.isDirectory(candidate)) {
                    return candidate;
                }
            }
        } catch (Exception e) {
            return null;
        }
        return null;
    }

    /**
     * The first message of an LLVM error in an {@code asm!} template (the assembler rejected it), or
     * null for other failures; rustc reports these as ordinary errors.
     */
    private static String inlineAsmError(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            int at = m == null ? -1 : m.indexOf("<inline asm>:");
            if (t instanceof rac.llvm.LlvmException && at >= 0) {
                String line = m.substring(at).lines().findFirst().orElse("");
                // `<inline asm>:LINE:COL: message`
                String[] parts = line.split(": ", 2);
                return parts.length == 2 ? parts[1].strip() : line;
            }
        }
        return null;
    }

    private static String readSource(Path path) throws IOException {
        byte[] bytes = Files.readAllBytes(path);
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    }

    private int link(List<Queries.ObjectCode> objects) throws IOException {
        Path exe = executablePath();
        Path tmp = Files.createTempDirectory("rac-link");
        try {
            List<Path> paths = new ArrayList<>();
            for (int i = 0; i < objects.size(); i++) {
                Path p = tmp.resolve("cgu" + i + ".o");
                Files.write(p, objects.get(i).bytes());
                paths.add(p);
            }
            paths.add(NativeRuntime.object(Cache.dir()));
            if (exe.getParent() != null) {
                Files.createDirectories(exe.getParent());
            }
            Path staged = tmp.resolve("out");
            Linker.system().link(paths, staged, List.of());
            Files.move(staged, exe, StandardCopyOption.REPLACE_EXISTING);
            return 0;
        } catch (LinkException e) {
            handler.emit(e.toDiagnostic(false));
            handler.finish();
            return 1;
        } finally {
            try (Stream<Path> s = Files.walk(tmp)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** The executable's path: -o, else the crate name in --out-dir or the current directory. */
    Path executablePath() {
        String linkTarget = options.emit.get(Options.EmitKind.LINK);
        if (linkTarget != null) {
            return Path.of(linkTarget);
        }
        if (options.output != null) {
            return Path.of(options.output);
        }
        Path dir = options.outDir != null ? Path.of(options.outDir) : Path.of("");
        return dir.resolve(options.crateName());
    }

    private Path outputPath(Options.EmitKind kind) {
        String explicit = options.emit.get(kind);
        if (explicit != null) {
            return Path.of(explicit);
        }
        String stem;
        Path dir;
        if (options.output != null && options.emit.size() == 1) {
            return Path.of(options.output);
        } else if (options.output != null) {
            Path o = Path.of(options.output);
            String n = o.getFileName().toString();
            stem = n.contains(".") ? n.substring(0, n.lastIndexOf('.')) : n;
            dir = o.getParent() == null ? Path.of("") : o.getParent();
        } else {
            stem = options.crateName();
            dir = options.outDir != null ? Path.of(options.outDir) : Path.of("");
        }
        return dir.resolve(stem + "." + kind.extension);
    }

    /** Writes a textual output: to stdout for tokens/ast/hir or FILE `-`, else to its file. */
    private void writeOutput(Options.EmitKind kind, String text) throws IOException {
        String explicit = options.emit.get(kind);
        if ("-".equals(explicit) || (kind.extension == null && explicit == null)) {
            out.print(text);
            out.flush();
            return;
        }
        writeAtomically(outputPath(kind), text.getBytes(StandardCharsets.UTF_8));
    }

    static void writeAtomically(Path p, byte[] bytes) throws IOException {
        Path dir = p.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, ".rac-", ".tmp");
        Files.write(tmp, bytes);
        Files.move(tmp, p, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Reads a classpath resource. */
    static byte[] resource(String name) throws IOException {
        try (InputStream in = Session.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing resource " + name);
            }
            return in.readAllBytes();
        }
    }

    /** -Z time-passes: times each stage and prints rustc's line format. */
    static final class TimePasses {
        private final boolean enabled;
        private final PrintStream err;

        TimePasses(boolean enabled, PrintStream err) {
            this.enabled = enabled;
            this.err = err;
        }

        <T> T pass(String name, Supplier<T> body) {
            long t0 = System.nanoTime();
            long rss0 = rss();
            T v = body.get();
            report(name, t0, rss0);
            return v;
        }

        interface IoSupplier<T> {
            T get() throws IOException;
        }

        <T> T passChecked(String name, IoSupplier<T> body) throws IOException {
            long t0 = System.nanoTime();
            long rss0 = rss();
            T v = body.get();
            report(name, t0, rss0);
            return v;
        }

        private void report(String name, long t0, long rss0) {
            if (!enabled) {
                return;
            }
            double secs = (System.nanoTime() - t0) / 1e9;
            long rss1 = rss();
            err.printf("time: %8.3f; rss: %4dMB -> %4dMB (%+5dMB)\t%s%n", secs, rss0, rss1, rss1 - rss0, name);
        }

        /** Resident set size in MB, from /proc (0 where unavailable). */
        private static long rss() {
            try {
                String[] f = Files.readString(Path.of("/proc/self/statm")).trim().split(" ");
                return Long.parseLong(f[1]) * 4096 >> 20;
            } catch (IOException | RuntimeException e) {
                return 0;
            }
        }
    }
}
