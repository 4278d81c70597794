package org.cba.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Map;
import org.cba.check.Checked;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A list of single values holds no more than its source; a list of lists can hold the square of
 * it. Past Limits.ITEMS (10,000,000) items in its lists, the list is a problem (R002), where
 * before a large staff ran out of memory.
 */
class AggregatesTest {
    private static final String SPEC = """
            entity Staff from "staff" {
              key id: text,
            }

            term everyone_for_everyone: list of list of Staff
              cites "I 1": "t"
              = list(list(b for each b in Staff) for each a in Staff)

            term pairs: number
              cites "I 1": "t"
              = sum(count(each l in x) for each x in everyone_for_everyone)
            """;

    private static String staff(int n) {
        StringBuilder b = new StringBuilder("id\n");
        for (int i = 0; i < n; i++) {
            b.append('T').append(i).append('\n');
        }
        return b.toString();
    }

    @Test
    void aListOfListsPastTheLimitIsAProblem(@TempDir Path dir) throws Exception {
        Checked checked = EvalSpecs.check(SPEC);
        // 3,163 lists of 3,163 staff: each list counts 1 + 3,163 = 3,164 items, as Limits.items counts a list
        // of lists; past 10,000,000 with the 3,161st (3,161 x 3,164 = 10,001,404; 3,160 x 3,164 = 9,998,240)
        Dataset data = EvalSpecs.data(checked, dir, Map.of("staff", staff(3163)));
        EvalException e = EvalSpecs.problem(checked, data, "pairs");
        assertEquals("R002", e.code());
        assertEquals("budget exceeded: list(list(b for each b in Staff) for each a in Staff) would hold more than 10,000,000"
                + " items in its lists (10,001,404 in the first 3,161)", e.getMessage());
    }

    @Test
    void aListOfListsWithinTheLimit(@TempDir Path dir) throws Exception {
        Checked checked = EvalSpecs.check(SPEC);
        // 100 lists of 100 staff: 100 x 100 = 10,000 pairs
        Dataset data = EvalSpecs.data(checked, dir, Map.of("staff", staff(100)));
        assertEquals(0, BigDecimal.valueOf(10_000).compareTo(((Value.Num) EvalSpecs.term(checked, data, "pairs")).amount()));
    }
}
