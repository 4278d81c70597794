package org.cba.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The fuzzer's rules catch what they are meant to catch, and pass what cba really prints. */
class JudgeTest {
    private static final Mutant SPEC = new Mutant(2, "existing/schema.cba", "FLIP_BIT", null, false);
    private static final Mutant NEUTRAL = new Mutant(3, "csv schools.csv", "SHUFFLE_ROWS", null, true);

    @Test
    void aLocatedSpecErrorPasses() {
        String out = "c/a.cba:3:7: error[E010]: \"x\" is not defined\n   3 | term t = x\n     |       ^\na.cba: 1 error (1 file)\n";
        assertEquals(Verdict.EXIT_1, Fuzzer.judgeSpec(SPEC, 1, out, true).verdict());
    }

    @Test
    void anErrorWithoutItsPlaceIsUnlocated() {
        assertEquals(Verdict.UNLOCATED, Fuzzer.judgeSpec(SPEC, 1, "cba check: error[E010]: \"x\" is not defined\n", true).verdict());
        assertEquals(Verdict.UNLOCATED, Fuzzer.judgeSpec(SPEC, 1,
                "cba: the input nests too deeply to be read (brackets or operators thousands of levels deep)\n", true).verdict());
    }

    @Test
    void anInternalErrorOrAStackTraceIsACrash() {
        assertEquals(Verdict.CRASH, Fuzzer.judgeSpec(SPEC, 70, "cba: internal error (this is a bug in cba, ...): x\n", true).verdict());
        assertEquals(Verdict.CRASH, Fuzzer.judgeSpec(SPEC, 1, "java.lang.NullPointerException\n\tat org.cba.eval.Interpreter.step(Interpreter.java:12)\n",
                true).verdict());
    }

    @Test
    void anExitCodeOutsideZeroToFiveIsWrong() {
        assertEquals(Verdict.WRONG_EXIT, Fuzzer.judgeSpec(SPEC, 6, "", true).verdict());
    }

    @Test
    void aDataProblemMustNameItsFileOrTable() {
        String located = "cba: the data has 2 problems:\n  schools.csv, row 2, column enrollment: \"x\" — expected a number of students\n"
                + "  3 more problems not listed\n";
        assertNull(Judge.unlocatedDataProblem(located, Set.of("schools")));
        String unplaced = "cba: the data has 1 problem:\n  : expected a number of students\n";
        assertNotNull(Judge.unlocatedDataProblem(unplaced, Set.of("schools")));
    }

    @Test
    void aHarmlessEditThatChangesTheFindingCountIsCaught() {
        // the unchanged demo has 1747 findings; a shuffle that gives 1746 lost one
        DataCorpus.Run run = new DataCorpus.Run(0, 1746, "", "");
        assertEquals(Verdict.CHANGED_FINDINGS, Fuzzer.judgeData(NEUTRAL, run, Set.of("schools"), 1747).verdict());
        assertEquals(Verdict.EXIT_0, Fuzzer.judgeData(NEUTRAL, new DataCorpus.Run(0, 1747, "", ""), Set.of("schools"), 1747).verdict());
    }

    @Test
    void aProblemPrintedTwiceIsRepeated() {
        String twice = "cba: the data has 2 problems:\n  d.json: not valid JSON at line 1, column 14\n  d.json: not valid JSON at line 1, column 14\n";
        assertEquals(Verdict.REPEATED, Fuzzer.judgeData(NEUTRAL, new DataCorpus.Run(3, -1, "", twice), Set.of("d.json"), 1747).verdict());
    }

    @Test
    void seedsSayTheirKind() {
        for (long i = 0; i < 100; i++) {
            assertEquals(true, Mutant.isSpec(Mutant.seed(1, i, true)));
            assertEquals(false, Mutant.isSpec(Mutant.seed(1, i, false)));
        }
    }
}
