package org.cba.eval;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.cba.check.Units;
import org.cba.source.Span;
import org.cba.syntax.ast.Expr;

/**
 * Moving a date by an amount of days, weeks, months or years, and the calendar periods a date
 * is in. Working and school days come from the calendar. A move by months or years keeps the
 * day of the month, or takes the last day of the month it lands in when that month is shorter
 * (April 30 less 2 months is February 28, or 29 in a leap year): a month is counted on the
 * calendar, as people count "two calendar months before". Moves beyond the calendar or beyond
 * the dates a date can hold are refused.
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
            case Units.WEEKDAY:
                return byCalendar(calendar, date, unit, n, where);
            case "week":
                return date.plusWeeks(n);
            case "month":
                // plusMonths keeps the day of the month, or takes the month's last day when it has fewer
                return date.plusMonths(n);
            case "year":
                // the same for February 29 in a year that has no such day: February 28
                return date.plusYears(n);
            default:
                throw new IllegalStateException("cannot move a date by " + unit);
        }
    }

    private static LocalDate byCalendar(SchoolCalendar calendar, LocalDate date, String unit, long n, Expr.Binary where) {
        if (!unit.equals(Units.WEEKDAY) && !calendar.present()) {
            throw new EvalException(EvalException.Kind.R008, where.span(), "counting " + Units.plural(unit) + " needs a school calendar in the data");
        }
        boolean school = unit.equals(Units.SCHOOL_DAY);
        String which = Math.abs(n) == 1 ? "there is no " + unit : "there are fewer than " + Limits.count(Math.abs(n)) + " " + Units.plural(unit);
        return calendar.move(date, n, unit).orElseThrow(() -> new EvalException(EvalException.Kind.R009, where.span(),
                which + (n < 0 ? " before " : " after ") + date + (school ? " in the school calendar" : " within the dates cba can hold")));
    }

    /** The calendar periods a date is in, given by their first or last day. */
    enum Period {
        MONTH_START, MONTH_END, WEEK_START, WEEK_END;

        LocalDate of(LocalDate d) {
            return switch (this) {
                case MONTH_START -> d.withDayOfMonth(1);
                case MONTH_END -> d.with(TemporalAdjusters.lastDayOfMonth());
                // ISO 8601: a week runs from Monday to Sunday
                case WEEK_START -> d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                case WEEK_END -> d.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
            };
        }
    }

    /** The first or last day of a date's period; a week beyond the dates cba can hold is a problem (R009). */
    static LocalDate period(Period p, LocalDate d, Span where) {
        try {
            return p.of(d);
        } catch (DateTimeException e) {
            throw new EvalException(EvalException.Kind.R009, where, "the week of " + d + " ends outside the dates cba can hold");
        }
    }

    /**
     * The semester of the school calendar that holds a date: R008 when the calendar names none,
     * R011 when it does not reach the date or puts it in none.
     */
    static SchoolCalendar.Semester semester(SchoolCalendar calendar, LocalDate d, Span where) {
        requireSemesters(calendar, d, where);
        requireReach(calendar, d, where);
        return calendar.semesterOf(d).orElseThrow(() -> new EvalException(EvalException.Kind.R011, where, d
                + " is in no semester of the school calendar; its semesters are " + semesterList(calendar)));
    }

    /**
     * Whether a date is in a semester of the school calendar: R008 when the calendar names none,
     * R011 when it does not reach the date (it cannot say that the date is between semesters).
     */
    static boolean inSemester(SchoolCalendar calendar, LocalDate d, Span where) {
        requireSemesters(calendar, d, where);
        requireReach(calendar, d, where);
        return calendar.semesterOf(d).isPresent();
    }

    private static void requireReach(SchoolCalendar calendar, LocalDate d, Span where) {
        if (!calendar.reaches(d)) {
            throw new EvalException(EvalException.Kind.R011, where, "the school calendar does not reach " + d
                    + ", so it cannot say which semester it is in: its dates run from " + calendar.extent());
        }
    }

    private static void requireSemesters(SchoolCalendar calendar, LocalDate d, Span where) {
        if (!calendar.hasSemesters()) {
            throw new EvalException(EvalException.Kind.R008, where, "the semester of " + d + " comes from the school calendar, which "
                    + (calendar.present() ? "names no semester (its semester column is missing or empty)" : "is not in the data (a calendar table)"));
        }
    }

    private static String semesterList(SchoolCalendar calendar) {
        var all = calendar.semesters();
        String list = all.subList(0, Math.min(4, all.size())).stream().map(Object::toString).collect(java.util.stream.Collectors.joining(", "));
        return all.size() > 4 ? list + " and " + (all.size() - 4) + " more" : list;
    }

    /**
     * Whole years from birth to a date: the most years that, added to the birth date, do not pass
     * it. Added years clamp as moves do, so a February 29 birth is a year older on February 28 of a
     * year without February 29.
     */
    static long age(LocalDate birth, LocalDate on, Span where) {
        if (on.isBefore(birth)) {
            throw new EvalException(EvalException.Kind.R010, where, "an age is counted from a birth date up to a later date, but "
                    + on + " is before " + birth);
        }
        long years = on.getYear() - (long) birth.getYear();
        return birth.plusYears(years).isAfter(on) ? years - 1 : years;
    }
}
