package org.cba.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DimensionTest {
    private static final Dimension STUDENT = Dimension.of("student");
    private static final Dimension POSITION = Dimension.of("position");

    @Test
    void studentsDividedByARatioArePositions() {
        Dimension ratio = STUDENT.over(POSITION);
        assertEquals(POSITION, STUDENT.over(ratio));
    }

    @Test
    void aRatioTimesPositionsIsStudents() {
        assertEquals(STUDENT, STUDENT.over(POSITION).times(POSITION));
    }

    @Test
    void sameUnitDividedCancelsToAPlainNumber() {
        assertTrue(STUDENT.over(STUDENT).isNone());
    }

    @Test
    void differentUnitsDiffer() {
        assertNotEquals(Dimension.of("dollar"), Dimension.of("calendar day"));
    }

    @Test
    void describesItselfInWords() {
        assertEquals("students per position", STUDENT.over(POSITION).describe());
        assertEquals("dollars per school day", Dimension.of("dollar").over(Dimension.of("school day")).describe());
        assertEquals("a plain number", Dimension.NONE.describe());
    }
}
