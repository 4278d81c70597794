package org.cba.eval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cba.check.Checked;
import org.cba.source.Span;
import org.cba.syntax.ast.Decl;

/**
 * Runs a contract's rules over a dataset as of a date. Each rule ranges over its data; every
 * subject that triggers an outcome yields a {@link Finding}. Problems evaluating one subject are
 * collected and reported, and the run goes on with the next.
 */
public final class Evaluator {
    /**
     * What to run: the named rules, or all when none are named; explanations on or off; and school,
     * when only the findings that concern one school are wanted (null: all). With a school, a rule
     * skips the subjects that belong to another school, where that cannot change what concerns this
     * one (see {@link RuleRunner}); the caller still picks the findings that concern the school.
     */
    public record Options(LocalDate asOf, Readings readings, java.util.Set<String> rules, boolean explain, String school) {
        public Options(LocalDate asOf, Readings readings, java.util.Set<String> rules, boolean explain) {
            this(asOf, readings, rules, explain, null);
        }
    }

    /** A subject a rule could not be evaluated for, and why. */
    public record Problem(Decl.RuleDecl rule, String subject, Span span, String message) {
    }

    public record Result(List<Finding> findings, List<Problem> problems) {
    }

    /** Past this many problems in one rule the rest are counted, not listed. */
    static final int MAX_PROBLEMS_PER_RULE = 20;

    private Evaluator() {
    }

    public static Result run(Checked checked, Dataset data, Options options) {
        Interpreter in = new Interpreter(checked, data, options.asOf(), options.readings(), null);
        List<Finding> findings = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        SchoolScope scope = options.school() == null ? null : new SchoolScope(data.sites(), options.school());
        for (Decl.RuleDecl rule : rules(checked)) {
            if (options.rules().isEmpty() || options.rules().contains(rule.name().name())) {
                new RuleRunner(in, rule, options.explain()).run(findings, problems, scope);
            }
        }
        return new Result(findings, problems);
    }

    public static List<Decl.RuleDecl> rules(Checked checked) {
        List<Decl.RuleDecl> rules = new ArrayList<>();
        for (Decl d : checked.declarations()) {
            if (d instanceof Decl.RuleDecl r) {
                rules.add(r);
            }
        }
        return rules;
    }
}
