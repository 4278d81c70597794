package org.cba.check;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which units count whole things, listed once for the table checker and the data reader alike. */
class UnitsTest {
    @Test
    void studentsClassesSchoolsAndAdultsAreWhole() {
        for (String unit : new String[] {"student", "class", "school", "adult"}) {
            assertTrue(Units.isWhole(unit), unit);
        }
        // half a position is a part-time post; minutes and dollars have parts too
        for (String unit : new String[] {"position", "minute", Units.DOLLAR, Units.SCHOOL_DAY, "students"}) {
            assertFalse(Units.isWhole(unit), unit);
        }
    }

    @Test
    void countedUnitsAreTheWholeOnesTheDeclaredOnesAndDays() {
        Units units = new Units();
        assertTrue(units.declare("meeting", "meetings"));
        assertTrue(units.isCounted("student"));
        assertTrue(units.isCounted("meeting"));
        assertTrue(units.isCounted(Units.WORKING_DAY));
        assertFalse(units.isCounted("position"));
        assertFalse(units.isCounted("minute"));
        assertFalse(new Units().isCounted("meeting"));
    }
}
