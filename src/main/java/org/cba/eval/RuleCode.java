package org.cba.eval;

import java.util.ArrayList;
import java.util.List;
import org.cba.syntax.ast.Decl;
import org.cba.syntax.ast.Expr;
import org.cba.syntax.ast.Outcome;

/**
 * A rule's parts as compiled code, made once per contract ({@link Code#rule}): what is evaluated
 * for every subject (the where, each let, each outcome: see {@link OutcomeCode}), and what a run
 * for one site needs to leave subjects out early.
 */
final class RuleCode {
    final Node where;
    final Node[] lets;
    /** The rule's outcomes, in order. */
    final OutcomeCode[] outcomes;
    /** Whether every finding is about the rule's first data row and no one else (no payee, no deadline about another value). */
    final boolean staysWithSubject;
    /**
     * Who the findings about others are about (payees, deadlines' own subjects), compiled for the
     * first peopleNeed bindings alone; null when one of them needs a let.
     */
    final Node[] people;
    final int peopleNeed;

    RuleCode(Code code, Decl.RuleDecl rule) {
        List<String> bindings = rule.forEach() == null ? List.of()
                : rule.forEach().bindings().stream().map(b -> b.var().name()).toList();
        List<String> names = new ArrayList<>(bindings);
        // a rule without for each is evaluated once; its guard, if any, plays the part of the where
        Expr where = rule.forEach() == null ? rule.guard() : rule.forEach().where();
        this.where = where == null ? null : code.node(where, names.toArray(String[]::new));
        this.lets = new Node[rule.lets().size()];
        for (int i = 0; i < lets.length; i++) {
            Decl.Let let = rule.lets().get(i);
            lets[i] = code.node(let.value(), names.toArray(String[]::new));
            names.add(let.name().name());
        }
        String[] all = names.toArray(String[]::new);
        this.outcomes = rule.outcomes().stream().map(o -> new OutcomeCode(code, o, all)).toArray(OutcomeCode[]::new);
        this.staysWithSubject = rule.forEach() != null && rule.outcomes().stream().noneMatch(RuleCode::aboutOthers);
        List<Expr> who = people(rule);
        int need = 0;
        for (int i = 0; i < bindings.size() && who != null; i++) {
            String name = bindings.get(i);
            if (who.stream().anyMatch(e -> Mentions.name(e, name))) {
                need = i + 1;
            }
        }
        this.peopleNeed = need;
        String[] known = bindings.subList(0, need).toArray(String[]::new);
        this.people = who == null ? null : who.stream().map(e -> code.node(e, known)).toArray(Node[]::new);
    }

    /** An outcome whose finding can concern someone besides the rule's subject: a payment, a deadline about another value. */
    static boolean aboutOthers(Outcome o) {
        return o instanceof Outcome.Payment || (o instanceof Outcome.Deadline d && d.subject() != null);
    }

    /** The payees and deadline subjects, or null when one of them needs a let (then they are known only late). */
    private static List<Expr> people(Decl.RuleDecl rule) {
        List<Expr> who = new ArrayList<>();
        for (Outcome o : rule.outcomes()) {
            Expr e = o instanceof Outcome.Payment p ? p.payee() : o instanceof Outcome.Deadline d ? d.subject() : null;
            if (e != null) {
                if (rule.lets().stream().anyMatch(let -> Mentions.name(e, let.name().name()))) {
                    return null;
                }
                who.add(e);
            }
        }
        return who;
    }
}
