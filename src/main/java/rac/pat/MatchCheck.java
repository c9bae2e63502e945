package rac.pat;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.List;

/**
 * The entry point: checks a {@code match} (E0004 and {@code unreachable_patterns}) or an
 * irrefutable pattern position ({@code let}, function parameters: E0005).
 */
public final class MatchCheck {
    private MatchCheck() {
    }

    /** A match arm: its pattern and whether it has an {@code if} guard. */
    public record Arm(Pat pat, boolean hasGuard) {
        /** An arm without a guard. */
        public static Arm of(Pat pat) {
            return new Arm(pat, false);
        }
    }

    /** Checks a match whose scrutinee is a valid place (not behind a reference, raw pointer or union). */
    public static MatchReport checkMatch(PatTy scrutineeTy, List<Arm> arms) {
        return checkMatch(scrutineeTy, arms, true);
    }

    /**
     * Checks a match.
     *
     * @param scrutineeKnownValid false when the scrutinee is a place behind a reference, raw
     *     pointer or union field (then it may hold an invalid value of an empty type, and empty
     *     arms may not be omitted except for a match with no arms on an empty type)
     */
    public static MatchReport checkMatch(PatTy scrutineeTy, List<Arm> arms, boolean scrutineeKnownValid) {
        Types types = new Types();
        PatLowering lowering = new PatLowering(types);
        List<DeconstructedPat> lowered = new ArrayList<>(arms.size());
        List<Boolean> guards = new ArrayList<>(arms.size());
        boolean allGuarded = !arms.isEmpty();
        for (Arm arm : arms) {
            lowered.add(lowering.lower(arm.pat(), scrutineeTy));
            guards.add(arm.hasGuard());
            allGuarded &= arm.hasGuard();
        }
        if (lowering.hadError) {
            return new MatchReport(scrutineeTy, arms.size(), allGuarded, true, List.of(), List.of(), types);
        }
        Usefulness u = new Usefulness(types);
        List<Witness> witnesses = u.run(lowered, guards, scrutineeTy, scrutineeKnownValid);
        List<Unreachable> unreachable = new ArrayList<>();
        for (int i = 0; i < lowered.size(); i++) {
            DeconstructedPat arm = lowered.get(i);
            if (!u.armUseful[i]) {
                // A whole arm is explained by the earlier reachable, unguarded arms it overlaps.
                List<DeconstructedPat> cover = new ArrayList<>();
                BitSet others = u.armIntersects[i];
                for (int j = others.nextSetBit(0); j >= 0; j = others.nextSetBit(j + 1)) {
                    if (u.armUseful[j] && !guards.get(j)) {
                        cover.add(lowered.get(j));
                    }
                }
                unreachable.add(unreachable(i, arm, cover, cover.isEmpty() && types.isUninhabited(scrutineeTy)
                        ? scrutineeTy : null));
            } else {
                List<DeconstructedPat> redundant = new ArrayList<>();
                u.collectRedundantSubpatterns(arm, redundant, new IdentityHashMap<>());
                for (DeconstructedPat p : redundant) {
                    unreachable.add(unreachable(i, p, u.coveredBy(p), null));
                }
            }
        }
        return new MatchReport(scrutineeTy, arms.size(), allGuarded, false, witnesses, unreachable, types);
    }

    /** Checks a pattern that must be irrefutable ({@code let} without {@code else}, a function parameter). */
    public static MatchReport checkIrrefutable(PatTy ty, Pat pat) {
        return checkMatch(ty, List.of(Arm.of(pat)), true);
    }

    private static Unreachable unreachable(int arm, DeconstructedPat p, List<DeconstructedPat> cover,
            PatTy uninhabitedTy) {
        List<Pat> sources = new ArrayList<>(cover.size());
        for (DeconstructedPat c : cover) {
            sources.add(c.source);
        }
        boolean catchAll = cover.size() == 1 && cover.get(0).isCatchAll();
        return new Unreachable(arm, p.source, sources, catchAll, uninhabitedTy);
    }
}
