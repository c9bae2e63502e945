package rac.query;

/**
 * Counters for one query kind, for {@code -Z time-passes}-style reports.
 *
 * @param name the query's name
 * @param executions how many times its function ran
 * @param validations memos verified by walking dependencies
 * @param durabilityValidations memos verified by the durability shortcut
 * @param cutoffs executions whose value equalled the old one
 * @param loads values loaded from the persistent store
 * @param nanos total wall time spent executing (including nested queries), if timing is enabled
 */
public record QueryStats(String name, long executions, long validations, long durabilityValidations,
        long cutoffs, long loads, long nanos) {
}
