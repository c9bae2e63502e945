package rac.llvm;

/**
 * Run in a child JVM by {@link FatalErrorTest}: compiles IR on which LLVM's instruction selection
 * hits a fatal error (an AVX-512 intrinsic for the generic x86-64 CPU).
 */
final class FatalErrorProbe {
    static final String FATAL = """
            declare <16 x float> @llvm.x86.avx512.rcp14.ps.512(<16 x float>, <16 x float>, i16)

            define <16 x float> @f(<16 x float> %x) {
              %r = call <16 x float> @llvm.x86.avx512.rcp14.ps.512(<16 x float> %x, <16 x float> %x, i16 -1)
              ret <16 x float> %r
            }
            """;

    public static void main(String[] args) {
        System.out.println("compiling");
        InProcessLlvm.load().compileToObject(FATAL, "fatal", 0);
        System.out.println("survived");
    }
}
