package org.cba.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every term of contracts/lausd-utla/COVERAGE.md is either cited by a spec of the agreement
 * (its article and section, in either version's numbering) or listed in GAPS.md with the reason.
 * The citations are read from the specs here, so the status column cannot claim what is not so.
 */
class CoverageTest {
    private static final Path FAMILY = Path.of("contracts/lausd-utla");
    private static final Pattern ROW = Pattern.compile("^\\| `([a-z0-9-]+)` \\| ([^|]+) \\|");
    private static final Pattern CITE = Pattern.compile("cites \"([A-Za-z-]+) (\\d+\\.\\d+)");
    private static final Pattern SECTION = Pattern.compile("\\d+\\.\\d+");

    @Test
    void everyCatalogTermIsEncodedOrAGap() throws IOException {
        Set<String> cited = new HashSet<>();
        try (Stream<Path> files = Files.walk(FAMILY)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".cba")).toList()) {
                Matcher m = CITE.matcher(Files.readString(f));
                while (m.find()) {
                    cited.add(m.group(1) + " " + m.group(2));
                }
            }
        }
        String gaps = Files.readString(FAMILY.resolve("GAPS.md"));
        List<String> neither = new ArrayList<>();
        int rows = 0;
        for (String line : Files.readAllLines(FAMILY.resolve("COVERAGE.md"))) {
            Matcher m = ROW.matcher(line);
            if (!m.find()) {
                continue;
            }
            rows++;
            String id = m.group(1);
            String section = m.group(2).strip();
            Matcher n = SECTION.matcher(section);
            String key = n.find() ? section.split("\\s+")[0] + " " + n.group() : section;
            if (!cited.contains(key) && !gaps.contains("`" + id + "`")) {
                neither.add(id + " (" + section + ")");
            }
        }
        assertEquals(true, rows > 300, "COVERAGE.md lists " + rows + " terms");
        assertEquals(List.of(), neither, "terms neither cited by a spec nor listed in GAPS.md");
    }
}
