package rac.pat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * rustc's usefulness algorithm over a pattern matrix: computes the witnesses of
 * non-exhaustiveness and, for every arm and or-pattern alternative, whether it is useful and,
 * if not, which earlier patterns cover it.
 */
final class Usefulness {
    private final Types types;
    /** Usefulness of branch patterns (arms and or-pattern alternatives), by uid. */
    final Map<Integer, Branch> branches = new java.util.HashMap<>();

    /** Per arm: whether it is useful, and the earlier arms it shares a value with. */
    boolean[] armUseful;
    BitSet[] armIntersects;

    Usefulness(Types types) {
        this.types = types;
    }

    /** What is known about one branch pattern. */
    static final class Branch {
        boolean useful;
        /** Candidate covering patterns, by uid (so in source order). */
        final TreeMap<Integer, DeconstructedPat> coveredBy = new TreeMap<>();
    }

    private static final class Row {
        final DeconstructedPat[] pats;
        final int parentRow;
        final boolean underGuard;
        final boolean relevant;
        final boolean headIsBranch;
        boolean useful;
        BitSet intersects = new BitSet();

        Row(DeconstructedPat[] pats, int parentRow, boolean underGuard, boolean relevant, boolean headIsBranch) {
            this.pats = pats;
            this.parentRow = parentRow;
            this.underGuard = underGuard;
            this.relevant = relevant;
            this.headIsBranch = headIsBranch;
        }

        DeconstructedPat head() {
            return pats[0];
        }
    }

    private record Place(PatTy ty, boolean valid, boolean isScrutinee) { }

    private static final class Matrix {
        final List<Row> rows = new ArrayList<>();
        final Place[] places;
        final boolean wildcardRowRelevant;

        Matrix(Place[] places, boolean wildcardRowRelevant) {
            this.places = places;
            this.wildcardRowRelevant = wildcardRowRelevant;
        }

        /** Adds a row, expanding an or-pattern at its head into one row per alternative. */
        void expandAndPush(Row row) {
            if (row.pats.length > 0 && row.head().isOr()) {
                List<DeconstructedPat> alts = new ArrayList<>();
                flattenOr(row.head(), alts);
                for (DeconstructedPat alt : alts) {
                    DeconstructedPat[] pats = row.pats.clone();
                    pats[0] = alt;
                    rows.add(new Row(pats, row.parentRow, row.underGuard, row.relevant, true));
                }
            } else {
                rows.add(row);
            }
        }

        private static void flattenOr(DeconstructedPat p, List<DeconstructedPat> out) {
            if (p.isOr()) {
                for (DeconstructedPat alt : p.fields) {
                    flattenOr(alt, out);
                }
            } else {
                out.add(p);
            }
        }
    }

    /** One column's constructors split against the constructors of its type. */
    private record SplitSet(List<Ctor> present, List<Ctor> missing, List<Ctor> missingEmpty, boolean noConstructors) { }

    /**
     * Runs the algorithm over the arms; returns the witnesses (each of the scrutinee type).
     *
     * @param arms the lowered arm patterns
     * @param guards which arms have a guard
     */
    List<Witness> run(List<DeconstructedPat> arms, List<Boolean> guards, PatTy scrutineeTy, boolean scrutineeValid) {
        Matrix m = new Matrix(new Place[] {new Place(scrutineeTy, scrutineeValid, true)}, true);
        for (int i = 0; i < arms.size(); i++) {
            m.expandAndPush(new Row(new DeconstructedPat[] {arms.get(i)}, i, guards.get(i), true, true));
        }
        List<List<Witness>> stacks = compute(m);
        armUseful = new boolean[arms.size()];
        armIntersects = new BitSet[arms.size()];
        for (int i = 0; i < arms.size(); i++) {
            armIntersects[i] = new BitSet();
        }
        for (Row r : m.rows) {
            armUseful[r.parentRow] |= r.useful;
        }
        for (Row r : m.rows) {
            for (int j = r.intersects.nextSetBit(0); j >= 0; j = r.intersects.nextSetBit(j + 1)) {
                int other = m.rows.get(j).parentRow;
                if (other != r.parentRow) {
                    armIntersects[r.parentRow].set(other);
                }
            }
        }
        List<Witness> out = new ArrayList<>(stacks.size());
        for (List<Witness> s : stacks) {
            out.add(s.get(0));
        }
        return out;
    }

