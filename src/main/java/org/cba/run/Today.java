package org.cba.run;

import java.time.LocalDate;

/**
 * The date commands take as today. The system property cba.today (year-month-day) stands in for
 * the clock, so that the test suite, and anyone reproducing a run, get the same answer any day.
 */
public final class Today {
    public static final String PROPERTY = "cba.today";

    private Today() {
    }

    public static LocalDate get() {
        String fixed = System.getProperty(PROPERTY);
        return fixed == null || fixed.isBlank() ? LocalDate.now() : LocalDate.parse(fixed.strip());
    }
}
