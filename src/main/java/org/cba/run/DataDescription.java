package org.cba.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cba.check.Checked;
import org.cba.check.Type;
import org.cba.eval.DataBinder;
import org.cba.eval.Evaluator;
import org.cba.eval.Reads;
import org.cba.syntax.ast.Decl;

/**
 * What data a contract reads, table by table, worded for the person who prepares it: each table's
 * columns (type, unit, allowed values, keys and references), the rules that read it, and whether
 * it may be left out. Feeds {@code cba data template}, {@code describe} and {@code check}.
 */
public final class DataDescription {
    private DataDescription() {
    }

    /** One column: its name, how its values are written, and whether it is (part of) the key. */
    public record Column(String name, String written, boolean key) {
    }

    /** One table: the entity it holds (null for the calendar), its columns, who reads it, and whether it may be absent. */
    public record Table(String name, String entity, List<Column> columns, List<String> rules, boolean optional, boolean site) {
        public Table {
            columns = List.copyOf(columns);
            rules = List.copyOf(rules);
        }

        public List<String> header() {
            return columns.stream().map(Column::name).toList();
        }
    }

    /** The calendar's columns, fixed by the binder rather than by the contract. */
    private static final List<Column> CALENDAR = List.of(new Column("date", "date, year-month-day (2025-10-15)", false),
            new Column("kind", "one of instructional, pupil_free, holiday, recess", false),
            new Column("semester", "optional: the semester the day is in (fall 2025), or empty; a semester runs from the first to"
                    + " the last date that names it", false));

    /** Every table the contract reads, in declaration order, the calendar last. */
    public static List<Table> of(Checked checked) {
        List<Table> out = new ArrayList<>();
        Reads reads = Reads.of(checked);
        List<Decl.RuleDecl> rules = Evaluator.rules(checked);
        for (Decl d : checked.symbols().all()) {
            if (d instanceof Decl.EntityDecl e) {
                String entity = e.name().name();
                List<String> readers = rules.stream().filter(r -> reads.entities(r).contains(entity)).map(r -> r.name().name()).toList();
                out.add(new Table(DataBinder.tableName(e), entity, columns(checked, e), readers, e.optional(), e.site()));
            }
        }
        out.add(new Table(DataBinder.CALENDAR, null, CALENDAR, List.of(), true, false));
        return out;
    }

    /** The table of that name (or of the entity of that name, in any case), if the contract reads it. */
    public static java.util.Optional<Table> table(List<Table> tables, String name) {
        return tables.stream().filter(t -> t.name().equals(name) || (t.entity() != null && t.entity().equalsIgnoreCase(name))
                || t.name().equalsIgnoreCase(name)).findFirst();
    }

    private static List<Column> columns(Checked checked, Decl.EntityDecl e) {
        Map<String, Type> types = checked.fieldTypes(e.name().name());
        List<Column> out = new ArrayList<>();
        for (Decl.Field f : e.fields()) {
            if (f instanceof Decl.PlainField p) {
                out.add(new Column(p.name().name(), written(checked, types.get(p.name().name()), p.type().text()), p.key()));
            }
        }
        return out;
    }

    /** How a value of the type is written in a cell; unit is the field's type as the contract spells it. */
    static String written(Checked checked, Type type, String unit) {
        if (type instanceof Type.Enum en) {
            return "one of " + members(en) + " (" + en.name() + ")";
        }
        if (type instanceof Type.Entity ref) {
            return "the key of a row of " + referenced(checked, ref.name());
        }
        if (type instanceof Type.Quantity q) {
            if (q.equals(Type.MONEY)) {
                return "dollars, a number ($ and thousands commas allowed)";
            }
            return "a number of " + unit + ("percent".equals(unit) ? " (35 or 35% for 35%)" : "");
        }
        if (type instanceof Type.Bool) {
            return "yes or no";
        }
        if (type instanceof Type.Date) {
            return "date, year-month-day (2025-10-15)";
        }
        if (type instanceof Type.Time) {
            return "time of day (14:50 or 2:50 pm)";
        }
        if (type instanceof Type.DateTime) {
            return "date and time (2025-10-15T13:50 or 2025-10-15 13:50)";
        }
        if (type instanceof Type.SchoolYear) {
            return "school year (2025-2026)";
        }
        if (type instanceof Type.Text) {
            return "text";
        }
        return type == null ? unit : type.describe() + " (cannot be read from data in this release)";
    }

    private static String members(Type.Enum en) {
        List<String> shown = new ArrayList<>();
        for (String m : en.members()) {
            String label = en.labels().get(m);
            shown.add(label == null || label.equals(m) ? m : m + " (\"" + label + "\")");
        }
        return String.join(", ", shown);
    }

    /** "schools (School), by its id" for a reference to School. */
    private static String referenced(Checked checked, String entity) {
        for (Decl d : checked.symbols().all()) {
            if (d instanceof Decl.EntityDecl e && e.name().name().equals(entity)) {
                List<String> keys = e.fields().stream().filter(f -> f instanceof Decl.PlainField p && p.key())
                        .map(f -> f.name().name()).toList();
                return DataBinder.tableName(e) + " (" + entity + ")" + (keys.isEmpty() ? "" : ", by its " + String.join(" and ", keys));
            }
        }
        return entity;
    }

