package org.cba.gen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.cba.check.Checked;
import org.cba.check.Checker;
import org.cba.check.ContractLoader;
import org.cba.golden.Cli;
import org.cba.syntax.ast.Decl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The profile's table recipes (examples/generator/lausd-extra-tables.json): a generated district
 * has every table the contract reads, evaluates cleanly, gives most rules something to find at
 * plausible rates, and leaves the core tables as they were; a bad recipe is a one-line error.
 */
class ExtraTablesTest {
    static final String CONTRACT = DistrictGeneratorTest.CONTRACT;
    static final Path PROFILE = DistrictGeneratorTest.PROFILE;
    static final int SCHOOLS = 100;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @TempDir
    static Path shared;

    /** One district of 100 schools, and its run's findings per rule, shared by the tests. */
    private record District(Path folder, Map<String, Integer> perRule) {
    }

    private static District district;

    static synchronized District district() throws IOException {
        if (district == null) {
            Path folder = shared.resolve("district");
            Cli.Result g = Cli.run("gen-data", "--schools", String.valueOf(SCHOOLS), "--seed", "3", "--out", folder.toString());
            assertEquals(0, g.exit(), g.transcript());
            // CSV rather than JSON: a fortieth of the text, for the same findings
            Cli.Result r = Cli.run("run", CONTRACT, "--data", folder.toString(), "--as-of", "2025-10-15", "--format", "csv");
            assertEquals(0, r.exit(), r.err());
            assertEquals("", r.err(), "no data errors and no evaluation problems");
            district = new District(folder, findingsPerRule(r.out()));
        }
        return district;
    }

    private static Checked contract() throws IOException {
        List<Path> entries = ContractLoader.entriesFor(Path.of(CONTRACT));
        Checked checked = Checker.check(ContractLoader.load(entries.get(0)));
        assertTrue(checked.ok());
        return checked;
    }

    @Test
    void everyTableTheContractReadsHasRows() throws IOException {
        District d = district();
        Set<String> tables = new TreeSet<>();
        for (Decl decl : contract().symbols().all()) {
            if (decl instanceof Decl.EntityDecl e) {
                tables.add(e.source());
            }
        }
        assertTrue(tables.size() >= 60, "tables the contract reads: " + tables);
        List<String> empty = new ArrayList<>();
        for (String t : tables) {
            Path f = d.folder().resolve(t + ".csv");
            if (!Files.exists(f) || Files.readAllLines(f).size() < 2) {
                empty.add(t);
            }
        }
        assertEquals(List.of(), empty, "tables with no rows in a district of " + SCHOOLS + " schools");
    }

    @Test
    void mostRulesFindSomething() throws IOException {
        Map<String, Integer> perRule = district().perRule();
        List<String> rules = new ArrayList<>();
        for (Decl decl : contract().symbols().all()) {
            if (decl instanceof Decl.RuleDecl r) {
                rules.add(r.name().name());
            }
        }
        List<String> silent = rules.stream().filter(r -> !perRule.containsKey(r)).sorted().toList();
        double share = 1.0 - (double) silent.size() / rules.size();
        // every rule finds something in the demo district; at 100 schools rare cases (a retired
        // Consulting Teacher over 480 hours...) may not come up yet
        assertTrue(share >= 0.8, String.format("%.0f%% of %d rules have findings; none for %s", 100 * share, rules.size(), silent));
    }

    /** Violations per row of the table the rule judges: a few percent, neither none nor most. */
    @Test
    void violationsComeAtPlausibleRates() throws IOException {
        District d = district();
        Map<String, Integer> perRule = d.perRule();
        record Rate(String rule, String table, double most) {
        }
        List<Rate> rates = List.of(
                new Rate("wednesday_meeting", "meetings", 0.05),
                new Rate("meetings_over_yearly_limit", "schools", 0.05),
                new Rate("lslc_agenda_late", "council_meetings", 0.1),
                new Rate("lslc_nomination_late", "lslc_nominations", 0.1),
                new Rate("lslc_fifty_fifty", "councils", 0.1),
                new Rate("green_water_testing", "water_sources", 0.1),
                new Rate("green_climate_champion", "schools", 0.1),
                new Rate("hous_homeless_liaison", "schools", 0.1),
                new Rate("sdc_class_over_cap", "sped_classes", 0.15),
                new Rate("sped_paras_short", "sped_classes", 0.1),
                new Rate("sped_class_grade_span", "sped_classes", 0.1),
                new Rate("pn_over_illness_balance", "illness_balances", 0.05),
                new Rate("dis_caseload_over_cap", "dis_providers", 0.15),
                new Rate("lslc_decisions_communicated", "council_meetings", 0.1));
        int found = 0;
        StringBuilder report = new StringBuilder();
        for (Rate r : rates) {
            int rows = Files.readAllLines(d.folder().resolve(r.table() + ".csv")).size() - 1;
            int n = perRule.getOrDefault(r.rule(), 0);
            report.append(String.format("%s %d of %d %s; ", r.rule(), n, rows, r.table()));
            assertTrue(rows > 0 && n <= r.most() * rows, report.toString());
            found += n > 0 ? 1 : 0;
        }
        assertTrue(found >= rates.size() * 3 / 4, "most of these rules find a few violations: " + report);
    }

