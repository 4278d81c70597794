package org.cba.gen;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The shape of a district to generate, read from a JSON profile file. Everything particular to a
 * district or an agreement lives here or in the contract the profile names: the vocabularies
 * (levels, unit types, cohorts, categories, positions), the mixes and ranges, the calendar, and
 * the names of the terms that give class limits, and the recipes of every other table
 * (extraTables). The generator itself only knows that a district has sites, units, groups,
 * staff, a calendar and daily group counts, and how to follow a recipe.
 */
public record Profile(
        String description,
        String contract,
        String asOf,
        Map<String, TableMap> tables,
        CalendarShape calendar,
        List<String> cohorts,
        Map<String, Double> cohortWeights,
        List<Level> levels,
        SelfContained selfContained,
        Departmental departmental,
        GroupSizes groupSizes,
        List<LimitSource> limits,
        Share share,
        Staffing staff,
        Daily daily,
        Sites sites,
        Names names,
        JsonNode extraTables) {

    /** Output table: its name and, in order, column name for each role the generator fills. */
    public record TableMap(String name, Map<String, String> columns) {
    }

    /**
     * The year: its days and their kinds. countDay is the day enrollment is counted. The
     * semesters (optional) name the days from their first to their last, both included.
     */
    public record CalendarShape(String id, String year, String start, String end, String firstDay,
                                String countDay, String lastWorkDay, int instructionalDays,
                                List<String> holidays, List<List<String>> recesses, List<String> pupilFree,
                                Map<String, String> kinds, List<SemesterShape> semesters) {
        public CalendarShape {
            semesters = semesters == null ? List.of() : List.copyOf(semesters);
        }
    }

    /** A semester of the calendar: its name and its first and last day. */
    public record SemesterShape(String name, String first, String last) {
    }

    /** A triangular distribution, one part of a mixture. */
    public record Range(double weight, int min, int mode, int max) {
    }

    /** A unit level: its share of units, sizes, cohort spans, and unit types. */
    public record Level(String name, double share, List<Range> enrollment, Map<String, Double> spans,
                        String selfContained, Map<String, Double> types, String nameSuffix) {
    }

    /**
     * Classes of one teacher with all subjects (the cohorts a level names in selfContained). A
     * mixed class (of two cohorts) is formed with probability mixedRate, never in the first
     * mixedSkip cohorts a unit teaches this way; a relief class (lateClassRate) takes students from
     * two classes of a cohort no earlier than reliefFrom in the profile's order of cohorts.
     */
    public record SelfContained(String category, double mixedRate, double lateClassRate, int mixedSkip, String reliefFrom) {
    }

    /** Classes by subject department: each student takes periodsPerStudent of them. */
    public record Departmental(double periodsPerStudent, int classesPerTeacher, double lateClassRate,
                               List<Department> departments) {
    }

    /**
     * A department: its share of periods, its category, whether its classes are electives
     * (always, or only in some cohorts at some levels), and its size when no limit applies.
     */
    public record Department(String name, double share, String category, Boolean elective,
                             List<String> electiveCohorts, List<String> electiveLevels,
                             List<Integer> unlimitedSize, Double overRate, Integer spread) {
    }

    /**
     * How full classes are relative to their limit: over with probability overRate (by one of
     * overBy); else, where the contract gives a centre (an average), normally distributed around
     * centre - belowCenter with standard deviation spread, kept at or under the limit; else under the
     * limit by one of under; and with probability farUnderRate by farUnder's range instead.
     */
    public record GroupSizes(double overRate, List<Integer> overBy, List<Integer> under, double farUnderRate,
                             List<Integer> farUnder, double belowCenter, double spread, int minimum, int unlimited,
                             Map<String, List<Integer>> adults) {
    }

    /**
     * Where a class's limit comes from: a term of the contract, for classes of these categories;
     * field picks a column when the term is a table row, centerField the column classes centre on.
     */
    public record LimitSource(List<String> categories, Boolean elective, String term, String field, String centerField) {
    }

    /** A count of a class's students that must exceed a share (a term of the contract) for some units' types. */
    public record Share(List<String> types, String thresholdTerm, double aboveRate) {
    }

    /** The position of the teachers of classes, the prefix of every person's id, and the support positions. */
    public record Staffing(String teacher, String idPrefix, List<Position> positions) {
    }

    /**
     * Support staff: at a ratio (students per position, or a contract term giving it) rounded to
     * granularity and moved by one of adjust's offsets; or with probability rate at an FTE that
     * grows with enrollment (fte: enrollment threshold to FTE).
     */
    public record Position(String position, List<String> levels, Double ratio, String ratioTerm, Double granularity,
                           Map<String, Double> adjust, Double rate, Map<String, Double> fte) {
    }

    /** Which classes have daily counts, and how their counts move. */
    public record Daily(double sampleRate, double overAllRate, double spikeRate, Drift drift) {
    }

    /** How a daily count moves from one day to the next: down one with probability down, up one with up. */
    public record Drift(double down, double up) {
    }

    /**
     * Sites shared by several units: a share of the units of some levels, in groups of 2 to
     * maxUnits, with an id of sharedIdPrefix and a number and a name of a place and sharedName.
     * Every other unit has a site of its own: ownIdPrefix and the unit's id, the unit's name and
     * ownNameSuffix.
     */
    public record Sites(double sharedRate, List<String> levels, int maxUnits, String sharedName,
                        String sharedIdPrefix, String ownIdPrefix, String ownNameSuffix) {
    }

    public record Names(List<String> first, List<String> last, List<String> places) {
    }

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /**
     * Reads a profile; the contract path in it is relative to the profile's folder, and so is the
     * file of table recipes when extraTables names one instead of holding them.
     */
    public static Profile load(Path file) throws IOException {
        Profile p;
        try {
            p = MAPPER.readValue(Files.readString(file), Profile.class);
        } catch (JsonProcessingException e) {
            throw new IOException(file + ": " + e.getOriginalMessage(), e);
        }
        Path recipes = recipesFile(file, p.extraTables());
        if (p.extraTables() != null && p.extraTables().isTextual()) {
            try {
                p = p.withExtraTables(MAPPER.readTree(Files.readString(recipes)));
            } catch (NoSuchFileException e) {
                throw new IOException(file + ": no file " + recipes + " for extraTables", e);
            } catch (JsonProcessingException e) {
                throw new IOException(recipes + ": " + e.getOriginalMessage(), e);
            }
        }
        try {
            p.recipes();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(recipes + ": " + e.getMessage(), e);
        }
        return p;
    }

    /** The file that holds a profile's table recipes: the one extraTables names, or the profile itself. */
    static Path recipesFile(Path profileFile, JsonNode extraTables) {
        return extraTables != null && extraTables.isTextual()
                ? profileFile.resolveSibling(extraTables.asText()).normalize() : profileFile;
    }

    /** The same, for a profile file as written. */
    static Path recipesFile(Path profileFile) throws IOException {
        return recipesFile(profileFile, MAPPER.readTree(Files.readString(profileFile)).get("extraTables"));
    }

    /** The table recipes, read and checked (made anew each time: a recipe keeps state while it runs). */
    List<Recipe> recipes() {
        Map<String, List<String>> core = new LinkedHashMap<>();
        for (String role : List.of("site", "unit", "staff", "group")) {
            TableMap t = table(role);
            List<String> columns = List.copyOf(t.columns().values());
            core.put(role, columns);
            core.put(t.name(), columns);
        }
        Set<String> units = new HashSet<>(List.of("unit", table("unit").name()));
        Set<String> withUnit = new HashSet<>(units);
        withUnit.addAll(List.of("staff", "group", table("staff").name(), table("group").name()));
        return RecipeReader.read(extraTables, core, units, withUnit);
    }

    Profile withExtraTables(JsonNode recipes) {
        return new Profile(description, contract, asOf, tables, calendar, cohorts, cohortWeights, levels, selfContained,
                departmental, groupSizes, limits, share, staff, daily, sites, names, recipes);
    }

    LocalDate asOfDate() {
        return LocalDate.parse(asOf);
    }

    /** The table map for a role ("unit", "group", ...), which the profile must have. */
    TableMap table(String role) {
        TableMap t = tables.get(role);
        if (t == null) {
            throw new IllegalArgumentException("the profile has no table for \"" + role + "\"");
        }
        return t;
    }
}
