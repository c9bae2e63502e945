package rac.pat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import rac.base.IntTy;

/**
 * Random small matches over bool, u8 (with ranges), a small enum, {@code Option} and tuples agree
 * with a brute-force enumeration of every value of the scrutinee type: exhaustiveness, every
 * witness stands only for values no unguarded arm matches, unreachable arms are exactly those
 * whose values earlier unguarded arms all match, and their covering arms match all their values.
 */
class BruteForcePropertyTest {
    /** enum E { A, B(bool), C(bool, bool) } */
    static final AdtDef SMALL_ENUM = new AdtDef() {
        private final List<VariantDef> variants = List.of(VariantDef.unit("E::A"),
                VariantDef.tuple("E::B", new PatTy.Bool()),
                VariantDef.tuple("E::C", new PatTy.Bool(), new PatTy.Bool()));

        public String typeName() {
            return "E";
        }

        public boolean isEnum() {
            return true;
        }

        public int variantCount() {
            return 3;
        }

        public VariantDef variant(int index) {
            return variants.get(index);
        }
    };

    static PatTy option(PatTy t) {
        return new PatTy.Adt(new AdtDef() {
            public String typeName() {
                return "Option<" + t.display() + ">";
            }

            public boolean isEnum() {
                return true;
            }

            public int variantCount() {
                return 2;
            }

            public VariantDef variant(int index) {
                return index == 0 ? VariantDef.unit("None") : VariantDef.tuple("Some", t);
            }

            public Object definitionId() {
                return "Option";
            }
        });
    }

    /** A value: Boolean, Integer (u8), a Variant, or a List for tuples. */
    record Val(int variant, List<Object> fields) { }

    @Property(tries = 250)
    void matchesAgreeWithEnumeration(@ForAll long seed) {
        Random rnd = new Random(seed);
        PatTy ty;
        List<Object> values;
        do {
            ty = randomType(rnd, 2);
        } while (valueCount(ty) > 1500);
        values = allValues(ty);
        int armCount = rnd.nextInt(6);
        List<MatchCheck.Arm> arms = new ArrayList<>();
        for (int i = 0; i < armCount; i++) {
            arms.add(new MatchCheck.Arm(randomPat(rnd, ty, 3), rnd.nextInt(6) == 0));
        }
        MatchReport report = MatchCheck.checkMatch(ty, arms);
        String what = "type " + ty.display() + ", arms " + arms;

        boolean[][] matched = new boolean[armCount][values.size()];
        for (int a = 0; a < armCount; a++) {
            for (int v = 0; v < values.size(); v++) {
                matched[a][v] = matches(arms.get(a).pat(), ty, values.get(v));
            }
        }
        // Exhaustiveness.
        boolean exhaustive = true;
        for (int v = 0; v < values.size(); v++) {
            exhaustive &= coveredByUnguarded(arms, matched, armCount, v);
        }
        assertEquals(exhaustive, report.isExhaustive(), what + " witnesses " + report.witnesses());
        // Witnesses stand for uncovered values only.
        for (Witness w : report.witnesses()) {
            boolean some = false;
            for (int v = 0; v < values.size(); v++) {
                if (witnessMatches(w, values.get(v))) {
                    some = true;
                    assertFalse(coveredByUnguarded(arms, matched, armCount, v),
                            what + ": witness " + w + " covers matched value " + values.get(v));
                }
            }
            assertTrue(some, what + ": witness " + w + " stands for no value");
        }
        // Unreachable arms.
        Set<Integer> expectedUnreachable = new TreeSet<>();
        for (int a = 0; a < armCount; a++) {
            boolean reachable = false;
            for (int v = 0; v < values.size() && !reachable; v++) {
                reachable = matched[a][v] && !coveredByUnguarded(arms, matched, a, v);
            }
            if (!reachable) {
                expectedUnreachable.add(a);
            }
        }
        Set<Integer> reportedArms = new TreeSet<>();
        for (Unreachable u : report.unreachable()) {
            boolean wholeArm = u.pat() == arms.get(u.arm()).pat() || isBindingOf(arms.get(u.arm()).pat(), u.pat());
            if (wholeArm) {
                reportedArms.add(u.arm());
                // The covering arms match every value of the unreachable arm.
                for (int v = 0; v < values.size(); v++) {
                    if (!matched[u.arm()][v]) {
                        continue;
                    }
                    boolean covered = false;
                    for (Pat c : u.coveredBy()) {
                        covered |= matches(c, ty, values.get(v));
                    }
                    assertTrue(covered, what + ": arm " + u.arm() + " value " + values.get(v) + " not covered by "
                            + u.coveredBy());
                }
            } else {
                assertFalse(expectedUnreachable.contains(u.arm()), what + ": alternative reported in unreachable arm");
            }
        }
        assertEquals(expectedUnreachable, reportedArms, what);
        // Alternatives of a reachable arm's top-level or-pattern: unreachable iff earlier unguarded
        // arms, or (in an unguarded arm) earlier alternatives, match all their values.
        for (int a = 0; a < armCount; a++) {
            if (expectedUnreachable.contains(a) || !(arms.get(a).pat() instanceof Pat.Or or)) {
                continue;
            }
            for (int j = 0; j < or.alternatives().size(); j++) {
                Pat alt = or.alternatives().get(j);
                boolean reachable = false;
                for (int v = 0; v < values.size() && !reachable; v++) {
                    if (!matches(alt, ty, values.get(v)) || coveredByUnguarded(arms, matched, a, v)) {
                        continue;
                    }
                    boolean byEarlierAlt = false;
                    for (int k = 0; k < j && !arms.get(a).hasGuard(); k++) {
                        byEarlierAlt |= matches(or.alternatives().get(k), ty, values.get(v));
                    }
                    reachable = !byEarlierAlt;
                }
                boolean reported = false;
                for (Unreachable u : report.unreachable()) {
                    reported |= u.pat() == alt || isBindingOf(alt, u.pat());
                }
                assertEquals(!reachable, reported, what + ": alternative " + j + " of arm " + a);
            }
        }
    }