    private List<List<Witness>> compute(Matrix m) {
        if (!m.wildcardRowRelevant) {
            boolean anyRelevant = false;
            for (Row r : m.rows) {
                anyRelevant |= r.relevant;
            }
            if (!anyRelevant) {
                return new ArrayList<>();
            }
        }
        if (m.places.length == 0) {
            // Base case: a row is useful iff no unguarded row is above it.
            boolean useful = true;
            for (int i = 0; i < m.rows.size(); i++) {
                Row row = m.rows.get(i);
                row.useful = useful;
                row.intersects.set(0, i);
                useful &= row.underGuard;
            }
            List<List<Witness>> ret = new ArrayList<>();
            if (useful && m.wildcardRowRelevant) {
                ret.add(new ArrayList<>());
            }
            return ret;
        }
        Place place = m.places[0];
        PatTy ty = place.ty();
        List<Ctor> heads = new ArrayList<>(m.rows.size());
        for (Row r : m.rows) {
            heads.add(r.head().ctor);
        }
        SplitSet split = split(ty, heads);
        boolean toplevelException = place.isScrutinee() && split.noConstructors();
        boolean emptyArmsAreUnreachable = place.valid() && toplevelException;
        boolean canOmitEmptyArms = toplevelException || place.valid();
        boolean allMissing = split.present().isEmpty();
        List<Ctor> splitCtors = new ArrayList<>(split.present());
        if (!(split.missing().isEmpty() && (split.missingEmpty().isEmpty() || emptyArmsAreUnreachable))) {
            splitCtors.add(Ctor.MISSING);
        }
        boolean reportIndividual = place.isScrutinee() || !allMissing;
        List<Ctor> missingCtors = new ArrayList<>(split.missing());
        if (!canOmitEmptyArms) {
            missingCtors.addAll(split.missingEmpty());
        }

        List<List<Witness>> ret = new ArrayList<>();
        int[][] coveringRows = coveringRows(m, splitCtors);
        for (int k = 0; k < splitCtors.size(); k++) {
            Ctor ctor = splitCtors.get(k);
            boolean ctorIsRelevant = ctor instanceof Ctor.Missing || missingCtors.isEmpty();
            Matrix spec = specialize(m, ctor, ctorIsRelevant, coveringRows[k]);
            List<List<Witness>> witnesses = compute(spec);
            ret.addAll(applyConstructor(witnesses, ty, missingCtors, ctor, reportIndividual));
            for (Row child : spec.rows) {
                Row parent = m.rows.get(child.parentRow);
                parent.useful |= child.useful;
                for (int ci = child.intersects.nextSetBit(0); ci >= 0; ci = child.intersects.nextSetBit(ci + 1)) {
                    int pi = spec.rows.get(ci).parentRow;
                    if (pi != child.parentRow) {
                        parent.intersects.set(pi);
                    }
                }
            }
        }
        for (Row row : m.rows) {
            if (!row.headIsBranch) {
                continue;
            }
            DeconstructedPat head = row.head();
            Branch b = branches.computeIfAbsent(head.uid, k -> new Branch());
            b.useful |= row.useful;
            for (int j = row.intersects.nextSetBit(0); j >= 0; j = row.intersects.nextSetBit(j + 1)) {
                Row other = m.rows.get(j);
                if (other.useful && !other.underGuard && other.head().source != null) {
                    b.coveredBy.put(other.head().uid, other.head());
                }
            }
        }
        return ret;
    }

