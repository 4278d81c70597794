package org.cba.eval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cba.check.Checked;
import org.cba.syntax.ast.Citation;
import org.cba.syntax.ast.Decl;
import org.cba.syntax.ast.Example;
import org.cba.syntax.ast.ReadingSetting;

/**
 * Runs the examples written beside terms, tables and rules (the text's worked examples): each
 * evaluates its subject as of its date under its readings and compares with the expected value.
 */
public final class ExampleRunner {
    /** One example's outcome; actual is null when evaluation failed (see problem). */
    public record Outcome(Decl decl, Example example, boolean passed, String expected, String actual, String problem) {
        public String cite() {
            return Citation.first(decl.citations()).cite();
        }

        /** The article part of the citation ("XVIII" of "XVIII 6.0"). */
        public String article() {
            return Citation.first(decl.citations()).article();
        }
    }

    private ExampleRunner() {
    }

    /**
     * Runs the examples written in this version's own files (a base version's are run with it).
     * Examples without a date are evaluated as of the agreement's effective date, else as of today.
     */
    public static List<Outcome> run(Checked checked, Dataset data, LocalDate today) {
        return run(checked, data, today, null);
    }

    /** As {@link #run(Checked, Dataset, LocalDate)}, recording what the examples reach in coverage (when not null). */
    public static List<Outcome> run(Checked checked, Dataset data, LocalDate today, Coverage coverage) {
        LocalDate fallback = defaultDate(checked, today);
        List<Outcome> out = new ArrayList<>();
        for (Decl d : ownDeclarations(checked)) {
            for (Example ex : examples(d)) {
                out.add(run(checked, data, d, ex, fallback, coverage));
            }
        }
        return out;
    }

    /** The date of an example that names none: the agreement's effective date, else today. */
    static LocalDate defaultDate(Checked checked, LocalDate today) {
        var header = checked.contract().effectiveHeader();
        return header != null && header.start() != null ? header.start() : today;
    }

    /**
     * The declarations written in this version's own files. A base version's examples are tested
     * with that version: they speak of its text.
     */
    static List<Decl> ownDeclarations(Checked checked) {
        java.util.Set<org.cba.source.SourceFile> own = new java.util.HashSet<>();
        checked.contract().files().forEach(f -> own.add(f.file()));
        return checked.declarations().stream().filter(d -> own.contains(d.span().file())).toList();
    }

    /** The readings an example chooses, the others at their defaults. */
    static Readings readings(List<ReadingSetting> settings) {
        Readings readings = Readings.defaults();
        for (ReadingSetting r : settings) {
            readings = readings.with(r.reading().name(), r.choice().name());
        }
        return readings;
    }

    private static List<Example> examples(Decl d) {
        if (d instanceof Decl.TermDecl t) {
            return t.examples();
        } else if (d instanceof Decl.TableDecl t) {
            return t.examples();
        } else if (d instanceof Decl.RuleDecl r) {
            return r.examples();
        }
        return List.of();
    }

    private static Outcome run(Checked checked, Dataset data, Decl d, Example ex, LocalDate fallback, Coverage coverage) {
        Interpreter in = new Interpreter(checked, data, ex.asOf() != null ? ex.asOf() : fallback, readings(ex.readings()), null, coverage);
        String expectedText = ex.expected().span().text();
        try {
            Value expected = in.eval(ex.expected());
            Value actual = in.eval(ex.subject());
            boolean passed = Operations.same(expected, actual);
            return new Outcome(d, ex, passed, Format.value(expected), Format.value(actual), null);
        } catch (EvalException e) {
            return new Outcome(d, ex, false, expectedText, null, e.getMessage());
        }
    }
}
