package org.cba.eval;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.cba.check.Builtin;
import org.cba.check.Dimension;
import org.cba.syntax.ast.Expr;

/** sum, count, min, max, average, any, all and list over a list's items (finite, so they end). */
final class Aggregates implements Node {
    /** What an aggregate makes of the values of the items its where lets through, and how many there were. */
    @FunctionalInterface
    private interface Finish {
        Value of(List<Value> values, int matched);
    }

    /**
     * An aggregate's implementation: the answer at the first item the where turns away (all) or
     * lets through (any), null to go on; whether it keeps the items themselves (list without a
     * value); and what it makes of the rest.
     */
    private record Fold(Value onMiss, Value onMatch, boolean keepsItems, Finish finish) {
        static Fold finishing(Finish finish) {
            return new Fold(null, null, false, finish);
        }
    }

    private final Expr.Aggregate e;
    private final String var;
    private final Node source;
    private final Node where;
    private final Node value;
    private final Dimension dim;
    /** When not null, the rows the where can hold for, read instead of the source's every row. */
    private final RowFilter filter;
    private final Fold fold;

    /** where and value are compiled with the aggregate's variable innermost; either may be null, and so may filter. */
    Aggregates(Expr.Aggregate e, Builtin.Aggregate fn, Node source, Node where, Node value, Dimension dim, RowFilter filter) {
        this.e = e;
        this.filter = filter;
        this.var = e.var().name();
        this.source = source;
        this.where = where;
        this.value = value;
        this.dim = dim;
        this.fold = fold(fn);
    }

    private Fold fold(Builtin.Aggregate fn) {
        return switch (fn) {
            case ANY -> new Fold(null, Value.Bool.TRUE, false, (values, matched) -> Value.Bool.FALSE);
            case ALL -> new Fold(Value.Bool.FALSE, null, false, (values, matched) -> Value.Bool.TRUE);
            case LIST -> new Fold(null, null, true, (values, matched) -> new Value.ListV(values));
            case COUNT -> Fold.finishing((values, matched) -> new Value.Num(BigDecimal.valueOf(matched), dim));
            case SUM -> Fold.finishing((values, matched) -> bounded(sum(values, dim)));
            case AVERAGE -> Fold.finishing((values, matched) -> average(values));
            case MIN -> Fold.finishing((values, matched) -> extreme(values, -1, fn));
            case MAX -> Fold.finishing((values, matched) -> extreme(values, 1, fn));
        };
    }

    @Override
    public Value eval(Interpreter in, Env outer) {
        List<Value> items = filter != null ? filter.rows(in, outer) : items(source.eval(in, outer));
        in.step(items.size(), e);
        List<Value> values = new ArrayList<>();
        long held = 0;
        int matched = 0;
        for (Value item : items) {
            Env inner = outer.with(var, item);
            if (where != null && !Compiler.truth(where.eval(in, inner))) {
                if (fold.onMiss() != null) {
                    return fold.onMiss();
                }
                continue;
            }
            matched++;
            if (fold.onMatch() != null) {
                return fold.onMatch();
            }
            if (value != null) {
                Value v = value.eval(in, inner);
                values.add(v);
                held = fold.keepsItems() ? held(held + 1 + Limits.items(v), values.size()) : 0;
            } else if (fold.keepsItems()) {
                values.add(item);
            }
        }
        return fold.finish().of(values, matched);
    }

    /**
     * A list of lists may hold more than its source: their items are counted as they are made,
     * and bounded. A list of single values holds no more than its source, already in memory.
     */
    private long held(long items, int lists) {
        if (items > Limits.ITEMS) {
            throw new EvalException(EvalException.Kind.R002, e.span(), "budget exceeded: " + e.span().text()
                    + " would hold more than " + Limits.count(Limits.ITEMS) + " items in its lists (" + Limits.count(items)
                    + " in the first " + Limits.count(lists) + ")");
        }
        return items;
    }

    static List<Value> items(Value source) {
        if (source instanceof Value.ListV l) {
            return l.items();
        }
        Value.Days d = (Value.Days) source;
        List<Value> out = new ArrayList<>(d.days().size());
        d.days().forEach(day -> out.add(new Value.DateV(day)));
        return out;
    }

    private Value average(List<Value> values) {
        if (values.isEmpty()) {
            throw new EvalException(EvalException.Kind.R007, e.span(), "there is nothing to average: no item matches");
        }
        Value.Num total = sum(values, dim);
        return bounded(new Value.Num(total.amount().divide(BigDecimal.valueOf(values.size()), Interpreter.MATH), total.dim()));
    }

    private Value extreme(List<Value> values, int sign, Builtin.Aggregate fn) {
        if (values.isEmpty()) {
            throw new EvalException(EvalException.Kind.R007, e.span(), "there is no " + fn.spelling() + " of nothing: no item matches");
        }
        return BuiltinCode.extreme(values, sign);
    }

    /** A sum of numbers within the limit is at most a few digits longer: checked once, at the end. */
    private Value.Num bounded(Value.Num n) {
        return new Value.Num(Limits.digits(n.amount(), e.span(), e.span().text()), n.dim());
    }

    private static Value.Num sum(List<Value> values, Dimension dim) {
        BigDecimal total = BigDecimal.ZERO;
        for (Value v : values) {
            total = total.add(((Value.Num) v).amount());
        }
        return new Value.Num(total, dim);
    }
}
