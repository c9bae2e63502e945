package rac.driver;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import rac.base.Edition;

/**
 * The parsed command line. Flags follow rustc's spelling and error messages; a bad flag is a
 * {@link UsageException} that the driver prints as {@code error: ...} with exit code 1.
 */
public final class Options {
    /** What the invocation asks for. */
    public enum Command { COMPILE, RUN, CHECK, PARSE, HELP, VERSION, EXPLAIN }

    /** The kinds accepted by {@code --emit}. The first three are rac's own (rustc uses -Z unpretty). */
    public enum EmitKind {
        TOKENS("tokens", null), AST("ast", null), HIR("hir", null), MIR("mir", "mir"),
        LLVM_IR("llvm-ir", "ll"), ASM("asm", "s"), OBJ("obj", "o"), LINK("link", null);

        final String flag;
        final String extension;

        EmitKind(String flag, String extension) {
            this.flag = flag;
            this.extension = extension;
        }

        static EmitKind parse(String s) {
            for (EmitKind k : values()) {
                if (k.flag.equals(s)) {
                    return k;
                }
            }
            return null;
        }
    }

    /** Diagnostic output format. */
    public enum ErrorFormat { HUMAN, SHORT, JSON }

    public Command command = Command.COMPILE;
    public final List<String> inputs = new ArrayList<>();
    public String output;
    public String outDir;
    public Edition edition = Edition.E2015;
    public int optLevel = 0;
    public Boolean overflowChecks;
    public final Map<EmitKind, String> emit = new EnumMap<>(EmitKind.class);
    public ErrorFormat errorFormat = ErrorFormat.HUMAN;
    public String crateName;
    public boolean timePasses;
    public String explainCode;
    /** Arguments after {@code --} for {@code rac run}. */
    public final List<String> programArgs = new ArrayList<>();

    /** Whether arithmetic overflow is checked: rustc's default is on at opt-level 0 only. */
    public boolean overflowChecksEnabled() {
        return overflowChecks != null ? overflowChecks : optLevel == 0;
    }

