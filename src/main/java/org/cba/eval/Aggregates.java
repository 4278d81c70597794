package org.cba.eval;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.cba.check.Dimension;
import org.cba.syntax.ast.Expr;

/** sum, count, min, max, average, any, all and list over a list's items (finite, so they end). */
final class Aggregates implements Node {
    private final Expr.Aggregate e;
    private final String fn;
    private final String var;
    private final Node source;
    private final Node where;
    private final Node value;
    private final Dimension dim;
    /** When not null, the rows the where can hold for, read instead of the source's every row. */
    private final RowFilter filter;

    /** where and value are compiled with the aggregate's variable innermost; either may be null, and so may filter. */
    Aggregates(Expr.Aggregate e, Node source, Node where, Node value, Dimension dim, RowFilter filter) {
        this.e = e;
        this.filter = filter;
        this.fn = e.function().name();
        this.var = e.var().name();
        this.source = source;
        this.where = where;
        this.value = value;
        this.dim = dim;
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
                if (fn.equals("all")) {
                    return Value.Bool.FALSE;
                }
                continue;
            }
            matched++;
            if (fn.equals("any")) {
                return Value.Bool.TRUE;
            }
            if (value != null) {
                Value v = value.eval(in, inner);
                values.add(v);
                held = fn.equals("list") ? held(held + 1 + Limits.items(v), values.size()) : 0;
            } else if (fn.equals("list")) {
                values.add(item);
            }
        }
        return finish(values, matched);
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

    private Value finish(List<Value> values, int matched) {
        switch (fn) {
            case "any": return Value.Bool.FALSE;
            case "all": return Value.Bool.TRUE;
            case "list": return new Value.ListV(values);
            case "count": return new Value.Num(BigDecimal.valueOf(matched), dim);
            case "sum": return bounded(sum(values, dim));
            case "average": {
                if (values.isEmpty()) {
                    throw new EvalException(EvalException.Kind.R007, e.span(), "there is nothing to average: no item matches");
                }
                Value.Num total = sum(values, dim);
                return bounded(new Value.Num(total.amount().divide(BigDecimal.valueOf(values.size()), Interpreter.MATH), total.dim()));
            }
            default: {
                if (values.isEmpty()) {
                    throw new EvalException(EvalException.Kind.R007, e.span(), "there is no " + fn + " of nothing: no item matches");
                }
                Value best = values.get(0);
                for (Value v : values) {
                    if (Operations.compare(v, best) * (fn.equals("max") ? 1 : -1) > 0) {
                        best = v;
                    }
                }
                return best;
            }
        }
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
