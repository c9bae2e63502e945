package rac.base;

/** A Rust edition. */
public enum Edition {
    E2015("2015"), E2018("2018"), E2021("2021"), E2024("2024");

    private final String year;

    Edition(String year) {
        this.year = year;
    }

    public String year() {
        return year;
    }

    /** Whether this edition is at least {@code other}. */
    public boolean atLeast(Edition other) {
        return compareTo(other) >= 0;
    }

    /** Parses "2015" .. "2024"; returns null for anything else. */
    public static Edition parse(String s) {
        for (Edition e : values()) {
            if (e.year.equals(s)) {
                return e;
            }
        }
        return null;
    }
}
