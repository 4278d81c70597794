package org.cba.check;

import java.math.BigDecimal;
import java.util.List;

/**
 * A table key cell reduced to what coverage needs: the values it matches on one column, as
 * numbers (enum members by position, dates by day number) with inclusive/exclusive bounds.
 * A null bound is open.
 */
record KeyPattern(List<Interval> intervals) {
    record Interval(BigDecimal lo, boolean loIncluded, BigDecimal hi, boolean hiIncluded) {
        static Interval point(BigDecimal v) {
            return new Interval(v, true, v, true);
        }

        static final Interval ALL = new Interval(null, false, null, false);

        boolean contains(BigDecimal v) {
            boolean aboveLo = lo == null || (loIncluded ? v.compareTo(lo) >= 0 : v.compareTo(lo) > 0);
            boolean belowHi = hi == null || (hiIncluded ? v.compareTo(hi) <= 0 : v.compareTo(hi) < 0);
            return aboveLo && belowHi;
        }
    }

    static final KeyPattern ANY = new KeyPattern(List.of(Interval.ALL));

    KeyPattern {
        intervals = List.copyOf(intervals);
    }

    boolean matches(BigDecimal v) {
        return intervals.stream().anyMatch(i -> i.contains(v));
    }
}