    /** Thrown for a malformed command line; the message is printed after {@code error: }. */
    public static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        public UsageException(String message) {
            super(message);
        }
    }

    /** Parses rustc-style arguments. */
    public static Options parse(String[] args) throws UsageException {
        Options o = new Options();
        int i = 0;
        if (args.length > 0 && !args[0].endsWith(".rs")) {
            switch (args[0]) {
                case "run" -> { o.command = Command.RUN; i = 1; }
                case "check" -> { o.command = Command.CHECK; i = 1; }
                case "parse" -> { o.command = Command.PARSE; i = 1; }
                default -> { }
            }
        }
        boolean emitGiven = false;
        for (; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--")) {
                if (o.command != Command.RUN) {
                    throw new UsageException("unexpected argument `--`");
                }
                for (i++; i < args.length; i++) {
                    o.programArgs.add(args[i]);
                }
                break;
            }
            String name = a;
            String inline = null;
            if (a.startsWith("--") && a.contains("=")) {
                name = a.substring(0, a.indexOf('='));
                inline = a.substring(a.indexOf('=') + 1);
            }
            switch (name) {
                case "-h", "--help" -> o.command = Command.HELP;
                case "-V", "--version" -> o.command = Command.VERSION;
                case "-o" -> o.output = value(args, ++i, "o");
                case "--out-dir" -> o.outDir = inline != null ? inline : value(args, ++i, "out-dir");
                case "--edition" -> {
                    String v = inline != null ? inline : value(args, ++i, "edition");
                    Edition e = Edition.parse(v);
                    if (e == null) {
                        throw new UsageException("argument for `--edition` must be one of: "
                                + "<2015|2018|2021|2024|future>. (instead was `" + v + "`)");
                    }
                    o.edition = e;
                }
                case "-O" -> o.optLevel = 3;
                case "-g" -> { }
                case "--emit" -> {
                    emitGiven = true;
                    parseEmit(o, inline != null ? inline : value(args, ++i, "emit"));
                }
                case "--error-format" -> {
                    String v = inline != null ? inline : value(args, ++i, "error-format");
                    o.errorFormat = switch (v) {
                        case "human" -> ErrorFormat.HUMAN;
                        case "short" -> ErrorFormat.SHORT;
                        case "json" -> ErrorFormat.JSON;
                        default -> throw new UsageException("argument for `--error-format` must be `human`, "
                                + "`human-annotate-rs`, `human-unicode`, `json`, or `short` (instead was `"
                                + v + "`)");
                    };
                }
                case "--color", "--json" -> {
                    if (inline == null) {
                        value(args, ++i, name.substring(2));
                    }
                }
                case "--crate-name" -> o.crateName = inline != null ? inline : value(args, ++i, "crate-name");
                case "--crate-type" -> {
                    String v = inline != null ? inline : value(args, ++i, "crate-type");
                    if (!v.equals("bin")) {
                        throw new UsageException("crate type `" + v + "` is not supported by rac yet");
                    }
                }
                case "--explain" -> {
                    o.command = Command.EXPLAIN;
                    o.explainCode = inline != null ? inline : value(args, ++i, "explain");
                }
                case "-C", "--codegen" -> codegenOption(o, inline != null ? inline : value(args, ++i, "C"));
                case "-Z" -> debugOption(o, value(args, ++i, "Z"));
                case "-A", "-W", "-D", "-F", "--allow", "--warn", "--deny", "--forbid", "--cfg", "-L" -> {
                    if (inline == null) {
                        value(args, ++i, name.replaceFirst("^-+", ""));
                    }
                }
                default -> {
                    if (a.startsWith("-C") && a.length() > 2) {
                        codegenOption(o, a.substring(2));
                    } else if (a.startsWith("-Z") && a.length() > 2) {
                        debugOption(o, a.substring(2));
                    } else if ((a.startsWith("-A") || a.startsWith("-W") || a.startsWith("-D")) && a.length() > 2) {
                        // lint levels are accepted and ignored for now
                    } else if (a.startsWith("-") && !a.equals("-")) {
                        throw new UsageException("Unrecognized option: '" + a.replaceFirst("^-+", "") + "'");
                    } else {
                        o.inputs.add(a);
                    }
                }
            }
        }
        if (!emitGiven) {
            o.emit.put(EmitKind.LINK, null);
        }
        if (o.command == Command.COMPILE || o.command == Command.RUN || o.command == Command.CHECK) {
            if (o.inputs.isEmpty()) {
                throw new UsageException("no input filename given");
            }
            if (o.inputs.size() > 1) {
                throw new UsageException("multiple input filenames provided (first two filenames are `"
                        + o.inputs.get(0) + "` and `" + o.inputs.get(1) + "`)");
            }
        }
        return o;
    }

    private static String value(String[] args, int i, String flag) throws UsageException {
        if (i >= args.length) {
            throw new UsageException("Argument to option '" + flag + "' missing");
        }
        return args[i];
    }

    private static void parseEmit(Options o, String spec) throws UsageException {
        for (String part : spec.split(",")) {
            String kind = part;
            String path = null;
            int eq = part.indexOf('=');
            if (eq >= 0) {
                kind = part.substring(0, eq);
                path = part.substring(eq + 1);
            }
            EmitKind k = EmitKind.parse(kind);
            if (k == null) {
                throw new UsageException("unknown emission type: `" + kind + "` - expected one of: `tokens`, "
                        + "`ast`, `hir`, `mir`, `llvm-ir`, `asm`, `obj`, `link`");
            }
            o.emit.put(k, path);
        }
    }

    private static void codegenOption(Options o, String spec) throws UsageException {
        int eq = spec.indexOf('=');
        String key = eq >= 0 ? spec.substring(0, eq) : spec;
        String val = eq >= 0 ? spec.substring(eq + 1) : null;
        switch (key.replace('_', '-')) {
            case "opt-level" -> {
                switch (val == null ? "" : val) {
                    case "0" -> o.optLevel = 0;
                    case "1" -> o.optLevel = 1;
                    case "2" -> o.optLevel = 2;
                    case "3" -> o.optLevel = 3;
                    case "s", "z" -> o.optLevel = 2;
                    default -> throw new UsageException("incorrect value `" + val + "` for codegen option "
                            + "`opt-level` - one of `0`, `1`, `2`, `3`, `s`, `z` was expected");
                }
            }
            case "overflow-checks" -> o.overflowChecks = val == null || switch (val) {
                case "y", "yes", "on", "true" -> true;
                case "n", "no", "off", "false" -> false;
                default -> throw new UsageException("incorrect value `" + val + "` for codegen option "
                        + "`overflow-checks` - a boolean was expected");
            };
            case "debuginfo", "codegen-units", "target-cpu", "lto", "panic", "incremental", "strip",
                 "debug-assertions", "prefer-dynamic", "link-arg", "link-args", "relocation-model" -> { }
            default -> throw new UsageException("unknown codegen option: `" + key + "`");
        }
    }

    private static void debugOption(Options o, String spec) throws UsageException {
        switch (spec) {
            case "time-passes" -> o.timePasses = true;
            default -> throw new UsageException("unknown unstable option: `" + spec + "`");
        }
    }

    /** The crate name: --crate-name, else the input's file stem with '-' replaced by '_'. */
    public String crateName() {
        if (crateName != null) {
            return crateName;
        }
        String in = inputs.isEmpty() ? "main" : inputs.get(0);
        String base = in.substring(in.lastIndexOf('/') + 1);
        if (base.endsWith(".rs")) {
            base = base.substring(0, base.length() - 3);
        }
        return base.replace('-', '_');
    }

    static final String HELP = """
            Usage: rac [OPTIONS] INPUT
                   rac run INPUT [OPTIONS] [-- ARGS...]
                   rac check INPUT [OPTIONS]
                   rac parse [--edition E] FILE...

            rac is a Rust compiler. It takes rustc's flags.

            Commands:
                run                 Compile INPUT into a cache directory and run it, passing ARGS;
                                    exits with the program's exit code
                check               Analyse INPUT without producing code
                parse               Parse each FILE on its own and report syntax errors

            Options:
                -h, --help          Display this message
                -V, --version       Print version info and exit
                -o FILENAME         Write output to FILENAME
                    --out-dir DIR   Write output to compiler-chosen filename in DIR
                    --edition 2015|2018|2021|2024
                                    Specify which edition of the compiler to use when
                                    compiling code. The default is 2015.
                -O                  Equivalent to -C opt-level=3
                -C opt-level=0..3   Optimization level
                -C overflow-checks=yes|no
                                    Check arithmetic overflow (default: on at opt-level 0)
                    --emit TYPE[=FILE],...
                                    Types of output to emit: tokens, ast, hir (rac's own, to
                                    stdout), mir (CRATE.mir), llvm-ir (CRATE.ll), asm (CRATE.s),
                                    obj (CRATE.o), link (the executable). FILE `-` is stdout.
                    --error-format human|short|json
                                    How errors and other messages are produced
                    --crate-name NAME
                                    Specify the name of the crate being built
                    --explain CODE  Provide a detailed explanation of an error message
                -Z time-passes      Print the time taken by each compiler stage
            """;
}
