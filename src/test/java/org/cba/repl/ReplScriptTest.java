package org.cba.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.cba.golden.Cli;
import org.junit.jupiter.api.Test;

/** cba repl with piped input (the command line, as a script runs it): output and exit codes. */
class ReplScriptTest {
    /** The check: printf ':load ...\n1 + 2\n:terms\n:quit\n' | ./cba repl */
    @Test
    void loadsEvaluatesAndListsTheTermsWithCitations() {
        Cli.Result r = piped(":load contracts/lausd-utla/utla-2025-06-17\n1 + 2\n:terms\n:quit\n", "repl");
        assertEquals(0, r.exit(), r.transcript());
        assertTrue(r.out().startsWith("loaded LAUSD-UTLA — UTLA proposal 2025-06-17: ") && r.out().contains(" rules\n3\nTerms\n"),
                r.out());
        assertTrue(r.out().matches("(?s).*\n  counselor_ratio: students per position +\\[XVIII 6\\.0\\]\n.*"), r.out());
        assertTrue(r.out().matches("(?s).*\n  class_over_maximum +\\[XVIII 2\\.0\\]\n.*"), r.out());
        assertEquals("", r.err());
    }

    @Test
    void aFailedInputMakesTheScriptExitWithOneButTheRestStillRuns() {
        Cli.Result r = piped("1 +\n\n2 + 2\n", "repl");
        assertEquals(1, r.exit());
        assertTrue(r.out().contains("<input>:1:4: error[E001]: the end of the input is not expected here\n"), r.out());
        assertTrue(r.out().endsWith("4\n"), r.out());
    }

    @Test
    void theContractDataAndDateCanBeGivenOnTheCommandLine() {
        Cli.Result r = piped("counselors_required(876 students)\n:findings counselor_allocation --school 6242\n",
                "repl", "contracts/lausd-utla/utla-2025-06-17", "--data", "examples/district-demo", "--as-of", "2026-09-15");
        assertEquals(0, r.exit(), r.transcript());
        assertTrue(r.out().startsWith("3 positions\nLAUSD-UTLA — UTLA proposal 2025-06-17\nas of 2026-09-15 (Tue)"), r.out());
    }

    @Test
    void aMissingContractIsAUsageError() {
        Cli.Result r = piped("1\n", "repl", "no/such/contract");
        assertEquals(2, r.exit());
        assertEquals("cba repl: error[U001]: no such file or folder: no/such/contract\n", r.err());
    }

    @Test
    void badDataOnTheCommandLineIsReportedAndFails() {
        Cli.Result r = piped("1 + 1\n", "repl", "contracts/lausd-utla/utla-2025-06-17", "--data", "no/such/data");
        assertEquals(1, r.exit());
        assertEquals("the data has 1 problem:\n  no/such/data: error[D001]: no such file or folder\n2\n", r.out());
    }

    /** Runs cba in-process with the text as its standard input. */
    static Cli.Result piped(String input, String... args) {
        InputStream saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
            return Cli.run(args);
        } finally {
            System.setIn(saved);
        }
    }
}
