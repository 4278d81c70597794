package org.cba.gen;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cba.check.Checked;
import org.cba.check.Checker;
import org.cba.check.ContractLoader;
import org.cba.data.DataException;
import org.cba.source.DiagnosticPrinter;

/**
 * Generates a synthetic school district of any size from a {@link Profile}: schools of the
 * profile's levels and types, campuses (some shared), class sections sized around the limits the
 * contract sets, teachers and support staff, the school calendar and daily counts after the
 * count day. The same profile, size and seed give the same tables, byte for byte.
 */
public final class DistrictGenerator {
    /** What was generated, in numbers. */
    public record Summary(int schools, int campuses, int sections, int staff, int students, int dailyRows,
                          int limitedSections, int overLimit, int extraTables, int extraRows) {
    }

    private final Profile profile;
    private final long seed;
    private final Draw draw;
    private final CalendarPlan calendar;
    private final List<LocalDate> window;
    private final ContractLimits limits;
    private final Staff staff;
    private final Classes classes;
    private final List<Model.School> schools = new ArrayList<>();
    private final List<Model.Campus> campuses = new ArrayList<>();
    private Tables tables;
    private Map<String, org.cba.data.RawTable> extra = Map.of();

    private DistrictGenerator(Profile profile, Checked contract, long seed) {
        this.profile = profile;
        this.seed = seed;
        this.draw = new Draw(seed);
        this.calendar = new CalendarPlan(profile.calendar());
        this.window = calendar.window(profile.asOfDate());
        this.limits = ContractLimits.probe(profile, contract, calendar);
        this.staff = new Staff(profile, limits, draw);
        this.classes = new Classes(profile, limits, draw, staff, window);
    }

    /** Loads a profile and the contract it names (relative to the profile's folder), then generates. */
    public static DistrictGenerator generate(Path profileFile, int schoolCount, long seed) throws IOException {
        Profile profile = Profile.load(profileFile);
        Path contractPath = profileFile.toAbsolutePath().getParent().resolve(profile.contract()).normalize();
        List<Path> entries = ContractLoader.entriesFor(contractPath);
        if (entries.size() != 1) {
            throw new IllegalArgumentException("the profile's contract " + contractPath + " is not one contract");
        }
        Checked checked = Checker.check(ContractLoader.load(entries.get(0)));
        if (!checked.ok()) {
            throw new IllegalArgumentException("the profile's contract has errors:\n" + DiagnosticPrinter.render(checked.diagnostics()));
        }
        try {
            return generate(profile, checked, schoolCount, seed);
        } catch (RecipeException e) {
            // a recipe that fails while rows are made (a value that is not a number...): say in which file
            throw new IllegalArgumentException(Profile.recipesFile(profileFile) + ": " + e.getMessage(), e);
        }
    }

    public static DistrictGenerator generate(Profile profile, Checked contract, int schoolCount, long seed) {
        if (schoolCount < 1) {
            throw new IllegalArgumentException("the number of schools must be at least 1");
        }
        DistrictGenerator g = new DistrictGenerator(profile, contract, seed);
        g.build(schoolCount);
        return g;
    }

    private void build(int count) {
        List<Profile.Level> plan = levelsFor(count);
        Set<Integer> ids = new HashSet<>();
        Map<String, Integer> names = new HashMap<>();
        int idRange = Math.max(9000, count * 5);
        for (Profile.Level level : plan) {
            Model.School s = new Model.School();
            int id;
            do {
                id = 1000 + draw.below(idRange);
            } while (!ids.add(id));
            s.id = String.valueOf(id);
            s.level = level;
            s.type = draw.weighted(level.types());
            s.grades = grades(draw.weighted(level.spans()));
            String name = draw.pick(profile.names().places()) + " " + level.nameSuffix();
            int n = names.merge(name, 1, Integer::sum);
            s.name = n == 1 ? name : name + " No. " + n;
            fill(s);
            schools.add(s);
        }
        campuses();
        for (Model.School s : schools) {
            staff.support(s);
            classes.daily(s);
            classes.finishShare(s, profile.share() == null ? 1.0 : limits.number(profile.share().thresholdTerm()));
        }
        tables = Tables.of(profile, calendar, campuses, schools, staff.people, window);
        // the profile's other tables, each recipe from a random stream of its own: the core
        // tables above are the same with or without them
        extra = ExtraTables.make(profile.recipes(), tables.coreRows(), calendar, profile.names(), seed);
        tables.addAll(extra);
    }

