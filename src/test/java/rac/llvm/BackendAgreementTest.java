package rac.llvm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * In-process libLLVM-14 and the LLVM 14 opt fallback run the same pipeline with the same tuning,
 * and neither crashes on the loops LLVM 14's LoopAccessAnalysis cannot handle. The in-process side
 * runs in a child JVM forced to libLLVM-14 (this JVM has LLVM 15 loaded).
 */
class BackendAgreementTest {

    /** The optimised module without the lines naming the input file. */
    private static String body(String ir) {
        return ir.lines()
                .filter(line -> !line.startsWith("; ModuleID") && !line.startsWith("source_filename"))
                .collect(Collectors.joining("\n")).strip();
    }

    @Test
    void optimisedIrIsTheSameFromInProcessLlvm14AndOpt() throws Exception {
        Path library = Path.of("/usr/lib/llvm-14/lib/libLLVM-14.so");
        assertTrue(Files.exists(library), "this test needs " + library);
        String javaCommand = ProcessHandle.current().info().command().orElseThrow();
        ProcessBuilder builder = new ProcessBuilder(List.of(javaCommand, "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), Llvm14Probe.class.getName()));
        builder.environment().put("RAC_LIBLLVM", library.toString());
        builder.redirectErrorStream(true);
        Process child = builder.start();
        child.getOutputStream().close();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, child.waitFor(), output);
        assertTrue(output.startsWith("LLVM 14\n"), output);

        String[] sections = output.split(java.util.regex.Pattern.quote(Llvm14Probe.MARKER));
        LlvmBackend llc = new LlcProcess();
        int section = 1;
        for (int m = 0; m < Llvm14Probe.MODULES.size(); m++) {
            for (int level = 0; level <= 3; level++) {
                String text = sections[section++];
                String header = m + " level " + level + "\n";
                assertTrue(text.startsWith(header), text);
                String inProcess = text.substring(header.length());
                assertEquals(body(llc.optimizeIr(Llvm14Probe.MODULES.get(m), level)), body(inProcess),
                        "opt level " + level + " of\n" + Llvm14Probe.MODULES.get(m));
            }
        }
        assertEquals("end", sections[section].strip());
    }
}
