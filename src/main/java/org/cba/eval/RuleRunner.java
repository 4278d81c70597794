package org.cba.eval;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.cba.check.MessageTemplate;
import org.cba.check.Ref;
import org.cba.check.Type;
import org.cba.syntax.ast.BinaryOp;
import org.cba.syntax.ast.Decl;
import org.cba.syntax.ast.Expr;
import org.cba.syntax.ast.Outcome;

/**
 * Evaluates one rule for each of its subjects. Runs fast without tracing; for the subjects that
 * yield findings it runs again with a trace to explain them, so explanations cost only where
 * there is something to explain.
 */
final class RuleRunner {
    private final Interpreter in;
    private final Decl.RuleDecl rule;
    private final boolean explain;
    private final String cite;
    private final RuleCode code;

    RuleRunner(Interpreter in, Decl.RuleDecl rule, boolean explain) {
        this.in = in;
        this.rule = rule;
        this.explain = explain;
        this.cite = Interpreter.cite(rule);
        this.code = Code.of(in.checked).rule(rule);
    }

    /**
     * Whether none of the people the rule's findings about others name concerns the school
     * (others accepts none): then the subject, which does not concern it either, has nothing for
     * the run. False when that cannot be told before the subject is evaluated.
     */
    private boolean nothingFor(Interpreter it, Env bound, Predicate<Value> accepted) {
        if (code.people == null) {
            return false;
        }
        for (Node who : code.people) {
            try {
                Value v = who.eval(it, bound);
                for (Value one : v instanceof Value.ListV l ? l.items() : List.of(v)) {
                    if (accepted.test(one)) {
                        return false;
                    }
                }
            } catch (EvalException e) {
                return false;  // let the evaluation meet it, and report it, if it gets there
            }
        }
        return true;
    }

