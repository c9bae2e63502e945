package rac.pat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import rac.base.IntTy;

/**
 * Constructs the .rs test programs cannot express (std types, invalid scrutinee places, error
 * patterns, large matches), built as models in Java. Expected texts are rustc 1.95's, from
 * {@code src/test/resources/pat/java/std_types.rs} and its {@code .stderr}.
 */
class MatchCheckTest {
    private static final PatTy BOOL = new PatTy.Bool();
    private static final PatTy U8 = new PatTy.Int(IntTy.U8);

    /** An ADT with the given variants. */
    static AdtDef adt(String name, boolean isEnum, boolean foreignNonExhaustive, VariantDef... variants) {
        return new AdtDef() {
            public String typeName() {
                return name;
            }

            public boolean isEnum() {
                return isEnum;
            }

            public int variantCount() {
                return variants.length;
            }

            public VariantDef variant(int index) {
                return variants[index];
            }

            public boolean isForeignNonExhaustive() {
                return foreignNonExhaustive;
            }
        };
    }

    static final PatTy INFALLIBLE = new PatTy.Adt(adt("Infallible", true, false));

    static PatTy option(PatTy t) {
        return new PatTy.Adt(adt("Option<" + t.display() + ">", true, false, VariantDef.unit("None"),
                VariantDef.tuple("Some", t)));
    }

    static MatchReport check(PatTy ty, Pat... arms) {
        List<MatchCheck.Arm> list = new ArrayList<>();
        for (Pat p : arms) {
            list.add(MatchCheck.Arm.of(p));
        }
        return MatchCheck.checkMatch(ty, list);
    }

    @Test
    void boxIsAStructAndGuardedArmsDoNotCount() {
        PatTy box = new PatTy.Adt(adt("Box<bool>", false, false,
                VariantDef.tuple("Box", new PatTy.Opaque("Unique<bool>"), new PatTy.Opaque("Global"))));
        MatchReport r = MatchCheck.checkMatch(box, List.of(new MatchCheck.Arm(new Pat.Binding("b", null), true)));
        assertEquals("non-exhaustive patterns: `Box(_, _)` not covered", r.e0004Message());
        assertEquals(List.of("the matched value is of type `Box<bool>`",
                "match arms with guards don't count towards exhaustivity"), r.e0004Notes());
        assertEquals("Box(_, _) => todo!()", r.suggestedArm());
    }

    @Test
    void variantPathsAreTheCheckersToChoose() {
        PatTy ordering = new PatTy.Adt(adt("std::cmp::Ordering", true, false, VariantDef.unit("std::cmp::Ordering::Less"),
                VariantDef.unit("std::cmp::Ordering::Equal"), VariantDef.unit("std::cmp::Ordering::Greater")));
        MatchReport r = check(ordering, Pat.variant(0));
        assertEquals("non-exhaustive patterns: `std::cmp::Ordering::Equal` and `std::cmp::Ordering::Greater` not covered",
                r.e0004Message());
        assertEquals("ensure that all possible cases are being handled by adding a match arm with a wildcard pattern, "
                + "a match arm with multiple or-patterns as shown, or multiple match arms", r.helpMessage());
        assertEquals(List.of(1, 2), r.adtDefinedHere().uncoveredVariants());
        assertEquals("`std::cmp::Ordering` defined here", r.adtDefinedHere().message());
    }

    @Test
    void opaqueFieldsAreWildcards() {
        MatchReport r = check(option(new PatTy.Opaque("NonZero<u8>")), Pat.variant(0));
        assertEquals("pattern `Some(_)` not covered", r.notCoveredLabel());
        assertEquals(List.of("the matched value is of type `Option<NonZero<u8>>`"), r.e0004Notes());
    }

    @Test
    void foreignNonExhaustiveEnumNeedsAWildcard() {
        PatTy kind = new PatTy.Adt(adt("ErrorKind", true, true, VariantDef.unit("std::io::ErrorKind::NotFound"),
                VariantDef.unit("std::io::ErrorKind::Other")));
        MatchReport r = check(kind, Pat.variant(0));
        assertEquals("non-exhaustive patterns: `_` not covered", r.e0004Message());
        assertEquals(List.of("the matched value is of type `ErrorKind`",
                "`ErrorKind` is marked as non-exhaustive, so a wildcard `_` is necessary to match exhaustively"),
                r.e0004Notes());
        assertTrue(check(kind, Pat.variant(0), Pat.variant(1), new Pat.Wild()).isExhaustive());
        assertTrue(check(kind, Pat.variant(0), Pat.variant(1), new Pat.Wild()).unreachable().isEmpty());
    }

    @Test
    void emptyTypesByValueNeedNoArms() {
        assertTrue(check(new PatTy.Never()).isExhaustive());
        assertTrue(check(INFALLIBLE).isExhaustive());
        assertTrue(check(new PatTy.Tuple(List.of(U8, INFALLIBLE))).isExhaustive());
        assertTrue(check(option(INFALLIBLE), Pat.variant(0)).isExhaustive());
        // `match *x {}` with x: &Infallible: the scrutinee place may be invalid, but an empty match is still fine.
        assertTrue(MatchCheck.checkMatch(INFALLIBLE, List.of(), false).isExhaustive());
    }

