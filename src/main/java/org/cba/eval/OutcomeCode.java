package org.cba.eval;

import java.util.ArrayList;
import java.util.List;
import org.cba.check.Checked;
import org.cba.check.MessageTemplate;
import org.cba.syntax.ast.Expr;
import org.cba.syntax.ast.Outcome;

/**
 * One outcome of a rule (violation, notice, requirement, payment, deadline) as compiled code, made
 * once per contract with its rule ({@link RuleCode}): every expression it evaluates for a subject,
 * its message's holes, and the names the spec gives the values a condition compares.
 */
final class OutcomeCode {
    final Outcome outcome;
    /** A violation's or notice's condition; null for other outcomes. */
    final Node condition;
    /** The two sides a condition compares, with the names the spec gives them; empty when it compares nothing. */
    final List<String> comparedNames;
    final Node[] compared;
    /**
     * A requirement's required and present amounts; a payment's amount (per day inside a day loop)
     * and its due date (null: none); a deadline's date.
     */
    final Node first;
    final Node second;
    /** A payment's payee, or a deadline's own subject (null: the rule's subject). */
    final Node who;
    /** A payment's day loop: the days, and which of them count (with the loop's variable bound last). */
    final Node days;
    final Node dayWhere;
    /** The message: literal text, or a compiled hole, in order; empty when the outcome has none. */
    final List<Object> message;

    OutcomeCode(Code code, Outcome o, String[] names) {
        this.outcome = o;
        List<String> comparedNames = new ArrayList<>();
        List<Node> compared = new ArrayList<>();
        Node condition = null;
        Node first = null;
        Node second = null;
        Node who = null;
        Node days = null;
        Node dayWhere = null;
        if (o instanceof Outcome.Violation v) {
            condition = code.node(v.when(), names);
            comparison(code, v.when(), names, comparedNames, compared);
        } else if (o instanceof Outcome.Notice n) {
            condition = code.node(n.when(), names);
            comparison(code, n.when(), names, comparedNames, compared);
        } else if (o instanceof Outcome.Requirement r) {
            first = code.node(r.required(), names);
            second = code.node(r.present(), names);
        } else if (o instanceof Outcome.Payment p) {
            String[] inLoop = p.days() == null ? names : with(names, p.days().var().name());
            first = code.node(p.amount(), inLoop);
            who = code.node(p.payee(), names);
            second = p.due() == null ? null : code.node(p.due(), names);
            if (p.days() != null) {
                days = code.node(p.days().source(), names);
                dayWhere = p.days().where() == null ? null : code.node(p.days().where(), inLoop);
            }
        } else if (o instanceof Outcome.Deadline d) {
            first = code.node(d.due(), names);
            who = d.subject() == null ? null : code.node(d.subject(), names);
        }
        this.condition = condition;
        this.comparedNames = List.copyOf(comparedNames);
        this.compared = compared.toArray(Node[]::new);
        this.first = first;
        this.second = second;
        this.who = who;
        this.days = days;
        this.dayWhere = dayWhere;
        this.message = message(code, o, names);
    }

    private static String[] with(String[] names, String one) {
        String[] out = java.util.Arrays.copyOf(names, names.length + 1);
        out[names.length] = one;
        return out;
    }

    /** For a condition that compares two things (the last of an "and" chain), both sides. */
    private static void comparison(Code code, Expr when, String[] names, List<String> outNames, List<Node> out) {
        outNames.addAll(Outcome.comparedNames(when));
        for (Expr side : Outcome.comparedSides(when)) {
            out.add(code.node(side, names));
        }
    }

    private static List<Object> message(Code code, Outcome o, String[] names) {
        if (o.message() == null) {
            return List.of();
        }
        Checked checked = code.checked;
        List<Object> parts = new ArrayList<>();
        for (MessageTemplate.Part part : checked.messageParts(o.message())) {
            if (part instanceof MessageTemplate.Text t) {
                parts.add(t.text());
            } else if (part instanceof MessageTemplate.Hole h) {
                parts.add(code.node(h.expr(), names));
            }
        }
        return List.copyOf(parts);
    }
}
