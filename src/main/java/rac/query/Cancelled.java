package rac.query;

/**
 * Thrown at a query read when a write to the database is pending: the computation belongs to an old
 * revision and must unwind so that the write can proceed. Do not catch it inside query functions;
 * top-level callers (the daemon) may catch it and retry.
 */
public final class Cancelled extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception. */
    public Cancelled() {
        super("query cancelled by a pending write", null, false, false);
    }
}
