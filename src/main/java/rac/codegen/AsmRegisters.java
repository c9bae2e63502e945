package rac.codegen;

import java.util.List;
import java.util.Locale;

/**
 * x86-64 inline assembly as LLVM spells it: constraint codes of register classes, LLVM names of
 * explicit registers, template modifiers, the registers a {@code clobber_abi} clobbers (rustc's
 * {@code rustc_codegen_llvm::asm} tables).
 */
final class AsmRegisters {
    private AsmRegisters() {
    }

    /** The LLVM constraint code of a register class ({@code reg} → {@code r}); null if unknown. */
    static String classConstraint(String cls) {
        return switch (cls) {
            case "reg" -> "r";
            case "reg_abcd" -> "Q";
            case "reg_byte" -> "q";
            case "xmm_reg", "ymm_reg" -> "x";
            case "zmm_reg" -> "v";
            case "kreg" -> "^Yk";
            default -> null;
        };
    }

    /** LLVM's name for an explicit register ({@code "eax"} → {@code ax}, {@code "r8d"} → {@code r8}). */
    static String llvmRegister(String reg) {
        String r = reg.toLowerCase(Locale.ROOT);
        switch (r) {
            case "rax", "eax", "ax", "al": return "ax";
            case "rbx", "ebx", "bx", "bl": return "bx";
            case "rcx", "ecx", "cx", "cl": return "cx";
            case "rdx", "edx", "dx", "dl": return "dx";
            case "rsi", "esi", "si", "sil": return "si";
            case "rdi", "edi", "di", "dil": return "di";
            case "rbp", "ebp", "bp", "bpl": return "bp";
            case "rsp", "esp", "sp", "spl": return "sp";
            case "ah", "bh", "ch", "dh": return r;
            case "st(0)": return "st";
            default:
        }
        if (r.matches("r(8|9|1[0-5])[dwb]?")) {
            return r.replaceAll("[dwb]$", "");
        }
        return r;
    }

    /** True if an explicit register is one LLVM can only clobber (x87, MMX, AMX tiles, mask registers). */
    static boolean clobberOnly(String reg) {
        String r = llvmRegister(reg);
        return r.startsWith("st") || r.startsWith("mm") || r.startsWith("tmm") || r.matches("k[0-7]");
    }

    /** True if an explicit register is a vector register. */
    static boolean isVector(String reg) {
        String r = llvmRegister(reg);
        return r.startsWith("xmm") || r.startsWith("ymm") || r.startsWith("zmm");
    }

    /** The LLVM template modifier for an operand of {@code cls} with the user's {@code modifier}. */
    static String modifier(String cls, String modifier) {
        return switch (cls) {
            case "reg", "reg_abcd" -> modifier == null ? "q" : switch (modifier) {
                case "l" -> "b";
                case "h" -> "h";
                case "x" -> "w";
                case "e" -> "k";
                case "r" -> "q";
                default -> null;
            };
            case "xmm_reg", "ymm_reg", "zmm_reg" -> {
                String m = modifier != null ? modifier
                        : cls.equals("xmm_reg") ? "x" : cls.equals("ymm_reg") ? "y" : "z";
                yield switch (m) {
                    case "x" -> "x";
                    case "y" -> "t";
                    case "z" -> "g";
                    default -> null;
                };
            }
            default -> null;
        };
    }

    /** The LLVM type of a discarded output ({@code out(reg) _}) of a class or register. */
    static String dummyType(String clsOrReg, boolean explicit) {
        if (explicit) {
            return isVector(clsOrReg) ? "float" : "i32";
        }
        return switch (clsOrReg) {
            case "reg_byte" -> "i8";
            case "xmm_reg", "ymm_reg", "zmm_reg" -> "float";
            case "kreg" -> "i16";
            default -> "i32";
        };
    }

    /** The general-purpose and vector registers a {@code clobber_abi} clobbers, as outputs. */
    static List<String> abiOutputs(String abi) {
        if (abi.equals("win64") || abi.equals("efiapi")) {
            return List.of("ax", "cx", "dx", "r8", "r9", "r10", "r11", "xmm0", "xmm1", "xmm2", "xmm3", "xmm4", "xmm5");
        }
        return List.of("ax", "cx", "dx", "si", "di", "r8", "r9", "r10", "r11", "xmm0", "xmm1", "xmm2", "xmm3", "xmm4",
                "xmm5", "xmm6", "xmm7", "xmm8", "xmm9", "xmm10", "xmm11", "xmm12", "xmm13", "xmm14", "xmm15");
    }

    /** The other registers a {@code clobber_abi} clobbers ({@code ~{...}} clobbers). */
    static List<String> abiClobbers(String abi) {
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        for (int i = 16; i < 32; i++) {
            out.add("xmm" + i);
        }
        for (int i = 0; i < 8; i++) {
            out.add("k" + i);
        }
        out.add("st");
        for (int i = 1; i < 8; i++) {
            out.add("st(" + i + ")");
        }
        for (int i = 0; i < 8; i++) {
            out.add("tmm" + i);
        }
        return out;
    }

    /** True if {@code abi} is an ABI name {@code clobber_abi} accepts on x86-64. */
    static boolean knownAbi(String abi) {
        return List.of("C", "system", "sysv64", "win64", "efiapi").contains(abi);
    }

    /** Escapes text for an LLVM IR string literal ({@code "}, {@code \}, control characters as {@code \XX}). */
    static String irString(String s) {
        StringBuilder sb = new StringBuilder();
        for (byte b : s.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\') {
                sb.append((char) c);
            } else {
                sb.append('\\').append(String.format("%02X", c));
            }
        }
        return sb.toString();
    }
}
