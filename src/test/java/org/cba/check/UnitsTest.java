package org.cba.check;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which units count whole things, listed once for the table checker and the data reader alike. */
class UnitsTest {
    @Test
    void studentsClassesSchoolsAndAdultsAreWhole() {
        Units units = new Units();
        for (String unit : new String[] {"student", "class", "school", "adult"}) {
            assertTrue(units.isWhole(unit), unit);
        }
        // half a position is a part-time post; minutes and dollars have parts too
        for (String unit : new String[] {"position", "minute", Units.DOLLAR, Units.SCHOOL_DAY, "students"}) {
            assertFalse(units.isWhole(unit), unit);
        }
    }

    @Test
    void aDeclaredUnitIsWholeOnlyWhenCounted() {
        Units units = new Units();
        assertTrue(units.declare("teacher", "teachers", true));
        assertTrue(units.declare("pupil hour", "pupil hours", false));
        assertTrue(units.isWhole("teacher"));
        assertTrue(units.isCounted("teacher"));
        // 2.4 pupil hours is a value XXIII 10.0 d speaks of: no whole steps, so tables keep their gaps
        assertFalse(units.isWhole("pupil hour"));
        assertFalse(units.isCounted("pupil hour"));
        assertTrue(units.isWhole(Dimension.of("teacher")));
        assertFalse(units.isWhole(Dimension.of("teacher").over(Dimension.of("school"))));
    }

    @Test
    void countedUnitsAreTheWholeOnesAndDays() {
        Units units = new Units();
        assertTrue(units.isCounted("student"));
        assertTrue(units.isCounted(Units.WORKING_DAY));
        assertFalse(units.isCounted("position"));
        assertFalse(units.isCounted("minute"));
        assertFalse(new Units().isCounted("meeting"));
    }
}
