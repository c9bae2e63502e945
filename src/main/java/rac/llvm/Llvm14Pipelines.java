package rac.llvm;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The optimisation pipelines rac runs on LLVM 14: {@code default<O1|O2|O3>} with rustc's tuning,
 * minus the passes built on LoopAccessAnalysis ({@code loop-distribute}, {@code loop-vectorize},
 * {@code loop-load-elim}) and minus {@code argpromotion} (O3).
 *
 * <p>Why: opaque pointers were unfinished in LLVM 14. LoopAccessAnalysis still asks a pointer for
 * its element type ({@code RuntimePointerChecking::insert}), which is null for {@code ptr}: a plain
 * loop storing through a pointer argument crashes LLVM with SIGSEGV at O1 and up (in process, that
 * kills the JVM); ArgumentPromotion crashes the same way on an internal function whose pointer
 * argument is only loaded from. LLVM 15 fixed both, so {@link InProcessLlvm} runs the real
 * {@code default<On>} there and these only on LLVM 14, which loses loop vectorisation and
 * argument promotion. Checked beyond the unit tests on rustc's own IR for a 20,000-line program
 * (traits, HashMap, closures, floats), down-converted to LLVM 14 syntax: no crash at O1..O3, and
 * linked with rustc's std, the same output as rustc's binary.
 *
 * <p>The texts in {@code src/main/resources/rac/llvm/llvm14-O*.passes} were printed by
 * {@code opt -opaque-pointers -mtriple=x86_64-unknown-linux-gnu -mcpu=x86-64 -passes='default<On>'
 * -vectorize-slp=B -enable-merge-functions=B -interleave-loops=true -print-pipeline-passes}
 * (B: true from O2 on) and had those passes and opt's leading and trailing {@code verify}
 * removed.
 */
final class Llvm14Pipelines {
    private static final String[] TEXTS = new String[4];

    private Llvm14Pipelines() {
    }

    /** The pass pipeline for {@code optLevel} (0: {@code default<O0>}, which is safe). */
    static String forLevel(int optLevel) {
        if (optLevel == 0) {
            return "default<O0>";
        }
        synchronized (TEXTS) {
            if (TEXTS[optLevel] == null) {
                String name = "llvm14-O" + optLevel + ".passes";
                try (InputStream in = Llvm14Pipelines.class.getResourceAsStream(name)) {
                    if (in == null) {
                        throw new IllegalStateException("missing resource rac/llvm/" + name);
                    }
                    TEXTS[optLevel] = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return TEXTS[optLevel];
        }
    }
}