    @Test
    void emptyTypesBehindReferencesAreNot() {
        PatTy ty = new PatTy.Ref(false, option(INFALLIBLE));
        MatchReport r = check(ty, new Pat.Ref(Pat.variant(0)));
        assertEquals("non-exhaustive patterns: `&Some(_)` not covered", r.e0004Message());
        assertEquals(List.of("the matched value is of type `&Option<Infallible>`",
                "`Infallible` is uninhabited but is not being matched by value, so a wildcard `_` is required"),
                r.e0004Notes());
        MatchReport empty = check(new PatTy.Ref(false, INFALLIBLE));
        assertEquals("non-exhaustive patterns: type `&Infallible` is non-empty", empty.e0004Message());
        assertEquals(List.of("the matched value is of type `&Infallible`", "references are always considered inhabited"),
                empty.e0004Notes());
        assertEquals("_ => todo!()", empty.suggestedArm());
        assertEquals("ensure that all possible cases are being handled by adding a match arm with a wildcard pattern "
                + "as shown", empty.helpMessage());
        assertEquals(List.of(), empty.adtDefinedHere().uncoveredVariants());
    }

    @Test
    void patternsWithErrorsSuppressEverything() {
        MatchReport r = check(option(BOOL), new Pat.Error());
        assertTrue(r.suppressed());
        assertTrue(r.isExhaustive());
        // A pattern that does not fit its type is treated the same way.
        MatchReport ill = check(BOOL, Pat.intLit(3), new Pat.BoolLit(true), new Pat.BoolLit(true));
        assertTrue(ill.suppressed());
        assertTrue(ill.unreachable().isEmpty());
        assertFalse(check(BOOL, new Pat.BoolLit(true)).suppressed());
    }

    @Test
    void thousandIntegerLiteralsAreCheckedQuickly() {
        List<Pat> arms = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            arms.add(Pat.intLit(i * 7));
        }
        arms.add(Pat.intLit(14));
        MatchReport r = check(new PatTy.Int(IntTy.I32), arms.toArray(new Pat[0]));
        assertEquals("non-exhaustive patterns: `i32::MIN..=-1_i32`, `1_i32..=6_i32`, `8_i32..=13_i32` and 998 more "
                + "not covered", r.e0004Message());
        assertEquals(1, r.unreachable().size());
        assertEquals(1000, r.unreachable().get(0).arm());
        assertEquals(List.of(arms.get(2)), r.unreachable().get(0).coveredBy());
        assertEquals("matches all the relevant values", r.unreachable().get(0).singleCoverLabel());
    }

    @Test
    void thousandStringLiteralsAndAWildcard() {
        List<Pat> arms = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            arms.add(new Pat.StrLit("s" + i));
        }
        arms.add(new Pat.Wild());
        MatchReport r = check(new PatTy.Ref(false, new PatTy.Str()), arms.toArray(new Pat[0]));
        assertTrue(r.isExhaustive());
        assertTrue(r.unreachable().isEmpty());
    }

    @Test
    void refutableLetTexts() {
        MatchReport r = MatchCheck.checkIrrefutable(option(new PatTy.Int(IntTy.I32)),
                Pat.variant(1, new Pat.Binding("y", null)));
        assertEquals("refutable pattern in local binding", MatchReport.e0005Message("local binding"));
        assertEquals("pattern `None` not covered", r.notCoveredLabel());
        assertEquals("you might want to use `let...else` to handle the variant that isn't matched", r.letHelp(true));
        assertTrue(MatchCheck.checkIrrefutable(new PatTy.Tuple(List.of(BOOL, U8)),
                new Pat.Tuple(List.of(new Pat.Wild(), new Pat.Binding("b", null)))).isExhaustive());
    }

    @Test
    void definedHereOnlyForAdts() {
        assertNull(check(BOOL, new Pat.BoolLit(true)).adtDefinedHere());
        // References are peeled: `&Option<bool>` points at Option.
        MatchReport r = check(new PatTy.Ref(false, option(BOOL)), new Pat.Ref(Pat.variant(0)));
        assertEquals("`Option<bool>` defined here", r.adtDefinedHere().message());
        assertEquals(List.of(1), r.adtDefinedHere().uncoveredVariants());
    }

    @Test
    void manyCoveringPatternsAreCounted() {
        List<Pat> arms = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            arms.add(Pat.intLit(i));
        }
        arms.add(new Pat.Range(java.math.BigInteger.ZERO, java.math.BigInteger.valueOf(5), true));
        arms.add(new Pat.Wild());
        Unreachable u = check(U8, arms.toArray(new Pat[0])).unreachable().get(0);
        assertEquals(6, u.arm());
        assertTrue(u.coveredByMany());
        assertEquals("...and 2 other patterns collectively make this unreachable", u.manyLabel());
    }

    @Test
    void catchAllCoverIsNamed() {
        Pat wild = new Pat.Tuple(List.of(new Pat.Wild(), new Pat.Binding("x", null)));
        Unreachable u = check(new PatTy.Tuple(List.of(BOOL, BOOL)), wild, new Pat.Tuple(List.of(new Pat.BoolLit(true),
                new Pat.Wild()))).unreachable().get(0);
        assertTrue(u.coveredByCatchAll());
        assertEquals("matches any value", u.singleCoverLabel());
    }

    @Test
    void hiddenVariantsAreReportedAsWildcards() {
        AdtDef def = new AdtDef() {
            public String typeName() {
                return "Kind";
            }

            public boolean isEnum() {
                return true;
            }

            public int variantCount() {
                return 3;
            }

            public VariantDef variant(int index) {
                return VariantDef.unit(List.of("Kind::A", "Kind::B", "Kind::Internal").get(index));
            }

            public boolean isVariantHidden(int index) {
                return index == 2;
            }
        };
        PatTy kind = new PatTy.Adt(def);
        assertEquals("non-exhaustive patterns: `Kind::B` and `_` not covered", check(kind, Pat.variant(0)).e0004Message());
        assertEquals("non-exhaustive patterns: `_` not covered", check(kind, Pat.variant(0), Pat.variant(1)).e0004Message());
        assertTrue(check(kind, Pat.variant(0), Pat.variant(1), Pat.variant(2)).isExhaustive());
    }
}
