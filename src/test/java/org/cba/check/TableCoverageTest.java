package org.cba.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableCoverageTest {
    private static KeyPattern between(int lo, int hi) {
        return new KeyPattern(List.of(new KeyPattern.Interval(BigDecimal.valueOf(lo), true, BigDecimal.valueOf(hi), true)));
    }

    @Test
    void wholeNumberAxesHaveNoGapsBetweenAdjacentIntegers() {
        var axis = TableCoverage.Axis.ofNumbers("n", true, true);
        var result = TableCoverage.analyse(List.of(axis), List.of(List.of(between(0, 499)), List.of(between(500, 900)),
                List.of(new KeyPattern(List.of(new KeyPattern.Interval(BigDecimal.valueOf(900), false, null, false))))));
        assertEquals(0, result.missingCount());
        assertEquals(List.of(), result.overlaps());
    }

    @Test
    void decimalAxesDoHaveThem() {
        var axis = TableCoverage.Axis.ofNumbers("rate", false, true);
        var result = TableCoverage.analyse(List.of(axis), List.of(List.of(between(0, 1)), List.of(between(2, 3))));
        assertTrue(result.missing().stream().anyMatch(m -> m.get(0).equals("between 1 and 2")), result.missing().toString());
    }

    @Test
    void overlapsNameTheSharedKey() {
        var axis = TableCoverage.Axis.ofEnum("t", List.of("A", "B"));
        KeyPattern a = new KeyPattern(List.of(KeyPattern.Interval.point(BigDecimal.ZERO)));
        var result = TableCoverage.analyse(List.of(axis), List.of(List.of(a), List.of(KeyPattern.ANY)));
        assertEquals(1, result.overlaps().size());
        assertEquals(List.of("A"), result.overlaps().get(0).where());
        assertEquals(0, result.missingCount());
    }
}
