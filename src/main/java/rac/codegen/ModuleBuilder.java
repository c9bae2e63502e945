package rac.codegen;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import rac.mir.MirBody;
import rac.ty.FnSig;
import rac.ty.Ty;

/**
 * Assembles one LLVM module (a codegen unit): function definitions, the declarations they need and
 * deduplicated string constants.
 */
public final class ModuleBuilder {
    private final String name;
    private final StringBuilder functions = new StringBuilder();
    private final Set<String> declarations = new LinkedHashSet<>();
    private final Set<String> defined = new LinkedHashSet<>();
    private final Map<String, String> strings = new LinkedHashMap<>();

    public ModuleBuilder(String name) {
        this.name = name;
    }

    /** Adds a function definition for {@code mir} under {@code symbol}. */
    public void addFunction(MirBody mir, String symbol, boolean external, CodegenContext cx) {
        defined.add(symbol);
        functions.append(new FunctionCodegen(this, mir, cx).emit(symbol, external)).append('\n');
    }

    /** Adds the C {@code main} that runs the Rust main function and flushes stdout. */
    public void addEntryPoint(String rustMainSymbol) {
        declare("declare void @rac_rt_init(i32, ptr)");
        declare("declare void @rac_rt_exit(i32) noreturn");
        declare("declare void @" + rustMainSymbol + "()");
        functions.append("define i32 @main(i32 %argc, ptr %argv) {\n")
                .append("  call void @rac_rt_init(i32 %argc, ptr %argv)\n")
                .append("  call void @").append(rustMainSymbol).append("()\n")
                .append("  call void @rac_rt_exit(i32 0)\n")
                .append("  unreachable\n}\n\n");
        defined.add("main");
    }

    void declare(String declaration) {
        declarations.add(declaration);
    }

    void declareFunction(String symbol, FnSig sig, Types types) {
        if (defined.contains(symbol)) {
            return;
        }
        StringBuilder sb = new StringBuilder("declare ").append(types.returnType(sig.ret())).append(" @")
                .append(symbol).append('(');
        boolean first = true;
        for (Ty p : sig.params()) {
            if (types.isZeroSized(p)) {
                continue;
            }
            if (!first) {
                sb.append(", ");
            }
            first = false;
            sb.append(types.valueType(p));
        }
        if (sig.trackCaller()) {
            sb.append(first ? "ptr" : ", ptr");
        }
        sb.append(')');
        if (sig.ret() instanceof Ty.Never) {
            sb.append(" noreturn");
        }
        declarations.add(sb.toString());
    }

    private final Map<String, String> locations = new LinkedHashMap<>();

    /** The global holding a source location ({@code { ptr file, i64 len, i32 line, i32 col }}). */
    String locationConstant(String file, int line, int col) {
        String key = file + ":" + line + ":" + col;
        String name = locations.get(key);
        if (name == null) {
            name = "@loc." + locations.size();
            locations.put(key, name);
            functions.insert(0, name + " = private unnamed_addr constant { ptr, i64, i32, i32 } { ptr "
                    + stringConstant(file) + ", i64 " + utf8Length(file) + ", i32 " + line + ", i32 " + col + " }\n");
        }
        return name;
    }

    private final Map<String, String> promoted = new LinkedHashMap<>();

    /** A private global holding a promoted constant ({@code type} and its initializer). */
    String promotedConstant(String type, String init) {
        String key = type + " " + init;
        String name = promoted.get(key);
        if (name == null) {
            name = "@promoted." + promoted.size();
            promoted.put(key, name);
            functions.insert(0, name + " = private unnamed_addr constant " + type + " " + init + "\n");
        }
        return name;
    }

    /** The global holding a string constant's UTF-8 bytes. */
    String stringConstant(String s) {
        return strings.computeIfAbsent(s, k -> "@str." + strings.size());
    }

    static int utf8Length(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    private final List<String> moduleAsm = new java.util.ArrayList<>();

    /** Adds module-level assembly ({@code global_asm!}), one line per element. */
    public void addModuleAsm(List<String> lines) {
        moduleAsm.addAll(lines);
    }

    /** The finished module text. */
    public String build() {
        StringBuilder sb = new StringBuilder();
        sb.append("; ModuleID = '").append(name).append("'\n");
        sb.append("source_filename = \"").append(name).append("\"\n");
        sb.append("target datalayout = \"e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128\"\n");
        sb.append("target triple = \"x86_64-unknown-linux-gnu\"\n\n");
        for (String line : moduleAsm) {
            sb.append("module asm \"").append(AsmRegisters.irString(line)).append("\"\n");
        }
        for (Map.Entry<String, String> e : strings.entrySet()) {
            byte[] bytes = e.getKey().getBytes(StandardCharsets.UTF_8);
            sb.append(e.getValue()).append(" = private unnamed_addr constant [").append(bytes.length)
                    .append(" x i8] c\"");
            for (byte b : bytes) {
                int c = b & 0xff;
                if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\') {
                    sb.append((char) c);
                } else {
                    sb.append('\\').append(String.format("%02X", c));
                }
            }
            sb.append("\", align 1\n");
        }
        if (!strings.isEmpty()) {
            sb.append('\n');
        }
        for (String d : declarations) {
            String sym = d.substring(d.indexOf('@') + 1, d.indexOf('('));
            if (!defined.contains(sym)) {
                sb.append(d).append('\n');
            }
        }
        sb.append('\n').append(functions);
        return sb.toString();
    }
}
