package org.cba.report.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cba.eval.Trace;
import org.cba.syntax.ast.Citation;
import org.cba.syntax.ast.Decl;

/**
 * A finding's explanation as a page shows it: each step with its value (units included), what it
 * came from (a term or table with its citations and quoted words, a data cell, a reading, a let),
 * and the data rows read, as one small table per file.
 */
public record Derivation(List<Step> steps, List<DataTable> tables) {
    public boolean hasTables() {
        return !tables.isEmpty();
    }

    /** A citation and the agreement's words it quotes (quote is null when the spec quotes none). */
    public record Quote(String cite, String text) {
    }

    /** One step: what, its value, what kind of source (term, table, data, reading, let), where in words, a link to the data row read. */
    public record Step(String what, String value, String kind, String where, String href, List<Quote> quotes) {
    }

    /** The rows of one data file that were read, with the columns read from them. */
    public record DataTable(String file, List<String> columns, List<DataRow> rows) {
    }

    /** One row read: its number in the file, the record it is as a person names it, the cells read (blank: not read). */
    public record DataRow(String anchor, int row, String record, List<String> cells) {
    }

    public static Derivation of(List<Trace.Step> trace) {
        List<Step> steps = new ArrayList<>();
        Map<String, Map<Integer, Map<String, String>>> files = new LinkedHashMap<>();
        Map<String, String> records = new LinkedHashMap<>();
        for (Trace.Step s : trace) {
            steps.add(step(s));
            Trace.DataCell c = s.cell();
            if (c != null) {
                files.computeIfAbsent(c.file(), k -> new LinkedHashMap<>()).computeIfAbsent(c.row(), k -> new LinkedHashMap<>())
                        .put(c.column(), s.value());
                records.putIfAbsent(key(c.file(), c.row()), c.record());
            }
        }
        List<DataTable> tables = new ArrayList<>();
        files.forEach((file, rows) -> tables.add(table(file, rows, records)));
        return new Derivation(steps, tables);
    }

    private static DataTable table(String file, Map<Integer, Map<String, String>> rows, Map<String, String> records) {
        List<String> columns = new ArrayList<>();
        rows.values().forEach(cells -> cells.keySet().stream().filter(c -> !columns.contains(c)).forEach(columns::add));
        List<DataRow> out = new ArrayList<>();
        rows.forEach((row, cells) -> out.add(new DataRow(anchor(file, row), row, records.get(key(file, row)),
                columns.stream().map(c -> cells.getOrDefault(c, "")).toList())));
        return new DataTable(file, columns, out);
    }

    private static String key(String file, int row) {
        return file + "\u0000" + row;
    }

    /** The id of a data row's line in the page: "data-sections-csv-2". */
    static String anchor(String file, int row) {
        return "data-" + file.replaceAll("[^A-Za-z0-9]+", "-") + "-" + row;
    }

    private static Step step(Trace.Step s) {
        if (s.cell() != null) {
            Trace.DataCell c = s.cell();
            return new Step(s.what(), s.value(), "data", c.file() + ", row " + c.row() + ", column " + c.column(),
                    "#" + anchor(c.file(), c.row()), List.of());
        }
        Decl d = s.decl();
        if (d != null) {
            return new Step(s.what(), s.value(), kind(d), s.source(), null, quotes(d.citations()));
        }
        return new Step(s.what(), s.value(), s.what().startsWith("reading ") ? "reading" : "let", s.source(), null, List.of());
    }

    private static String kind(Decl d) {
        if (d instanceof Decl.TableDecl) {
            return "table";
        }
        return d instanceof Decl.ReadingDecl ? "reading" : "term";
    }

    static List<Quote> quotes(List<Citation> citations) {
        return citations.stream().map(c -> new Quote(c.cite(), c.quote())).toList();
    }
}
