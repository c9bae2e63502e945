package rac.ui;

/**
 * What a UI test expects, named as compiletest's pass modes: how far to take the program (analysis
 * only, a full build, or a build and a run) and whether that must succeed.
 */
public enum Mode {
    CHECK_PASS("check-pass", false, true),
    CHECK_FAIL("check-fail", false, false),
    BUILD_PASS("build-pass", true, true),
    BUILD_FAIL("build-fail", true, false),
    RUN_PASS("run-pass", true, true),
    RUN_FAIL("run-fail", true, true);

    private final String header;
    private final boolean build;
    private final boolean compiles;

    Mode(String header, boolean build, boolean compiles) {
        this.header = header;
        this.build = build;
        this.compiles = compiles;
    }

    /** The header word, e.g. {@code run-pass}. */
    public String header() {
        return header;
    }

    /** True if the test builds an executable; false if it stops after analysis ({@code rac check}). */
    public boolean build() {
        return build;
    }

    /** True if compilation must succeed. */
    public boolean compiles() {
        return compiles;
    }

    /** True if the built program is run. */
    public boolean runs() {
        return this == RUN_PASS || this == RUN_FAIL;
    }

    /** The mode for a header word, or null. */
    public static Mode fromHeader(String word) {
        for (Mode m : values()) {
            if (m.header.equals(word)) {
                return m;
            }
        }
        return null;
    }
}
