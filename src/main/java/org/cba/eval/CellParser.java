package org.cba.eval;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.cba.check.Dimension;
import org.cba.check.Type;
import org.cba.data.DataCode;
import org.cba.data.Digits;

/**
 * Turns one data cell's text into a typed value, or says in plain words what was expected.
 * References to other entities are resolved by {@link DataBinder}, not here.
 */
final class CellParser {
    /**
     * A number as data may write it: ASCII digits, an optional sign and decimal point. Not
     * BigDecimal's own rules, which also take other scripts' digits (٣, ３) and exponents (6.64e2).
     */
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)");

    /** A parsed value, or the reason it could not be and its code (D006, or D007 for too many digits). */
    record Parsed(Value value, String problem, DataCode code) {
        static Parsed ok(Value v) {
            return new Parsed(v, null, null);
        }

        static Parsed bad(String why) {
            return new Parsed(null, why, DataCode.D006);
        }
    }

    private CellParser() {
    }

    /** As {@link #parse(String, Type, boolean, boolean, BigDecimal)}, for a unit that may hold fractions. */
    static Parsed parse(String text, Type type, boolean percent, BigDecimal factor) {
        return parse(text, type, percent, false, factor);
    }

    /** whole: the column's unit counts whole things (students, a declared {@code counted} unit), so 6.5 is refused. */
    static Parsed parse(String text, Type type, boolean percent, boolean whole, BigDecimal factor) {
        if (type instanceof Type.Text) {
            return Parsed.ok(new Value.Text(text == null ? "" : text));
        }
        if (text == null || text.isBlank()) {
            return Parsed.bad("the value is missing; expected " + type.describe());
        }
        String t = text.strip();
        if (type instanceof Type.Quantity q) {
            return quantity(t, q.dim(), percent, whole, factor);
        } else if (type instanceof Type.Bool) {
            return bool(t);
        } else if (type instanceof Type.Date) {
            try {
                return Parsed.ok(new Value.DateV(LocalDate.parse(t)));
            } catch (DateTimeParseException e) {
                return Parsed.bad("expected a date written year-month-day, like 2025-10-15");
            }
        } else if (type instanceof Type.Time) {
            return time(t);
        } else if (type instanceof Type.DateTime) {
            return dateTime(t);
        } else if (type instanceof Type.SchoolYear) {
            return schoolYear(t);
        } else if (type instanceof Type.Enum en) {
            return member(t, en);
        }
        return Parsed.bad("values of type " + type.describe() + " cannot be read from data");
    }

    private static Parsed quantity(String t, Dimension dim, boolean percent, boolean whole, BigDecimal factor) {
        String s = t;
        boolean money = dim.isBase(org.cba.check.Units.DOLLAR);
        if (money) {
            s = s.replace("$", "").replace(",", "");
        }
        if (percent && s.endsWith("%")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        String expected = "expected " + (money ? "an amount of money" : percent ? "a percentage" : "a number of " + dim.describe());
        // Counted before anything else reads the text: a million digits must not cost a million of anything.
        if (Digits.count(s) > Digits.MAX && PLAIN_NUMBER.matcher(s).matches()) {
            return new Parsed(null, Digits.tooMany(), DataCode.D007);
        }
        if (!PLAIN_NUMBER.matcher(s).matches()) {
            return Parsed.bad(expected + notPlain(s));
        }
        BigDecimal v = new BigDecimal(s);
        String base = dim.exponents().size() == 1 ? dim.exponents().keySet().iterator().next() : null;
        boolean counted = base != null && dim.exponents().get(base) == 1 && !money;
        if (counted && v.signum() < 0) {
            return Parsed.bad("a number of " + dim.describe() + " cannot be negative");
        }
        if (whole && v.stripTrailingZeros().scale() > 0) {
            return Parsed.bad("a number of " + dim.describe() + " must be whole");
        }
        BigDecimal scaled = percent ? v.movePointLeft(2) : v.multiply(factor);
        return Parsed.ok(new Value.Num(scaled, dim));
    }

    /** Why text that looks like a number is still not one here. */
    private static String notPlain(String s) {
        if (s.chars().anyMatch(c -> Character.isDigit(c) && (c < '0' || c > '9'))) {
            return "; write numbers with the digits 0-9";
        }
        if (s.matches("[+-]?[0-9.]+[eE][+-]?[0-9]+")) {
            return "; write the number out in full, without an exponent";
        }
        return "";
    }

    private static Parsed bool(String t) {
        switch (t.toLowerCase(Locale.ROOT)) {
            case "true": case "yes": case "y": case "1":
                return Parsed.ok(Value.Bool.TRUE);
            case "false": case "no": case "n": case "0":
                return Parsed.ok(Value.Bool.FALSE);
            default:
                return Parsed.bad("expected yes or no (true/false, y/n, 1/0)");
        }
    }

    /** 14:50, 2:50 pm, 2:50 p.m., 14:50:00 (seconds of zero, as databases write a time). */
    private static final Pattern CLOCK = Pattern.compile("(\\d{1,2}):(\\d{2})(?::00)?(?:\\s*([aApP])\\.?[mM]\\.?)?");

    private static Parsed time(String t) {
        java.time.LocalTime time = clock(t);
        return time == null ? Parsed.bad("expected a time of day like 14:50 or 2:50 pm") : Parsed.ok(new Value.TimeV(time));
    }

    /** The time a cell writes, or null: hours 0-23 (1-12 with am/pm), minutes 00-59. */
    private static java.time.LocalTime clock(String t) {
        java.util.regex.Matcher m = CLOCK.matcher(t);
        if (!m.matches()) {
            return null;
        }
        int hour = Integer.parseInt(m.group(1));
        int minute = Integer.parseInt(m.group(2));
        boolean meridiem = m.group(3) != null;
        if (minute > 59 || hour > (meridiem ? 12 : 23) || meridiem && hour == 0) {
            return null;
        }
        boolean pm = meridiem && Character.toLowerCase(m.group(3).charAt(0)) == 'p';
        return java.time.LocalTime.of(meridiem ? hour % 12 + (pm ? 12 : 0) : hour, minute);
    }

    private static final Pattern DATE_TIME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})[T ]\\s*(.+)");

    /** 2025-10-15T13:50 or 2025-10-15 13:50 (or 1:50 pm); a bare date is refused: which time it means is not said. */
    private static Parsed dateTime(String t) {
        java.util.regex.Matcher m = DATE_TIME.matcher(t);
        String expected = "expected a date and time like 2025-10-15T13:50 or 2025-10-15 13:50";
        if (!m.matches()) {
            return Parsed.bad(t.matches("\\d{4}-\\d{2}-\\d{2}") ? expected + "; this is a date without a time" : expected);
        }
        java.time.LocalTime time = clock(m.group(2).strip());
        try {
            LocalDate day = LocalDate.parse(m.group(1));
            return time == null ? Parsed.bad(expected) : Parsed.ok(new Value.DateTimeV(day.atTime(time)));
        } catch (DateTimeParseException e) {
            return Parsed.bad(expected + "; there is no date " + m.group(1));
        }
    }

    private static Parsed schoolYear(String t) {
        if (t.matches("\\d{4}-(\\d{4}|\\d{2})")) {
            int first = Integer.parseInt(t.substring(0, 4));
            String rest = t.substring(5);
            int second = rest.length() == 2 ? first / 100 * 100 + Integer.parseInt(rest) : Integer.parseInt(rest);
            if (second == first + 1) {
                return Parsed.ok(new Value.Year(first));
            }
        }
        return Parsed.bad("expected a school year like 2025-2026");
    }

    private static Parsed member(String t, Type.Enum en) {
        for (String m : en.members()) {
            if (m.equalsIgnoreCase(t) || en.shown(m).equalsIgnoreCase(t)) {
                return Parsed.ok(new Value.EnumV(en, m));
            }
        }
        return Parsed.bad("expected one of " + String.join(", ", en.members()));
    }
}
