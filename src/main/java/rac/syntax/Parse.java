package rac.syntax;

import java.util.ArrayList;
import java.util.List;
import rac.base.FileId;
import rac.diag.Diagnostic;

/** The result of parsing a file: the green tree (always present) and the errors found. */
public record Parse(GreenNode green, List<SyntaxError> errors) {
    public Parse {
        errors = List.copyOf(errors);
    }

    /** A red cursor on the root of the tree (a {@code SOURCE_FILE}). */
    public SyntaxNode tree() {
        return SyntaxNode.root(green);
    }

    /** The typed root. */
    public rac.syntax.ast.SourceFile sourceFile() {
        return new rac.syntax.ast.SourceFile(tree());
    }

    public boolean ok() {
        return errors.isEmpty();
    }

    /** The errors as diagnostics for the given file. */
    public List<Diagnostic> diagnostics(FileId file) {
        List<Diagnostic> out = new ArrayList<>(errors.size());
        for (SyntaxError e : errors) {
            out.add(e.toDiagnostic(file));
        }
        return out;
    }
}
