package org.cba.gen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.cba.golden.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** cba gen-data: deterministic, valid against the contract, and growing with the number of schools. */
class DistrictGeneratorTest {
    static final String CONTRACT = "contracts/lausd-utla/utla-2025-06-17";
    static final Path PROFILE = Path.of("examples/generator/lausd-profile.json");

    @TempDir
    Path tmp;

    private Cli.Result gen(int schools, long seed, Path out, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("gen-data", "--schools", String.valueOf(schools),
                "--seed", String.valueOf(seed), "--out", out.toString()));
        args.addAll(Arrays.asList(more));
        return Cli.run(args.toArray(String[]::new));
    }

    @Test
    void theSameSeedGivesTheSameFiles() throws IOException {
        assertEquals(0, gen(6, 42, tmp.resolve("a")).exit());
        assertEquals(0, gen(6, 42, tmp.resolve("b")).exit());
        assertEquals(0, gen(6, 43, tmp.resolve("c")).exit());
        List<String> names = files(tmp.resolve("a"));
        assertTrue(names.containsAll(List.of("calendar.csv", "calendars.csv", "campuses.csv", "schools.csv", "section_days.csv",
                "sections.csv", "staff.csv")), "the core tables: " + names);
        assertTrue(names.contains("meetings.csv") && names.size() > 60, "and the profile's other tables: " + names);
        assertEquals(names, files(tmp.resolve("b")));
        boolean anyDiffers = false;
        for (String n : names) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve("a").resolve(n)), Files.readAllBytes(tmp.resolve("b").resolve(n)), n);
            anyDiffers |= !Arrays.equals(Files.readAllBytes(tmp.resolve("a").resolve(n)), Files.readAllBytes(tmp.resolve("c").resolve(n)));
        }
        assertTrue(anyDiffers, "another seed gives another district");
    }

    @Test
    void theDistrictEvaluatesWithoutProblems() {
        Path out = tmp.resolve("d");
        Cli.Result g = gen(12, 7, out);
        assertEquals(0, g.exit(), g.transcript());
        assertTrue(g.out().startsWith("wrote " + out + ": 12 schools"), g.out());
        Cli.Result r = Cli.run("run", CONTRACT, "--data", out.toString(), "--as-of", "2025-10-15", "--format", "csv");
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.err());
        assertTrue(r.out().contains(",class_over_maximum,"), "some classes are over their maximum");
        assertTrue(r.out().contains(",counselor_allocation,"), "campuses with secondary students have counselor requirements");
    }

    @Test
    void sqliteHoldsTheSameDistrict() {
        Path file = tmp.resolve("district.sqlite");
        assertEquals(0, gen(3, 5, file, "--format", "sqlite").exit());
        assertEquals(0, gen(3, 5, tmp.resolve("csv")).exit());
        Cli.Result fromSqlite = Cli.run("run", CONTRACT, "--data", file.toString(), "--as-of", "2025-10-15", "--format", "csv");
        Cli.Result fromCsv = Cli.run("run", CONTRACT, "--data", tmp.resolve("csv").toString(), "--as-of", "2025-10-15", "--format", "csv");
        assertEquals(0, fromSqlite.exit(), fromSqlite.err());
        assertEquals(fromCsv.out(), fromSqlite.out());
    }

    @Test
    void growsWithTheNumberOfSchools() throws IOException {
        DistrictGenerator one = DistrictGenerator.generate(PROFILE, 1, 3);
        DistrictGenerator small = DistrictGenerator.generate(PROFILE, 5, 3);
        DistrictGenerator big = DistrictGenerator.generate(PROFILE, 50, 3);
        assertEquals(1, one.summary().units());
        assertEquals(50, big.summary().units());
        assertEquals(50, big.tables().get("schools").rows().size());
        double ratio = (double) big.summary().groups() / small.summary().groups();
        assertTrue(ratio > 5 && ratio < 20, "50 schools have about 10 times the sections of 5: " + ratio);
        double over = (double) big.summary().overLimit() / big.summary().limitedGroups();
        assertTrue(over > 0.01 && over < 0.08, "a few percent of classes are over their limit: " + over);
    }

    @Test
    void theCalendarNamesTheProfilesSemesters() throws IOException {
        org.cba.data.RawTable calendar = DistrictGenerator.generate(PROFILE, 1, 3).tables().get("calendar");
        assertEquals(List.of("date", "kind", "semester"), calendar.columns());
        java.util.Map<String, Long> perSemester = new java.util.TreeMap<>();
        java.util.Map<String, String> byDate = new java.util.HashMap<>();
        for (org.cba.data.RawRow r : calendar.rows()) {
            perSemester.merge(r.get(2), 1L, Long::sum);
            byDate.put(r.get(0), r.get(2));
        }
        // the weekdays from Thursday 2025-08-14 to Friday 2025-12-19: 2 + 18 weeks of 5 = 92; from Tuesday 2026-01-13
        // to Wednesday 2026-06-10: 4 + 20 weeks of 5 + 3 = 107; the other 62 of the 261 weekdays of the year in none
        assertEquals(java.util.Map.of("", 62L, "fall 2025", 92L, "spring 2026", 107L), perSemester);
        assertEquals("fall 2025", byDate.get("2025-12-19"));
        assertEquals("", byDate.get("2025-12-22"));
        assertEquals("spring 2026", byDate.get("2026-01-13"));
        assertEquals("", byDate.get("2026-06-11"));
    }

    @Test
    void aMissingProfileIsAUsageError() {
        Cli.Result r = gen(2, 1, tmp.resolve("x"), "--profile", tmp.resolve("none.json").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("no profile file"), r.err());
        assertFalse(Files.exists(tmp.resolve("x")));
    }

    private static List<String> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
