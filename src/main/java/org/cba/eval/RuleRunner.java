package org.cba.eval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.cba.check.Type;
import org.cba.syntax.ast.Decl;

/**
 * Evaluates one rule for each of its subjects (chosen by a {@link SiteFilter}). Runs fast without
 * tracing; for the subjects that yield findings it runs again with a trace to explain them, so
 * explanations cost only where there is something to explain.
 */
final class RuleRunner {
    private final Interpreter in;
    private final Decl.RuleDecl rule;
    private final boolean explain;
    private final RuleCode code;
    private final SiteFilter filter;
    private final Sites sites;

    RuleRunner(Interpreter in, Decl.RuleDecl rule, boolean explain, Sites sites, SiteScope scope) {
        this.in = in;
        this.rule = rule;
        this.explain = explain;
        this.code = Code.of(in.checked).rule(rule);
        this.filter = new SiteFilter(in, rule, code, scope);
        this.sites = sites;
    }

    /** Runs the rule over all its subjects, or, in a run for one site, over those that may concern it. */
    void run(List<Finding> out, List<Evaluator.Problem> problems) {
        List<Env> subjects;
        try {
            subjects = filter.subjects();
        } catch (EvalException e) {
            problems.add(new Evaluator.Problem(rule, "the whole rule", e));
            return;
        }
        int failed = 0;
        for (Env subject : subjects) {
            Predicate<Value> others = filter.others(subject);
            try {
                List<Finding> found = evaluate(in, subject, null, others);
                if (!found.isEmpty() && explain) {
                    Explanation why = new Explanation(() -> explain(subject, others));
                    found.replaceAll(f -> f.withExplanation(why));
                }
                out.addAll(found);
            } catch (EvalException e) {
                if (++failed <= Evaluator.MAX_PROBLEMS_PER_RULE) {
                    problems.add(new Evaluator.Problem(rule, subjectOf(subject).description(), e));
                }
            }
        }
        if (failed > Evaluator.MAX_PROBLEMS_PER_RULE) {
            problems.add(new Evaluator.Problem(rule, (failed - Evaluator.MAX_PROBLEMS_PER_RULE) + " more subjects",
                    new EvalException(EvalException.Kind.R000, rule.name().span(), "the same kind of problem (not listed)")));
        }
    }

    /** The steps of a subject's findings: the same evaluation again, traced. */
    private List<Trace.Step> explain(Env subject, Predicate<Value> others) {
        Trace trace = new Trace();
        try {
            evaluate(in.traced(trace), subject, trace, others);
        } catch (EvalException e) {
            // it evaluated without a trace, so this does not happen; if it did, say so in the explanation
            trace.add("(the explanation stops here: " + e.getMessage() + ")", Value.NONE, "");
        }
        return trace.steps();
    }

    /**
     * The findings for one subject. others, for a subject that does not concern the site of a run
     * for one site: only the findings about someone else, a payee or a deadline's own subject,
     * that it accepts.
     */
    private List<Finding> evaluate(Interpreter it, Env bound, Trace trace, Predicate<Value> others) {
        if (others != null && code.peopleNeed == filter.bindingCount() && filter.nothingFor(it, bound, others)) {
            return new ArrayList<>();
        }
        Env env = bound;
        if (code.where != null && !truth(code.where.eval(it, env))) {
            return new ArrayList<>();
        }
        for (int i = 0; i < code.lets.length; i++) {
            Value v = code.lets[i].eval(it, env);
            String name = rule.lets().get(i).name().name();
            env = env.with(name, v);
            if (trace != null) {
                trace.add(name, v, "let in rule " + rule.name().name());
            }
        }
        List<Finding> found = new ArrayList<>();
        Outcomes outcomes = new Outcomes(it, env, new Origins(bound), others);
        for (OutcomeCode o : code.outcomes) {
            if (others == null || RuleCode.aboutOthers(o.outcome)) {
                outcomes.add(o, found);
            }
        }
        return found;
    }

    /** The origins of one subject's findings: what they are about is worked out only when there is one (most subjects have none). */
    final class Origins {
        private final Env bound;
        private Finding.Subject subject;
        private Finding.Subject group;

        Origins(Env bound) {
            this.bound = bound;
        }

        /** A finding about the rule's subject. */
        Finding.Origin about(String message) {
            if (subject == null) {
                subject = subjectOf(bound);
                group = groupOf(subject);
            }
            return new Finding.Origin(rule, subject, group, message, Explanation.NONE);
        }

        /** A finding about another value (a deadline's own subject). */
        Finding.Origin aboutOther(Value who, String message) {
            Finding.Subject other = subjectOf(who);
            return new Finding.Origin(rule, other, groupOf(other), message, Explanation.NONE);
        }

        /** The message when the outcome gives none: the rule's name in words. */
        String defaultMessage() {
            return rule.name().name().replace('_', ' ');
        }
    }

    /** The site a subject belongs to, or is; null when it concerns no single site. */
    private Finding.Subject groupOf(Finding.Subject s) {
        Value.Row site = s.row() == null ? null : sites.siteOf(s.row());
        return site == null ? null : subjectOf(site);
    }

    /** What a finding is about: the bound values, the first data row among them giving its site. */
    private Finding.Subject subjectOf(Env bound) {
        if (rule.forEach() == null) {
            return subjectOf((Value) null);
        }
        List<Finding.Subject> parts = new ArrayList<>();
        for (Decl.Binding b : rule.forEach().bindings()) {
            parts.add(subjectOf(bound.get(b.var().name())));
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        Finding.Subject first = parts.stream().filter(p -> p.row() != null).findFirst().orElse(parts.get(0));
        return new Finding.Subject(first.entity(), String.join(", ", parts.stream().map(Finding.Subject::id).toList()),
                String.join(", ", parts.stream().map(Finding.Subject::description).toList()), first.row());
    }

    static Finding.Subject subjectOf(Value v) {
        if (v == null) {
            return new Finding.Subject("agreement", "", "the agreement", null);
        }
        if (v instanceof Value.Row row) {
            return new Finding.Subject(row.table().name(), row.table().keyOf(row.index()), row.table().describeRow(row.index()), row);
        }
        if (v instanceof Value.EnumV en) {
            return new Finding.Subject(en.type().name(), en.member(), en.type().shown(en.member()), null);
        }
        return new Finding.Subject("value", Format.value(v), Format.value(v), null);
    }

    static boolean truth(Value v) {
        return ((Value.Bool) v).value();
    }

    /** The date a day-list item stands for: the date itself, or a row's first date field. */
    static LocalDate dateOf(Interpreter it, Value item) {
        if (item instanceof Value.DateV d) {
            return d.date();
        }
        Value.Row row = (Value.Row) item;
        for (Map.Entry<String, Type> f : it.checked.fieldTypes(row.table().name()).entrySet()) {
            if (f.getValue() instanceof Type.Date) {
                return ((Value.DateV) row.table().get(row.index(), f.getKey())).date();
            }
        }
        return null;
    }
}