    private static boolean isBindingOf(Pat outer, Pat inner) {
        while (outer instanceof Pat.Binding b && b.sub() != null) {
            outer = b.sub();
            if (outer == inner) {
                return true;
            }
        }
        return false;
    }

    private static boolean coveredByUnguarded(List<MatchCheck.Arm> arms, boolean[][] matched, int before, int v) {
        for (int a = 0; a < before; a++) {
            if (!arms.get(a).hasGuard() && matched[a][v]) {
                return true;
            }
        }
        return false;
    }

    static PatTy randomType(Random rnd, int depth) {
        int k = rnd.nextInt(depth > 0 ? 6 : 3);
        return switch (k) {
            case 0 -> new PatTy.Bool();
            case 1 -> new PatTy.Int(IntTy.U8);
            case 2 -> new PatTy.Adt(SMALL_ENUM);
            case 3 -> option(randomType(rnd, depth - 1));
            default -> new PatTy.Tuple(List.of(randomType(rnd, depth - 1), randomType(rnd, depth - 1)));
        };
    }

    static long valueCount(PatTy ty) {
        return switch (ty) {
            case PatTy.Bool b -> 2;
            case PatTy.Int i -> 256;
            case PatTy.Tuple t -> valueCount(t.elements().get(0)) * valueCount(t.elements().get(1));
            case PatTy.Adt a -> {
                long n = 0;
                for (int v = 0; v < a.def().variantCount(); v++) {
                    long m = 1;
                    for (VariantDef.Field f : a.def().variant(v).fields()) {
                        m *= valueCount(f.ty());
                    }
                    n += m;
                }
                yield n;
            }
            default -> throw new IllegalArgumentException(ty.toString());
        };
    }

    static List<Object> allValues(PatTy ty) {
        List<Object> out = new ArrayList<>();
        switch (ty) {
            case PatTy.Bool b -> {
                out.add(true);
                out.add(false);
            }
            case PatTy.Int i -> {
                for (int v = 0; v < 256; v++) {
                    out.add(v);
                }
            }
            case PatTy.Tuple t -> {
                for (Object a : allValues(t.elements().get(0))) {
                    for (Object b : allValues(t.elements().get(1))) {
                        out.add(List.of(a, b));
                    }
                }
            }
            case PatTy.Adt a -> {
                for (int v = 0; v < a.def().variantCount(); v++) {
                    List<List<Object>> combos = new ArrayList<>();
                    combos.add(List.of());
                    for (VariantDef.Field f : a.def().variant(v).fields()) {
                        List<List<Object>> next = new ArrayList<>();
                        for (List<Object> c : combos) {
                            for (Object x : allValues(f.ty())) {
                                List<Object> n = new ArrayList<>(c);
                                n.add(x);
                                next.add(n);
                            }
                        }
                        combos = next;
                    }
                    for (List<Object> c : combos) {
                        out.add(new Val(v, c));
                    }
                }
            }
            default -> throw new IllegalArgumentException(ty.toString());
        }
        return out;
    }

