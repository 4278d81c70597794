package org.cba.eval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cba.check.Checked;
import org.cba.check.Type;
import org.cba.data.DataException;
import org.cba.data.DataProblem;
import org.cba.source.Span;
import org.cba.syntax.ast.Citation;
import org.cba.syntax.ast.Decl;
import org.cba.syntax.ast.RuleTest;

/**
 * Runs rule tests (cba test): each binds the rows it states as a dataset, as a district's files
 * would be bound; runs its rule alone, with the terms it uses, as of its date under its readings;
 * and compares the findings with those expected, exactly: every expected finding must be given
 * with the same subject and values, and nothing else may be.
 */
public final class RuleTests {
    /** How a finding and an expectation fail to agree. */
    public enum Miss {
        /** An expected finding the rule did not give. */
        MISSING,
        /** A finding the test did not expect. */
        UNEXPECTED,
        /** An expected finding given with other values. */
        DIFFERENT
    }

    /**
     * One disagreement. at: the expectation (the test, for a finding not expected); expected: the
     * expectation as written (null for one not expected); actual: the finding as a test would write
     * it (null for one missing).
     */
    public record Mismatch(Miss kind, Span at, String expected, String actual) {
    }

    /** One test's outcome: its disagreements, and problems (data or evaluation) with their places, already worded. */
    public record Outcome(Decl.RuleDecl rule, RuleTest test, List<Mismatch> mismatches, List<String> problems) {
        public Outcome {
            mismatches = List.copyOf(mismatches);
            problems = List.copyOf(problems);
        }

        public boolean passed() {
            return mismatches.isEmpty() && problems.isEmpty();
        }

        public String cite() {
            return Citation.first(rule.citations()).cite();
        }

        /** The article part of the citation ("XVIII" of "XVIII 6.0"). */
        public String article() {
            return Citation.first(rule.citations()).article();
        }
    }

    private RuleTests() {
    }

    /**
     * The tests of the rules written in this version's own files. A test that names no date is run
     * as of the agreement's effective date (else today); one that states no calendar uses the
     * calendar of the contract's test data (fallback: its calendar, possibly none).
     */
    public static List<Outcome> run(Checked checked, Dataset fallback, LocalDate today, Coverage coverage) {
        LocalDate date = ExampleRunner.defaultDate(checked, today);
        List<Outcome> out = new ArrayList<>();
        for (Decl d : ExampleRunner.ownDeclarations(checked)) {
            if (d instanceof Decl.RuleDecl rule) {
                for (RuleTest t : rule.tests()) {
                    out.add(run(checked, rule, t, t.asOf() != null ? t.asOf() : date, fallback.calendar(), coverage));
                }
            }
        }
        return out;
    }

    private static Outcome run(Checked checked, Decl.RuleDecl rule, RuleTest test, LocalDate asOf, SchoolCalendar calendar,
                               Coverage coverage) {
        Readings readings = ExampleRunner.readings(test.readings());
        Interpreter constants = new Interpreter(checked, Dataset.empty(), asOf, readings, null);
        InlineRows rows = InlineRows.of(checked, constants, test);
        Dataset data;
        try {
            data = DataBinder.bindStated(checked, rows);
        } catch (DataException e) {
            List<String> problems = new ArrayList<>();
            for (DataProblem p : e.problems()) {
                problems.add(place(rows.at(p)) + ": error[" + p.code() + "]: " + (p.value() == null ? "" : "\"" + p.value() + "\" — ")
                        + p.message().replaceAll("on row (\\d+)", "on line $1"));
            }
            return new Outcome(rule, test, List.of(), problems);
        }
        if (!rows.has(org.cba.eval.DataBinder.CALENDAR)) {
            data = data.withCalendar(calendar);
        }
        List<Finding> found = new ArrayList<>();
        List<Evaluator.Problem> failed = new ArrayList<>();
        Interpreter in = new Interpreter(checked, data, asOf, readings, null, coverage);
        new RuleRunner(in, rule, false, Evaluator.sites(checked, data), null).run(found, failed);
        List<String> problems = new ArrayList<>();
        for (Evaluator.Problem p : failed) {
            problems.add((p.span() == null ? place(test.span()) : place(p.span())) + ": error[" + p.cause().code() + "]: "
                    + p.message() + " (for " + p.subject() + ")");
        }
        List<Expected> expected = new ArrayList<>();
        Interpreter values = new Interpreter(checked, data, asOf, readings, null);
        for (RuleTest.Expectation e : test.expected()) {
            try {
                Expected.of(values, e).ifPresent(expected::add);
            } catch (EvalException ex) {
                problems.add(place(ex.span() == null ? e.span() : ex.span()) + ": error[" + ex.code() + "]: " + ex.getMessage());
            }
        }
        return new Outcome(rule, test, compare(checked, rule, test, expected, found), problems);
    }

