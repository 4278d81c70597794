package org.cba.eval;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.cba.check.Dimension;
import org.cba.check.Type;
import org.cba.syntax.ast.Expr;

/** sum, count, min, max, average, any, all and list over a list's items (finite, so they end). */
final class Aggregates {
    private final Interpreter in;

    Aggregates(Interpreter in) {
        this.in = in;
    }

    Value evaluate(Expr.Aggregate e) {
        List<Value> items = items(in.evalHere(e.source()));
        Env outer = in.env();
        String fn = e.function().name();
        List<Value> values = new ArrayList<>();
        int matched = 0;
        for (Value item : items) {
            Env inner = outer.with(e.var().name(), item);
            if (e.where() != null && !((Value.Bool) in.eval(e.where(), inner)).value()) {
                if (fn.equals("all")) {
                    return Value.Bool.FALSE;
                }
                continue;
            }
            matched++;
            if (fn.equals("any")) {
                return Value.Bool.TRUE;
            }
            if (e.value() != null) {
                values.add(in.eval(e.value(), inner));
            } else if (fn.equals("list")) {
                values.add(item);
            }
        }
        return finish(e, fn, values, matched);
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

    private Value finish(Expr.Aggregate e, String fn, List<Value> values, int matched) {
        switch (fn) {
            case "any": return Value.Bool.FALSE;
            case "all": return Value.Bool.TRUE;
            case "list": return new Value.ListV(values);
            case "count": return new Value.Num(BigDecimal.valueOf(matched), dim(e));
            case "sum": return sum(values, dim(e));
            case "average": {
                if (values.isEmpty()) {
                    throw new EvalException(e.span(), "there is nothing to average: no item matches");
                }
                Value.Num total = sum(values, dim(e));
                return new Value.Num(total.amount().divide(BigDecimal.valueOf(values.size()), Interpreter.MATH), total.dim());
            }
            default: {
                if (values.isEmpty()) {
                    throw new EvalException(e.span(), "there is no " + fn + " of nothing: no item matches");
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

    private Dimension dim(Expr.Aggregate e) {
        Type t = in.typeOf(e);
        return t instanceof Type.Quantity q ? q.dim() : Dimension.NONE;
    }

    private static Value.Num sum(List<Value> values, Dimension dim) {
        BigDecimal total = BigDecimal.ZERO;
        for (Value v : values) {
            total = total.add(((Value.Num) v).amount());
        }
        return new Value.Num(total, dim);
    }
}
