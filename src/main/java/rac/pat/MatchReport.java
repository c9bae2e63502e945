package rac.pat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import rac.base.IntTy;

/**
 * The result of checking a match or an irrefutable pattern: the values not covered
 * ({@link #witnesses()}), the unreachable patterns, and rustc's texts for E0004 / E0005.
 * Spans are the caller's business: the texts here are the messages, labels, notes and helps.
 */
public final class MatchReport {
    /** rustc names at most this many witnesses before "and N more". */
    private static final int WITNESS_LIMIT = 3;

    private final PatTy scrutineeTy;
    private final int armCount;
    private final boolean allArmsGuarded;
    private final boolean suppressed;
    private final List<Witness> witnesses;
    private final List<Unreachable> unreachable;
    private final Types types;

    MatchReport(PatTy scrutineeTy, int armCount, boolean allArmsGuarded, boolean suppressed,
            List<Witness> witnesses, List<Unreachable> unreachable, Types types) {
        this.scrutineeTy = scrutineeTy;
        this.armCount = armCount;
        this.allArmsGuarded = allArmsGuarded;
        this.suppressed = suppressed;
        this.witnesses = List.copyOf(witnesses);
        this.unreachable = List.copyOf(unreachable);
        this.types = types;
    }

    /** Whether a pattern had an error, so that nothing is reported. */
    public boolean suppressed() {
        return suppressed;
    }

    /** Whether every value is matched by some unguarded arm (always true when {@link #suppressed()}). */
    public boolean isExhaustive() {
        return witnesses.isEmpty();
    }

    /** The values not covered, in rustc's order. */
    public List<Witness> witnesses() {
        return witnesses;
    }

    /** The unreachable arms and or-pattern alternatives, in source order. */
    public List<Unreachable> unreachable() {
        return unreachable;
    }

    /** The witnesses as rustc joins them: {@code `A`}, {@code `A` and `B`}, {@code `A`, `B`, `C` and 2 more}. */
    public String joinedWitnesses() {
        int n = witnesses.size();
        if (n == 1) {
            return "`" + witnesses.get(0) + "`";
        }
        if (n <= WITNESS_LIMIT) {
            List<String> head = new ArrayList<>();
            for (int i = 0; i < n - 1; i++) {
                head.add(witnesses.get(i).toString());
            }
            return "`" + String.join("`, `", head) + "` and `" + witnesses.get(n - 1) + "`";
        }
        List<String> head = new ArrayList<>();
        for (int i = 0; i < WITNESS_LIMIT; i++) {
            head.add(witnesses.get(i).toString());
        }
        return "`" + String.join("`, `", head) + "` and " + (n - WITNESS_LIMIT) + " more";
    }

    /** The primary label: {@code pattern `None` not covered} or {@code patterns `A` and `B` not covered}. */
    public String notCoveredLabel() {
        return (witnesses.size() == 1 ? "pattern " : "patterns ") + joinedWitnesses() + " not covered";
    }

    /**
     * Whether E0004 takes its "type `T` is non-empty" form: a match with no arms on a type other than
     * an enum with variants.
     */
    public boolean reportsNonEmptyType() {
        if (armCount != 0) {
            return false;
        }
        return !(scrutineeTy instanceof PatTy.Adt a && a.def().isEnum() && a.def().variantCount() > 0);
    }

    /** E0004's message: {@code non-exhaustive patterns: `None` not covered} or {@code ...: type `bool` is non-empty}. */
    public String e0004Message() {
        if (reportsNonEmptyType()) {
            return "non-exhaustive patterns: type `" + scrutineeTy.display() + "` is non-empty";
        }
        return "non-exhaustive patterns: " + joinedWitnesses() + " not covered";
    }

    /** The note {@code the matched value is of type `T`}. */
    public String matchedTypeNote() {
        return "the matched value is of type `" + scrutineeTy.display() + "`";
    }

    /**
     * E0004's plain notes, in rustc's order, after the "`T` defined here" note: the matched type,
     * then the notes explaining a required wildcard (usize/isize, {@code &str}, non-exhaustive
     * enums), then "match arms with guards don't count towards exhaustivity" or, for the non-empty
     * form, "references are always considered inhabited".
     */
    public List<String> e0004Notes() {
        List<String> notes = new ArrayList<>();
        notes.add(matchedTypeNote());
        if (reportsNonEmptyType()) {
            if (scrutineeTy instanceof PatTy.Ref r && types.isUninhabited(r.pointee())) {
                notes.add("references are always considered inhabited");
            }
            return notes;
        }
        notes.addAll(wildcardNotes());
        if (allArmsGuarded) {
            notes.add("match arms with guards don't count towards exhaustivity");
        }
        return notes;
    }

