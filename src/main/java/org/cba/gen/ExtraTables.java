package org.cba.gen;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.cba.data.RawRow;
import org.cba.data.RawTable;

/**
 * Makes the tables the profile's recipes describe, after the core tables (units, staff, groups,
 * sites), which recipes hang their rows on and pick from. Each recipe draws from a random stream
 * of its own, seeded from the seed and the recipe's name, so the core tables do not change when
 * recipes are added, and a recipe's rows do not change when another recipe does.
 */
final class ExtraTables {
    private static final Row.Layout NO_COLUMNS = new Row.Layout(List.of());
    final CalendarPlan calendar;
    private final Profile.Names names;
    private final Map<String, List<Row>> rows = new HashMap<>();
    private final Map<String, Integer> numbers = new HashMap<>();
    private final Map<String, Map<Row, List<Row>>> byUnit = new HashMap<>();
    private final Map<String, Integer> byUnitSize = new HashMap<>();

    private ExtraTables(CalendarPlan calendar, Profile.Names names) {
        this.calendar = calendar;
        this.names = names;
    }

    /** The written extra tables, by name, in the order their first recipe comes. */
    static Map<String, RawTable> make(List<Recipe> recipes, Map<String, List<Row>> core, CalendarPlan calendar, Profile.Names names,
                                      long seed) {
        ExtraTables t = new ExtraTables(calendar, names);
        t.rows.putAll(core);
        Map<String, List<String>> written = new LinkedHashMap<>();
        for (Recipe r : recipes) {
            t.run(r, new Random(seed * 1_000_003L + r.name().hashCode()));
            if (!Recipe.hidden(r.table())) {
                written.putIfAbsent(r.table(), r.written());
            }
        }
        Map<String, RawTable> out = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : written.entrySet()) {
            out.put(e.getKey(), t.table(e.getKey(), e.getValue()));
        }
        return out;
    }

    private void run(Recipe r, Random random) {
        List<Row> into = rows.computeIfAbsent(r.table(), k -> new ArrayList<>());
        RowContext ctx = new RowContext(this, random, r.table());
        if (r.rows() != null) {
            for (List<Gen> literal : r.rows()) {
                makeRow(r, literal, ctx, null, 0, into);
            }
            return;
        }
        // a recipe for the whole district has one parent: none
        List<Row> parents = r.per().equals(Recipe.DISTRICT) ? Collections.singletonList(null) : List.copyOf(rows(r.per()));
        for (Row p : parents) {
            if (p != null && !Gen.Filter.all(r.where(), p)) {
                continue;
            }
            int n = count(r, ctx, p);
            for (int i = 0; i < n; i++) {
                makeRow(r, r.columns(), ctx, p, i, into);
            }
        }
    }

    /** How many rows a parent gets: the count made on the parent (a number; true is 1). */
    private static int count(Recipe r, RowContext ctx, Row parent) {
        ctx.parent = parent;
        ctx.current = new Row(NO_COLUMNS, parent, parent == null ? null : parent.unit);
        ctx.index = 0;
        String v;
        try {
            v = r.count().next(ctx).value();
        } catch (Gen.Failure e) {
            throw new RecipeException(r.name(), "count", e.getMessage());
        }
        Double n = Gen.Num.tryParse(v);
        if (n == null) {
            throw new RecipeException(r.name(), "count", "\"" + v + "\" is not a number");
        }
        return (int) Math.max(0, Math.round(n));
    }

    /** One row; left out when a reference finds no row. */
    private void makeRow(Recipe r, List<Gen> columns, RowContext ctx, Row parent, int index, List<Row> into) {
        Row row = new Row(r.layout(), parent, parent == null ? null : parent.unit);
        ctx.parent = parent;
        ctx.current = row;
        ctx.index = index;
        for (int c = 0; c < columns.size(); c++) {
            Row.Ref v;
            try {
                v = columns.get(c).next(ctx);
            } catch (Gen.Failure e) {
                throw new RecipeException(r.name(), r.layout().names.get(c), e.getMessage());
            }
            if (v == null) {
                return;
            }
            row.put(c, v.value(), v.row());
            if (row.unit == null && v.row() != null && v.row().unit == v.row()) {
                // a row of the whole district that refers to a unit belongs to that unit
                row.unit = v.row();
            }
        }
        into.add(row);
    }

    List<Row> rows(String table) {
        List<Row> r = rows.get(table);
        return r == null ? List.of() : r;
    }

    /** The rows of a table that belong to a unit, indexed once per table (again if the table grew). */
    List<Row> rowsOfUnit(String table, Row unit) {
        if (unit == null) {
            return List.of();
        }
        List<Row> all = rows(table);
        Map<Row, List<Row>> index = byUnit.get(table);
        if (index == null || byUnitSize.get(table) != all.size()) {
            index = new IdentityHashMap<>();
            for (Row r : all) {
                if (r.unit != null) {
                    index.computeIfAbsent(r.unit, k -> new ArrayList<>()).add(r);
                }
            }
            byUnit.put(table, index);
            byUnitSize.put(table, all.size());
        }
        return index.getOrDefault(unit, List.of());
    }

    int nextNumber(String table, String prefix) {
        return numbers.merge(table + '\u0000' + prefix, 1, Integer::sum);
    }

    String personName(Random random) {
        return names.first().get(random.nextInt(names.first().size())) + " " + names.last().get(random.nextInt(names.last().size()));
    }

    private RawTable table(String name, List<String> columns) {
        List<Row> made = rows(name);
        List<RawRow> out = new ArrayList<>(made.size());
        int number = 2;
        for (Row row : made) {
            List<String> values = new ArrayList<>(columns.size());
            for (String c : columns) {
                values.add(row.value(c));
            }
            out.add(new RawRow(number++, values));
        }
        return new RawTable(name, name + ".csv", columns, out);
    }
}
