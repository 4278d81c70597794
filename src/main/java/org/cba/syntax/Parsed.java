package org.cba.syntax;

import java.util.List;
import org.cba.source.Diagnostic;
import org.cba.syntax.ast.Spec;

/** The result of parsing one file: the AST (possibly partial) and the syntax diagnostics. */
public record Parsed(Spec spec, List<Diagnostic> diagnostics) {
    public Parsed {
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean ok() {
        return diagnostics.stream().noneMatch(Diagnostic::isError);
    }
}
