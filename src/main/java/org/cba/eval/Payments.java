package org.cba.eval;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.cba.check.Dimension;
import org.cba.syntax.ast.Outcome;

/**
 * Money owed: a lump sum, or a rate for each day a condition held ("$100 per day for every day
 * the workload exceeds the maximum"), counted only over the days it held, with the first and
 * last of them. One finding per payee when money is owed to several people.
 */
final class Payments {
    private final Interpreter it;
    private final RuleRunner runner;

    Payments(Interpreter it, RuleRunner runner) {
        this.it = it;
        this.runner = runner;
    }

    /** onlyPayees: when not null, pays only these (and, when there are none, works nothing out). */
    void pay(Env env, Outcome.Payment p, RuleRunner.Subject about, List<Finding> found, Predicate<Value> onlyPayees) {
        List<Value> each = null;
        if (onlyPayees != null) {
            each = payees(env, p).stream().filter(onlyPayees).toList();
            if (each.isEmpty()) {
                return;
            }
        }
        Value.Num amount;
        Finding.DayRange range = null;
        Map<String, Value> values = new LinkedHashMap<>();
        if (p.days() == null) {
            amount = (Value.Num) it.eval(p.amount(), env);
        } else {
            range = accrue(env, p.days(), p);
            if (range == null) {
                return;
            }
            Value.Num rate = range.rate();
            Dimension money = rate.dim().times(Dimension.of(rate.dim().exponents().keySet().stream()
                    .filter(k -> rate.dim().exponents().get(k) < 0).findFirst().orElseThrow()));
            amount = new Value.Num(rate.amount().multiply(BigDecimal.valueOf(range.count())), money);
            values.put("rate", rate);
            values.put("days", new Value.Num(BigDecimal.valueOf(range.count()), rate.dim().over(money).inverse()));
            values.put("first day", new Value.DateV(range.first()));
            values.put("last day", new Value.DateV(range.last()));
        }
        if (amount.amount().signum() == 0) {
            return;
        }
        values.put("amount", amount);
        String message = runner.message(it, env, p);
        if (each == null) {
            each = payees(env, p);
        }
        for (Value payee : each) {
            found.add(runner.finding(Finding.Kind.PAYMENT, about.get(), message, values, amount, RuleRunner.subjectOf(payee), range, false));
        }
    }

    private List<Value> payees(Env env, Outcome.Payment p) {
        Value payees = it.eval(p.payee(), env);
        return payees instanceof Value.ListV l ? l.items() : List.of(payees);
    }

    /** The days (from the list) on which the condition held; null when there were none. */
    private Finding.DayRange accrue(Env env, Outcome.DayLoop loop, Outcome.Payment p) {
        List<Value> items = Aggregates.items(it.eval(loop.source(), env));
        LocalDate first = null;
        LocalDate last = null;
        int count = 0;
        Value.Num rate = null;
        for (Value item : items) {
            Env inner = env.with(loop.var().name(), item);
            if (loop.where() != null && !RuleRunner.truth(it.eval(loop.where(), inner))) {
                continue;
            }
            if (rate == null) {
                rate = (Value.Num) it.eval(p.amount(), inner);
            }
            LocalDate d = RuleRunner.dateOf(it, item);
            if (d != null) {
                first = first == null || d.isBefore(first) ? d : first;
                last = last == null || d.isAfter(last) ? d : last;
            }
            count++;
        }
        return count == 0 ? null : new Finding.DayRange(first, last, count, rate);
    }
}
