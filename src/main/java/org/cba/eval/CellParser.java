package org.cba.eval;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;
import org.cba.check.Dimension;
import org.cba.check.Type;

/**
 * Turns one data cell's text into a typed value, or says in plain words what was expected.
 * References to other entities are resolved by {@link DataBinder}, not here.
 */
final class CellParser {
    /** Units that count whole things: a count cannot be fractional or negative. */
    private static final Set<String> WHOLE = Set.of("student", "class", "school", "adult");

    /** A parsed value, or the reason it could not be. */
    record Parsed(Value value, String problem) {
        static Parsed ok(Value v) {
            return new Parsed(v, null);
        }

        static Parsed bad(String why) {
            return new Parsed(null, why);
        }
    }

    private CellParser() {
    }

    static Parsed parse(String text, Type type, boolean percent, BigDecimal factor) {
        if (type instanceof Type.Text) {
            return Parsed.ok(new Value.Text(text == null ? "" : text));
        }
        if (text == null || text.isBlank()) {
            return Parsed.bad("the value is missing; expected " + type.describe());
        }
        String t = text.strip();
        if (type instanceof Type.Quantity q) {
            return quantity(t, q.dim(), percent, factor);
        } else if (type instanceof Type.Bool) {
            return bool(t);
        } else if (type instanceof Type.Date) {
            try {
                return Parsed.ok(new Value.DateV(LocalDate.parse(t)));
            } catch (DateTimeParseException e) {
                return Parsed.bad("expected a date written year-month-day, like 2025-10-15");
            }
        } else if (type instanceof Type.SchoolYear) {
            return schoolYear(t);
        } else if (type instanceof Type.Enum en) {
            return member(t, en);
        }
        return Parsed.bad("values of type " + type.describe() + " cannot be read from data");
    }

    private static Parsed quantity(String t, Dimension dim, boolean percent, BigDecimal factor) {
        String s = t;
        boolean money = dim.isBase(org.cba.check.Units.DOLLAR);
        if (money) {
            s = s.replace("$", "").replace(",", "");
        }
        if (percent && s.endsWith("%")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        BigDecimal v;
        try {
            v = new BigDecimal(s);
        } catch (NumberFormatException e) {
            return Parsed.bad("expected " + (money ? "an amount of money" : percent ? "a percentage" : "a number of " + dim.describe()));
        }
        if (v.scale() > Limits.DIGITS || v.precision() - v.scale() > Limits.DIGITS) {
            return Parsed.bad("this number has more than " + Limits.count(Limits.DIGITS) + " digits before or after the point; it cannot be meant");
        }
        String base = dim.exponents().size() == 1 ? dim.exponents().keySet().iterator().next() : null;
        boolean counted = base != null && dim.exponents().get(base) == 1 && !money;
        if (counted && v.signum() < 0) {
            return Parsed.bad("a number of " + dim.describe() + " cannot be negative");
        }
        if (base != null && WHOLE.contains(base) && dim.isBase(base) && v.stripTrailingZeros().scale() > 0) {
            return Parsed.bad("a number of " + dim.describe() + " must be whole");
        }
        BigDecimal scaled = percent ? v.movePointLeft(2) : v.multiply(factor);
        return Parsed.ok(new Value.Num(scaled, dim));
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
