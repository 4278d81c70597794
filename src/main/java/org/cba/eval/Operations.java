package org.cba.eval;

import java.math.BigDecimal;
import org.cba.check.Dimension;
import org.cba.check.Units;
import org.cba.syntax.ast.BinaryOp;
import org.cba.syntax.ast.Expr;

/** Arithmetic and comparison, on exact values (the built-in functions are in {@link BuiltinCode}). */
final class Operations {
    private Operations() {
    }

    static Value.Num num(Value v, Expr where) {
        if (v instanceof Value.Num n) {
            return n;
        }
        if (v instanceof Value.None) {
            throw new EvalException(EvalException.Kind.R005, where.span(), "this value is empty (a - in a table)");
        }
        throw new IllegalStateException("expected a number at " + where.span() + ", got " + v);
    }

    /** dim: the product's dimension as the checker worked it out, or null to work it out here. */
    static Value multiply(Expr.Binary e, Value l, Value r, Dimension dim) {
        Value.Num a = num(l, e.left());
        Value.Num b = num(r, e.right());
        BigDecimal product = Limits.digits(a.amount().multiply(b.amount()), e.span(), e.span().text());
        return new Value.Num(product, dim != null ? dim : a.dim().times(b.dim()));
    }

    /** dim: the quotient's dimension as the checker worked it out, or null to work it out here. */
    static Value divide(Expr.Binary e, Value l, Value r, Dimension dim) {
        Value.Num a = num(l, e.left());
        Value.Num b = num(r, e.right());
        if (b.amount().signum() == 0) {
            throw new EvalException(EvalException.Kind.R001, e.right().span(), "division by zero: " + e.span().text()
                    + " where " + e.right().span().text() + " = " + Format.number(b));
        }
        BigDecimal quotient = Limits.digits(a.amount().divide(b.amount(), Interpreter.MATH), e.span(), e.span().text());
        return new Value.Num(quotient, dim != null ? dim : a.dim().over(b.dim()));
    }

    static Value additive(Interpreter in, Expr.Binary e, Value l, Value r) {
        boolean add = e.op() == BinaryOp.ADD;
        if (l instanceof Value.Num a && r instanceof Value.Num b) {
            BigDecimal result = add ? a.amount().add(b.amount()) : a.amount().subtract(b.amount());
            return new Value.Num(Limits.digits(result, e.span(), e.span().text()), a.dim());
        }
        if (isClock(l) || isClock(r)) {
            return Clocks.additive(e, l, r, add);
        }
        if (l instanceof Value.DateV a && r instanceof Value.DateV b) {
            return new Value.Num(BigDecimal.valueOf(b.date().until(a.date(), java.time.temporal.ChronoUnit.DAYS)),
                    Dimension.of(Units.CALENDAR_DAY));
        }
        Value.DateV date = (Value.DateV) (l instanceof Value.DateV ? l : r);
        Value.Num amount = (Value.Num) (l instanceof Value.Num ? l : r);
        return new Value.DateV(Dates.move(in.data.calendar(), date.date(), amount, add, e));
    }

    private static boolean isClock(Value v) {
        return v instanceof Value.TimeV || v instanceof Value.DateTimeV;
    }

    /** date at time. */
    static Value at(Value date, Value time) {
        return new Value.DateTimeV(((Value.DateV) date).date().atTime(((Value.TimeV) time).time()));
    }

    static boolean same(Value a, Value b) {
        if (a instanceof Value.Num x && b instanceof Value.Num y) {
            return x.amount().compareTo(y.amount()) == 0;
        }
        return a.equals(b);
    }

    static int compare(Value a, Value b) {
        if (a instanceof Value.Num x && b instanceof Value.Num y) {
            return x.amount().compareTo(y.amount());
        } else if (a instanceof Value.DateV x && b instanceof Value.DateV y) {
            return x.date().compareTo(y.date());
        } else if (a instanceof Value.TimeV x && b instanceof Value.TimeV y) {
            return x.time().compareTo(y.time());
        } else if (a instanceof Value.DateTimeV x && b instanceof Value.DateTimeV y) {
            return x.at().compareTo(y.at());
        } else if (a instanceof Value.Year x && b instanceof Value.Year y) {
            return Integer.compare(x.startYear(), y.startYear());
        } else if (a instanceof Value.EnumV x && b instanceof Value.EnumV y) {
            return Integer.compare(x.ordinal(), y.ordinal());
        }
        throw new IllegalStateException("cannot order " + a + " and " + b);
    }

    /** Whether v is one of the members, evaluated in order until one matches. */
    static boolean inSet(Interpreter in, Env env, Value v, Node[] members) {
        for (Node m : members) {
            if (same(v, m.eval(in, env))) {
                return true;
            }
        }
        return false;
    }
}