    /** Notes about why the first witness needs a wildcard or half-open range. */
    List<String> wildcardNotes() {
        List<String> notes = new ArrayList<>();
        if (witnesses.isEmpty()) {
            return notes;
        }
        Set<String> tys = new LinkedHashSet<>();
        List<PatTy> found = new ArrayList<>();
        collectNonExhaustiveTys(witnesses.get(0), tys, found);
        for (PatTy ty : found) {
            switch (ty) {
                case PatTy.Int i when i.kind() == IntTy.USIZE -> notes.add(
                        "`usize::MAX` is not treated as exhaustive, so half-open ranges are necessary to match exhaustively");
                case PatTy.Int i when i.kind() == IntTy.ISIZE -> notes.add("`isize::MIN` and `isize::MAX` are not "
                        + "treated as exhaustive, so half-open ranges are necessary to match exhaustively");
                case PatTy.Str s -> notes.add("`&str` cannot be matched exhaustively, so a wildcard `_` is necessary");
                case PatTy.Adt a when a.def().isForeignNonExhaustive() -> notes.add("`" + a.def().typeName()
                        + "` is marked as non-exhaustive, so a wildcard `_` is necessary to match exhaustively");
                default -> {
                    if (types.isUninhabited(ty)) {
                        // Only possible below a reference, where the place may hold an invalid value.
                        notes.add("`" + ty.display()
                                + "` is uninhabited but is not being matched by value, so a wildcard `_` is required");
                    }
                }
            }
        }
        return notes;
    }

    private void collectNonExhaustiveTys(Witness w, Set<String> seen, List<PatTy> out) {
        boolean hit = w.ctor instanceof Ctor.NonExhaustive || (w.isWild() && types.isUninhabited(w.ty));
        if (w.ctor instanceof Ctor.IntRange r && w.ty instanceof PatTy.Int i && Types.isPointerSized(i.kind())) {
            // The fictitious values before isize::MIN or after {u,i}size::MAX.
            hit = r.lo().compareTo(Types.max(i.kind())) > 0 || r.hi().compareTo(Types.min(i.kind())) <= 0;
        }
        if (hit && seen.add(w.ty.display())) {
            out.add(w.ty);
        }
        for (Witness f : w.fields) {
            collectNonExhaustiveTys(f, seen, out);
        }
    }

    /**
     * The arm rustc suggests adding: the witnesses joined with {@code |} when there are fewer than
     * four ({@code None => todo!()}), otherwise {@code _ => todo!()}. For the non-empty form it is
     * always {@code _ => todo!()}.
     */
    public String suggestedArm() {
        if (reportsNonEmptyType() || witnesses.size() >= 4) {
            return "_ => todo!()";
        }
        List<String> ws = new ArrayList<>();
        for (Witness w : witnesses) {
            ws.add(w.toString());
        }
        return String.join(" | ", ws) + " => todo!()";
    }

    /** E0004's help message accompanying {@link #suggestedArm()}. */
    public String helpMessage() {
        String base = "ensure that all possible cases are being handled by adding a match arm with a wildcard pattern";
        if (reportsNonEmptyType()) {
            return base + " as shown";
        }
        int n = witnesses.size();
        if (n == 1) {
            return base + " or an explicit pattern as shown";
        }
        return base + (n < 4 ? ", a match arm with multiple or-patterns" : "") + " as shown, or multiple match arms";
    }

    /**
     * The data of rustc's "`T` defined here" note: the ADT the scrutinee type is (after peeling
     * references), and the variants to label "not covered" (from the first five witnesses, each
     * once). Null when the peeled type is not an ADT. rustc gives this note for E0004; for E0005 it
     * gives it only when the ADT is defined in the current crate.
     */
    public AdtDefinedHere adtDefinedHere() {
        PatTy ty = scrutineeTy;
        while (ty instanceof PatTy.Ref r) {
            ty = r.pointee();
        }
        if (!(ty instanceof PatTy.Adt adt)) {
            return null;
        }
        List<Integer> variants = new ArrayList<>();
        if (!reportsNonEmptyType()) {
            for (int i = 0; i < Math.min(5, witnesses.size()); i++) {
                pointAtVariants(adt.def(), witnesses.get(i), variants);
            }
        }
        return new AdtDefinedHere(adt.def(), variants);
    }

    private static void pointAtVariants(AdtDef def, Witness w, List<Integer> out) {
        if (w.ctor instanceof Ctor.Variant v && w.ty instanceof PatTy.Adt a
                && a.def().definitionId().equals(def.definitionId()) && !out.contains(v.index())) {
            out.add(v.index());
        }
        for (Witness f : w.fields) {
            pointAtVariants(def, f, out);
        }
    }

    /** The ADT of the "`T` defined here" note and the variants labelled "not covered" there. */
    public record AdtDefinedHere(AdtDef adt, List<Integer> uncoveredVariants) {
        public AdtDefinedHere {
            uncoveredVariants = List.copyOf(uncoveredVariants);
        }

        /** The note's message: {@code `Option<i32>` defined here}. */
        public String message() {
            return "`" + adt.typeName() + "` defined here";
        }
    }

    // ---- E0005 ----

    /** E0005's message for a pattern in {@code origin} ("local binding", "function argument", "`for` loop binding"). */
    public static String e0005Message(String origin) {
        return "refutable pattern in " + origin;
    }

    /** The notes rustc adds to E0005 for a {@code let} (before {@link #matchedTypeNote()}). */
    public static final List<String> LET_NOTES = List.of(
            "`let` bindings require an \"irrefutable pattern\", like a `struct` or an `enum` with only one variant",
            "for more information, visit https://doc.rust-lang.org/book/ch19-02-refutability.html");

    /**
     * The help for a refutable {@code let}: with bindings, rustc suggests {@code let...else};
     * without, {@code if let}.
     */
    public String letHelp(boolean patternHasBindings) {
        String what = witnesses.size() == 1 ? "the variant that isn't matched" : "the variants that aren't matched";
        return patternHasBindings ? "you might want to use `let...else` to handle " + what
                : "you might want to use `if let` to ignore " + what;
    }
}
