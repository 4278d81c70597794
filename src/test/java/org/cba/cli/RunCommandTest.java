package org.cba.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.cba.golden.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** cba run when a table is left out of the data: an error unless allowed, and then said once, at the top. */
class RunCommandTest {
    private static final String CONTRACT = "contracts/lausd-utla/utla-2025-06-17";

    /** The small middle school of the golden tests without its daily counts. */
    private static Path withoutDailyCounts(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/golden/cli/small-middle-school"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".csv")).toList()) {
                if (!f.getFileName().toString().equals("section_days.csv")) {
                    Files.copy(f, dir.resolve(f.getFileName()));
                }
            }
        }
        return dir;
    }

    @Test
    void aMissingTableIsADataErrorNamingTheFileLookedFor(@TempDir Path dir) throws IOException {
        Cli.Result r = Cli.run("run", CONTRACT, "--data", withoutDailyCounts(dir).toString(), "--as-of", "2025-10-15");
        assertEquals(3, r.exit(), r.err());
        assertTrue(r.err().contains("error[D002]") && r.err().contains("section_days.csv"), r.err());
        assertEquals("", r.out());
    }

    /**
     * Allowed, the run goes on, and its report says first which rules could not be fully evaluated:
     * the per-day class-size pay (XVIII 4.0) reads the daily counts, so its $300 (2 days for X1 and
     * 1 for X2 at $100, see small-middle-school/run.t) is not in this report.
     */
    @Test
    void anAllowedMissingTableIsSaidOnceAtTheTop(@TempDir Path dir) throws IOException {
        Cli.Result r = Cli.run("run", CONTRACT, "--data", withoutDailyCounts(dir).toString(), "--as-of", "2025-10-15",
                "--allow-missing", "section_days");
        assertEquals(0, r.exit(), r.err());
        String[] lines = r.out().split("\n");
        assertEquals("not in the data (allowed): section_days", lines[2]);
        assertEquals("  so these rules are not fully evaluated:", lines[3]);
        assertTrue(r.out().contains("    class_size_penalty_owed (reads section_days)\n"), r.out());
        assertFalse(r.out().contains("class_size_penalty_owed,") || r.out().contains("over its maximum of 28 students after norm day"),
                r.out());
        assertEquals(1, r.out().split("not in the data", -1).length - 1, "said once");
    }
}
