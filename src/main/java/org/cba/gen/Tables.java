package org.cba.gen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.cba.data.DataException;
import org.cba.data.DataProblem;
import org.cba.data.DataSource;
import org.cba.data.RawRow;
import org.cba.data.RawTable;
import org.cba.data.SqliteWriter;

/**
 * Turns a generated district into tables, naming tables and columns as the profile says, and
 * writes them as CSV files or one SQLite file. Each role ("unit", "group"...) has a fixed set
 * of fields the generator can fill; the profile picks which of them become columns, and how they
 * are called.
 */
final class Tables {
    private final Profile profile;
    private final Map<String, RawTable> byName = new LinkedHashMap<>();

    Tables(Profile profile) {
        this.profile = profile;
    }

    Map<String, RawTable> tables() {
        return byName;
    }

    static Tables of(Profile profile, CalendarPlan calendar, List<Model.Site> sites, List<Model.Unit> units,
                     List<Model.Person> staff, List<LocalDate> window) {
        Tables t = new Tables(profile);
        t.add("site", sites, Map.of("id", c -> c.id, "name", c -> c.name));
        t.add("calendar", List.of(calendar), Map.of("id", c -> c.shape.id(), "year", c -> c.shape.year(),
                "firstDay", c -> c.firstDay.toString(), "countDay", c -> c.countDay.toString(),
                "lastWorkDay", c -> c.lastWorkDay.toString()));
        t.add("days", new ArrayList<>(calendar.kinds.entrySet()),
                Map.<String, Function<Map.Entry<LocalDate, String>, String>>of("date", e -> e.getKey().toString(), "kind", Map.Entry::getValue,
                        "semester", e -> calendar.semesterOn(e.getKey())));
        t.add("unit", units, Map.of("id", s -> s.id, "name", s -> s.name, "type", s -> s.type, "level", s -> s.level.name(),
                "site", s -> s.site.id, "calendar", s -> calendar.shape.id(), "enrollment", s -> String.valueOf(s.enrollment)));
        t.add("staff", staff, Map.of("id", p -> p.id, "name", p -> p.name, "unit", p -> p.unit.id,
                "position", p -> p.position, "fte", p -> fte(p.fte)));
        List<Model.Group> groups = units.stream().flatMap(s -> s.groups.stream()).toList();
        Map<String, Function<Model.Group, String>> groupFields = new LinkedHashMap<>();
        groupFields.put("id", c -> c.id);
        groupFields.put("unit", c -> c.unit.id);
        groupFields.put("teacher", c -> c.teacher.id);
        groupFields.put("cohort", c -> c.cohort);
        groupFields.put("category", c -> c.category);
        groupFields.put("elective", c -> String.valueOf(c.elective));
        groupFields.put("adults", c -> String.valueOf(c.adults));
        groupFields.put("mixed", c -> String.valueOf(c.mixed));
        groupFields.put("enrollment", c -> String.valueOf(c.enrollment));
        groupFields.put("share", c -> String.valueOf(c.share));
        groupFields.put("late", c -> String.valueOf(c.late));
        t.add("group", groups, groupFields);
        List<String[]> days = new ArrayList<>();
        for (Model.Group c : groups) {
            if (c.days != null) {
                for (int i = 0; i < c.days.length; i++) {
                    if (c.days[i] >= 0) {
                        days.add(new String[] {c.id, window.get(i).toString(), String.valueOf(c.days[i])});
                    }
                }
            }
        }
        t.add("groupDay", days, Map.of("group", d -> d[0], "date", d -> d[1], "enrollment", d -> d[2]));
        return t;
    }

    /**
     * The rows of the core tables that recipes hang rows on and pick from, under their roles
     * ("unit") and their names ("units"), with their references followed: a unit's site, a
     * staff member's and a group's unit, a group's teacher.
     */
    Map<String, List<Row>> coreRows() {
        Map<String, List<Row>> out = new LinkedHashMap<>();
        Map<String, Row> sites = rowsOf("site", out, null);
        Map<String, Row> units = rowsOf("unit", out, null);
        link("unit", out, "site", sites);
        Map<String, Row> staff = rowsOf("staff", out, units);
        rowsOf("group", out, units);
        link("group", out, "teacher", staff);
        return out;
    }

