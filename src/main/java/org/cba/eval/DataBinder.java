package org.cba.eval;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.cba.check.Checked;
import org.cba.check.Type;
import org.cba.check.Units;
import org.cba.data.DataCode;
import org.cba.data.DataException;
import org.cba.data.DataProblem;
import org.cba.data.DataSource;
import org.cba.data.RawRow;
import org.cba.data.RawTable;
import org.cba.syntax.ast.Decl;
import org.cba.syntax.ast.TypeExpr;

/**
 * Binds raw data to a contract's schema: one table per entity, every cell typed, every reference
 * resolved, keys unique. All problems are collected (up to a limit) and reported together.
 * A table that is not in the data is a problem (D002) unless its entity is declared
 * {@code optional entity} or the caller allows it to be missing: a contract read against part
 * of its data would give a partial answer that looks whole.
 */
public final class DataBinder {
    /** Problems past this many are counted, not listed. */
    static final int MAX_PROBLEMS = 100;
    public static final String CALENDAR = "calendar";

    private final Checked checked;
    private final DataSource source;
    /** Table or entity names that may be missing, besides the entities declared optional. */
    private final Set<String> allowMissing;
    /** In a set: a problem with the source as a whole comes back for every table, and is reported once. */
    private final Set<DataProblem> problems = new LinkedHashSet<>();
    /** Tables that are there but could not be read at all: references to them are not reported again. */
    private final Set<String> unreadable = new HashSet<>();
    /** Per entity, the cells ("row:column", or "row:" for a whole row) already reported while reading. */
    private final Map<String, Set<String>> reported = new HashMap<>();
    /** Tables absent and not allowed to be: reported together, as one problem when none is there. */
    private final List<DataProblem> absent = new ArrayList<>();
    private int suppressed;
    private final Map<String, RawTable> raw = new LinkedHashMap<>();
    private final Map<String, Map<String, Integer>> keys = new HashMap<>();
    private final Map<String, EntityTable> tables = new LinkedHashMap<>();
    /** Tables the data does not have and may lack: their entities have no rows, and the run says so. */
    private final List<String> missing = new ArrayList<>();
    private final Map<String, Value[][]> cells = new HashMap<>();
    /** Rows written in a rule test: a cell with no text (null) is a field the row does not give, not a missing value. */
    private boolean unstatedCells;

    private DataBinder(Checked checked, DataSource source, Set<String> allowMissing) {
        this.checked = checked;
        this.source = source;
        this.allowMissing = Set.copyOf(allowMissing);
    }

    /**
     * Binds the rows a rule test states, typed and checked as any data: a field a row does not give
     * (its cell is null) has no value, which the checker allows only for fields the rule never reads.
     */
    static Dataset bindStated(Checked checked, DataSource source) throws DataException {
        DataBinder b = new DataBinder(checked, source, Set.of());
        b.unstatedCells = true;
        return b.run();
    }

    /** Every table the contract reads must be there, except those of optional entities. */
    public static Dataset bind(Checked checked, DataSource source) throws DataException {
        return bind(checked, source, Set.of());
    }

    /**
     * As {@link #bind(Checked, DataSource)}, and the tables named in allowMissing (by table name,
     * "events", or entity name, "Event") may be missing too: their entities then have no rows,
     * and {@link Dataset#missingTables()} lists them. Names the contract does not read are ignored,
     * so one list can serve several contracts.
     */
    public static Dataset bind(Checked checked, DataSource source, Set<String> allowMissing) throws DataException {
        return new DataBinder(checked, source, allowMissing).run();
    }

    private Dataset run() throws DataException {
        List<Decl.EntityDecl> entities = entities();
        for (Decl.EntityDecl e : entities) {
            read(e);
        }
        reportAbsent(entities.size());
        for (Decl.EntityDecl e : entities) {
            indexKeys(e);
        }
        for (Decl.EntityDecl e : entities) {
            if (raw.containsKey(e.name().name())) {
                tables.put(e.name().name(), allocate(e));
            }
        }
        for (Decl.EntityDecl e : entities) {
            if (raw.containsKey(e.name().name())) {
                fill(e, tables.get(e.name().name()));
            }
        }
        SchoolCalendar calendar = calendar();
        if (!problems.isEmpty()) {
            List<DataProblem> all = new ArrayList<>(problems);
            if (suppressed > 0) {
                all.add(new DataProblem(DataCode.D010, source.describe(), 0, null, null, suppressed + " more problems not listed"));
            }
            throw new DataException(all);
        }
        return new Dataset(source.describe(), tables, calendar, missing);
    }

