package rac.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Counters for one query kind, for {@code -Z time-passes}-style reports.
 *
 * @param name the query's name
 * @param executions how many times its function ran
 * @param validations memos verified by walking dependencies
 * @param durabilityValidations memos verified by the durability shortcut
 * @param cutoffs executions whose value equalled the old one
 * @param loads values loaded from the persistent store
 * @param nanos wall time spent executing, including nested queries (0 unless timing is enabled)
 * @param selfNanos wall time spent executing, excluding nested queries run on the same thread; time
 *     spent waiting for other threads counts as self time (0 unless timing is enabled)
 */
public record QueryStats(String name, long executions, long validations, long durabilityValidations,
        long cutoffs, long loads, long nanos, long selfNanos) {

    /**
     * Formats statistics as a table, one query per line, slowest self time first, skipping queries
     * that did nothing, e.g. {@code "   12.345ms    10.001ms     1200 exec     30 valid  parse"}.
     */
    public static String report(List<QueryStats> stats) {
        List<QueryStats> sorted = new ArrayList<>(stats);
        sorted.sort(Comparator.comparingLong(QueryStats::selfNanos).reversed()
                .thenComparing(Comparator.comparingLong(QueryStats::executions).reversed())
                .thenComparing(QueryStats::name));
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("%11s %11s %8s %8s %8s %8s %6s  %s%n", "total", "self", "exec", "valid",
                "durable", "cutoff", "loaded", "query"));
        for (QueryStats s : sorted) {
            if (s.executions + s.validations + s.durabilityValidations + s.loads == 0) {
                continue;
            }
            sb.append(String.format("%9.3fms %9.3fms %8d %8d %8d %8d %6d  %s%n", s.nanos / 1e6, s.selfNanos / 1e6,
                    s.executions, s.validations, s.durabilityValidations, s.cutoffs, s.loads, s.name));
        }
        return sb.toString();
    }
}
