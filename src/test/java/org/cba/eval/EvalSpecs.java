package org.cba.eval;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cba.check.Checked;
import org.cba.check.Checker;
import org.cba.check.Contract;
import org.cba.data.DataSource;
import org.cba.source.DiagnosticPrinter;
import org.cba.source.SourceFile;
import org.cba.syntax.Parsed;
import org.cba.syntax.Syntax;
import org.cba.syntax.ast.Decl;

/** A small spec given as text, and data written as CSV files, for the evaluator's tests. */
final class EvalSpecs {
    static final LocalDate AS_OF = LocalDate.parse("2025-10-15");
    static final String HEADER = "agreement \"T\" version \"v\" effective 2025-07-01 to 2028-06-30\n\n";

    private EvalSpecs() {
    }

    /** A term's declaration in three lines, its value on the third at column 5: "term NAME: TYPE", its citation, "  = VALUE". */
    static String termDecl(String name, String type, String value) {
        return "term " + name + ": " + type + "\n  cites \"I 1\": \"t\"\n  = " + value + "\n";
    }

    /** The spec checked, without errors: the problems under test show up only in evaluation. */
    static Checked check(String text) {
        Parsed parsed = Syntax.parse(new SourceFile("t.cba", HEADER + text));
        Checked checked = Checker.check(new Contract(Path.of("."), "t", parsed.spec().header(), List.of(parsed.spec()),
                parsed.diagnostics()));
        assertTrue(checked.ok(), DiagnosticPrinter.render(checked.diagnostics()));
        return checked;
    }

    /** Data from CSV texts by table name, written into dir. */
    static Dataset data(Checked checked, Path dir, Map<String, String> tables) throws IOException, org.cba.data.DataException {
        for (Map.Entry<String, String> t : tables.entrySet()) {
            Files.writeString(dir.resolve(t.getKey() + ".csv"), t.getValue());
        }
        try (DataSource source = DataSource.open(dir.toString())) {
            return DataBinder.bind(checked, source);
        }
    }

    static Value term(Checked checked, Dataset data, String name) {
        Decl.TermDecl t = (Decl.TermDecl) checked.symbols().lookup(name).orElseThrow();
        return new Interpreter(checked, data, AS_OF, Readings.defaults(), null).term(t);
    }

    /** The problem evaluating a term, which must have one. */
    static EvalException problem(Checked checked, Dataset data, String name) {
        return assertThrows(EvalException.class, () -> term(checked, data, name));
    }

    static Evaluator.Result run(Checked checked, Dataset data) {
        return Evaluator.run(checked, data, new Evaluator.Options(AS_OF, Readings.defaults(), Set.of(), false));
    }
}
