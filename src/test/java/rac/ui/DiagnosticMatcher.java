package rac.ui;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Checks a test's annotations against the diagnostics the compiler printed, with compiletest's
 * rules: each annotation must match a diagnostic of its kind on its line whose message contains
 * the annotation's text (each diagnostic matches at most one annotation); every error and warning
 * must be matched; notes and helps must be matched only if the file annotates some of that kind.
 * Spanless summary lines ({@code aborting due to ...}, {@code N warnings emitted}) and levels no
 * annotation can name ({@code failure-note}) are not checked.
 */
public final class DiagnosticMatcher {
    private DiagnosticMatcher() {
    }

    /** The problems found, one line each; empty if the annotations and diagnostics agree. */
    public static List<String> check(List<Annotation> annotations, List<EmittedDiagnostic> diagnostics) {
        List<EmittedDiagnostic> candidates = new ArrayList<>();
        for (EmittedDiagnostic d : diagnostics) {
            if (d.kind() != null && !isSummary(d)) {
                candidates.add(d);
            }
        }
        boolean[] used = new boolean[candidates.size()];
        List<String> problems = new ArrayList<>();
        Set<DiagnosticKind> annotatedKinds = EnumSet.noneOf(DiagnosticKind.class);
        for (Annotation a : annotations) {
            annotatedKinds.add(a.kind());
            int found = -1;
            for (int i = 0; i < candidates.size(); i++) {
                EmittedDiagnostic d = candidates.get(i);
                if (!used[i] && d.kind() == a.kind() && d.line() == a.line() && d.message().contains(a.message())) {
                    found = i;
                    break;
                }
            }
            if (found >= 0) {
                used[found] = true;
            } else {
                problems.add("expected but not found: " + a.describe());
            }
        }
        for (int i = 0; i < candidates.size(); i++) {
            EmittedDiagnostic d = candidates.get(i);
            if (!used[i] && (d.kind().alwaysAnnotated() || annotatedKinds.contains(d.kind()))) {
                problems.add("unexpected (not annotated): " + d.describe());
            }
        }
        return problems;
    }

    private static boolean isSummary(EmittedDiagnostic d) {
        if (d.line() != 0 || d.child()) {
            return false;
        }
        String m = d.message();
        return m.startsWith("aborting due to ") || m.matches("\\d+ warnings? emitted")
                || m.matches("Some errors have detailed explanations: .*")
                || m.startsWith("For more information about this error");
    }
}
