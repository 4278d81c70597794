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
 * (levels, school types, grades, categories, positions), the mixes and ranges, the calendar, and
 * the names of the terms that give class limits, and the recipes of every other table
 * (extraTables). The generator itself only knows that a district has campuses, schools, class
 * sections, staff, a calendar and daily section counts, and how to follow a recipe.
 */
public record Profile(
        String description,
        String contract,
        String asOf,
        Map<String, TableMap> tables,
        CalendarShape calendar,
        List<String> grades,
        Map<String, Double> gradeWeights,
        List<Level> levels,
        SelfContained selfContained,
        Departmental departmental,
        ClassSizes classSizes,
        List<LimitSource> limits,
        Share share,
        Staffing staff,
        Daily daily,
        Campuses campuses,
        Names names,
        JsonNode extraTables) {

    /** Output table: its name and, in order, column name for each role the generator fills. */
    public record TableMap(String name, Map<String, String> columns) {
    }

    /** The school year: its days and their kinds. countDay is the day enrollment is counted (norm day). */
    public record CalendarShape(String id, String year, String start, String end, String firstDay,
                                String countDay, String lastWorkDay, int instructionalDays,
                                List<String> holidays, List<List<String>> recesses, List<String> pupilFree,
                                Map<String, String> kinds) {
    }

    /** A triangular distribution, one part of a mixture. */
    public record Range(double weight, int min, int mode, int max) {
    }

    /** A school level: its share of schools, sizes, grade spans, and school types. */
    public record Level(String name, double share, List<Range> enrollment, Map<String, Double> spans,
                        String selfContained, Map<String, Double> types, String nameSuffix) {
    }

    /** Classes of one teacher with all subjects (elementary grades). */
    public record SelfContained(String category, double multigradeRate, double lateClassRate) {
    }

    /** Classes by subject department: each student takes periodsPerStudent of them. */
    public record Departmental(double periodsPerStudent, int classesPerTeacher, double lateClassRate,
                               List<Department> departments) {
    }

    /**
     * A department: its share of periods, its category, whether its classes are electives
     * (always, or only in some grades at some levels), and its size when no limit applies.
     */
    public record Department(String name, double share, String category, Boolean elective,
                             List<String> electiveGrades, List<String> electiveLevels,
                             List<Integer> unlimitedSize, Double overRate, Integer spread) {
    }

    /**
     * How full classes are relative to their limit: over with probability overRate (by one of
     * overBy); else, where the contract gives a centre (an average), normally distributed around
     * centre - belowCenter with standard deviation spread, kept at or under the limit; else under the
     * limit by one of under; and with probability farUnderRate by farUnder's range instead.
     */
    public record ClassSizes(double overRate, List<Integer> overBy, List<Integer> under, double farUnderRate,
                             List<Integer> farUnder, double belowCenter, double spread, int minimum, int unlimited,
                             Map<String, List<Integer>> adults) {
    }

    /**
     * Where a class's limit comes from: a term of the contract, for classes of these categories;
     * field picks a column when the term is a table row, centerField the column classes centre on.
     */
    public record LimitSource(List<String> categories, Boolean elective, String term, String field, String centerField) {
    }

    /** A count of a class's students that must exceed a share (a term of the contract) for some schools' types. */
    public record Share(List<String> types, String thresholdTerm, double aboveRate) {
    }

    public record Staffing(String teacher, List<Position> positions) {
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
    public record Daily(double sampleRate, double overAllRate, double spikeRate) {
    }

    /** Campuses shared by several schools: a share of the schools of some levels, in groups of 2 to maxSchools. */
    public record Campuses(double sharedRate, List<String> levels, int maxSchools, String sharedName) {
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
        for (String role : List.of("campus", "school", "staff", "section")) {
            TableMap t = table(role);
            List<String> columns = List.copyOf(t.columns().values());
            core.put(role, columns);
            core.put(t.name(), columns);
        }
        Set<String> schools = new HashSet<>(List.of("school", table("school").name()));
        Set<String> withSchool = new HashSet<>(schools);
        withSchool.addAll(List.of("staff", "section", table("staff").name(), table("section").name()));
        return RecipeReader.read(extraTables, core, schools, withSchool);
    }

    Profile withExtraTables(JsonNode recipes) {
        return new Profile(description, contract, asOf, tables, calendar, grades, gradeWeights, levels, selfContained,
                departmental, classSizes, limits, share, staff, daily, campuses, names, recipes);
    }

    LocalDate asOfDate() {
        return LocalDate.parse(asOf);
    }

    /** The table map for a role ("school", "section", ...), which the profile must have. */
    TableMap table(String role) {
        TableMap t = tables.get(role);
        if (t == null) {
            throw new IllegalArgumentException("the profile has no table for \"" + role + "\"");
        }
        return t;
    }
}
