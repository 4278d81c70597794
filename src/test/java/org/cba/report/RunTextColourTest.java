package org.cba.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Colour is off unless asked for, and only the labels that call for action are coloured. */
class RunTextColourTest {
    @Test
    void labelsNeedingActionAreRedOnlyWhenAsked() {
        RunText plain = new RunText(null, false, false);
        RunText colour = new RunText(null, false, false, true);
        // "VIOLATION" is 9 characters: padded to the 10-character column with one space.
        assertEquals("VIOLATION ", plain.coloured("VIOLATION"));
        assertEquals("\u001b[1;31mVIOLATION\u001b[0m ", colour.coloured("VIOLATION"));
        assertEquals("\u001b[1;31mSHORT\u001b[0m     ", colour.coloured("SHORT"));
        assertEquals("\u001b[1;31mOWED\u001b[0m      ", colour.coloured("OWED"));
        assertEquals("MET       ", colour.coloured("MET"));
    }
}
