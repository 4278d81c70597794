package org.cba.eval;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import org.cba.check.Units;
import org.cba.syntax.ast.Expr;

/**
 * Moving a date by an amount of days, weeks, months or years. Working and school days come from
 * the calendar. Month and year steps that would land on a day that does not exist (January 31
 * plus one month) are refused rather than guessed, and so are moves beyond the calendar or
 * beyond the dates a date can hold.
 */
final class Dates {
    private Dates() {
    }

    static LocalDate move(SchoolCalendar calendar, LocalDate date, Value.Num amount, boolean forward, Expr.Binary where) {
        String unit = amount.dim().exponents().keySet().iterator().next();
        BigDecimal a = forward ? amount.amount() : amount.amount().negate();
        if (a.stripTrailingZeros().scale() > 0) {
            throw new EvalException(EvalException.Kind.R009, where.right().span(), "a date moves by whole days, not " + Format.number(amount));
        }
        if (a.abs().compareTo(BigDecimal.valueOf(Limits.DAYS)) > 0) {
            throw new EvalException(EvalException.Kind.R009, where.span(), "cannot move " + date + " by " + Format.number(amount)
                    + ": a date moves by at most " + Limits.count(Limits.DAYS) + " days, weeks, months or years");
        }
        long n = a.longValueExact();
        try {
            return move(calendar, date, unit, n, where);
        } catch (DateTimeException e) {
            throw new EvalException(EvalException.Kind.R009, where.span(), "cannot move " + date + " by " + Format.number(amount)
                    + ": it lands outside the dates cba can hold");
        }
    }

    private static LocalDate move(SchoolCalendar calendar, LocalDate date, String unit, long n, Expr.Binary where) {
        switch (unit) {
            case Units.CALENDAR_DAY:
                return date.plusDays(n);
            case Units.WORKING_DAY:
            case Units.SCHOOL_DAY:
                return byCalendar(calendar, date, unit, n, where);
            case "week":
                return date.plusWeeks(n);
            case "month":
                return exact(date, date.plusMonths(n), where);
            case "year":
                return exact(date, date.plusYears(n), where);
            default:
                throw new IllegalStateException("cannot move a date by " + unit);
        }
    }

    private static LocalDate byCalendar(SchoolCalendar calendar, LocalDate date, String unit, long n, Expr.Binary where) {
        if (!calendar.present()) {
            throw new EvalException(EvalException.Kind.R008, where.span(), "counting " + Units.plural(unit) + " needs a school calendar in the data");
        }
        boolean school = unit.equals(Units.SCHOOL_DAY);
        String which = Math.abs(n) == 1 ? "there is no " + unit : "there are fewer than " + Limits.count(Math.abs(n)) + " " + Units.plural(unit);
        return calendar.move(date, n, school).orElseThrow(() -> new EvalException(EvalException.Kind.R009, where.span(),
                which + (n < 0 ? " before " : " after ") + date + (school ? " in the school calendar" : " within the dates cba can hold")));
    }

    private static LocalDate exact(LocalDate from, LocalDate to, Expr.Binary where) {
        if (to.getDayOfMonth() != from.getDayOfMonth()) {
            throw new EvalException(EvalException.Kind.R009, where.span(), from + " moved this way lands on a day that does not exist (it would be "
                    + to + "); say the date another way");
        }
        return to;
    }
}
