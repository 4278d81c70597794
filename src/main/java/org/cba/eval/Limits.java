package org.cba.eval;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import org.cba.source.Span;

/**
 * The evaluator's limits, in one place: past them a run reports a problem (R002, R003) instead of
 * running for hours or out of memory. They are fixed, not taken from the machine, so a run gives
 * the same answer everywhere, and generous: no real run comes near them. docs/language.md,
 * "Limits", lists them.
 */
final class Limits {
    /** Steps of work (term calls, items of aggregates) in one run: bounds time. */
    static final long STEPS = 2_000_000_000L;
    /** Combinations one rule's for each may make: they are all held at once. */
    static final long COMBINATIONS = 10_000_000L;
    /** Days in one list of days (calendar_days and the like), and how far a date may move by working or school days. */
    static final long DAYS = 1_000_000L;
    /** Digits of a number written out in full, before the point and after it, each. */
    static final int DIGITS = 1_000;
    /** Items held in the lists within one list (a list of lists), and lists and calls remembered before the memos are cleared. */
    static final long ITEMS = 10_000_000L;

    private Limits() {
    }

    /**
     * The value, when it has at most {@link #DIGITS} digits before the point and as many after
     * (trailing zeros after the point do not count); else a problem at where. Every arithmetic
     * result passes here, so no operation is ever given numbers longer than that.
     */
    static BigDecimal digits(BigDecimal v, Span where, String what) {
        if (fits(v)) {
            return v;
        }
        BigDecimal stripped = v.stripTrailingZeros();
        if (fits(stripped)) {
            return stripped;
        }
        long before = (long) stripped.precision() - stripped.scale();
        String which = before > DIGITS
                ? "more than " + count(DIGITS) + " digits before the decimal point (about 10^" + count(before - 1) + ")"
                : "more than " + count(DIGITS) + " digits after the decimal point";
        throw new EvalException(EvalException.Kind.R003, where, "number too large: " + what + " would have " + which
                + "; no agreement needs such numbers");
    }

    /**
     * The items a value holds in lists: none for a single value, its items for a list, and for a
     * list of lists theirs too. A list's items have one type, so its first tells whether they are lists.
     */
    static long items(Value v) {
        if (v instanceof Value.Days d) {
            return d.days().size();
        }
        if (!(v instanceof Value.ListV l)) {
            return 0;
        }
        List<Value> items = l.items();
        long n = items.size();
        if (n > 0 && (items.get(0) instanceof Value.ListV || items.get(0) instanceof Value.Days)) {
            for (Value item : items) {
                n += items(item);
            }
        }
        return n;
    }

    private static boolean fits(BigDecimal v) {
        return v.scale() <= DIGITS && v.precision() - v.scale() <= DIGITS;
    }

    /** 10,000,000: limits and sizes in messages are read by people. */
    static String count(long n) {
        return NumberFormat.getIntegerInstance(Locale.US).format(n);
    }
}