    /** One table as plain text, for the terminal. */
    public static String text(Table t) {
        StringBuilder b = new StringBuilder();
        b.append(t.name()).append(t.entity() == null ? " (the school calendar)" : " (" + t.entity() + ")")
                .append(t.optional() ? ", may be absent" : ", required").append('\n');
        int width = t.columns().stream().mapToInt(c -> c.name().length()).max().orElse(0);
        for (Column c : t.columns()) {
            b.append("  ").append(pad(c.name(), width)).append("  ").append(c.key() ? "key; " : "").append(c.written()).append('\n');
        }
        b.append("  read by: ").append(readers(t)).append('\n');
        return b.toString();
    }

    /** Every table as plain text, a blank line between them. */
    public static String text(List<Table> tables) {
        return String.join("\n", tables.stream().map(DataDescription::text).toList());
    }

    private static String readers(Table t) {
        if (t.entity() == null) {
            return "rules that count school days or working days (without it they cannot be evaluated)";
        }
        return t.rules().isEmpty() ? "no rule" : String.join(", ", t.rules());
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(Math.max(0, width - s.length()));
    }

    /** DATA.md: what each table of the template holds, for the person filling it in. */
    public static String markdown(String contract, List<Table> tables) {
        StringBuilder b = new StringBuilder("# The data " + contract + " reads\n\n");
        b.append("One CSV file per table, in this folder, each with its header row. Fill in one row per line;\n")
                .append("check with `cba data check CONTRACT --data FOLDER` before `cba run`.\n");
        for (Table t : tables) {
            b.append("\n## ").append(t.name()).append(".csv\n\n");
            b.append(t.entity() == null ? "The school calendar: one row per school day (instructional) and per holiday, recess or"
                    + " pupil-free day. Not written by the template: add it when rules count days, since an empty calendar"
                    + " would count no school days at all."
                    : "Rows of " + t.entity() + (t.site() ? " (findings are filed under these rows)." : "."));
            b.append(t.optional() ? " May be absent.\n\n" : " Required (give the header row alone when there are none).\n\n");
            b.append("| column | key | written as |\n| --- | --- | --- |\n");
            for (Column c : t.columns()) {
                b.append("| ").append(c.name()).append(" | ").append(c.key() ? "key" : "").append(" | ")
                        .append(c.written().replace("|", "\\|")).append(" |\n");
            }
            b.append("\nRead by: ").append(readers(t)).append(".\n");
        }
        return b.toString();
    }

    /** Writes one CSV file per table (its header row) and DATA.md into dir; returns the files written. */
    public static List<Path> writeTemplate(String contract, List<Table> tables, Path dir) throws Failure {
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(dir);
            for (Table t : tables) {
                if (t.entity() == null) {
                    // No empty calendar: a header-only calendar reads as "no school days", and counts of days would be 0, not unknown.
                    continue;
                }
                Path csv = dir.resolve(t.name() + ".csv");
                refuseOverwrite(csv);
                Files.writeString(csv, String.join(",", t.header()) + "\n", StandardCharsets.UTF_8);
                written.add(csv);
            }
            Path md = dir.resolve("DATA.md");
            Files.writeString(md, markdown(contract, tables), StandardCharsets.UTF_8);
            written.add(md);
        } catch (IOException e) {
            throw new Failure(Problem.usage("U011", "cannot write the template in " + dir + ": " + e.getMessage()));
        }
        return written;
    }

    /** A district's filled-in file is never overwritten by an empty one. */
    private static void refuseOverwrite(Path csv) throws Failure {
        if (Files.exists(csv)) {
            throw new Failure(Problem.usage("U012", csv + " already exists; give an empty or new folder with --out"));
        }
    }

    /** What {@code cba data check} found: the problems (none: the data fits) and, per table not there, the rules it touches. */
    public record CheckResult(List<Problem> problems, Map<String, List<String>> missing, List<String> counts) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /** Binds the data to the contract without evaluating anything, collecting every problem. */
    public static CheckResult check(Checked checked, String source) {
        List<Table> tables = of(checked);
        Map<String, List<String>> missing = missing(tables, source);
        try {
            org.cba.eval.Dataset data = DataSets.bind(checked, source);
            List<String> counts = new ArrayList<>();
            for (Table t : tables) {
                if (t.entity() != null && data.missingTables().contains(t.name())) {
                    counts.add(t.name() + ": not in the data (it may be absent)");
                } else if (t.entity() != null) {
                    data.table(t.entity()).ifPresentOrElse(e -> counts.add(t.name() + ": " + org.cba.report.Words.plural(e.size(), "row")),
                            () -> counts.add(t.name() + ": not in the data"));
                }
            }
            return new CheckResult(List.of(), missing, counts);
        } catch (Failure f) {
            return new CheckResult(f.problems(), missing, List.of());
        }
    }

    /** Each table of an entity the source does not have, with the rules that read it; empty when the source cannot be opened. */
    private static Map<String, List<String>> missing(List<Table> tables, String source) {
        Map<String, List<String>> out = new java.util.LinkedHashMap<>();
        try (org.cba.data.DataSource data = org.cba.data.DataSource.open(source)) {
            for (Table t : tables) {
                if (t.entity() != null && !data.has(t.name())) {
                    out.put(t.name(), t.rules());
                }
            }
        } catch (org.cba.data.DataException | RuntimeException e) {
            // The binder reports why the source cannot be opened; here there is nothing more to say.
            return Map.of();
        }
        return out;
    }

    /** The lines after the problems: which rules each missing table touches. */
    public static List<String> missingLines(CheckResult r) {
        List<String> out = new ArrayList<>();
        r.missing().forEach((table, rules) -> out.add("the table " + table + " is not in the data; "
                + (rules.isEmpty() ? "no rule reads it" : "it is read by " + String.join(", ", rules))));
        return out;
    }
}
