package rac.query;

import java.util.concurrent.atomic.AtomicInteger;

/** Allocates the process-wide indices of queries, by which databases find their tables. */
final class QueryIndices {
    private static final AtomicInteger NEXT = new AtomicInteger();

    private QueryIndices() {
    }

    static int next() {
        return NEXT.getAndIncrement();
    }
}
