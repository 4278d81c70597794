package org.cba.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.cba.run.Fingerprint;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * cba report and cba verify on a copy of the UTLA agreement (the proposal and the version it amends)
 * and of the small district's data: a report holds until a data file or a spec file changes, and
 * verify names what changed.
 */
class ReportCommandTest {
    @TempDir
    Path tmp;
    private Path contract;
    private Path data;
    private Path out;

    @BeforeEach
    void copyAndReport() throws IOException {
        for (String version : new String[] {"existing", "utla-2025-06-17"}) {
            copy(Path.of("contracts/lausd-utla", version), tmp.resolve("agreement").resolve(version));
        }
        contract = tmp.resolve("agreement/utla-2025-06-17");
        data = tmp.resolve("data");
        copy(Path.of("src/test/resources/golden/cli/small-middle-school"), data);
        out = tmp.resolve("report");
        Result made = cba("report", contract.toString(), "--data", data.toString(), "--as-of", "2025-10-15", "--out", out.toString());
        assertEquals(0, made.exit, made.err);
        assertEquals("wrote " + out.resolve("index.html") + ": 2 site pages, 13 finding pages\n", made.out);
    }

    @Test
    void aFreshReportHolds() throws IOException {
        Result r = cba("verify", out.toString());
        assertEquals(0, r.exit, r.out + r.err);
        assertTrue(r.out.startsWith("the report in " + out + " still holds\n"), r.out);
        assertTrue(r.out.contains("66 data files unchanged; the same 13 findings"), r.out);
        // outside a git repository the contract has no revision
        assertTrue(Files.readString(out.resolve(Fingerprint.FILE)).contains("\"revision\" : null"));
    }

    @Test
    void aChangedDataFileIsNamedWithTheFindingsItChanges() throws IOException {
        // X1 had 30 students on 2025-09-24 (row 6), over its maximum of 28; with 28 that day is no longer owed:
        // the payment to Ana Ruiz goes from 2 days ($200) to 1 day ($100).
        Path days = data.resolve("section_days.csv");
        String before = Files.readString(days);
        String after = before.replace("X1,2025-09-24,30", "X1,2025-09-24,28");
        assertFalse(before.equals(after), "the test's edit must change the file");
        Files.writeString(days, after);
        Result r = cba("verify", out.toString());
        assertEquals(1, r.exit);
        assertTrue(r.out.contains("  data file changed: section_days.csv\n"), r.out);
        assertTrue(r.out.contains("different findings:"), r.out);
        assertTrue(r.out.contains("($200.00 to Staff T1 (Ana Ruiz))"), r.out);
        assertTrue(r.out.contains("($100.00 to Staff T1 (Ana Ruiz))"), r.out);
        assertFalse(r.out.contains("spec file"), r.out);
    }

    @Test
    void aChangedSpecFileIsNamedEvenWhenTheFindingsAreTheSame() throws IOException {
        Path spec = contract.resolve("article-18-class-size.cba");
        Files.writeString(spec, Files.readString(spec) + "\n// a comment changes no finding\n");
        Result r = cba("verify", out.toString());
        assertEquals(1, r.exit);
        assertEquals("the report in " + out + " no longer holds:\n  spec file changed: utla-2025-06-17/article-18-class-size.cba\n", r.out);
    }

    @Test
    void aFolderWithoutAFingerprintIsAUsageError() {
        Result r = cba("verify", tmp.toString());
        assertEquals(2, r.exit);
        assertTrue(r.err.contains("cannot read " + tmp.resolve("fingerprint.json")), r.err);
    }

    private record Result(int exit, String out, String err) {
    }

    private static Result cba(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int exit = Main.run(args, new PrintWriter(o), new PrintWriter(e));
        return new Result(exit, o.toString(), e.toString());
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
    }
}
