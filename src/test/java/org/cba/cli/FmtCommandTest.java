package org.cba.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.cba.format.Formatter;
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

    @Test
    void formattingTwiceChangesNothing() throws IOException {
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("contracts")), Files.walk(Path.of("src/test/resources/golden")))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".cba")).toList()) {
                var read = org.cba.source.SourceReader.read(f, f.toString());
                if (read.problem().isPresent()) {
                    continue; // the golden case of a file that is not UTF-8
                }
                String once = Formatter.format(read.file().text());
                assertEquals(once, Formatter.format(once), "formatting " + f + " twice");
            }
        }
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
