package org.cba.eval;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.cba.check.Units;
import org.cba.syntax.ast.Expr;

/**
 * Moving a date by an amount of days, weeks, months or years. Working and school days come from
 * the calendar. Month and year steps that would land on a day that does not exist (January 31
 * plus one month) are refused rather than guessed.
 */
final class Dates {
    private Dates() {
    }

    static LocalDate move(SchoolCalendar calendar, LocalDate date, Value.Num amount, boolean forward, Expr.Binary where) {
        String unit = amount.dim().exponents().keySet().iterator().next();
        BigDecimal a = forward ? amount.amount() : amount.amount().negate();
        long n;
        try {
            n = a.longValueExact();
        } catch (ArithmeticException e) {
            throw new EvalException(where.right().span(), "a date moves by whole days, not " + Format.number(amount));
        }
        switch (unit) {
            case Units.CALENDAR_DAY:
                return date.plusDays(n);
            case Units.WORKING_DAY:
            case Units.SCHOOL_DAY:
                if (!calendar.present()) {
                    throw new EvalException(where.span(), "counting " + Units.plural(unit) + " needs a school calendar in the data");
                }
                return calendar.move(date, n, unit.equals(Units.SCHOOL_DAY));
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

    private static LocalDate exact(LocalDate from, LocalDate to, Expr.Binary where) {
        if (to.getDayOfMonth() != from.getDayOfMonth()) {
            throw new EvalException(where.span(), from + " moved this way lands on a day that does not exist (it would be "
                    + to + "); say the date another way");
        }
        return to;
    }
}
