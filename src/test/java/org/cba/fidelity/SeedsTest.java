package org.cba.fidelity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cba.golden.Cli;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The three LAUSD-UTLA contracts against the texts they encode, from the shared seeds folder beside
 * the repository (../shared/seeds; ../../shared/seeds from a worktree). The product never reads
 * it, so without it these tests are skipped, and say why.
 */
class SeedsTest {
    private static final String REDLINE = "004_3f7de5bf692a711a.txt";
    private static final String MOU = "000_ca9f5f10b650e57b.txt";

    private record Version(String contract, String source, String side) {
    }

    private static final List<Version> VERSIONS = List.of(
            new Version("contracts/lausd-utla/existing", REDLINE, "existing"),
            new Version("contracts/lausd-utla/utla-2025-06-17", REDLINE, null),
            new Version("contracts/lausd-utla/technology-mou", MOU, null));

    static Path seeds() {
        for (String candidate : List.of("../shared/seeds", "../../shared/seeds")) {
            Path p = Path.of(candidate);
            if (Files.isRegularFile(p.resolve(REDLINE)) && Files.isRegularFile(p.resolve(MOU))) {
                return p;
            }
        }
        return null;
    }

    private static String[] args(String command, Version v, Path seeds, String... more) {
        List<String> a = new java.util.ArrayList<>(List.of(command, v.contract(), "--source", seeds.resolve(v.source()).toString()));
        if (v.side() != null) {
            a.addAll(List.of("--side", v.side()));
        }
        a.addAll(List.of(more));
        return a.toArray(String[]::new);
    }

    @TestFactory
    List<DynamicTest> everyQuoteStandsInItsText() {
        return VERSIONS.stream().map(v -> DynamicTest.dynamicTest("cba quotes " + v.contract(), () -> {
            Path seeds = seeds();
            Assumptions.assumeTrue(seeds != null, "../shared/seeds is not beside the repository: the contracts' source texts are not here");
            Cli.Result r = Cli.run(args("quotes", v, seeds));
            assertEquals(0, r.exit(), r.transcript());
            assertTrue(r.out().matches("quotes: (\\d+) checked, \\1 found.*, 0 not found in .*\\n"), r.out());
        })).toList();
    }

    @TestFactory
    List<DynamicTest> coverageCountsAddUp() {
        return VERSIONS.stream().map(v -> DynamicTest.dynamicTest("cba coverage " + v.contract(), () -> {
            Path seeds = seeds();
            Assumptions.assumeTrue(seeds != null, "../shared/seeds is not beside the repository: the contracts' source texts are not here");
            Cli.Result r = Cli.run(args("coverage", v, seeds, "--format", "json"));
            assertEquals(0, r.exit(), r.transcript());
            JsonNode root = readTree(r.out());
            JsonNode summary = root.get("summary");
            int numbers = summary.get("numbers").asInt();
            assertEquals(root.get("numbers").size(), numbers);
            assertEquals(numbers, summary.get("encoded").asInt() + summary.get("notEncoded").asInt());
            assertEquals(summary.get("encoded").asInt(), summary.get("byValue").asInt() + summary.get("byQuoteOnly").asInt());
            assertTrue(summary.get("byValue").asInt() > 0, r.out());
        })).toList();
    }

    /** Figures that the agreement states and the specs encode, looked up in the coverage of each side. */
    @TestFactory
    List<DynamicTest> knownNumbersAreEncodedByTheirTerms() {
        return List.of(
                // XVIII 6.0 (5.0 as it stands): 350:1 in the proposal, encoded by counselor_ratio
                known(VERSIONS.get(1), "XVIII 6.0", "350:1", "counselor_ratio"),
                // XVIII 5.0 as it stands: the struck 40% is the existing share, counselor_extra_share
                known(VERSIONS.get(0), "XVIII 5.0", "40%", "counselor_extra_share"),
                // the MOU runs through June 30, 2028
                known(VERSIONS.get(2), "MOU-TECH 6.0", "June 30, 2028", "tech_mou_expires"));
    }

    private static DynamicTest known(Version v, String section, String text, String declaration) {
        return DynamicTest.dynamicTest(section + " " + text, () -> {
            Path seeds = seeds();
            Assumptions.assumeTrue(seeds != null, "../shared/seeds is not beside the repository: the contracts' source texts are not here");
            JsonNode root = readTree(Cli.run(args("coverage", v, seeds, "--format", "json")).out());
            boolean found = false;
            for (JsonNode n : root.get("numbers")) {
                if (n.get("section").asText().equals(section) && n.get("text").asText().equals(text)) {
                    found = true;
                    assertTrue(n.get("by").toString().contains("\"name\":\"" + declaration + "\""), n.toString());
                    assertEquals("value", n.get("encoded").asText(), n.toString());
                }
            }
            assertTrue(found, section + " " + text + " is not among the numbers");
        });
    }

    private static JsonNode readTree(String json) throws IOException {
        return new ObjectMapper().readTree(json);
    }
}
