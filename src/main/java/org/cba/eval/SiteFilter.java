package org.cba.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.cba.check.Ref;
import org.cba.syntax.ast.Decl;

/**
 * The subjects of a rule, and, in a run for one site, only those that may concern it: the
 * counterpart for rules of {@link RowFilter} for aggregates. A combination of bindings is left out
 * as soon as it is known to have nothing for the site: its first data row does not concern the
 * site, and either all its findings are about that row or the people its findings about others
 * name (payees, deadlines' own subjects) are all elsewhere.
 */
final class SiteFilter {
    private final Interpreter in;
    private final Decl.RuleDecl rule;
    private final RuleCode code;
    /** The site of a run for one site; null for a run over everything. */
    private final SiteScope scope;

    SiteFilter(Interpreter in, Decl.RuleDecl rule, RuleCode code, SiteScope scope) {
        this.in = in;
        this.rule = rule;
        this.code = code;
        this.scope = scope;
    }

    /** Every combination of the rule's bindings that may concern the site (all of them without one), in order. */
    List<Env> subjects() {
        List<Env> subjects = new ArrayList<>();
        bind(0, Env.EMPTY, null, subjects);
        if (scope != null && code.staysWithSubject) {
            subjects.removeIf(this::belongsElsewhere);
        }
        return subjects;
    }

    /**
     * For a subject that does not concern the site: which of the people its findings name may be
     * reported (those that concern the site). Null for a subject that concerns it, or a run over
     * everything: then every finding is kept.
     */
    Predicate<Value> others(Env subject) {
        return scope != null && belongsElsewhere(subject) ? scope::concerns : null;
    }

    /**
     * Whether none of the people the rule's findings about others name is accepted: then the
     * subject has nothing for the run. False when that cannot be told before the subject is
     * evaluated.
     */
    boolean nothingFor(Interpreter it, Env bound, Predicate<Value> accepted) {
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

    /**
     * The subject's first data row, the one its findings are filed under, does not concern the
     * site, or there is no such row: its findings concern the site only through someone else.
     */
    private boolean belongsElsewhere(Env bound) {
        if (rule.forEach() != null) {
            for (Decl.Binding b : rule.forEach().bindings()) {
                if (bound.get(b.var().name()) instanceof Value.Row row) {
                    return !scope.concerns(row);
                }
            }
        }
        return true;
    }

    int bindingCount() {
        return rule.forEach() == null ? 0 : rule.forEach().bindings().size();
    }

    private void bind(int i, Env env, Value.Row first, List<Env> out) {
        if (i == bindingCount()) {
            in.combinations(rule, out.size() + 1L, env);
            out.add(env);
            return;
        }
        Decl.Binding b = rule.forEach().bindings().get(i);
        for (Value v : items(b, env, first)) {
            Env next = env.with(b.var().name(), v);
            Value.Row row = first == null && v instanceof Value.Row r ? r : first;
            if (scope != null && row != null && nothingFor(i + 1, next, row, first == null)) {
                continue;
            }
            bind(i + 1, next, row, out);
        }
    }

    /**
     * What a binding ranges over. In a run for one site, when all findings are about the first
     * data row and this binding makes it from every row of an entity, only the rows that concern
     * the site: the others would be left out one by one.
     */
    private List<Value> items(Decl.Binding b, Env env, Value.Row first) {
        if (scope != null && first == null && code.staysWithSubject && in.checked.refOf(b.source()) instanceof Ref.AllRows all) {
            return scope.rowsConcerning(in.table(all.entity().name().name(), b.source()));
        }
        return Aggregates.items(in.eval(b.source(), env));
    }

    /** Whether, with the first i bindings made, it is known that the rest have nothing for the site. */
    private boolean nothingFor(int i, Env bound, Value.Row first, boolean firstJustBound) {
        if (scope.concerns(first)) {
            return false;
        }
        return (firstJustBound && code.staysWithSubject) || (i == code.peopleNeed && nothingFor(in, bound, scope::concerns));
    }
}