    private static String place(Span s) {
        return s.file().name() + ":" + s.line() + ":" + s.column();
    }

    /**
     * Pairs expected findings with those given: first those that agree in everything, then those
     * about the same subject (and payee) whose values differ; what is left is missing or not expected.
     */
    private static List<Mismatch> compare(Checked checked, Decl.RuleDecl rule, RuleTest test, List<Expected> expected,
                                          List<Finding> found) {
        List<Expected> wanted = new ArrayList<>(expected);
        List<Finding> given = new ArrayList<>(found);
        wanted.removeIf(e -> given.stream().filter(f -> e.about(f) && e.agrees(f)).findFirst().map(given::remove).orElse(false));
        List<Mismatch> out = new ArrayList<>();
        for (Expected e : wanted) {
            Finding near = given.stream().filter(e::about).findFirst().orElse(null);
            if (near != null) {
                given.remove(near);
                out.add(new Mismatch(Miss.DIFFERENT, e.span(), e.shown(), shown(checked, rule, near)));
            } else {
                out.add(new Mismatch(Miss.MISSING, e.span(), e.shown(), null));
            }
        }
        for (Finding f : given) {
            out.add(new Mismatch(Miss.UNEXPECTED, test.span(), null, shown(checked, rule, f)));
        }
        return out;
    }

    /** A finding as a rule test would write what it expects: violation for Section "2041-011" with enrollment 26 students. */
    static String shown(Checked checked, Decl.RuleDecl rule, Finding f) {
        String subject = subject(checked, rule, f.subject());
        String forSubject = subject.isEmpty() ? "" : " for " + subject;
        if (f instanceof Finding.Violation || f instanceof Finding.Notice) {
            List<Finding.Compared> compared = f instanceof Finding.Violation v ? v.compared() : ((Finding.Notice) f).compared();
            List<String> values = compared.stream().map(c -> (c.name().matches("[A-Za-z_][A-Za-z0-9_]*") ? c.name()
                    : "\"" + c.name() + "\"") + " " + Format.value(c.value())).toList();
            return f.kind().word() + forSubject + (values.isEmpty() ? "" : " with " + String.join(", ", values));
        } else if (f instanceof Finding.Requirement r) {
            return "requires " + Format.value(r.required()) + ", has " + Format.value(r.present()) + forSubject;
        } else if (f instanceof Finding.Payment p) {
            return "pay " + Format.value(p.amount()) + " to " + p.payee().entity() + " \"" + p.payee().id() + "\"" + forSubject;
        } else if (f instanceof Finding.Deadline d) {
            return "deadline " + d.due() + forSubject;
        }
        throw new AssertionError(f);
    }

    /** A finding's subject as a test names it: Section "2041-011", or School "S1", G7to8, Academic. */
    private static String subject(Checked checked, Decl.RuleDecl rule, Finding.Subject s) {
        if (s.row() == null && s.id().isEmpty()) {
            return "";
        }
        int parts = rule.forEach() == null ? 1 : rule.forEach().bindings().size();
        String[] ids = s.id().split(", ", -1);
        if (parts <= 1 || ids.length != parts) {
            return s.row() != null ? s.entity() + " \"" + s.id() + "\"" : s.id();
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < parts; i++) {
            Type t = checked.typeOf(rule.forEach().bindings().get(i).source());
            boolean row = t instanceof Type.ListOf l && l.element() instanceof Type.Entity;
            out.add(row ? ((Type.Entity) ((Type.ListOf) t).element()).name() + " \"" + ids[i] + "\"" : ids[i]);
        }
        return String.join(", ", out);
    }
}
