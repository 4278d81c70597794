package org.cba.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class DataProblemTest {
    @Test
    void describesOriginRowColumnValueAndMessage() {
        assertEquals("schools.csv, row 12, column enrollment: error[D006]: \"abc\" — expected a whole number",
                new DataProblem(DataCode.D006, "schools.csv", 12, "enrollment", "abc", "expected a whole number").describe());
    }

    @Test
    void leavesOutWhatIsNotKnown() {
        assertEquals("schools.csv: error[D006]: the file is empty", new DataProblem(DataCode.D006, "schools.csv", 0, null, null, "the file is empty").describe());
        assertEquals("schools.csv, row 3: error[D006]: too few values", new DataProblem(DataCode.D006, "schools.csv", 3, null, null, "too few values").describe());
        assertEquals("district.json: t, column n: error[D006]: bad", new DataProblem(DataCode.D006, "district.json: t", 0, "n", null, "bad").describe());
        assertEquals("x: error[D006]: \"\" — empty", new DataProblem(DataCode.D006, "x", 0, null, "", "empty").describe());
    }

    @Test
    void showsLongOrMultiLineValuesOnOneShortLine() {
        String long70 = "a".repeat(70);
        assertEquals("t, row 2, column c: error[D006]: \"" + "a".repeat(60) + "…\" — too long",
                new DataProblem(DataCode.D006, "t", 2, "c", long70, "too long").describe());
        assertEquals("t: error[D006]: \"two\\nlines\\nhere\" — m", new DataProblem(DataCode.D006, "t", 0, null, "two\nlines\r\nhere", "m").describe());
    }

    @Test
    void anExceptionCarriesItsProblemsAndSaysThemAsItsMessage() {
        List<DataProblem> problems = List.of(new DataProblem(DataCode.D006, "a.csv", 2, null, null, "one"),
                new DataProblem(DataCode.D006, "a.csv", 3, null, null, "two"));
        DataException e = new DataException(problems);
        assertEquals(problems, e.problems());
        assertEquals("a.csv, row 2: error[D006]: one\na.csv, row 3: error[D006]: two", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new DataException(List.of()));
    }
}