    /** The rows of a role by key; their unit through the role's "unit" column, a unit being its own. */
    private Map<String, Row> rowsOf(String role, Map<String, List<Row>> out, Map<String, Row> units) {
        Profile.TableMap map = profile.table(role);
        RawTable t = byName.get(map.name());
        Row.Layout layout = new Row.Layout(t.columns());
        String unitColumn = map.columns().get("unit");
        Map<String, Row> byKey = new LinkedHashMap<>();
        List<Row> rows = new ArrayList<>(t.rows().size());
        for (RawRow r : t.rows()) {
            Row row = new Row(layout, r.values());
            if (role.equals("unit")) {
                row.unit = row;
            } else if (units != null && unitColumn != null) {
                row.unit = units.get(row.value(unitColumn));
                row.link(unitColumn, row.unit);
            }
            rows.add(row);
            byKey.put(row.key(), row);
        }
        out.put(role, rows);
        out.put(map.name(), rows);
        return byKey;
    }

    private void link(String role, Map<String, List<Row>> out, String field, Map<String, Row> targets) {
        String column = profile.table(role).columns().get(field);
        if (column == null) {
            return;
        }
        for (Row r : out.get(role)) {
            r.link(column, targets.get(r.value(column)));
        }
    }

    /** Adds tables made after the core ones. */
    void addAll(Map<String, RawTable> more) {
        for (String name : more.keySet()) {
            if (byName.containsKey(name)) {
                throw new IllegalArgumentException("the profile's extra table \"" + name + "\" is also a core table");
            }
        }
        byName.putAll(more);
    }

    /** FTE as positions with one decimal at least: 1.0, 0.5, 0.25. */
    static String fte(double fte) {
        BigDecimal d = BigDecimal.valueOf(fte).stripTrailingZeros();
        return d.scale() < 1 ? d.setScale(1).toPlainString() : d.toPlainString();
    }

    private <T> void add(String role, List<T> items, Map<String, Function<T, String>> fields) {
        Profile.TableMap map = profile.table(role);
        List<String> columns = new ArrayList<>();
        List<Function<T, String>> getters = new ArrayList<>();
        for (Map.Entry<String, String> c : map.columns().entrySet()) {
            Function<T, String> f = fields.get(c.getKey());
            if (f == null) {
                throw new IllegalArgumentException("the profile's table \"" + map.name() + "\" asks for \"" + c.getKey()
                        + "\", which the generator does not fill for " + role + "; it fills " + fields.keySet());
            }
            columns.add(c.getValue());
            getters.add(f);
        }
        List<RawRow> rows = new ArrayList<>(items.size());
        int number = 2;
        for (T item : items) {
            List<String> values = new ArrayList<>(getters.size());
            for (Function<T, String> g : getters) {
                values.add(g.apply(item));
            }
            rows.add(new RawRow(number++, values));
        }
        byName.put(map.name(), new RawTable(map.name(), map.name() + ".csv", columns, rows));
    }

    /** The tables as a data source, as if read from files. */
    DataSource source() {
        return new DataSource() {
            @Override
            public String describe() {
                return "generated district";
            }

            @Override
            public boolean has(String table) {
                return byName.containsKey(table);
            }

            @Override
            public RawTable read(String table) throws DataException {
                RawTable t = byName.get(table);
                if (t == null) {
                    throw new DataException(java.util.List.of(new DataProblem(org.cba.data.DataCode.D002, "generated district", 0, null, null, "no table " + table)));
                }
                return t;
            }

            @Override
            public void close() {
            }
        };
    }

    void writeCsv(Path folder) throws IOException {
        Files.createDirectories(folder);
        for (RawTable t : byName.values()) {
            try (Writer w = Files.newBufferedWriter(folder.resolve(t.name() + ".csv"), StandardCharsets.UTF_8)) {
                w.write(csv(t.columns()));
                w.write('\n');
                for (RawRow r : t.rows()) {
                    w.write(csv(r.values()));
                    w.write('\n');
                }
            }
        }
    }

    void writeSqlite(Path file) throws DataException {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SqliteWriter.copy(source(), new ArrayList<>(byName.keySet()), file);
    }

    static String csv(List<String> values) {
        StringBuilder b = new StringBuilder();
        for (String v : values) {
            if (b.length() > 0) {
                b.append(',');
            }
            if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0) {
                b.append('"').append(v.replace("\"", "\"\"")).append('"');
            } else {
                b.append(v);
            }
        }
        return b.toString();
    }
}