    /** Runs the rule over all its subjects, or, with a school scope, over those that may concern it. */
    void run(List<Finding> out, List<Evaluator.Problem> problems, SchoolScope scope) {
        List<Env> subjects = new ArrayList<>();
        try {
            bind(0, Env.EMPTY, null, scope, subjects);
        } catch (EvalException e) {
            problems.add(new Evaluator.Problem(rule, "the whole rule", e.span(), e.getMessage()));
            return;
        }
        if (scope != null && code.staysWithSubject) {
            subjects.removeIf(s -> belongsElsewhere(s, scope));
        }
        int failed = 0;
        for (Env subject : subjects) {
            Predicate<Value> others = scope != null && belongsElsewhere(subject, scope) ? scope::concerns : null;
            try {
                List<Finding> found = evaluate(in, subject, null, others);
                if (!found.isEmpty() && explain) {
                    Explanation why = new Explanation(() -> explain(subject, others));
                    found.replaceAll(f -> f.withExplanation(why));
                }
                out.addAll(found);
            } catch (EvalException e) {
                if (++failed <= Evaluator.MAX_PROBLEMS_PER_RULE) {
                    problems.add(new Evaluator.Problem(rule, subjectOf(subject).description(), e.span(), e.getMessage()));
                }
            }
        }
        if (failed > Evaluator.MAX_PROBLEMS_PER_RULE) {
            problems.add(new Evaluator.Problem(rule, (failed - Evaluator.MAX_PROBLEMS_PER_RULE) + " more subjects",
                    rule.name().span(), "the same kind of problem (not listed)"));
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
     * The subject's first data row, the one its findings are filed under, does not concern the
     * school (neither is it, belongs to it, nor holds it), or there is no such row: its findings
     * concern the school only through someone else, a payee or a deadline's own subject.
     */
    private boolean belongsElsewhere(Env bound, SchoolScope scope) {
        if (rule.forEach() != null) {
            for (Decl.Binding b : rule.forEach().bindings()) {
                if (bound.get(b.var().name()) instanceof Value.Row row) {
                    return !scope.concerns(row);
                }
            }
        }
        return true;
    }

    private int bindingCount() {
        return rule.forEach() == null ? 0 : rule.forEach().bindings().size();
    }

    /**
     * Every combination of the rule's bindings, in order; a later list may depend on earlier names.
     * In a run for one school, a combination is left out as soon as it is known to have nothing
     * for the school: its first data row does not concern the school, and either all its findings
     * are about that row or the people its findings about others name are all elsewhere.
     */
    private void bind(int i, Env env, Value.Row first, SchoolScope scope, List<Env> out) {
        if (i == bindingCount()) {
            in.combinations(rule, out.size() + 1L, env);
            out.add(env);
            return;
        }
        Decl.Binding b = rule.forEach().bindings().get(i);
        for (Value v : items(b, env, first, scope)) {
            Env next = env.with(b.var().name(), v);
            Value.Row row = first == null && v instanceof Value.Row r ? r : first;
            if (scope != null && row != null && nothingFor(i + 1, next, row, first == null, scope)) {
                continue;
            }
            bind(i + 1, next, row, scope, out);
        }
    }

    /**
     * What a binding ranges over. In a run for one school, when all findings are about the first
     * data row and this binding makes it from every row of an entity, only the rows that concern
     * the school: the others would be left out one by one.
     */
    private List<Value> items(Decl.Binding b, Env env, Value.Row first, SchoolScope scope) {
        if (scope != null && first == null && code.staysWithSubject && in.checked.refOf(b.source()) instanceof Ref.AllRows all) {
            return scope.rowsConcerning(in.table(all.entity().name().name(), b.source()));
        }
        return Aggregates.items(in.eval(b.source(), env));
    }

    /** Whether, with the first i bindings made, it is known that the rest have nothing for the school. */
    private boolean nothingFor(int i, Env bound, Value.Row first, boolean firstJustBound, SchoolScope scope) {
        if (scope.concerns(first)) {
            return false;
        }
        return (firstJustBound && code.staysWithSubject) || (i == code.peopleNeed && nothingFor(in, bound, scope::concerns));
    }

    /** What a finding is about: the bound values, the first data row among them giving its school. */
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

    /**
     * The findings for one subject. others, for a subject that does not concern the school of a run
     * for one school: only the findings about someone else, a payee or a deadline's own subject,
     * that it accepts.
     */
    private List<Finding> evaluate(Interpreter it, Env bound, Trace trace, Predicate<Value> others) {
        if (others != null && code.peopleNeed == bindingCount() && nothingFor(it, bound, others)) {
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
        Subject about = new Subject(bound);
        for (int i = 0; i < code.conditions.length; i++) {
            Outcome o = rule.outcomes().get(i);
            if (others == null || RuleCode.aboutOthers(o)) {
                outcome(it, env, o, code.conditions[i], about, found, others);
            }
        }
        return found;
    }

    /** One outcome for one subject; condition is the compiled condition of a violation or notice. */
    private void outcome(Interpreter it, Env env, Outcome o, Node condition, Subject lazy, List<Finding> found, Predicate<Value> others) {
        if (o instanceof Outcome.Violation v) {
            if (truth(condition.eval(it, env))) {
                found.add(finding(Finding.Kind.VIOLATION, lazy.get(), message(it, env, o), compared(it, env, v.when()), null, null, null, false));
            }
        } else if (o instanceof Outcome.Notice n) {
            if (truth(condition.eval(it, env))) {
                found.add(finding(Finding.Kind.NOTICE, lazy.get(), message(it, env, o), compared(it, env, n.when()), null, null, null, false));
            }
        } else if (o instanceof Outcome.Requirement r) {
            requirement(it, env, r, lazy.get(), found);
        } else if (o instanceof Outcome.Payment p) {
            new Payments(it, this).pay(env, p, lazy, found, others);
        } else if (o instanceof Outcome.Deadline d) {
            if (others != null && !others.test(it.eval(d.subject(), env))) {
                return;  // about someone the run's school does not concern: its date is not worked out
            }
            Map<String, Value> values = new LinkedHashMap<>();
            values.put("due", it.eval(d.due(), env));
            Finding.Subject who = d.subject() == null ? lazy.get() : subjectOf(it.eval(d.subject(), env));
            found.add(finding(Finding.Kind.DEADLINE, who, message(it, env, o), values, null, null, null, false));
        } else {
            throw new AssertionError(o);
        }
    }

    /** What a finding is about, worked out only when there is a finding: most subjects have none. */
    final class Subject {
        private final Env bound;
        private Finding.Subject subject;

        Subject(Env bound) {
            this.bound = bound;
        }

        Finding.Subject get() {
            if (subject == null) {
                subject = subjectOf(bound);
            }
            return subject;
        }
    }

    private void requirement(Interpreter it, Env env, Outcome.Requirement r, Finding.Subject about, List<Finding> found) {
        Value.Num required = (Value.Num) it.eval(r.required(), env);
        Value.Num present = (Value.Num) it.eval(r.present(), env);
        BigDecimal gap = required.amount().subtract(present.amount());
        Map<String, Value> values = new LinkedHashMap<>();
        values.put("required", required);
        values.put("present", present);
        values.put("shortfall", new Value.Num(gap.signum() > 0 ? gap : BigDecimal.ZERO, required.dim()));
        found.add(finding(Finding.Kind.REQUIREMENT, about, message(it, env, r), values, null, null, null, gap.signum() <= 0));
    }

    /** For a condition that compares two things, both sides' values, named by their text. */
    private static Map<String, Value> compared(Interpreter it, Env env, Expr when) {
        Map<String, Value> values = new LinkedHashMap<>();
        Expr e = when;
        while (e instanceof Expr.Binary b && b.op() == BinaryOp.AND) {
            e = b.right();
        }
        if (e instanceof Expr.Binary b && b.op().isComparison()) {
            values.put(b.left().span().text(), it.eval(b.left(), env));
            values.put(b.right().span().text(), it.eval(b.right(), env));
        }
        return values;
    }

    /** The outcome's message with its {values} filled in; the rule's name when it has none. */
    String message(Interpreter it, Env env, Outcome o) {
        if (o.message() == null) {
            return rule.name().name().replace('_', ' ');
        }
        StringBuilder b = new StringBuilder();
        for (MessageTemplate.Part part : it.checked.messageParts(o.message())) {
            if (part instanceof MessageTemplate.Text t) {
                b.append(t.text());
            } else if (part instanceof MessageTemplate.Hole h) {
                b.append(Format.value(it.eval(h.expr(), env)));
            }
        }
        return b.toString();
    }

    Finding finding(Finding.Kind kind, Finding.Subject about, String message, Map<String, Value> values, Value.Num amount,
                    Finding.Subject payee, Finding.DayRange days, boolean met) {
        return new Finding(kind, rule, about, message, values, amount, payee, days, met, Explanation.NONE);
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

    String cite() {
        return cite;
    }
}
