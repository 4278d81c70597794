package org.cba.eval;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.cba.check.Dimension;
import org.cba.check.Units;
import org.cba.syntax.ast.BinaryOp;
import org.cba.syntax.ast.Expr;

/** Arithmetic, comparison and the built-in functions, on exact values. */
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
        if (l instanceof Value.DateV a && r instanceof Value.DateV b) {
            return new Value.Num(BigDecimal.valueOf(b.date().until(a.date(), java.time.temporal.ChronoUnit.DAYS)),
                    Dimension.of(Units.CALENDAR_DAY));
        }
        Value.DateV date = (Value.DateV) (l instanceof Value.DateV ? l : r);
        Value.Num amount = (Value.Num) (l instanceof Value.Num ? l : r);
        return new Value.DateV(Dates.move(in.data.calendar(), date.date(), amount, add, e));
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

    static Value builtin(Interpreter in, String name, List<Value> args, Expr.Call e) {
        switch (name) {
            case "floor": return rounded(args.get(0), RoundingMode.FLOOR, e);
            case "ceil": return rounded(args.get(0), RoundingMode.CEILING, e);
            case "round": return rounded(args.get(0), RoundingMode.HALF_UP, e);
            case "abs": {
                Value.Num n = num(args.get(0), e);
                return new Value.Num(n.amount().abs(), n.dim());
            }
            case "round_down": return stepped(args, RoundingMode.FLOOR, e);
            case "round_up": return stepped(args, RoundingMode.CEILING, e);
            case "round_to": return stepped(args, RoundingMode.HALF_UP, e);
            case "remainder": return remainder(args, e);
            case "min":
            case "earliest": return extreme(args, -1);
            case "max":
            case "latest": return extreme(args, 1);
            case "school_year": return Value.Year.of(((Value.DateV) args.get(0)).date());
            case "calendar_days": return days(in, Units.CALENDAR_DAY, args, e);
            case "working_days": return days(in, Units.WORKING_DAY, args, e);
            case "school_days": return days(in, Units.SCHOOL_DAY, args, e);
            default: throw new IllegalStateException("no built-in " + name);
        }
    }

    private static Value rounded(Value v, RoundingMode mode, Expr e) {
        Value.Num n = num(v, e);
        return new Value.Num(n.amount().setScale(0, mode), n.dim());
    }

    /** Rounds to a multiple of a step (0.1 hours, $0.01), as a clause that names its rounding says. */
    private static Value stepped(List<Value> args, RoundingMode mode, Expr.Call e) {
        Value.Num n = num(args.get(0), e);
        Value.Num step = num(args.get(1), e);
        if (step.amount().signum() <= 0) {
            throw new EvalException(EvalException.Kind.R010, e.args().get(1).span(), "the step to round to must be more than zero, not "
                    + Format.number(step));
        }
        BigDecimal units = Limits.digits(n.amount().divide(step.amount(), Interpreter.MATH), e.span(), e.span().text()).setScale(0, mode);
        return new Value.Num(Limits.digits(units.multiply(step.amount()), e.span(), e.span().text()), n.dim());
    }

    private static Value remainder(List<Value> args, Expr.Call e) {
        Value.Num n = num(args.get(0), e);
        Value.Num r = num(args.get(1), e);
        if (r.amount().signum() == 0) {
            throw new EvalException(EvalException.Kind.R001, e.args().get(1).span(), "division by zero: " + e.span().text()
                    + " where " + e.args().get(1).span().text() + " = " + Format.number(r));
        }
        BigDecimal whole = Limits.digits(n.amount().divide(r.amount(), Interpreter.MATH), e.span(), e.span().text())
                .setScale(0, RoundingMode.FLOOR);
        return new Value.Num(n.amount().subtract(whole.multiply(r.amount())), n.dim());
    }

    private static Value extreme(List<Value> args, int sign) {
        Value best = args.get(0);
        for (Value v : args.subList(1, args.size())) {
            if (compare(v, best) * sign > 0) {
                best = v;
            }
        }
        return best;
    }

    private static Value days(Interpreter in, String unit, List<Value> args, Expr.Call e) {
        if (!unit.equals(Units.CALENDAR_DAY) && !in.data.calendar().present()) {
            throw new EvalException(EvalException.Kind.R008, e.span(), "counting " + Units.plural(unit)
                    + " needs a school calendar in the data (a calendar table)");
        }
        LocalDate from = ((Value.DateV) args.get(0)).date();
        LocalDate to = ((Value.DateV) args.get(1)).date();
        long span = java.time.temporal.ChronoUnit.DAYS.between(from, to) + 1;
        if (span > Limits.DAYS) {
            throw new EvalException(EvalException.Kind.R002, e.span(), "budget exceeded: " + e.span().text() + " spans "
                    + Limits.count(span) + " days, from " + from + " to " + to + "; a list of days may span at most " + Limits.count(Limits.DAYS));
        }
        return new Value.Days(unit, in.data.calendar().days(unit, from, to));
    }
}
