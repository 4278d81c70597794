package org.cba.check;

import java.nio.file.Path;
import java.util.List;
import org.cba.source.Code;
import org.cba.source.Diagnostic;
import org.cba.source.SourceFile;
import org.cba.syntax.Parsed;
import org.cba.syntax.Syntax;

/** Checks a spec given as text, for unit tests. */
final class Specs {
    private Specs() {
    }

    static Checked check(String text) {
        Parsed parsed = Syntax.parse(new SourceFile("test.cba", text));
        return Checker.check(new Contract(Path.of("."), "test", parsed.spec().header(), List.of(parsed.spec()), parsed.diagnostics()));
    }

    static List<Code> codes(String text) {
        return check(text).diagnostics().stream().map(Diagnostic::code).toList();
    }

    static List<Code> errors(String text) {
        return check(text).diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::code).toList();
    }
}
