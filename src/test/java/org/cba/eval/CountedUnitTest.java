package org.cba.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.cba.check.Checked;
import org.cba.data.DataException;
import org.cba.data.DataProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A declared unit marked {@code counted} is a whole number: a table keyed ..6 / 7..15 / 16..25 of
 * it has no gap (XXVII 2.1 d), and a data cell holding 6.5 of it is a located D006.
 */
class CountedUnitTest {
    private static final String SPEC = """
            unit teacher, teachers counted
            unit seat, seats counted

            table council(teachers: teachers) -> (members: seats)
              cites "XXVII 2.1 d": "6 or fewer teachers 6 (3 teacher reps) 7-15 teachers 8 (4 teacher reps) 16-25 teachers 12 (6 teacher reps)"
              | ..6    | 6  |
              | 7..15  | 8  |
              | 16..25 | 12 |
              | 26..   | -  |

            entity School from "schools" {
              key id: text,
              teachers: teachers,
            }

            term first_school_council: seats
              cites "XXVII 2.1 d"
              = sum(council(s.teachers).members for each s in School where s.id is "S1")
            """;

    @Test
    void theRowsCoverEveryWholeCountAndTheDataIsLookedUp(@TempDir Path dir) throws Exception {
        // EvalSpecs.check asserts there is no diagnostic: no E031 for 6..7 or 15..16
        Checked checked = EvalSpecs.check(SPEC);
        Dataset data = EvalSpecs.data(checked, dir, Map.of("schools", "id,teachers\nS1,7\nS2,25\n"));
        // 7 teachers: the 7..15 row, 8 seats
        Value.Num v = (Value.Num) EvalSpecs.term(checked, data, "first_school_council");
        assertEquals(0, new BigDecimal("8").compareTo(v.amount()));
    }

    @Test
    void aFractionOfACountedUnitInDataIsALocatedD006(@TempDir Path dir) {
        Checked checked = EvalSpecs.check(SPEC);
        DataException e = assertThrows(DataException.class,
                () -> EvalSpecs.data(checked, dir, Map.of("schools", "id,teachers\nS1,6.5\nS2,7.0\n")));
        // 7.0 is a whole number written with a point: accepted
        List<String> found = e.problems().stream().map(DataProblem::describe).toList();
        assertEquals(List.of("schools.csv, row 2, column teachers: error[D006]: \"6.5\" — a number of teachers must be whole"), found);
    }
}
