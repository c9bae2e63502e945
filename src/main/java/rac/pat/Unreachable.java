package rac.pat;

import java.util.List;

/**
 * An unreachable arm, or an unreachable alternative of an or-pattern inside a reachable arm
 * (rustc's {@code unreachable_patterns} lint), with what rustc 1.95 says about it.
 *
 * @param arm the index of the arm the pattern is in
 * @param pat the unreachable pattern (the arm's pattern, or an or-pattern alternative)
 * @param coveredBy the earlier patterns that already match its values, in source order (rustc
 *     labels them); empty only in the rare case where the pattern matches no values at all
 * @param coveredByCatchAll whether {@code coveredBy} is a single pattern that matches any value
 * @param uninhabitedTy when {@code coveredBy} is empty, the empty type that makes the pattern match
 *     nothing (the scrutinee's, for {@code match x { _ => {} }} on an empty type), else null
 */
public record Unreachable(int arm, Pat pat, List<Pat> coveredBy, boolean coveredByCatchAll, PatTy uninhabitedTy) {
    /** rustc shows at most this many covering patterns. */
    public static final int MAX_COVERED_BY_SHOWN = 4;

    public Unreachable {
        coveredBy = List.copyOf(coveredBy);
    }

    /** The lint's message. */
    public static final String MESSAGE = "unreachable pattern";

    /** The label on the unreachable pattern itself when a single earlier pattern covers it: "no value can reach this". */
    public static final String NO_VALUE_CAN_REACH = "no value can reach this";

    /** The label on a single covering pattern: "matches any value" or "matches all the relevant values". */
    public String singleCoverLabel() {
        return coveredByCatchAll ? "matches any value" : "matches all the relevant values";
    }

    /** Whether rustc explains with the note "multiple earlier patterns match some of the same values". */
    public boolean coveredByMany() {
        return coveredBy.size() > 1;
    }

    /** The note's message when several patterns cover this one. */
    public static final String MANY_NOTE = "multiple earlier patterns match some of the same values";

    /** The label rustc puts on each of the first four covering patterns in that note. */
    public static final String MANY_COVER_LABEL = "matches some of the same values";

    /**
     * The label on this pattern inside that note: "collectively making this unreachable", or when
     * more than four patterns cover it, "...and N other patterns collectively make this unreachable".
     */
    public String manyLabel() {
        int more = coveredBy.size() - MAX_COVERED_BY_SHOWN;
        return more > 0 ? "...and " + more + " other patterns collectively make this unreachable"
                : "collectively making this unreachable";
    }

    /**
     * The label when no earlier pattern covers this one because it matches no values at all:
     * "matches no values because `Void` is uninhabited" (rustc puts it on the pattern and adds
     * {@link #REMOVE_ARM_HELP} on the whole arm and {@link #EMPTY_TYPES_NOTE}).
     */
    public String matchesNoValuesLabel() {
        return "matches no values because `" + (uninhabitedTy == null ? "!" : uninhabitedTy.display())
                + "` is uninhabited";
    }

    /** The help on the whole arm in that case. */
    public static final String REMOVE_ARM_HELP = "remove the match arm";

    /** The note in that case. */
    public static final String EMPTY_TYPES_NOTE =
            "to learn more about uninhabited types, see https://doc.rust-lang.org/nomicon/exotic-sizes.html#empty-types";
}
