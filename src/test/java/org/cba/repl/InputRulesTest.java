package org.cba.repl;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** When the lines typed so far make one input (shared by the terminal and scripts). */
class InputRulesTest {
    @Test
    void completeInputsRunAtOnce() {
        assertFalse(InputRules.needsMore("1 + 2"));
        assertFalse(InputRules.needsMore("counselors_required(876 students)"));
        assertFalse(InputRules.needsMore("term r: students per position cites \"XVIII 6.0\" = 300 students per position"));
        assertFalse(InputRules.needsMore(":load contracts/lausd-utla/utla-2025-06-17"));
        assertFalse(InputRules.needsMore(":type (1 +"));
        assertFalse(InputRules.needsMore(""));
        assertFalse(InputRules.needsMore("// a note"));
    }

    @Test
    void anInputWhoseFirstErrorIsItsEndAsksForMore() {
        assertTrue(InputRules.needsMore("(1 +"));
        assertTrue(InputRules.needsMore("counselors_required("));
        assertTrue(InputRules.needsMore("1 +"));
        assertTrue(InputRules.needsMore("term counselor_ratio: students per position"));
        assertTrue(InputRules.needsMore("enum Level { Elementary,"));
        assertTrue(InputRules.needsMore("term q: text cites \"X 1\": \"\"\"the first line"));
        assertTrue(InputRules.needsMore("if as_of > 2026-07-01 then 1"));
    }

    @Test
    void anErrorBeforeTheEndIsShownRightAway() {
        assertFalse(InputRules.needsMore("1 + )"));
        assertFalse(InputRules.needsMore("counselors_required 876 students"));
        assertFalse(InputRules.needsMore("3 @ 4"));
        assertFalse(InputRules.needsMore("\"not closed"));
    }

    @Test
    void aDeclarationOverSeveralLinesEndsWithAnEmptyLine() {
        String term = "term r: students per position\n  = 300 students per position";
        assertTrue(InputRules.needsMore(term));
        assertTrue(InputRules.needsMore(term + "\n  example r = 300 students per position"));
        assertFalse(InputRules.needsMore(term + "\n"));
        assertFalse(InputRules.needsMore("(1 +\n 2)"));
        assertFalse(InputRules.needsMore("(1 +\n"));
    }
}
