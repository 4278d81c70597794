package org.cba.eval;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.cba.check.Builtin;
import org.cba.check.Dimension;
import org.cba.check.Units;
import org.cba.syntax.ast.Expr;

/**
 * The implementations of the built-in functions and constants {@link Builtin} declares, bound to
 * a call or name once, when the {@link Compiler} compiles it. The switches are exhaustive, so a
 * built-in declared without an implementation here does not compile. (The aggregates' are in
 * {@link Aggregates}.)
 */
final class BuiltinCode {
    /** A built-in function applied to its arguments' values; call is where it is written, for errors. */
    @FunctionalInterface
    interface Function {
        Value apply(Interpreter in, Value[] args, Expr.Call call);
    }

    private BuiltinCode() {
    }

    static Function of(Builtin.Function fn) {
        return switch (fn) {
            case FLOOR -> (in, args, e) -> rounded(args[0], RoundingMode.FLOOR, e);
            case CEIL -> (in, args, e) -> rounded(args[0], RoundingMode.CEILING, e);
            case ROUND -> (in, args, e) -> rounded(args[0], RoundingMode.HALF_UP, e);
            case ABS -> (in, args, e) -> {
                Value.Num n = Operations.num(args[0], e);
                return new Value.Num(n.amount().abs(), n.dim());
            };
            case ROUND_DOWN -> (in, args, e) -> stepped(args, RoundingMode.FLOOR, e);
            case ROUND_UP -> (in, args, e) -> stepped(args, RoundingMode.CEILING, e);
            case ROUND_TO -> (in, args, e) -> stepped(args, RoundingMode.HALF_UP, e);
            case REMAINDER -> (in, args, e) -> remainder(args, e);
            case MIN, EARLIEST -> (in, args, e) -> extreme(Arrays.asList(args), -1);
            case MAX, LATEST -> (in, args, e) -> extreme(Arrays.asList(args), 1);
            case CALENDAR_DAYS, WORKING_DAYS, SCHOOL_DAYS, WEEKDAYS -> days(fn.dayUnit());
            case SCHOOL_YEAR -> (in, args, e) -> Value.Year.of(date(args[0]));
            case MONTH_OF -> period(Dates.Period.MONTH_START);
            case END_OF_MONTH -> period(Dates.Period.MONTH_END);
            case WEEK_OF -> period(Dates.Period.WEEK_START);
            case END_OF_WEEK -> period(Dates.Period.WEEK_END);
            case SEMESTER_OF -> (in, args, e) -> new Value.DateV(Dates.semester(in.data.calendar(), date(args[0]), e.span()).first());
            case END_OF_SEMESTER -> (in, args, e) -> new Value.DateV(Dates.semester(in.data.calendar(), date(args[0]), e.span()).last());
            case IN_SEMESTER -> (in, args, e) -> Value.Bool.of(Dates.inSemester(in.data.calendar(), date(args[0]), e.span()));
            case DATE_OF -> (in, args, e) -> new Value.DateV(((Value.DateTimeV) args[0]).at().toLocalDate());
            case TIME_OF -> (in, args, e) -> new Value.TimeV(((Value.DateTimeV) args[0]).at().toLocalTime());
            case AGE -> (in, args, e) -> new Value.Num(BigDecimal.valueOf(Dates.age(date(args[0]), date(args[1]), e.span())),
                    Dimension.of("year"));
        };
    }

    static Node of(Builtin.Constant constant) {
        return switch (constant) {
            case AS_OF -> (in, env) -> new Value.DateV(in.asOf());
        };
    }

    private static LocalDate date(Value v) {
        return ((Value.DateV) v).date();
    }

    private static Function period(Dates.Period p) {
        return (in, args, e) -> new Value.DateV(Dates.period(p, date(args[0]), e.span()));
    }

    private static Value rounded(Value v, RoundingMode mode, Expr e) {
        Value.Num n = Operations.num(v, e);
        return new Value.Num(n.amount().setScale(0, mode), n.dim());
    }

    /** Rounds to a multiple of a step (0.1 hours, $0.01), as a clause that names its rounding says. */
    private static Value stepped(Value[] args, RoundingMode mode, Expr.Call e) {
        Value.Num n = Operations.num(args[0], e);
        Value.Num step = Operations.num(args[1], e);
        if (step.amount().signum() <= 0) {
            throw new EvalException(EvalException.Kind.R010, e.args().get(1).span(), "the step to round to must be more than zero, not "
                    + Format.number(step));
        }
        BigDecimal units = Limits.digits(n.amount().divide(step.amount(), Interpreter.MATH), e.span(), e.span().text()).setScale(0, mode);
        return new Value.Num(Limits.digits(units.multiply(step.amount()), e.span(), e.span().text()), n.dim());
    }

    private static Value remainder(Value[] args, Expr.Call e) {
        Value.Num n = Operations.num(args[0], e);
        Value.Num r = Operations.num(args[1], e);
        if (r.amount().signum() == 0) {
            throw new EvalException(EvalException.Kind.R001, e.args().get(1).span(), "division by zero: " + e.span().text()
                    + " where " + e.args().get(1).span().text() + " = " + Format.number(r));
        }
        BigDecimal whole = Limits.digits(n.amount().divide(r.amount(), Interpreter.MATH), e.span(), e.span().text())
                .setScale(0, RoundingMode.FLOOR);
        return new Value.Num(n.amount().subtract(whole.multiply(r.amount())), n.dim());
    }

    /** The largest (sign 1) or smallest (-1) of the values, the first of equals; there is at least one. */
    static Value extreme(List<Value> values, int sign) {
        Value best = values.get(0);
        for (Value v : values.subList(1, values.size())) {
            if (Operations.compare(v, best) * sign > 0) {
                best = v;
            }
        }
        return best;
    }

    private static Function days(String unit) {
        boolean needsCalendar = !unit.equals(Units.CALENDAR_DAY) && !unit.equals(Units.WEEKDAY);
        return (in, args, e) -> {
            if (needsCalendar && !in.data.calendar().present()) {
                throw new EvalException(EvalException.Kind.R008, e.span(), "counting " + Units.plural(unit)
                        + " needs a school calendar in the data (a calendar table)");
            }
            LocalDate from = date(args[0]);
            LocalDate to = date(args[1]);
            long span = java.time.temporal.ChronoUnit.DAYS.between(from, to) + 1;
            if (span > Limits.DAYS) {
                throw new EvalException(EvalException.Kind.R002, e.span(), "budget exceeded: " + e.span().text() + " spans "
                        + Limits.count(span) + " days, from " + from + " to " + to + "; a list of days may span at most "
                        + Limits.count(Limits.DAYS));
            }
            return new Value.Days(unit, in.data.calendar().days(unit, from, to));
        };
    }
}