    @Test
    void theCoreTablesAreTheSameWithOrWithoutRecipes() throws IOException {
        ObjectNode p = profile();
        p.remove("extraTables");
        Path coreOnly = write("core.json", p);
        assertEquals(0, Cli.run("gen-data", "--schools", "20", "--seed", "9", "--out", tmp.resolve("core").toString(),
                "--profile", coreOnly.toString()).exit());
        Cli.Result all = Cli.run("gen-data", "--schools", "20", "--seed", "9", "--out", tmp.resolve("all").toString());
        assertEquals(0, all.exit(), all.transcript());
        assertTrue(all.out().contains("more tables of"), all.out());
        List<String> core = List.of("calendar.csv", "calendars.csv", "campuses.csv", "schools.csv", "section_days.csv",
                "sections.csv", "staff.csv");
        try (var files = Files.list(tmp.resolve("core"))) {
            assertEquals(new TreeSet<>(core), new TreeSet<>(files.map(f -> f.getFileName().toString()).toList()));
        }
        for (String f : core) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve("core").resolve(f)), Files.readAllBytes(tmp.resolve("all").resolve(f)), f);
        }
    }

    /** The generator kinds do what docs/gen-data.md says, on a small recipe of each. */
    @Test
    void generatorKinds() throws IOException {
        ObjectNode p = profile();
        p.set("extraTables", JSON.readTree("""
                {
                  "_picked": {"per": "unit", "count": 3, "columns": {
                    "teacher": {"pick": "staff", "where": {"position": "Teacher"}, "sameUnit": true, "unique": true}}},
                  "things": {"per": "_picked", "count": {"int": [2, 2]}, "columns": {
                    "id": {"seq": "T-"},
                    "teacher": {"copy": "parent.teacher"},
                    "level": {"copy": "teacher.school.level"},
                    "week": {"series": "2025-09-15", "every": 7},
                    "day": {"series": "2025-10-09", "every": 1, "sessionDays": true},
                    "later": {"from": "day", "plus": 2, "sessionDays": true},
                    "size": {"by": "parent.teacher.school.enrollment", "cases": {"..499": "small", "500..": "large"}},
                    "teachers": {"count": "staff", "where": {"position": "Teacher"}, "sameUnit": true},
                    "many": {"from": ["teachers", "teachers"], "times": 0.5},
                    "half": {"from": "teachers", "times": 0, "plus": {"decimal": [0.5, 0.5], "step": 0.25}, "step": 0.25},
                    "flag": {"chance": 0},
                    "pick": {"oneOf": {"a": 0, "b": 1}},
                    "own_level": {"copy": "unit.level"}
                  }},
                  "fixed": {"rows": [{"id": "F1", "n": 1}, {"id": "F2", "n": {"int": [7, 7]}}]},
                  "per_campus": {"per": "site", "columns": {"campus": {"copy": "parent"}, "name": {"copy": "parent.name"}}}
                }
                """));
        Path file = write("kinds.json", p);
        Path out = tmp.resolve("kinds");
        Cli.Result g = Cli.run("gen-data", "--schools", "4", "--seed", "1", "--out", out.toString(), "--profile", file.toString());
        assertEquals(0, g.exit(), g.transcript());
        assertFalse(Files.exists(out.resolve("_picked.csv")), "helper tables are not written");
        List<String> lines = Files.readAllLines(out.resolve("things.csv"));
        assertEquals("id,teacher,level,week,day,later,size,teachers,many,half,flag,pick,own_level", lines.get(0));
        assertEquals(1 + 4 * 3 * 2, lines.size(), "two rows for each of three picked teachers of four schools");
        Set<String> teachers = new HashSet<>();
        for (int i = 1; i < lines.size(); i++) {
            String[] v = lines.get(i).split(",");
            assertEquals("T-" + i, v[0]);
            teachers.add(v[1]);
            assertTrue(Set.of("Elementary", "Middle", "High", "Span").contains(v[2]), lines.get(i));
            boolean first = i % 2 == 1;
            assertEquals(first ? "2025-09-15" : "2025-09-22", v[3], "every 7 days from the start, by row of the parent");
            // 2025-10-10 is pupil-free and the weekend follows: the next session day is Monday 10-13
            assertEquals(first ? "2025-10-09" : "2025-10-13", v[4], "session days from the start");
            assertEquals(first ? "2025-10-14" : "2025-10-15", v[5], "two session days later");
            assertTrue(Set.of("small", "large").contains(v[6]), lines.get(i));
            assertEquals(Integer.parseInt(v[7]), Integer.parseInt(v[8]), "half of twice the count");
            assertEquals("0.50", v[9]);
            assertEquals("false", v[10]);
            assertEquals("b", v[11]);
            assertEquals(v[2], v[12], "the row's unit (the parent's) is its teacher's school");
        }
        assertEquals(12, teachers.size(), "unique picks: no teacher twice");
        assertEquals(List.of("id,n", "F1,1", "F2,7"), Files.readAllLines(out.resolve("fixed.csv")));
        List<String> campuses = Files.readAllLines(out.resolve("campuses.csv"));
        assertEquals(campuses.stream().map(l -> l.replaceFirst("^id,name$", "campus,name")).toList(),
                Files.readAllLines(out.resolve("per_campus.csv")), "a row per campus, copied from it");
    }

    @Test
    void aBadRecipeIsOneLineNamingTheFileTheTableAndTheColumn() throws IOException {
        Map<String, String> cases = new TreeMap<>(Map.of(
                "{\"dice\": 6}", "unknown generator kind dice",
                "{\"pick\": \"nowhere\"}", "no table \"nowhere\" made before this one",
                "{\"int\": [5, 1]}", "[5,1] is not in order",
                "{\"chance\": 1.5}", "probability from 0 to 1",
                "{\"from\": \"missing\"}", "\"missing\" must start at a column before this one",
                "{\"oneOf\": {\"a\": 1}, \"weight\": 2}", "\"oneOf\" has no option \"weight\"",
                "{\"by\": \"id\", \"cases\": {\"9..1\": 1}}", "the range \"9..1\" is not in order",
                // found only while rows are made
                "{\"from\": \"id\", \"plus\": 1}", "\"id\" is \"T1\", not a number"));
        for (Map.Entry<String, String> c : cases.entrySet()) {
            ObjectNode p = profile();
            p.set("extraTables", JSON.readTree("{\"things\": {\"per\": \"unit\", \"columns\": {\"id\": {\"seq\": \"T\"}, \"bad\": "
                    + c.getKey() + "}}}"));
            Path file = write("bad.json", p);
            Cli.Result r = Cli.run("gen-data", "--schools", "2", "--out", tmp.resolve("x").toString(), "--profile", file.toString());
            assertEquals(2, r.exit(), c.getKey() + ": " + r.transcript());
            String err = r.err().strip();
            assertFalse(err.contains("\n") || err.contains("Exception"), c.getKey() + ": one line, no stack trace: " + err);
            assertTrue(err.startsWith("cba gen-data: error[U010]: " + file + ": extra table \"things\", column \"bad\": "), err);
            assertTrue(err.contains(c.getValue()), c.getKey() + " should say " + c.getValue() + ": " + err);
        }
        assertFalse(Files.exists(tmp.resolve("x")));
    }

    @Test
    void anErrorInARecipeFileNamesThatFile() throws IOException {
        ObjectNode p = profile();
        p.put("extraTables", "recipes.json");
        Path file = write("p.json", p);
        Files.writeString(tmp.resolve("recipes.json"), "{\"things\": {\"per\": \"schools\", \"rate\": 2, \"columns\": {}}}");
        Cli.Result r = Cli.run("gen-data", "--schools", "2", "--out", tmp.resolve("x").toString(), "--profile", file.toString());
        assertEquals(2, r.exit());
        assertEquals("cba gen-data: error[U010]: " + tmp.resolve("recipes.json") + ": extra table \"things\": unknown key \"rate\"; a recipe has "
                + "[about, columns, count, per, rows, table, where]\n", r.err());
    }

    /** Findings per rule from cba run's CSV: the rule is the second column (the first, the site, may be quoted). */
    private static Map<String, Integer> findingsPerRule(String csv) {
        Map<String, Integer> perRule = new TreeMap<>();
        List<String> lines = csv.lines().toList();
        assertTrue(lines.get(0).startsWith("site,rule,"), lines.get(0));
        for (String line : lines.subList(1, lines.size())) {
            int from = 0;
            if (line.startsWith("\"")) {
                from = line.indexOf("\",", 1) + 1;
            }
            int comma = line.indexOf(',', from);
            perRule.merge(line.substring(comma + 1, line.indexOf(',', comma + 1)), 1, Integer::sum);
        }
        return perRule;
    }

    /** The LAUSD profile as an object, its contract made absolute so that a copy elsewhere finds it. */
    private static ObjectNode profile() throws IOException {
        ObjectNode p = (ObjectNode) JSON.readTree(Files.readString(PROFILE));
        p.put("contract", Path.of(CONTRACT).toAbsolutePath().toString());
        return p;
    }

    private Path write(String name, ObjectNode profile) throws IOException {
        Path file = tmp.resolve(name);
        Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(profile));
        return file;
    }
}
