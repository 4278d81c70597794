package org.cba.gen;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cba.check.Checked;
import org.cba.data.DataException;
import org.cba.eval.DataBinder;
import org.cba.eval.Dataset;
import org.cba.eval.EntityTable;
import org.cba.eval.EvalException;
import org.cba.eval.Interpreter;
import org.cba.eval.Readings;
import org.cba.eval.Value;
import org.cba.syntax.ast.Decl;

/**
 * Class limits and other figures taken from the contract itself, by evaluating its terms through
 * the interpreter, so that the sizes of generated classes cluster around the limits the contract really
 * sets on the as-of date. The limits are found once on a small probe district that holds one class
 * for every combination that can matter (unit type, level, cohort, category, elective, share),
 * then looked up while generating.
 */
final class ContractLimits {
    private final Map<String, Integer> limits = new HashMap<>();
    private final Map<String, Double> centers = new HashMap<>();
    private final Interpreter interpreter;
    private final Checked checked;

    private ContractLimits(Checked checked, Interpreter interpreter) {
        this.checked = checked;
        this.interpreter = interpreter;
    }

    static String key(String type, String level, String cohort, String category, boolean elective, boolean above) {
        return type + '|' + level + '|' + cohort + '|' + category + '|' + elective + '|' + above;
    }

    /** The limit of such a class, or -1 when no limit of the profile applies to it. */
    int limit(Model.Unit s, String cohort, String category, boolean elective, boolean above) {
        Integer v = limits.get(key(s.type, s.level.name(), cohort, category, elective, above));
        if (v == null) {
            throw new IllegalStateException("no probe for " + key(s.type, s.level.name(), cohort, category, elective, above));
        }
        return v;
    }

    /** Where such a class's size centres (the contract's average for it), or NaN when it sets none. */
    double center(Model.Unit s, String cohort, String category, boolean elective, boolean above) {
        return centers.getOrDefault(key(s.type, s.level.name(), cohort, category, elective, above), Double.NaN);
    }

    /** A term without parameters, as a number ("75%" is 0.75). */
    double number(String termName) {
        Value v = interpreter.term(term(termName));
        if (!(v instanceof Value.Num n)) {
            throw new IllegalArgumentException("the term " + termName + " is not a number");
        }
        return n.amount().doubleValue();
    }

    private Decl.TermDecl term(String name) {
        return checked.symbols().lookup(name).filter(Decl.TermDecl.class::isInstance).map(Decl.TermDecl.class::cast)
                .orElseThrow(() -> new IllegalArgumentException("the contract has no term \"" + name + "\" (named in the profile)"));
    }

    static ContractLimits probe(Profile profile, Checked checked, CalendarPlan calendar) {
        List<Model.Site> sites = new ArrayList<>();
        List<Model.Unit> units = new ArrayList<>();
        Model.Person teacher = new Model.Person();
        teacher.id = "P";
        teacher.name = "Probe";
        teacher.position = profile.staff().teacher();
        Set<String> categories = new LinkedHashSet<>();
        categories.add(profile.selfContained().category());
        profile.departmental().departments().forEach(d -> categories.add(d.category()));
        Model.Site site = new Model.Site();
        site.id = "K";
        site.name = "Probe";
        sites.add(site);
        for (Profile.Level level : profile.levels()) {
            for (String type : level.types().keySet()) {
                Model.Unit s = new Model.Unit();
                s.id = "S" + units.size();
                s.name = s.id;
                s.type = type;
                s.level = level;
                s.site = site;
                s.enrollment = 1;
                teacher.unit = s;
                for (String cohort : profile.cohorts()) {
                    for (String category : categories) {
                        for (boolean elective : new boolean[] {false, true}) {
                            for (boolean above : new boolean[] {false, true}) {
                                Model.Group c = new Model.Group();
                                c.id = s.id + "-" + s.groups.size();
                                c.unit = s;
                                c.teacher = teacher;
                                c.cohort = cohort;
                                c.category = category;
                                c.elective = elective;
                                c.aboveShare = above;
                                c.enrollment = 20;
                                c.share = above ? 20 : 0;
                                s.groups.add(c);
                            }
                        }
                    }
                }
                units.add(s);
            }
        }
        LocalDate asOf = profile.asOfDate();
        Tables tables = Tables.of(profile, calendar, sites, units, List.of(teacher), List.of());
        Dataset data;
        try {
            // The profile has only the tables that limits depend on; the others are left out on purpose.
            data = DataBinder.bind(checked, tables.source(), java.util.Set.copyOf(DataBinder.tablesRead(checked)));
        } catch (DataException e) {
            throw new IllegalArgumentException("the profile's tables do not fit the contract's schema: "
                    + e.problems().get(0).describe(), e);
        }
        ContractLimits out = new ContractLimits(checked, new Interpreter(checked, data, asOf, Readings.defaults(), null));
        out.evaluate(profile, units, data);
        return out;
    }

    private void evaluate(Profile profile, List<Model.Unit> units, Dataset data) {
        String groupTable = profile.table("group").name();
        EntityTable table = data.table(entityReading(groupTable))
                .orElseThrow(() -> new IllegalArgumentException("the contract reads no table " + groupTable));
        int row = 0;
        for (Model.Unit s : units) {
            for (Model.Group c : s.groups) {
                Value.Row r = new Value.Row(table, row++);
                String key = key(s.type, s.level.name(), c.cohort, c.category, c.elective, c.aboveShare);
                limits.put(key, (int) valueOf(profile, c, r, false));
                double center = valueOf(profile, c, r, true);
                if (center > 0) {
                    centers.put(key, center);
                }
            }
        }
    }

    /** The limit (or, with center, the centre) of a class from the first source that applies; -1 for none. */
    private double valueOf(Profile profile, Model.Group c, Value.Row row, boolean center) {
        for (Profile.LimitSource src : profile.limits()) {
            if (!src.categories().contains(c.category) || (src.elective() != null && src.elective() != c.elective)) {
                continue;
            }
            Decl.TermDecl t = term(src.term());
            Value v;
            try {
                v = t.params().isEmpty() ? interpreter.term(t) : interpreter.call(t, List.of(row));
            } catch (EvalException e) {
                return -1;
            }
            String field = center ? src.centerField() : src.field();
            if (center && field == null) {
                return -1;
            }
            if (field != null && v instanceof Value.TableRow tr) {
                v = cell(tr, field);
            }
            return v instanceof Value.Num n ? (center ? n.amount().doubleValue() : n.amount().intValue()) : -1;
        }
        return -1;
    }

    private static Value cell(Value.TableRow row, String field) {
        List<Decl.Column> columns = row.table().values();
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().name().equals(field)) {
                return row.cells().get(i);
            }
        }
        throw new IllegalArgumentException("the table " + row.table().name().name() + " has no column " + field);
    }

    /** The entity read from a table. */
    private String entityReading(String tableName) {
        for (Decl d : checked.symbols().all()) {
            if (d instanceof Decl.EntityDecl e && tableName.equals(e.source() != null ? e.source() : e.name().name().toLowerCase(java.util.Locale.ROOT))) {
                return e.name().name();
            }
        }
        throw new IllegalArgumentException("the contract reads no table " + tableName);
    }
}
