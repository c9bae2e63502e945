package rac.diag;

import java.util.List;

/** A note or help attached to a diagnostic, optionally with spans of its own. */
public record SubDiagnostic(Level level, String message, List<Label> labels) {
    public SubDiagnostic {
        labels = List.copyOf(labels);
    }
}
