package org.cba.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cba.golden.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FmtCommandTest {
    @TempDir
    Path tmp;

    /** CI's check: the repository's specs are laid out the canonical way. */
    @Test
    void theRepositorysSpecsAreFormatted() {
        Cli.Result r = Cli.run("fmt", "--check", "contracts", "examples");
        assertEquals(0, r.exit(), r.transcript());
    }

    /** The old formatter aligned the quoted lines as if they were a table and took out the blank line. */
    @Test
    void quotesAndCommentsAreLeftByteForByte() throws IOException {
        Path f = tmp.resolve("q.cba");
        String text = "term x: students\n  cites \"XVIII 2.0\": \"\"\"the sizes:\n    | a |   b |\n\n\n    | 100 | 2 |\"\"\"\n"
                + "  = 5 students  /*   odd\n\t| c |   d |  */\n";
        Files.writeString(f, text);
        Cli.Result check = Cli.run("fmt", "--check", f.toString());
        assertEquals(0, check.exit(), check.transcript());
        assertEquals("1 file, 0 would change\n", check.out());
        assertEquals(0, Cli.run("fmt", f.toString()).exit());
        assertEquals(text, Files.readString(f));
    }

    @Test
    void tablesAreAlignedAndCommentsKept() throws IOException {
        Path f = tmp.resolve("t.cba");
        Files.writeString(f, "// sizes\t\ntable t(a: number) -> (b: students) cites \"XVIII 2.0\"\n  | 1 | 22 |   // small\n"
                + "  | 100 | 5 |\n\n\n\nterm x: students cites \"XVIII 2.5\" = 55 students\n");
        Cli.Result check = Cli.run("fmt", "--check", f.toString());
        assertEquals(1, check.exit(), check.transcript());
        assertTrue(check.out().contains("would change: " + f), check.out());
        assertEquals(0, Cli.run("fmt", f.toString()).exit());
        assertEquals("// sizes\ntable t(a: number) -> (b: students) cites \"XVIII 2.0\"\n  | 1   | 22 | // small\n"
                + "  | 100 | 5  |\n\nterm x: students cites \"XVIII 2.5\" = 55 students\n", Files.readString(f));
    }
}
