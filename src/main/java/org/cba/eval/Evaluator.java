package org.cba.eval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
     * What to run: the named rules, or all when none are named; explanations on or off; and site,
     * the key of the one row of the contract's site entity whose findings are wanted (null: all).
     * With a site, a rule skips the subjects that belong to another site where that cannot change
     * what concerns this one (see {@link SiteFilter}), and only the findings that concern the site
     * are returned.
     */
    public record Options(LocalDate asOf, Readings readings, Set<String> rules, boolean explain, String site) {
        public Options(LocalDate asOf, Readings readings, Set<String> rules, boolean explain) {
            this(asOf, readings, rules, explain, null);
        }
    }

    /** A subject a rule could not be evaluated for, and why. */
    public record Problem(Decl.RuleDecl rule, String subject, EvalException cause) {
        public Span span() {
            return cause.span();
        }

        public String message() {
            return cause.getMessage();
        }
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
        Sites sites = sites(checked, data);
        SiteScope scope = options.site() == null ? null : new SiteScope(sites, options.site());
        for (Decl.RuleDecl rule : rules(checked)) {
            if (options.rules().isEmpty() || options.rules().contains(rule.name().name())) {
                new RuleRunner(in, rule, options.explain(), sites, scope).run(findings, problems);
            }
        }
        if (options.site() != null) {
            findings.removeIf(f -> !sites.concerns(f, options.site()));
        }
        return new Result(findings, problems);
    }

    /** How the data's rows relate to the rows of the contract's site entity. */
    public static Sites sites(Checked checked, Dataset data) {
        return data.sites(checked.siteEntity().map(e -> e.name().name()).orElse(null));
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