    static Pat randomPat(Random rnd, PatTy ty, int depth) {
        int k = rnd.nextInt(10);
        if (k == 0) {
            return new Pat.Wild();
        }
        if (k == 1) {
            return new Pat.Binding("x", null);
        }
        if (k == 2 && depth > 0) {
            int n = 2 + rnd.nextInt(2);
            List<Pat> alts = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                alts.add(randomPat(rnd, ty, depth - 1));
            }
            return new Pat.Or(alts);
        }
        if (k == 3 && depth > 0) {
            return new Pat.Binding("y", randomPat(rnd, ty, depth - 1));
        }
        int d = Math.max(depth - 1, 0);
        return switch (ty) {
            case PatTy.Bool b -> new Pat.BoolLit(rnd.nextBoolean());
            case PatTy.Int i -> {
                int lo = rnd.nextInt(256);
                int hi = lo + rnd.nextInt(256 - lo);
                yield switch (rnd.nextInt(6)) {
                    case 0, 1 -> Pat.intLit(lo);
                    case 2 -> new Pat.Range(BigInteger.valueOf(lo), BigInteger.valueOf(hi), true);
                    case 3 -> new Pat.Range(BigInteger.valueOf(lo), null, false);
                    case 4 -> new Pat.Range(null, BigInteger.valueOf(hi), true);
                    default -> hi > lo ? new Pat.Range(BigInteger.valueOf(lo), BigInteger.valueOf(hi), false)
                            : Pat.intLit(hi);
                };
            }
            case PatTy.Tuple t -> new Pat.Tuple(List.of(randomPat(rnd, t.elements().get(0), d),
                    randomPat(rnd, t.elements().get(1), d)));
            case PatTy.Adt a -> {
                int v = rnd.nextInt(a.def().variantCount());
                List<Pat.FieldPat> fields = new ArrayList<>();
                List<VariantDef.Field> fs = a.def().variant(v).fields();
                for (int i = 0; i < fs.size(); i++) {
                    if (rnd.nextInt(4) != 0) { // sometimes leave a field out, as with `..`
                        fields.add(new Pat.FieldPat(i, randomPat(rnd, fs.get(i).ty(), d)));
                    }
                }
                yield new Pat.Variant(v, fields);
            }
            default -> new Pat.Wild();
        };
    }

    /** Whether pattern {@code p} of type {@code ty} matches {@code value}. */
    static boolean matches(Pat p, PatTy ty, Object value) {
        return switch (p) {
            case Pat.Wild w -> true;
            case Pat.Binding b -> b.sub() == null || matches(b.sub(), ty, value);
            case Pat.BoolLit b -> value.equals(b.value());
            case Pat.IntLit i -> i.value().intValueExact() == (Integer) value;
            case Pat.Range r -> {
                int v = (Integer) value;
                boolean loOk = r.lo() == null || v >= r.lo().intValueExact();
                boolean hiOk = r.hi() == null || (r.inclusive() ? v <= r.hi().intValueExact() : v < r.hi().intValueExact());
                yield loOk && hiOk;
            }
            case Pat.Tuple t -> {
                List<?> vs = (List<?>) value;
                PatTy.Tuple tt = (PatTy.Tuple) ty;
                boolean all = true;
                for (int i = 0; i < vs.size(); i++) {
                    all &= matches(t.elements().get(i), tt.elements().get(i), vs.get(i));
                }
                yield all;
            }
            case Pat.Variant v -> {
                Val val = (Val) value;
                if (val.variant() != v.variant()) {
                    yield false;
                }
                List<VariantDef.Field> fs = ((PatTy.Adt) ty).def().variant(v.variant()).fields();
                boolean all = true;
                for (Pat.FieldPat fp : v.fields()) {
                    all &= matches(fp.pat(), fs.get(fp.index()).ty(), val.fields().get(fp.index()));
                }
                yield all;
            }
            case Pat.Or o -> o.alternatives().stream().anyMatch(a -> matches(a, ty, value));
            default -> throw new IllegalArgumentException(p.toString());
        };
    }

    /** Whether {@code value} is one of the values witness {@code w} stands for. */
    static boolean witnessMatches(Witness w, Object value) {
        return switch (w.ctor) {
            case Ctor.Bool b -> value.equals(b.value());
            case Ctor.IntRange r -> {
                BigInteger v = BigInteger.valueOf((Integer) value);
                yield r.lo().compareTo(v) <= 0 && v.compareTo(r.hi()) < 0;
            }
            case Ctor.Struct s -> {
                List<?> vs = (List<?>) value;
                boolean all = true;
                for (int i = 0; i < vs.size(); i++) {
                    all &= witnessMatches(w.fields.get(i), vs.get(i));
                }
                yield all;
            }
            case Ctor.Variant v -> {
                Val val = (Val) value;
                boolean all = val.variant() == v.index();
                for (int i = 0; all && i < val.fields().size(); i++) {
                    all = witnessMatches(w.fields.get(i), val.fields().get(i));
                }
                yield all;
            }
            default -> true;
        };
    }
}
