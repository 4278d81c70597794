package org.cba.check;

/**
 * The arithmetic of times of day and date-times: they move by minutes and hours (a date-time by
 * calendar days too), and the difference of two is a number of minutes. A date and a date-time
 * never mix unconverted: which instant of the day a date stands for is the spec's to say.
 */
final class Clock {
    static final String CONVERT = "a date is not a date-time: convert one side with date_of(dt), or d at 8:00 am";
    static final String MOVES = "a time of day moves by minutes or hours; a date-time by minutes, hours or calendar days;"
            + " a date by days, weeks, months or years";

    private static final Type MINUTES = new Type.Quantity(Dimension.of(Units.MINUTE));
    private static final Type CALENDAR_DAYS = new Type.Quantity(Dimension.of(Units.CALENDAR_DAY));

    private Clock() {
    }

    static boolean isClock(Type t) {
        return t instanceof Type.Time || t instanceof Type.DateTime;
    }

    /** The type of left + right or left - right when one side is a time or date-time; null when it has none. */
    static Type additive(boolean add, Type left, Type right) {
        if (!add && isClock(left) && left.equals(right)) {
            return MINUTES;
        }
        if (isClock(left) && moves(left, right)) {
            return left;
        }
        if (add && isClock(right) && moves(right, left)) {
            return right;
        }
        return null;
    }

    private static boolean moves(Type clock, Type by) {
        return by.equals(MINUTES) || clock instanceof Type.DateTime && by.equals(CALENDAR_DAYS);
    }
}