    /** The levels of count schools, by the profile's shares (largest remainders), in the profile's order. */
    private List<Profile.Level> levelsFor(int count) {
        List<Profile.Level> levels = profile.levels();
        double total = levels.stream().mapToDouble(Profile.Level::share).sum();
        int[] n = new int[levels.size()];
        double[] rest = new double[levels.size()];
        int given = 0;
        for (int i = 0; i < n.length; i++) {
            double exact = count * levels.get(i).share() / total;
            n[i] = (int) Math.floor(exact);
            rest[i] = exact - n[i];
            given += n[i];
        }
        while (given < count) {
            int best = 0;
            for (int i = 1; i < n.length; i++) {
                if (rest[i] > rest[best]) {
                    best = i;
                }
            }
            n[best]++;
            rest[best] = -1;
            given++;
        }
        List<Profile.Level> out = new ArrayList<>();
        for (int i = 0; i < n.length; i++) {
            for (int k = 0; k < n[i]; k++) {
                out.add(levels.get(i));
            }
        }
        return out;
    }

    private List<String> grades(String span) {
        String[] ends = span.split("-");
        List<String> all = profile.grades();
        int lo = all.indexOf(ends[0]);
        int hi = all.indexOf(ends[ends.length - 1]);
        if (lo < 0 || hi < lo) {
            throw new IllegalArgumentException("the profile's grade span \"" + span + "\" does not name grades in order");
        }
        return all.subList(lo, hi + 1);
    }

    /** The school's classes and enrollment: self-contained grades first, departmental grades for the rest. */
    private void fill(Model.School s) {
        List<String> selfContainedRange = s.level.selfContained() == null ? List.of() : grades(s.level.selfContained());
        List<String> own = s.grades.stream().filter(selfContainedRange::contains).toList();
        List<String> dept = s.grades.stream().filter(g -> !selfContainedRange.contains(g)).toList();
        int target = draw.size(s.level.enrollment());
        if (dept.isEmpty()) {
            s.enrollment = classes.selfContained(s, own, target);
            return;
        }
        double all = s.grades.stream().mapToDouble(classes::gradeWeight).sum();
        double part = own.stream().mapToDouble(classes::gradeWeight).sum();
        int lower = own.isEmpty() ? 0 : classes.selfContained(s, own, (int) Math.round(target * part / all));
        int upper = Math.max(1, target - lower);
        classes.departmental(s, dept, upper);
        s.enrollment = lower + upper;
    }

    /** Most schools have a campus of their own; some of the listed levels share one, in small groups. */
    private void campuses() {
        Profile.Campuses c = profile.campuses();
        List<Model.School> sharing = new ArrayList<>();
        for (Model.School s : schools) {
            if (c != null && c.levels().contains(s.level.name()) && draw.chance(c.sharedRate())) {
                sharing.add(s);
            } else {
                Model.Campus own = new Model.Campus();
                own.id = "C" + s.id;
                own.name = s.name + " Campus";
                attach(own, s);
            }
        }
        int i = 0;
        while (i < sharing.size()) {
            int size = Math.min(sharing.size() - i, 2 + draw.below(Math.max(1, c.maxSchools() - 1)));
            if (size == 1) {
                Model.Campus last = campuses.get(campuses.size() - 1);
                Model.Campus alone = last.schools.size() > 1 ? last : new Model.Campus();
                if (alone != last) {
                    alone.id = "C" + sharing.get(i).id;
                    alone.name = sharing.get(i).name + " Campus";
                }
                attach(alone, sharing.get(i));
                break;
            }
            Model.Campus shared = new Model.Campus();
            shared.id = "K" + (1000 + campuses.size());
            shared.name = draw.pick(profile.names().places()) + " " + c.sharedName();
            for (int k = 0; k < size; k++) {
                attach(shared, sharing.get(i + k));
            }
            i += size;
        }
    }

    private void attach(Model.Campus campus, Model.School s) {
        if (campus.schools.isEmpty()) {
            campuses.add(campus);
        }
        campus.schools.add(s);
        s.campus = campus;
    }

    public Summary summary() {
        List<Model.Section> all = schools.stream().flatMap(s -> s.sections.stream()).toList();
        int dailyRows = tables.tables().get(profile.table("sectionDay").name()).rows().size();
        int limited = (int) all.stream().filter(c -> c.limit > 0).count();
        int over = (int) all.stream().filter(c -> c.limit > 0 && c.enrollment > c.limit).count();
        return new Summary(schools.size(), campuses.size(), all.size(), staff.people.size(),
                schools.stream().mapToInt(s -> s.enrollment).sum(), dailyRows, limited, over,
                extra.size(), extra.values().stream().mapToInt(t -> t.rows().size()).sum());
    }

    /** The tables by name, as the profile names them. */
    public Map<String, org.cba.data.RawTable> tables() {
        return tables.tables();
    }

    public void writeCsv(Path folder) throws IOException {
        tables.writeCsv(folder);
    }

    public void writeSqlite(Path file) throws DataException {
        tables.writeSqlite(file);
    }
}
