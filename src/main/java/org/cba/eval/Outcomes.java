package org.cba.eval;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import org.cba.check.Dimension;
import org.cba.syntax.ast.Outcome;

/**
 * The findings of one subject's outcomes, from their compiled code: a violation or notice when its
 * condition holds, a requirement with what is required and present, money owed (a lump sum, or a
 * rate for each day a condition held, one finding per payee), a deadline with its date.
 */
final class Outcomes {
    private final Interpreter it;
    private final Env env;
    private final RuleRunner.Origins origins;
    /** When not null: only findings about someone else (payees, deadlines' subjects) that it accepts. */
    private final Predicate<Value> others;

    Outcomes(Interpreter it, Env env, RuleRunner.Origins origins, Predicate<Value> others) {
        this.it = it;
        this.env = env;
        this.origins = origins;
        this.others = others;
    }

    void add(OutcomeCode o, List<Finding> found) {
        int before = found.size();
        give(o, found);
        if (it.coverage != null && found.size() > before) {
            it.coverage.outcome(o.outcome);
        }
    }

    private void give(OutcomeCode o, List<Finding> found) {
        Outcome outcome = o.outcome;
        if (outcome instanceof Outcome.Violation) {
            if (RuleRunner.truth(o.condition.eval(it, env))) {
                found.add(new Finding.Violation(origins.about(message(o)), compared(o)));
            }
        } else if (outcome instanceof Outcome.Notice) {
            if (RuleRunner.truth(o.condition.eval(it, env))) {
                found.add(new Finding.Notice(origins.about(message(o)), compared(o)));
            }
        } else if (outcome instanceof Outcome.Requirement) {
            found.add(new Finding.Requirement(origins.about(message(o)), (Value.Num) o.first.eval(it, env),
                    (Value.Num) o.second.eval(it, env)));
        } else if (outcome instanceof Outcome.Payment) {
            pay(o, found);
        } else if (outcome instanceof Outcome.Deadline) {
            deadline(o, found);
        } else {
            throw new AssertionError(outcome);
        }
    }

    private void deadline(OutcomeCode o, List<Finding> found) {
        Value who = o.who == null ? null : o.who.eval(it, env);
        if (others != null && !others.test(who)) {
            return;  // about someone the run's site does not concern: its date is not worked out
        }
        LocalDate due = ((Value.DateV) o.first.eval(it, env)).date();
        String message = message(o);
        found.add(new Finding.Deadline(who == null ? origins.about(message) : origins.aboutOther(who, message), due));
    }

    private List<Finding.Compared> compared(OutcomeCode o) {
        Finding.Compared[] out = new Finding.Compared[o.compared.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = new Finding.Compared(o.comparedNames.get(i), o.compared[i].eval(it, env));
        }
        return List.of(out);
    }

    /** The outcome's message with its {values} filled in; the rule's name when it has none. */
    private String message(OutcomeCode o) {
        if (o.message.isEmpty()) {
            return origins.defaultMessage();
        }
        StringBuilder b = new StringBuilder();
        for (Object part : o.message) {
            b.append(part instanceof Node hole ? Format.value(hole.eval(it, env)) : (String) part);
        }
        return b.toString();
    }

    // ---- money owed ----

    private void pay(OutcomeCode o, List<Finding> found) {
        List<Value> each = null;
        if (others != null) {
            each = payees(o).stream().filter(others).toList();
            if (each.isEmpty()) {
                return;
            }
        }
        Value.Num amount;
        Finding.Ledger ledger = null;
        if (o.days == null) {
            amount = (Value.Num) o.first.eval(it, env);
        } else {
            ledger = accrue(o);
            if (ledger == null) {
                return;
            }
            amount = new Value.Num(ledger.rate().amount().multiply(ledger.days().amount()), money(ledger.rate()));
        }
        if (amount.amount().signum() == 0) {
            return;
        }
        Finding.Origin origin = origins.about(message(o));
        if (each == null) {
            each = payees(o);  // after the amount, so that an explanation reads in the order the spec is written
        }
        LocalDate due = o.second == null ? null : ((Value.DateV) o.second.eval(it, env)).date();
        for (Value payee : each) {
            found.add(new Finding.Payment(origin, amount, RuleRunner.subjectOf(payee), ledger, due));
        }
    }

    /** Dollars per day times days: the rate's dimension without its "per day". */
    private static Dimension money(Value.Num rate) {
        return rate.dim().times(dayUnit(rate));
    }

    /** The unit a rate is per (school days, calendar days). */
    private static Dimension dayUnit(Value.Num rate) {
        return Dimension.of(rate.dim().exponents().keySet().stream()
                .filter(k -> rate.dim().exponents().get(k) < 0).findFirst().orElseThrow());
    }

    private List<Value> payees(OutcomeCode o) {
        Value payees = o.who.eval(it, env);
        return payees instanceof Value.ListV l ? l.items() : List.of(payees);
    }

    /** The days (from the list) on which the condition held, with the rate; null when there were none. */
    private Finding.Ledger accrue(OutcomeCode o) {
        LocalDate first = null;
        LocalDate last = null;
        int count = 0;
        List<LocalDate> dates = new java.util.ArrayList<>();
        Value.Num rate = null;
        for (Value item : Aggregates.items(o.days.eval(it, env))) {
            Env inner = env.with(((Outcome.Payment) o.outcome).days().var().name(), item);
            if (o.dayWhere != null && !RuleRunner.truth(o.dayWhere.eval(it, inner))) {
                continue;
            }
            if (rate == null) {
                rate = (Value.Num) o.first.eval(it, inner);
            }
            LocalDate d = RuleRunner.dateOf(it, item);
            if (d != null) {
                dates.add(d);
                first = first == null || d.isBefore(first) ? d : first;
                last = last == null || d.isAfter(last) ? d : last;
            }
            count++;
        }
        if (count == 0) {
            return null;
        }
        Value.Num days = new Value.Num(BigDecimal.valueOf(count), dayUnit(rate));
        return new Finding.Ledger(first, last, days, rate, dates);
    }
}