    /**
     * For each constructor, the rows (in order) whose head covers it. Done in one pass over the rows,
     * so that a match of many literals stays close to linear: a literal or range head finds its
     * constructors by binary search (split ranges are sorted and never straddle a row's bounds), a
     * variant, bool or string head by lookup; other heads are tested against every constructor.
     */
    private static int[][] coveringRows(Matrix m, List<Ctor> splitCtors) {
        int n = splitCtors.size();
        int[][] lists = new int[n][];
        int[] sizes = new int[n];
        for (int k = 0; k < n; k++) {
            lists[k] = new int[4];
        }
        java.util.HashMap<Ctor, Integer> exact = new java.util.HashMap<>();
        List<Ctor.IntRange> ranges = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            Ctor c = splitCtors.get(k);
            if (c instanceof Ctor.Variant || c instanceof Ctor.Bool || c instanceof Ctor.Str) {
                exact.put(c, k);
            } else if (c instanceof Ctor.IntRange r && ranges.size() == k) {
                ranges.add(r);
            }
        }
        for (int i = 0; i < m.rows.size(); i++) {
            Ctor h = m.rows.get(i).head().ctor;
            if (h instanceof Ctor.Wildcard) {
                for (int k = 0; k < n; k++) {
                    sizes[k] = append(lists, sizes, k, i);
                }
            } else if (h instanceof Ctor.IntRange r && !ranges.isEmpty()) {
                int from = firstLoAtLeast(ranges, r.lo());
                for (int k = from; k < ranges.size() && ranges.get(k).hi().compareTo(r.hi()) <= 0; k++) {
                    sizes[k] = append(lists, sizes, k, i);
                }
            } else if (exact.containsKey(h)) {
                int k = exact.get(h);
                sizes[k] = append(lists, sizes, k, i);
            } else if (!(h instanceof Ctor.Variant || h instanceof Ctor.Bool || h instanceof Ctor.Str)) {
                for (int k = 0; k < n; k++) {
                    if (Ctor.isCoveredBy(splitCtors.get(k), h)) {
                        sizes[k] = append(lists, sizes, k, i);
                    }
                }
            }
        }
        for (int k = 0; k < n; k++) {
            lists[k] = java.util.Arrays.copyOf(lists[k], sizes[k]);
        }
        return lists;
    }

    private static int append(int[][] lists, int[] sizes, int k, int row) {
        if (sizes[k] == lists[k].length) {
            lists[k] = java.util.Arrays.copyOf(lists[k], sizes[k] * 2);
        }
        lists[k][sizes[k]] = row;
        return sizes[k] + 1;
    }

    private static int firstLoAtLeast(List<Ctor.IntRange> ranges, BigInteger lo) {
        int a = 0;
        int b = ranges.size();
        while (a < b) {
            int mid = (a + b) >>> 1;
            if (ranges.get(mid).lo().compareTo(lo) < 0) {
                a = mid + 1;
            } else {
                b = mid;
            }
        }
        return a;
    }

    private Matrix specialize(Matrix m, Ctor ctor, boolean ctorIsRelevant, int[] rows) {
        Place place = m.places[0];
        List<PatTy> fieldTys = types.fieldTypes(ctor, place.ty());
        int arity = fieldTys.size();
        boolean fieldValid = place.valid() && !(ctor instanceof Ctor.Ref);
        Place[] places = new Place[arity + m.places.length - 1];
        for (int i = 0; i < arity; i++) {
            places[i] = new Place(fieldTys.get(i), fieldValid, false);
        }
        System.arraycopy(m.places, 1, places, arity, m.places.length - 1);
        Matrix spec = new Matrix(places, m.wildcardRowRelevant && ctorIsRelevant);
        for (int i : rows) {
            Row row = m.rows.get(i);
            DeconstructedPat head = row.head();
            DeconstructedPat[] fields = head.specialize(ctor, arity);
            DeconstructedPat[] pats = new DeconstructedPat[arity + row.pats.length - 1];
            System.arraycopy(fields, 0, pats, 0, arity);
            System.arraycopy(row.pats, 1, pats, arity, row.pats.length - 1);
            boolean relevant = row.relevant && (!(head.ctor instanceof Ctor.Wildcard) || ctorIsRelevant);
            spec.expandAndPush(new Row(pats, i, row.underGuard, relevant, false));
        }
        return spec;
    }

    /** Turns witnesses of the specialized matrix into witnesses of the matrix (rustc's {@code apply_constructor}). */
    private List<List<Witness>> applyConstructor(List<List<Witness>> stacks, PatTy ty, List<Ctor> missingCtors,
            Ctor ctor, boolean reportIndividual) {
        if (stacks.isEmpty()) {
            return stacks;
        }
        if (ctor instanceof Ctor.Missing) {
            if (!missingCtors.isEmpty() && !reportIndividual) {
                for (List<Witness> s : stacks) {
                    s.add(new Witness(Ctor.WILDCARD, ty, List.of()));
                }
                return stacks;
            }
            for (Ctor c : missingCtors) {
                if (c instanceof Ctor.NonExhaustive) {
                    for (List<Witness> s : stacks) {
                        s.add(new Witness(Ctor.NON_EXHAUSTIVE, ty, List.of()));
                    }
                    return stacks;
                }
            }
            List<List<Witness>> ret = new ArrayList<>();
            for (Ctor c : missingCtors) {
                Witness w = wildFromCtor(c, ty);
                for (List<Witness> s : stacks) {
                    List<Witness> copy = new ArrayList<>(s);
                    copy.add(w);
                    ret.add(copy);
                }
            }
            return ret;
        }
        int arity = types.fieldTypes(ctor, ty).size();
        for (List<Witness> s : stacks) {
            int len = s.size();
            List<Witness> fields = new ArrayList<>(arity);
            for (int i = len - 1; i >= len - arity; i--) {
                fields.add(s.get(i));
            }
            s.subList(len - arity, len).clear();
            s.add(new Witness(ctor, ty, fields));
        }
        return stacks;
    }

    private Witness wildFromCtor(Ctor c, PatTy ty) {
        List<PatTy> fieldTys = types.fieldTypes(c, ty);
        List<Witness> fields = new ArrayList<>(fieldTys.size());
        for (PatTy f : fieldTys) {
            fields.add(new Witness(Ctor.WILDCARD, f, List.of()));
        }
        return new Witness(c, ty, fields);
    }

    // ---- constructor splitting ----

    private SplitSet split(PatTy ty, List<Ctor> heads) {
        List<Ctor> present = new ArrayList<>();
        List<Ctor> missing = new ArrayList<>();
        List<Ctor> missingEmpty = new ArrayList<>();
        List<Ctor> seen = new ArrayList<>();
        for (Ctor c : heads) {
            if (!(c instanceof Ctor.Wildcard)) {
                seen.add(c);
            }
        }
        boolean noConstructors = false;
        switch (ty) {
            case PatTy.Bool b -> {
                boolean seenFalse = false;
                boolean seenTrue = false;
                for (Ctor c : seen) {
                    if (c instanceof Ctor.Bool bc) {
                        if (bc.value()) {
                            seenTrue = true;
                        } else {
                            seenFalse = true;
                        }
                    }
                }
                // rustc lists `true` first (visible in the order of witnesses).
                (seenTrue ? present : missing).add(new Ctor.Bool(true));
                (seenFalse ? present : missing).add(new Ctor.Bool(false));
            }
            case PatTy.Int i -> splitIntegers(ty, seen, present, missing);
            case PatTy.Char c -> splitIntegers(ty, seen, present, missing);
            case PatTy.Ref r -> (seen.isEmpty() ? missing : present).add(Ctor.REF);
            case PatTy.Tuple t -> splitStruct(ty, seen, present, missing, missingEmpty);
            case PatTy.Array a -> splitSlices(a.length(), types.isUninhabited(a.element()), seen, present, missing,
                    missingEmpty);
            case PatTy.Slice s -> splitSlices(null, types.isUninhabited(s.element()), seen, present, missing,
                    missingEmpty);
            case PatTy.Adt adt -> {
                AdtDef def = adt.def();
                if (!def.isEnum()) {
                    splitStruct(ty, seen, present, missing, missingEmpty);
                } else if (def.variantCount() == 0 && !def.isForeignNonExhaustive()) {
                    noConstructors = true;
                    missingEmpty.add(Ctor.NEVER);
                } else {
                    BitSet seenVariants = new BitSet();
                    for (Ctor c : seen) {
                        if (c instanceof Ctor.Variant v) {
                            seenVariants.set(v.index());
                        }
                    }
                    boolean skippedHidden = false;
                    for (int v = 0; v < def.variantCount(); v++) {
                        Ctor vc = new Ctor.Variant(v);
                        if (seenVariants.get(v)) {
                            present.add(vc);
                        } else if (types.isVariantUninhabited(def, v)) {
                            missingEmpty.add(vc);
                        } else if (def.isVariantHidden(v)) {
                            skippedHidden = true;
                        } else {
                            missing.add(vc);
                        }
                    }
                    if (skippedHidden) {
                        missing.add(Ctor.HIDDEN);
                    }
                    if (def.isForeignNonExhaustive()) {
                        missing.add(Ctor.NON_EXHAUSTIVE);
                    }
                }
            }
            case PatTy.Never n -> {
                noConstructors = true;
                missingEmpty.add(Ctor.NEVER);
            }
            case PatTy.Float f -> splitUnlistable(seen, present, missing);
            case PatTy.Str s -> splitUnlistable(seen, present, missing);
            case PatTy.Opaque o -> splitUnlistable(seen, present, missing);
        }
        return new SplitSet(present, missing, missingEmpty, noConstructors);
    }

    private void splitStruct(PatTy ty, List<Ctor> seen, List<Ctor> present, List<Ctor> missing,
            List<Ctor> missingEmpty) {
        if (!seen.isEmpty()) {
            present.add(Ctor.STRUCT);
        } else if (types.isUninhabited(ty)) {
            missingEmpty.add(Ctor.STRUCT);
        } else {
            missing.add(Ctor.STRUCT);
        }
    }

    private static void splitUnlistable(List<Ctor> seen, List<Ctor> present, List<Ctor> missing) {
        Set<Ctor> distinct = new LinkedHashSet<>(seen);
        present.addAll(distinct);
        missing.add(Ctor.NON_EXHAUSTIVE);
    }

    private static void splitIntegers(PatTy ty, List<Ctor> seen, List<Ctor> present, List<Ctor> missing) {
        for (Ctor.IntRange full : Types.fullRanges(ty)) {
            // Boundaries of the seen ranges within `full`: +1 where a range starts, -1 where it ends.
            List<BigInteger> bounds = new ArrayList<>();
            List<Integer> deltas = new ArrayList<>();
            for (Ctor c : seen) {
                if (c instanceof Ctor.IntRange r) {
                    Ctor.IntRange in = full.intersection(r);
                    if (in != null) {
                        bounds.add(in.lo());
                        deltas.add(1);
                        bounds.add(in.hi());
                        deltas.add(-1);
                    }
                }
            }
            Integer[] order = new Integer[bounds.size()];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            java.util.Arrays.sort(order, (x, y) -> {
                int c = bounds.get(x).compareTo(bounds.get(y));
                return c != 0 ? c : Integer.compare(deltas.get(x), deltas.get(y));
            });
            int count = 0;
            BigInteger prev = full.lo();
            for (int k = 0; k <= order.length; k++) {
                BigInteger bound = k < order.length ? bounds.get(order[k]) : full.hi();
                if (!prev.equals(bound)) {
                    (count > 0 ? present : missing).add(new Ctor.IntRange(prev, bound));
                }
                prev = bound;
                if (k < order.length) {
                    count += deltas.get(order[k]);
                }
            }
        }
    }

    private static void splitSlices(Integer arrayLength, boolean elementIsEmpty, List<Ctor> seen,
            List<Ctor> present, List<Ctor> missing, List<Ctor> missingEmpty) {
        Ctor.Slice base = Ctor.Slice.of(arrayLength, true, 0, 0);
        int minVarLen = Integer.MAX_VALUE;
        Set<Integer> seenFixed = new HashSet<>();
        List<Ctor.Slice> kinds = new ArrayList<>();
        if (base.varLen()) {
            int maxPrefix = 0;
            int maxSuffix = 0;
            int fixedUpperBound = 1;
            for (Ctor c : seen) {
                if (c instanceof Ctor.Slice s) {
                    if (s.varLen()) {
                        maxPrefix = Math.max(maxPrefix, s.prefix());
                        maxSuffix = Math.max(maxSuffix, s.suffix());
                        minVarLen = Math.min(minVarLen, s.arity());
                    } else {
                        fixedUpperBound = Math.max(fixedUpperBound, s.arity() + 1);
                        seenFixed.add(s.arity());
                    }
                }
            }
            if (fixedUpperBound > maxPrefix + maxSuffix) {
                maxPrefix += fixedUpperBound - (maxPrefix + maxSuffix);
            }
            Ctor.Slice maxSlice = new Ctor.Slice(arrayLength, true, maxPrefix, maxSuffix);
            if (arrayLength != null && maxSlice.arity() >= arrayLength) {
                maxSlice = new Ctor.Slice(arrayLength, false, arrayLength, 0);
            }
            if (arrayLength == null) {
                for (int len = 0; len < maxSlice.arity(); len++) {
                    kinds.add(new Ctor.Slice(null, false, len, 0));
                }
            }
            kinds.add(maxSlice);
        } else {
            int arity = base.arity();
            for (Ctor c : seen) {
                if (c instanceof Ctor.Slice s) {
                    if (!s.varLen() && s.arity() == arity) {
                        seenFixed.add(arity);
                    } else if (s.varLen() && s.arity() <= arity) {
                        minVarLen = Math.min(minVarLen, s.arity());
                    }
                }
            }
            kinds.add(base);
        }
        for (Ctor.Slice k : kinds) {
            boolean isSeen = minVarLen <= k.arity() || seenFixed.contains(k.arity());
            if (isSeen) {
                present.add(k);
            } else if (elementIsEmpty && k.arity() != 0) {
                missingEmpty.add(k);
            } else {
                missing.add(k);
            }
        }
    }

    // ---- results for arms ----

    /** Whether {@code p}, an arm pattern or or-pattern alternative, matches some value no earlier pattern matches. */
    boolean isUseful(DeconstructedPat p) {
        Branch b = branches.get(p.uid);
        if (b != null) {
            return b.useful;
        }
        if (p.isOr()) {
            for (DeconstructedPat alt : p.fields) {
                if (isUseful(alt)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The earlier patterns that together cover the redundant pattern {@code p}, in source order. */
    List<DeconstructedPat> coveredBy(DeconstructedPat p) {
        TreeMap<Integer, DeconstructedPat> out = new TreeMap<>();
        collectCoveredBy(p, out);
        return new ArrayList<>(out.values());
    }

    private void collectCoveredBy(DeconstructedPat p, TreeMap<Integer, DeconstructedPat> out) {
        Branch b = branches.get(p.uid);
        if (b != null) {
            out.putAll(b.coveredBy);
        } else if (p.isOr()) {
            for (DeconstructedPat alt : p.fields) {
                collectCoveredBy(alt, out);
            }
        }
    }

    /** Finds the redundant or-pattern alternatives inside the useful pattern {@code p}. */
    void collectRedundantSubpatterns(DeconstructedPat p, List<DeconstructedPat> out,
            IdentityHashMap<DeconstructedPat, Boolean> visited) {
        if (visited.put(p, Boolean.TRUE) != null) {
            return;
        }
        if (p.isOr()) {
            for (DeconstructedPat alt : p.fields) {
                if (!isUseful(alt)) {
                    out.add(alt);
                } else {
                    collectRedundantSubpatterns(alt, out, visited);
                }
            }
            return;
        }
        for (DeconstructedPat f : p.fields) {
            collectRedundantSubpatterns(f, out, visited);
        }
    }
}
