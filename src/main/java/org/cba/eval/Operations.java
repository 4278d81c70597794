package org.cba.eval;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.cba.check.Dimension;
import org.cba.check.Type;
import org.cba.check.Units;
import org.cba.syntax.ast.BinaryOp;
import org.cba.syntax.ast.Expr;

/** Arithmetic, comparison and the built-in functions, on exact values. */
final class Operations {
    private final Interpreter in;
    private final Aggregates aggregates;

    Operations(Interpreter in) {
        this.in = in;
        this.aggregates = new Aggregates(in);
    }

    Value literal(Expr.NumberLit e) {
        Type t = in.typeOf(e);
        Dimension dim = t instanceof Type.Quantity q ? q.dim() : Dimension.NONE;
        if (e.unit() == null) {
            return new Value.Num(e.value(), dim);
        }
        Units units = in.checked.symbols().units();
        BigDecimal num = units.lookup(e.unit().num().text()).map(Units.Unit::factor).orElse(BigDecimal.ONE);
        BigDecimal per = e.unit().per() == null ? BigDecimal.ONE
                : units.lookup(e.unit().per().text()).map(Units.Unit::factor).orElse(BigDecimal.ONE);
        // multiply first, divide last: 60 students per hour is exactly 1 student per minute
        return new Value.Num(e.value().multiply(num).divide(per, Interpreter.MATH).stripTrailingZeros(), dim);
    }

    static Value.Num num(Value v, Expr where) {
        if (v instanceof Value.Num n) {
            return n;
        }
        if (v instanceof Value.None) {
            throw new EvalException(where.span(), "this value is empty (a - in a table)");
        }
        throw new IllegalStateException("expected a number at " + where.span() + ", got " + v);
    }

    Value binary(Expr.Binary e) {
        BinaryOp op = e.op();
        if (op == BinaryOp.AND) {
            return Value.Bool.of(bool(e.left()) && bool(e.right()));
        }
        if (op == BinaryOp.OR) {
            return Value.Bool.of(bool(e.left()) || bool(e.right()));
        }
        Value l = in.evalHere(e.left());
        Value r = in.evalHere(e.right());
        return switch (op) {
            case EQ -> Value.Bool.of(same(l, r));
            case NE -> Value.Bool.of(!same(l, r));
            case LT -> Value.Bool.of(compare(l, r) < 0);
            case LE -> Value.Bool.of(compare(l, r) <= 0);
            case GT -> Value.Bool.of(compare(l, r) > 0);
            case GE -> Value.Bool.of(compare(l, r) >= 0);
            case ADD, SUB -> additive(e, l, r);
            case MUL, OF -> {
                Value.Num a = num(l, e.left());
                Value.Num b = num(r, e.right());
                yield new Value.Num(a.amount().multiply(b.amount()), a.dim().times(b.dim()));
            }
            case DIV -> divide(e, num(l, e.left()), num(r, e.right()));
            default -> throw new AssertionError(op);
        };
    }

    private boolean bool(Expr e) {
        return ((Value.Bool) in.evalHere(e)).value();
    }

    private static Value divide(Expr.Binary e, Value.Num a, Value.Num b) {
        if (b.amount().signum() == 0) {
            throw new EvalException(e.right().span(), "division by zero: " + e.right().span().text() + " is 0");
        }
        return new Value.Num(a.amount().divide(b.amount(), Interpreter.MATH), a.dim().over(b.dim()));
    }

    private Value additive(Expr.Binary e, Value l, Value r) {
        boolean add = e.op() == BinaryOp.ADD;
        if (l instanceof Value.Num a && r instanceof Value.Num b) {
            return new Value.Num(add ? a.amount().add(b.amount()) : a.amount().subtract(b.amount()), a.dim());
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

    Value membership(Expr.Membership e) {
        Value v = in.evalHere(e.element());
        boolean found;
        if (e.target() instanceof Expr.InTarget.SetOf set) {
            found = set.members().stream().anyMatch(m -> same(v, in.evalHere(m)));
        } else if (e.target() instanceof Expr.InTarget.Range range) {
            found = (range.lo() == null || compare(v, in.evalHere(range.lo())) >= 0)
                    && (range.hi() == null || compare(v, in.evalHere(range.hi())) <= 0);
        } else {
            List<Value> items = Aggregates.items(in.evalHere(((Expr.InTarget.Collection) e.target()).source()));
            found = items.stream().anyMatch(x -> same(v, x));
        }
        return Value.Bool.of(found != e.negated());
    }

    Value aggregate(Expr.Aggregate e) {
        return aggregates.evaluate(e);
    }

    Value builtin(String name, List<Value> args, Expr.Call e) {
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
            case "calendar_days": return days(Units.CALENDAR_DAY, args, e);
            case "working_days": return days(Units.WORKING_DAY, args, e);
            case "school_days": return days(Units.SCHOOL_DAY, args, e);
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
            throw new EvalException(e.args().get(1).span(), "the step to round to must be more than zero");
        }
        BigDecimal units = n.amount().divide(step.amount(), Interpreter.MATH).setScale(0, mode);
        return new Value.Num(units.multiply(step.amount()), n.dim());
    }

    private static Value remainder(List<Value> args, Expr.Call e) {
        Value.Num n = num(args.get(0), e);
        Value.Num r = num(args.get(1), e);
        if (r.amount().signum() == 0) {
            throw new EvalException(e.args().get(1).span(), "division by zero: the remainder of a division by 0");
        }
        BigDecimal whole = n.amount().divide(r.amount(), Interpreter.MATH).setScale(0, RoundingMode.FLOOR);
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

    private Value days(String unit, List<Value> args, Expr.Call e) {
        if (!unit.equals(Units.CALENDAR_DAY) && !in.data.calendar().present()) {
            throw new EvalException(e.span(), "counting " + Units.plural(unit) + " needs a school calendar in the data (a calendar table)");
        }
        LocalDate from = ((Value.DateV) args.get(0)).date();
        LocalDate to = ((Value.DateV) args.get(1)).date();
        return new Value.Days(unit, in.data.calendar().days(unit, from, to));
    }
}
