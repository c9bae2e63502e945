package rac.llvm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An LLVM fatal error ends the process like a rustc ICE (in a child JVM, since it must end). */
class FatalErrorTest {

    @Test
    void fatalLlvmErrorExitsWith101AndAnIceMessage() throws Exception {
        String javaCommand = ProcessHandle.current().info().command().orElseThrow();
        Process child = new ProcessBuilder(List.of(javaCommand, "--enable-native-access=ALL-UNNAMED",
                "-XX:-CreateCoredumpOnCrash", "-cp", System.getProperty("java.class.path"),
                FatalErrorProbe.class.getName())).start();
        child.getOutputStream().close();
        var stderr = LlcProcess.drain(child.getErrorStream());
        String stdout = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int status = child.waitFor();
        assertEquals("compiling\n", stdout);
        assertEquals("error: internal compiler error: LLVM ERROR: Do not know how to split the result of this operator!\n",
                stderr.join().lines().filter(l -> !l.startsWith("WARNING")).reduce("", (a, b) -> a + b + "\n"));
        assertEquals(101, status);
    }
}
