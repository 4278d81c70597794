package org.cba.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.cba.golden.Cli;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A copy of the real contract with one mistake put on a known line: cba check must exit 1 and
 * name that file and line, with the line shown and a caret under it.
 */
class ContractMutationTest {
    private static final Path AGREEMENT = Path.of("contracts/lausd-utla");
    private static final String FILE = "utla-2025-06-17/article-18-class-size.cba";

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unit error       | term broken: dollars cites \"XVIII 4.0\" = $100 + 3 calendar days | E020",
        "undefined name   | term broken: positions cites \"XVIII 6.0\" = 700 students / counselor_raito | E010",
        "garbage          | @@ this is not a spec ;; | E002",
        "syntax error     | term broken: students cites \"XVIII 2.5\" = (55 students | E001",
    })
    void aMistakeOnLineNIsReportedOnLineN(String what, String inserted, String code) throws IOException {
        Path copy = copyContract();
        Path file = copy.resolve(FILE);
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        int lineN = lines.indexOf("// ---- 6.0 Counseling services ----") + 1;
        lines.add(lineN - 1, inserted);
        Files.write(file, lines);
        Cli.Result r = Cli.run("check", copy.resolve("utla-2025-06-17").toString());
        assertEquals(1, r.exit(), r.transcript());
        String header = file + ":" + lineN + ":";
        assertTrue(r.out().contains(header), "expected a diagnostic at " + header + "\n" + r.transcript());
        assertTrue(r.out().contains("[" + code + "]"), r.transcript());
        assertTrue(r.out().contains(" " + lineN + " | " + inserted.strip()), r.transcript());
        assertTrue(r.out().contains("^"), r.transcript());
    }

    @org.junit.jupiter.api.Test
    void anOverlappingTableRowIsReportedOnItsLine() throws IOException {
        Path copy = copyContract();
        Path file = copy.resolve(FILE);
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        int at = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().startsWith("| {Middle, High, Span} | 6")) {
                at = i;
            }
        }
        lines.add(at + 1, "  | Middle | 6..7 | G7to8 |");
        Files.write(file, lines);
        Cli.Result r = Cli.run("check", copy.resolve("utla-2025-06-17").toString());
        assertEquals(1, r.exit(), r.transcript());
        assertTrue(r.out().contains(file + ":" + (at + 2) + ":3: error[E030]"), r.transcript());
    }

    /** Both versions: the proposal amends ../existing. */
    private Path copyContract() throws IOException {
        Path copy = tmp.resolve("lausd-utla");
        try (Stream<Path> files = Files.walk(AGREEMENT)) {
            for (Path f : files.toList()) {
                Path target = copy.resolve(AGREEMENT.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
        return copy;
    }
}
