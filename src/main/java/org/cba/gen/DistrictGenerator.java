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
import org.cba.run.Contracts;
import org.cba.run.Failure;
import org.cba.data.DataException;

/**
 * Generates a synthetic district of any size from a {@link Profile}: units of the profile's
 * levels and types, sites (some shared), groups sized around the limits the contract sets,
 * teachers and support staff, the calendar and daily counts after the count day. The same profile, size and seed give the same tables, byte for byte.
 */
public final class DistrictGenerator {
    /** What was generated, in numbers. */
    public record Summary(int units, int sites, int groups, int staff, int students, int dailyRows,
                          int limitedGroups, int overLimit, int extraTables, int extraRows) {
    }

    private final Profile profile;
    private final long seed;
    private final Draw draw;
    private final CalendarPlan calendar;
    private final List<LocalDate> window;
    private final ContractLimits limits;
    private final Staff staff;
    private final Groups groups;
    private final List<Model.Unit> units = new ArrayList<>();
    private final List<Model.Site> sites = new ArrayList<>();
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
        this.groups = new Groups(profile, limits, draw, staff, window);
    }

    /** Loads a profile and the contract it names (relative to the profile's folder), then generates. */
    public static DistrictGenerator generate(Path profileFile, int unitCount, long seed) throws IOException {
        Profile profile = Profile.load(profileFile);
        Path contractPath = profileFile.toAbsolutePath().getParent().resolve(profile.contract()).normalize();
        Checked checked;
        try {
            checked = Contracts.open(contractPath, contractPath.toString()).checked();
        } catch (Failure f) {
            throw new IllegalArgumentException("the profile's contract " + contractPath + " cannot be used:\n" + f.render(null).stripTrailing());
        }
        try {
            return generate(profile, checked, unitCount, seed);
        } catch (RecipeException e) {
            // a recipe that fails while rows are made (a value that is not a number...): say in which file
            throw new IllegalArgumentException(Profile.recipesFile(profileFile) + ": " + e.getMessage(), e);
        }
    }

    public static DistrictGenerator generate(Profile profile, Checked contract, int unitCount, long seed) {
        if (unitCount < 1) {
            throw new IllegalArgumentException("the number of units must be at least 1");
        }
        DistrictGenerator g = new DistrictGenerator(profile, contract, seed);
        g.build(unitCount);
        return g;
    }

    private void build(int count) {
        List<Profile.Level> plan = levelsFor(count);
        Set<Integer> ids = new HashSet<>();
        Map<String, Integer> names = new HashMap<>();
        int idRange = Math.max(9000, count * 5);
        for (Profile.Level level : plan) {
            Model.Unit s = new Model.Unit();
            int id;
            do {
                id = 1000 + draw.below(idRange);
            } while (!ids.add(id));
            s.id = String.valueOf(id);
            s.level = level;
            s.type = draw.weighted(level.types());
            s.cohorts = cohorts(draw.weighted(level.spans()));
            String name = draw.pick(profile.names().places()) + " " + level.nameSuffix();
            int n = names.merge(name, 1, Integer::sum);
            s.name = n == 1 ? name : name + " No. " + n;
            fill(s);
            units.add(s);
        }
        sites();
        for (Model.Unit s : units) {
            staff.support(s);
            groups.daily(s);
            groups.finishShare(s, profile.share() == null ? 1.0 : limits.number(profile.share().thresholdTerm()));
        }
        tables = Tables.of(profile, calendar, sites, units, staff.people, window);
        // the profile's other tables, each recipe from a random stream of its own: the core
        // tables above are the same with or without them
        extra = ExtraTables.make(profile.recipes(), tables.coreRows(), calendar, profile.names(), seed);
        tables.addAll(extra);
    }

    /** The levels of count units, by the profile's shares (largest remainders), in the profile's order. */
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

    private List<String> cohorts(String span) {
        String[] ends = span.split("-");
        List<String> all = profile.cohorts();
        int lo = all.indexOf(ends[0]);
        int hi = all.indexOf(ends[ends.length - 1]);
        if (lo < 0 || hi < lo) {
            throw new IllegalArgumentException("the profile's cohort span \"" + span + "\" does not name cohorts in order");
        }
        return all.subList(lo, hi + 1);
    }

    /** The unit's classes and enrollment: self-contained cohorts first, departmental cohorts for the rest. */
    private void fill(Model.Unit s) {
        List<String> selfContainedRange = s.level.selfContained() == null ? List.of() : cohorts(s.level.selfContained());
        List<String> own = s.cohorts.stream().filter(selfContainedRange::contains).toList();
        List<String> dept = s.cohorts.stream().filter(g -> !selfContainedRange.contains(g)).toList();
        int target = draw.size(s.level.enrollment());
        if (dept.isEmpty()) {
            s.enrollment = groups.selfContained(s, own, target);
            return;
        }
        double all = s.cohorts.stream().mapToDouble(groups::cohortWeight).sum();
        double part = own.stream().mapToDouble(groups::cohortWeight).sum();
        int lower = own.isEmpty() ? 0 : groups.selfContained(s, own, (int) Math.round(target * part / all));
        int upper = Math.max(1, target - lower);
        groups.departmental(s, dept, upper);
        s.enrollment = lower + upper;
    }

    /** Most units have a site of their own; some of the listed levels share one, in small groups. */
    private void sites() {
        Profile.Sites c = profile.sites();
        List<Model.Unit> sharing = new ArrayList<>();
        for (Model.Unit s : units) {
            if (c != null && c.levels().contains(s.level.name()) && draw.chance(c.sharedRate())) {
                sharing.add(s);
            } else {
                attach(ownSite(s), s);
            }
        }
        int i = 0;
        while (i < sharing.size()) {
            int size = Math.min(sharing.size() - i, 2 + draw.below(Math.max(1, c.maxUnits() - 1)));
            if (size == 1) {
                Model.Site last = sites.get(sites.size() - 1);
                attach(last.units.size() > 1 ? last : ownSite(sharing.get(i)), sharing.get(i));
                break;
            }
            Model.Site shared = new Model.Site();
            shared.id = c.sharedIdPrefix() + (1000 + sites.size());
            shared.name = draw.pick(profile.names().places()) + " " + c.sharedName();
            for (int k = 0; k < size; k++) {
                attach(shared, sharing.get(i + k));
            }
            i += size;
        }
    }

    /** A site for one unit: the profile's prefix and the unit's id, the unit's name and the profile's suffix. */
    private Model.Site ownSite(Model.Unit s) {
        Profile.Sites c = profile.sites();
        Model.Site own = new Model.Site();
        own.id = (c == null ? "" : c.ownIdPrefix()) + s.id;
        own.name = s.name + (c == null ? "" : c.ownNameSuffix());
        return own;
    }

    private void attach(Model.Site site, Model.Unit s) {
        if (site.units.isEmpty()) {
            sites.add(site);
        }
        site.units.add(s);
        s.site = site;
    }

    public Summary summary() {
        List<Model.Group> all = units.stream().flatMap(s -> s.groups.stream()).toList();
        int dailyRows = tables.tables().get(profile.table("groupDay").name()).rows().size();
        int limited = (int) all.stream().filter(c -> c.limit > 0).count();
        int over = (int) all.stream().filter(c -> c.limit > 0 && c.enrollment > c.limit).count();
        return new Summary(units.size(), sites.size(), all.size(), staff.people.size(),
                units.stream().mapToInt(s -> s.enrollment).sum(), dailyRows, limited, over,
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
