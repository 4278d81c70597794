package org.cba.eval;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import org.cba.check.Dimension;
import org.cba.check.Units;
import org.cba.syntax.ast.Expr;

/**
 * Times of day and date-times moved by minutes, hours or calendar days, and the minutes between
 * two. A time of day does not wrap: 11:30 pm + 1 hour is an error (R012), not 12:30 am, since a
 * wrapped time would compare as earlier than the time it came from ("by 6:30 a.m." would hold
 * for a call made the next night). A spec that crosses midnight uses a date-time.
 */
final class Clocks {
    private static final Dimension MINUTES = Dimension.of(Units.MINUTE);

    private Clocks() {
    }

    /** left + right or left - right, where one side is a time or date-time and the other an amount (or, for -, both clocks). */
    static Value additive(Expr.Binary e, Value l, Value r, boolean add) {
        if (l instanceof Value.TimeV a && r instanceof Value.TimeV b) {
            return minutes(ChronoUnit.MINUTES.between(b.time(), a.time()));
        }
        if (l instanceof Value.DateTimeV a && r instanceof Value.DateTimeV b) {
            return minutes(ChronoUnit.MINUTES.between(b.at(), a.at()));
        }
        Value clock = l instanceof Value.Num ? r : l;
        Value.Num amount = (Value.Num) (l instanceof Value.Num ? l : r);
        long by = wholeMinutes(e, clock, amount, add);
        if (clock instanceof Value.TimeV t) {
            long to = t.time().toSecondOfDay() / 60 + by;
            if (to < 0 || to >= 24 * 60) {
                throw new EvalException(EvalException.Kind.R012, e.span(), Format.value(t) + (add ? " + " : " - ")
                        + Format.number(amount) + " passes midnight, and a time of day does not wrap to another day;"
                        + " for a move across midnight use a date-time (d at " + Format.value(t) + ")");
            }
            return new Value.TimeV(LocalTime.ofSecondOfDay(to * 60));
        }
        LocalDateTime at = ((Value.DateTimeV) clock).at();
        try {
            return new Value.DateTimeV(at.plusMinutes(by));
        } catch (DateTimeException ex) {
            throw new EvalException(EvalException.Kind.R012, e.span(), "cannot move " + Format.value(clock) + " by "
                    + Format.number(amount) + ": it lands outside the dates cba can hold");
        }
    }

    private static Value.Num minutes(long n) {
        return new Value.Num(BigDecimal.valueOf(n), MINUTES);
    }

    /** The signed move in minutes; a calendar day is 1,440 of them. */
    private static long wholeMinutes(Expr.Binary e, Value clock, Value.Num amount, boolean add) {
        BigDecimal m = amount.dim().isBase(Units.CALENDAR_DAY) ? amount.amount().multiply(BigDecimal.valueOf(24 * 60)) : amount.amount();
        if (m.stripTrailingZeros().scale() > 0) {
            throw new EvalException(EvalException.Kind.R012, e.span(), Format.value(clock) + " moves by whole minutes, not "
                    + Format.number(amount));
        }
        if (m.abs().compareTo(BigDecimal.valueOf(Limits.DAYS).multiply(BigDecimal.valueOf(24 * 60))) > 0) {
            throw new EvalException(EvalException.Kind.R012, e.span(), "cannot move " + Format.value(clock) + " by "
                    + Format.number(amount) + ": it lands outside the dates cba can hold");
        }
        long n = m.longValueExact();
        return add ? n : -n;
    }
}
