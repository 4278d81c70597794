package org.cba.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Coverage of a table with 50,000 rows: the right answer, with work in proportion to the table. */
class TableCoverageScaleTest {
    private static final int ROWS = 50_000;

    private static List<KeyPattern> row(int lo, int hi) {
        return List.of(new KeyPattern(List.of(new KeyPattern.Interval(BigDecimal.valueOf(lo), true, BigDecimal.valueOf(hi), true))));
    }

    @Test
    void fiftyThousandRowsWithOneGapAndOneOverlapNearTheEnd() {
        // Rows i cover 10i..10i+9 (whole numbers from 0), except: row 30,000 is left out (a gap
        // 300000..300009), and the last row is 499985..499999, overlapping row 49,998 (499980..499989)
        // on 499985..499989.
        List<List<KeyPattern>> rows = new ArrayList<>();
        for (int i = 0; i < ROWS - 1; i++) {
            if (i != 30_000) {
                rows.add(row(10 * i, 10 * i + 9));
            }
        }
        rows.add(row(499_985, 499_999));
        var axis = TableCoverage.Axis.ofNumbers("enrollment", true, true);

        var result = TableCoverage.analyse(List.of(axis), rows);

        // Nothing covers the left-out row's numbers, nor anything above the last row's 499999.
        assertEquals(List.of(List.of("between 299999 and 300010"), List.of("above 499999")), result.missing());
        assertEquals(1, result.overlaps().size());
        var overlap = result.overlaps().get(0);
        // Row 49,998 is at position 49,997 in the list (row 30,000 was left out); the last row follows it.
        assertEquals(49_997, overlap.firstRow());
        assertEquals(49_998, overlap.secondRow());
        // They first meet on 499985, the last row's low end.
        assertEquals(List.of("499985"), overlap.where());
        // Atoms: every bound is a point, and the stretch inside a row (lo, hi) is one more atom;
        // the stretch between one row's hi and the next row's lo is empty (adjacent whole
        // numbers). So a row covers 3 atoms: lo, (lo, hi), hi. The two overlapping rows cover 5
        // each, because 499985 and 499989 cut both: 499980, (499980, 499985), 499985,
        // (499985, 499989), 499989 and 499985, (499985, 499989), 499989, (499989, 499999), 499999.
        // So visits = 3 * (rows - 2) + 5 + 5: linear in the rows, where asking every row about
        // every atom would be rows * atoms, about 50,000 * 150,000.
        assertEquals(3L * (rows.size() - 2) + 10, result.visits());
    }
}