    private List<Decl.EntityDecl> entities() {
        List<Decl.EntityDecl> out = new ArrayList<>();
        for (Decl d : checked.symbols().all()) {
            if (d instanceof Decl.EntityDecl e) {
                out.add(e);
            }
        }
        return out;
    }

    /** The tables a contract reads from its data: one per entity, and the school calendar. */
    public static java.util.List<String> tablesRead(Checked checked) {
        java.util.List<String> out = new ArrayList<>();
        for (Decl d : checked.symbols().all()) {
            if (d instanceof Decl.EntityDecl e) {
                out.add(tableName(e));
            }
        }
        out.add(CALENDAR);
        return out;
    }

    /** The table (or file, without its extension) an entity's rows come from. */
    public static String tableName(Decl.EntityDecl e) {
        return e.source() != null ? e.source() : e.name().name().toLowerCase(Locale.ROOT);
    }

    private void problem(DataCode code, String origin, int row, String column, String value, String message) {
        problem(new DataProblem(code, origin, row, column, value, message));
    }

    private void problem(DataProblem p) {
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(p);
        } else if (!problems.contains(p)) {
            suppressed++;
        }
    }

    /** May this entity's table be missing: declared optional, or allowed by the caller by table or entity name. */
    private boolean mayBeMissing(Decl.EntityDecl e) {
        return e.optional() || allowMissing.contains(tableName(e)) || allowMissing.contains(e.name().name());
    }

    private void read(Decl.EntityDecl e) {
        String name = tableName(e);
        if (!source.has(name)) {
            if (mayBeMissing(e)) {
                missing.add(name);
                List<String> columns = plainFields(e).stream().map(f -> f.name().name()).toList();
                raw.put(e.name().name(), new RawTable(name, name + " (not in the data)", columns, List.of()));
            } else {
                DataProblem p = source.absent(name);
                absent.add(new DataProblem(DataCode.D002, p.origin(), 0, null, null, "the table " + name + " of "
                        + e.name().name() + " is missing: " + p.message() + emptyHint(e)));
                unreadable.add(e.name().name());
            }
            return;
        }
        try {
            accept(e, source.read(name));
        } catch (DataException ex) {
            ex.problems().forEach(this::problem);
            if (ex.partial().isPresent()) {
                accept(e, ex.partial().get());
                reported.put(e.name().name(), reportedCells(ex.problems()));
            } else {
                unreadable.add(e.name().name());
            }
        }
    }

    /** How to say "the district has none of these": the table with its columns and no rows. */
    private String emptyHint(Decl.EntityDecl e) {
        String columns = String.join(",", plainFields(e).stream().map(f -> f.name().name()).toList());
        return " (when there are none, give the table with its columns and no rows: " + columns + ")";
    }

    /** When not one of the contract's tables is there, the data is surely not what was meant: one problem says so. */
    private void reportAbsent(int tableCount) {
        boolean noneThere = absent.size() + missing.size() == tableCount;
        if (absent.size() > 1 && noneThere) {
            DataProblem first = absent.get(0);
            problem(DataCode.D002, first.origin(), 0, null, null, "none of the " + absent.size()
                    + " tables the contract needs is in the data; the first: " + first.message());
            return;
        }
        absent.forEach(this::problem);
    }

    private void accept(Decl.EntityDecl e, RawTable t) {
        for (Decl.Field f : e.fields()) {
            if (f instanceof Decl.PlainField p && t.columnIndex(p.name().name()) < 0) {
                problem(DataCode.D005, t.origin(), 0, p.name().name(), null, "the column \"" + p.name().name() + "\" is missing ("
                        + e.name().name() + "." + p.name().name() + ", " + p.type().text() + ")");
            }
        }
        raw.put(e.name().name(), t);
    }

    private static Set<String> reportedCells(List<DataProblem> found) {
        Set<String> cells = new HashSet<>();
        for (DataProblem p : found) {
            cells.add(p.row() + ":" + (p.column() == null ? "" : p.column()));
        }
        return cells;
    }

    /** Was this cell, or its whole row, already reported while the table was read? Then it is not reported again. */
    private boolean alreadyReported(Decl.EntityDecl e, int row, String column) {
        Set<String> cells = reported.get(e.name().name());
        return cells != null && (cells.contains(row + ":") || cells.contains(row + ":" + column));
    }

    /** Indexes rows by key; with several key fields (a compound key) by all of them together. */
    private void indexKeys(Decl.EntityDecl e) {
        RawTable t = raw.get(e.name().name());
        List<String> keyFields = keyFields(e);
        if (t == null || keyFields.isEmpty() || keyFields.stream().anyMatch(k -> t.columnIndex(k) < 0)) {
            return;
        }
        String shown = String.join(" and ", keyFields);
        Map<String, Integer> index = new HashMap<>();
        int[] columns = keyFields.stream().mapToInt(t::columnIndex).toArray();
        for (int i = 0; i < t.rows().size(); i++) {
            RawRow r = t.rows().get(i);
            String k;
            boolean empty = false;
            if (columns.length == 1) {
                // One key field, the usual case: its text is the key (no list, no join per row).
                String v = r.get(columns[0]);
                k = v == null ? "" : v.strip();
                empty = k.isEmpty();
            } else {
                List<String> parts = new ArrayList<>(columns.length);
                for (int c : columns) {
                    String v = r.get(c);
                    String part = v == null ? "" : v.strip();
                    empty |= part.isEmpty();
                    parts.add(part);
                }
                k = String.join(", ", parts);
            }
            if (empty) {
                if (!alreadyReported(e, r.number(), keyFields.get(0))) {
                    problem(DataCode.D008, t.origin(), r.number(), keyFields.get(0), null, "the key " + shown + " is empty");
                }
            } else if (index.putIfAbsent(k, i) != null) {
                problem(DataCode.D008, t.origin(), r.number(), keyFields.get(0), k, "this " + shown + " is already used on row "
                        + t.rows().get(index.get(k)).number() + "; " + (keyFields.size() > 1 ? "together they" : "keys")
                        + " must be unique");
            }
        }
        keys.put(e.name().name(), index);
    }

    static List<String> keyFields(Decl.EntityDecl e) {
        List<String> out = new ArrayList<>();
        for (Decl.Field f : e.fields()) {
            if (f instanceof Decl.PlainField p && p.key()) {
                out.add(p.name().name());
            }
        }
        return out;
    }

    private static List<Decl.PlainField> plainFields(Decl.EntityDecl e) {
        return e.fields().stream().filter(Decl.PlainField.class::isInstance).map(Decl.PlainField.class::cast).toList();
    }

    /** Tables exist before their cells are filled, so references can point at any of them. */
    private EntityTable allocate(Decl.EntityDecl e) {
        RawTable t = raw.get(e.name().name());
        List<Decl.PlainField> fields = plainFields(e);
        Value[][] rows = new Value[t.rows().size()][fields.size()];
        int[] numbers = t.rows().stream().mapToInt(RawRow::number).toArray();
        cells.put(e.name().name(), rows);
        return new EntityTable(e, t.origin(), fields.stream().map(f -> f.name().name()).toList(), rows, numbers,
                keys.get(e.name().name()));
    }

    private void fill(Decl.EntityDecl e, EntityTable table) {
        RawTable t = raw.get(e.name().name());
        List<Decl.PlainField> fields = plainFields(e);
        Map<String, Type> types = checked.fieldTypes(e.name().name());
        Value[][] rows = cells.get(e.name().name());
        BigDecimal[] factors = fields.stream().map(f -> factor(checked, f)).toArray(BigDecimal[]::new);
        // Per column, worked out once rather than per cell: where it is, its type, whether it is a percent.
        int[] columns = new int[fields.size()];
        Type[] fieldTypes = new Type[fields.size()];
        boolean[] percents = new boolean[fields.size()];
        boolean[] wholes = new boolean[fields.size()];
        for (int f = 0; f < fields.size(); f++) {
            Decl.PlainField field = fields.get(f);
            columns[f] = t.columnIndex(field.name().name());
            fieldTypes[f] = types.get(field.name().name());
            percents[f] = field.type() instanceof TypeExpr.Named n && n.per() == null && n.num().text().equals("percent");
            wholes[f] = fieldTypes[f] instanceof Type.Quantity q && checked.symbols().units().isWhole(q.dim());
        }
        for (int i = 0; i < t.rows().size(); i++) {
            RawRow r = t.rows().get(i);
            for (int f = 0; f < fields.size(); f++) {
                int col = columns[f];
                boolean skip = col < 0 || alreadyReported(e, r.number(), fields.get(f).name().name())
                        || (unstatedCells && r.get(col) == null);
                rows[i][f] = skip ? Value.NONE : cell(t, r, fields.get(f), r.get(col), fieldTypes[f], factors[f], percents[f], wholes[f]);
            }
        }
    }

    private Value cell(RawTable t, RawRow r, Decl.PlainField field, String text, Type type, BigDecimal factor, boolean percent,
            boolean whole) {
        String column = field.name().name();
        if (type instanceof Type.Entity ref) {
            return reference(t, r, column, text, ref.name());
        }
        CellParser.Parsed p = CellParser.parse(text, type, percent, whole, factor);
        if (p.problem() != null) {
            problem(p.code(), t.origin(), r.number(), column, text, p.problem());
            return Value.NONE;
        }
        return p.value();
    }

    private Value reference(RawTable t, RawRow r, String column, String text, String target) {
        Map<String, Integer> index = keys.get(target);
        String k = text == null ? "" : text.strip();
        Integer row = index == null ? null : index.get(k);
        if (row == null) {
            if (unreadable.contains(target)) {
                return Value.NONE; // that table's own problem is reported; a problem per reference would bury it
            }
            String where = raw.containsKey(target) ? raw.get(target).origin() : "the " + target + " data";
            problem(DataCode.D009, t.origin(), r.number(), column, text, k.isEmpty() ? "the value is missing; expected a " + target
                    : "there is no " + target + " with this key in " + where);
            return Value.NONE;
        }
        return new Value.Row(tables.get(target), row);
    }

    /** How many of the field's unit's base unit one of its unit is (60 for minutes in hours); 1 for most. */
    static BigDecimal factor(Checked checked, Decl.PlainField field) {
        if (!(field.type() instanceof TypeExpr.Named n)) {
            return BigDecimal.ONE;
        }
        Units units = checked.symbols().units();
        BigDecimal num = units.lookup(n.num().text()).map(Units.Unit::factor).orElse(BigDecimal.ONE);
        BigDecimal per = n.per() == null ? BigDecimal.ONE : units.lookup(n.per().text()).map(Units.Unit::factor).orElse(BigDecimal.ONE);
        return num.divide(per, Interpreter.MATH);
    }

    private SchoolCalendar calendar() {
        if (!source.has(CALENDAR)) {
            return SchoolCalendar.NONE;
        }
        RawTable t;
        try {
            t = source.read(CALENDAR);
        } catch (DataException ex) {
            ex.problems().forEach(this::problem);
            return SchoolCalendar.NONE;
        }
        return calendarOf(t);
    }

    private SchoolCalendar calendarOf(RawTable t) {
        int dateCol = t.columnIndex("date");
        int kindCol = t.columnIndex("kind");
        int semesterCol = t.columnIndex("semester");
        if (dateCol < 0 || kindCol < 0) {
            problem(DataCode.D005, t.origin(), 0, dateCol < 0 ? "date" : "kind", null, "the calendar needs the columns date and kind");
            return SchoolCalendar.NONE;
        }
        Set<LocalDate> school = new HashSet<>();
        Set<LocalDate> closed = new HashSet<>();
        Map<LocalDate, String> semesters = new HashMap<>();
        Map<LocalDate, RawRow> rowOf = new HashMap<>();
        java.util.TreeSet<LocalDate> listed = new java.util.TreeSet<>();
        for (RawRow r : t.rows()) {
            CellParser.Parsed d = CellParser.parse(r.get(dateCol), Type.DATE, false, BigDecimal.ONE);
            if (d.problem() != null) {
                problem(d.code(), t.origin(), r.number(), "date", r.get(dateCol), d.problem());
                continue;
            }
            LocalDate date = ((Value.DateV) d.value()).date();
            listed.add(date);
            String kind = r.get(kindCol) == null ? "" : r.get(kindCol).strip().toLowerCase(Locale.ROOT);
            switch (kind) {
                case "instructional" -> school.add(date);
                case "pupil_free" -> { }
                case "holiday", "recess" -> closed.add(date);
                default -> problem(DataCode.D006, t.origin(), r.number(), "kind", r.get(kindCol),
                        "expected instructional, pupil_free, holiday or recess");
            }
            String semester = semesterCol < 0 || r.get(semesterCol) == null ? "" : r.get(semesterCol).strip();
            if (!semester.isEmpty()) {
                semesters.put(date, semester);
                rowOf.put(date, r);
            }
        }
        SchoolCalendar.Semesters named = SchoolCalendar.semesters(semesters);
        named.overlapping().forEach((date, other) -> problem(DataCode.D006, t.origin(), rowOf.get(date).number(), "semester",
                semesters.get(date), "this date is within semester " + other + "; a semester runs from the first to the last date"
                        + " that names it, and semesters cannot overlap"));
        return listed.isEmpty() ? new SchoolCalendar(school, closed, true)
                : new SchoolCalendar(school, closed, named.list(), listed.first(), listed.last(), true);
    }
}
