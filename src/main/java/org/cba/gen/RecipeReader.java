package org.cba.gen;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the profile's table recipes ("extraTables") and checks them before anything is generated:
 * every generator kind and option known, every table a recipe hangs on or picks from made before
 * it, every path starting at a column made before it, every range in order. A mistake is one
 * line naming the table and the column.
 */
final class RecipeReader {
    private static final Set<String> RECIPE_KEYS = Set.of("about", "table", "per", "where", "count", "columns", "rows");
    private static final List<String> KINDS = List.of("seq", "copy", "pick", "count", "int", "decimal", "oneOf", "chance",
            "date", "sessionDay", "series", "from", "by", "name");
    private static final Map<String, Set<String>> OPTIONS = Map.of(
            "pick", Set.of("where", "sameUnit", "unique"),
            "count", Set.of("where", "sameUnit"),
            "decimal", Set.of("step"),
            "series", Set.of("every", "sessionDays"),
            "from", Set.of("times", "plus", "step", "min", "max", "sessionDays"),
            "by", Set.of("cases"));

    /** The columns of each table recipes may use: the core tables, then each recipe's table. */
    private final Map<String, Set<String>> columnsOf = new HashMap<>();
    /** Whether a table's rows belong to units (so that sameUnit has a unit to look in). */
    private final Map<String, Boolean> belongsToUnits = new HashMap<>();
    private final Map<String, List<String>> writtenOf = new HashMap<>();
    private final Set<String> unitTables;
    private final Set<String> coreTables;

    private RecipeReader(Map<String, List<String>> coreColumns, Set<String> unitTables, Set<String> withUnit) {
        this.unitTables = unitTables;
        this.coreTables = coreColumns.keySet();
        coreColumns.forEach((t, cs) -> {
            columnsOf.put(t, new LinkedHashSet<>(cs));
            belongsToUnits.put(t, withUnit.contains(t));
        });
    }

    /**
     * The recipes, in order.
     *
     * @param coreColumns  the core tables recipes may use, by role and by name, and their columns
     * @param unitTables the names of the units' table ("unit", "units")
     * @param withUnit   the core tables whose rows belong to a unit
     */
    static List<Recipe> read(JsonNode node, Map<String, List<String>> coreColumns, Set<String> unitTables, Set<String> withUnit) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isObject()) {
            throw new IllegalArgumentException("extraTables must be an object of table recipes");
        }
        RecipeReader reader = new RecipeReader(coreColumns, unitTables, withUnit);
        List<Recipe> out = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            out.add(reader.recipe(e.getKey(), e.getValue()));
        }
        return out;
    }

    /** What a generator may refer to: the columns before it, the parent, the unit. */
    private static final class Scope {
        final String recipe;
        String column;
        final Set<String> earlier = new LinkedHashSet<>();
        final boolean hasParent;
        final boolean hasUnit;
        boolean picksUnit;

        Scope(String recipe, boolean hasParent, boolean hasUnit) {
            this.recipe = recipe;
            this.hasParent = hasParent;
            this.hasUnit = hasUnit;
        }

        RecipeException error(String message) {
            return new RecipeException(recipe, column, message);
        }
    }

    private Recipe recipe(String name, JsonNode n) {
        if (!n.isObject()) {
            throw new RecipeException(name, null, "a recipe is an object with \"per\", \"count\" and \"columns\" (or \"rows\")");
        }
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!RECIPE_KEYS.contains(k)) {
                throw new RecipeException(name, null, "unknown key \"" + k + "\"; a recipe has " + sorted(RECIPE_KEYS));
            }
        }
        String table = n.has("table") ? text(n.get("table"), new Scope(name, false, false), "table") : name;
        if (coreTables.contains(table)) {
            throw new RecipeException(name, null, "\"" + table + "\" is a core table, which the generator makes itself");
        }
        Recipe r = n.has("rows") ? literal(name, table, n) : perParent(name, table, n);
        List<String> written = r.written();
        List<String> before = writtenOf.putIfAbsent(table, written);
        // rows are written by column name, so recipes of one table may list its columns in any order
        if (before != null && !Set.copyOf(before).equals(Set.copyOf(written))) {
            throw new RecipeException(name, null, "its columns " + written + " differ from those of the table \"" + table
                    + "\" made before: " + before);
        }
        columnsOf.computeIfAbsent(table, k -> new LinkedHashSet<>()).addAll(r.layout().names);
        return r;
    }

    private Recipe perParent(String name, String table, JsonNode n) {
        String per = n.has("per") ? text(n.get("per"), new Scope(name, false, false), "per") : Recipe.DISTRICT;
        boolean district = per.equals(Recipe.DISTRICT);
        if (!district && !columnsOf.containsKey(per)) {
            throw new RecipeException(name, null, "\"per\": no table \"" + per + "\" made before this one" + known());
        }
        boolean parentUnit = !district && belongsToUnits.get(per);
        Scope countScope = new Scope(name, !district, parentUnit);
        countScope.column = "count";
        List<Gen.Filter> where = n.has("where") ? filters(n.get("where"), district ? Set.of() : columnsOf.get(per), countScope, "where")
                : List.of();
        if (district && !where.isEmpty()) {
            throw new RecipeException(name, null, "\"where\" filters the parent rows; a recipe per district has none");
        }
        Gen count = n.has("count") ? gen(n.get("count"), countScope) : new Gen.Const("1");
        JsonNode columns = n.get("columns");
        if (columns == null || !columns.isObject() || columns.isEmpty()) {
            throw new RecipeException(name, null, "\"columns\" must be an object of column generators");
        }
        Scope scope = new Scope(name, !district, parentUnit);
        List<String> names = new ArrayList<>();
        List<Gen> gens = columns(columns, scope, names);
        belongsToUnits.put(table, belongsToUnits.getOrDefault(table, false) || parentUnit || scope.picksUnit);
        return new Recipe(name, table, per, where, count, new Row.Layout(names), gens, null);
    }

    /** The generators of an object's columns, in order; their names go to names. A column may use the ones before it. */
    private List<Gen> columns(JsonNode object, Scope scope, List<String> names) {
        List<Gen> gens = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> c = it.next();
            scope.column = c.getKey();
            gens.add(gen(c.getValue(), scope));
            names.add(c.getKey());
            scope.earlier.add(c.getKey());
        }
        return gens;
    }

    /** Literal rows: a list of objects with the same columns, each value a generator (usually a plain value). */
    private Recipe literal(String name, String table, JsonNode n) {
        for (String k : List.of("per", "where", "count", "columns")) {
            if (n.has(k)) {
                throw new RecipeException(name, null, "a recipe with \"rows\" has no \"" + k + "\"");
            }
        }
        JsonNode rows = n.get("rows");
        if (!rows.isArray() || rows.isEmpty()) {
            throw new RecipeException(name, null, "\"rows\" must be a list of rows (objects of column values)");
        }
        List<String> names = null;
        List<List<Gen>> out = new ArrayList<>();
        for (JsonNode row : rows) {
            if (!row.isObject()) {
                throw new RecipeException(name, null, "\"rows\" must be a list of objects of column values");
            }
            Scope scope = new Scope(name, false, false);
            List<String> these = new ArrayList<>();
            List<Gen> gens = columns(row, scope, these);
            if (names != null && !names.equals(these)) {
                throw new RecipeException(name, null, "every row must have the columns " + names + ", not " + these);
            }
            names = these;
            out.add(gens);
        }
        belongsToUnits.putIfAbsent(table, false);
        return new Recipe(name, table, Recipe.DISTRICT, List.of(), new Gen.Const("1"), new Row.Layout(names), List.of(), out);
    }

    // ---- generators ----

    private Gen gen(JsonNode n, Scope s) {
        if (n.isTextual() || n.isNumber() || n.isBoolean()) {
            return new Gen.Const(n.asText());
        }
        if (!n.isObject() || n.isEmpty()) {
            throw s.error("a generator is a plain value or an object such as {\"int\": [1, 5]}, not " + n);
        }
        String kind = null;
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (KINDS.contains(k)) {
                if (kind != null) {
                    throw s.error("two generator kinds, \"" + kind + "\" and \"" + k + "\"");
                }
                kind = k;
            }
        }
        if (kind == null) {
            throw s.error("unknown generator kind " + n.fieldNames().next() + "; the kinds are " + KINDS);
        }
        Set<String> options = OPTIONS.getOrDefault(kind, Set.of());
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!k.equals(kind) && !options.contains(k)) {
                throw s.error("\"" + kind + "\" has no option \"" + k + "\"" + (options.isEmpty() ? "" : "; its options are " + sorted(options)));
            }
        }
        JsonNode v = n.get(kind);
        return switch (kind) {
            case "seq" -> new Gen.Seq(text(v, s, kind));
            case "copy" -> new Gen.Copy(new Row.Path(path(text(v, s, kind), s)));
            case "pick" -> pick(n, s, true);
            case "count" -> new Gen.Count(pick(n, s, false));
            case "int" -> range(v, s, kind, 1, true);
            case "decimal" -> range(v, s, kind, n.has("step") ? positive(n.get("step"), s, "step") : 0.01, false);
            case "oneOf" -> oneOf(v, s);
            case "chance" -> new Gen.Chance(probability(v, s));
            case "date", "sessionDay" -> dates(v, s, kind);
            case "series" -> new Gen.Series(date(v, s, kind), n.has("every") ? whole(n.get("every"), s, "every") : 1,
                    bool(n.get("sessionDays"), s, "sessionDays"));
            case "from" -> from(n, s);
            case "by" -> by(n, s);
            case "name" -> {
                if (!v.isBoolean() || !v.asBoolean()) {
                    throw s.error("write \"name\": true for a person's name");
                }
                yield new Gen.Name();
            }
            default -> throw new IllegalStateException(kind);
        };
    }

    private Gen.Pick pick(JsonNode n, Scope s, boolean mayBeUnique) {
        String kind = mayBeUnique ? "pick" : "count";
        String table = text(n.get(kind), s, kind);
        if (!columnsOf.containsKey(table)) {
            throw s.error("\"" + kind + "\": no table \"" + table + "\" made before this one" + known());
        }
        boolean sameUnit = bool(n.get("sameUnit"), s, "sameUnit");
        if (sameUnit && !s.hasUnit) {
            throw s.error("\"sameUnit\" needs rows that belong to a unit (made per unit, staff, group, or per a table made so)");
        }
        if (sameUnit && !belongsToUnits.get(table)) {
            throw s.error("\"sameUnit\": the rows of \"" + table + "\" do not belong to units");
        }
        List<Gen.Filter> where = n.has("where") ? filters(n.get("where"), columnsOf.get(table), s, "where") : List.of();
        if (unitTables.contains(table)) {
            s.picksUnit = true;
        }
        return new Gen.Pick(table, where, sameUnit, bool(n.get("unique"), s, "unique"));
    }

    private Gen range(JsonNode v, Scope s, String kind, double step, boolean whole) {
        if (!v.isArray() || v.size() < 2 || v.size() > 3) {
            throw s.error("\"" + kind + "\" is [low, high] (uniform) or [low, mode, high] (triangular)");
        }
        double[] x = new double[v.size()];
        for (int i = 0; i < x.length; i++) {
            if (!v.get(i).isNumber() || (whole && !v.get(i).canConvertToLong())) {
                throw s.error("\"" + kind + "\" needs " + (whole ? "whole numbers" : "numbers") + ", not " + v.get(i));
            }
            x[i] = v.get(i).asDouble();
        }
        for (int i = 1; i < x.length; i++) {
            if (x[i] < x[i - 1]) {
                throw s.error("\"" + kind + "\": " + v + " is not in order (low, " + (x.length == 3 ? "mode, " : "") + "high)");
            }
        }
        return x.length == 2 ? new Gen.Range(x[0], null, x[1], step) : new Gen.Range(x[0], x[1], x[2], step);
    }

    private Gen oneOf(JsonNode v, Scope s) {
        List<String> values = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        if (v.isArray()) {
            for (JsonNode x : v) {
                values.add(scalar(x, s, "oneOf"));
                weights.add(1.0);
            }
        } else if (v.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!e.getValue().isNumber() || e.getValue().asDouble() < 0) {
                    throw s.error("\"oneOf\": the weight of \"" + e.getKey() + "\" must be a number of at least 0");
                }
                values.add(e.getKey());
                weights.add(e.getValue().asDouble());
            }
        } else {
            throw s.error("\"oneOf\" is a list of values or an object of values and weights");
        }
        double[] cumulative = new double[weights.size()];
        double total = 0;
        for (int i = 0; i < cumulative.length; i++) {
            total += weights.get(i);
            cumulative[i] = total;
        }
        if (values.isEmpty() || total <= 0) {
            throw s.error("\"oneOf\" needs at least one value with a weight above 0");
        }
        return new Gen.OneOf(values, cumulative);
    }

    private Gen dates(JsonNode v, Scope s, String kind) {
        if (!v.isArray() || v.size() != 2) {
            throw s.error("\"" + kind + "\" is [first, last], two dates");
        }
        LocalDate from = date(v.get(0), s, kind);
        LocalDate to = date(v.get(1), s, kind);
        if (to.isBefore(from)) {
            throw s.error("\"" + kind + "\": " + to + " is before " + from);
        }
        return new Gen.Dates(from, to, kind.equals("sessionDay"));
    }

    private Gen from(JsonNode n, Scope s) {
        JsonNode v = n.get("from");
        List<Row.Path> paths = new ArrayList<>();
        if (v.isArray()) {
            for (JsonNode p : v) {
                paths.add(new Row.Path(path(text(p, s, "from"), s)));
            }
        } else {
            paths.add(new Row.Path(path(text(v, s, "from"), s)));
        }
        if (paths.isEmpty()) {
            throw s.error("\"from\" needs a path or a list of paths");
        }
        Gen plus = n.has("plus") ? numberOrGen(n.get("plus"), s, "plus") : null;
        Gen times = n.has("times") ? numberOrGen(n.get("times"), s, "times") : null;
        Double min = n.has("min") ? number(n.get("min"), s, "min") : null;
        Double max = n.has("max") ? number(n.get("max"), s, "max") : null;
        if (min != null && max != null && max < min) {
            throw s.error("\"from\": max " + max + " is below min " + min);
        }
        return new Gen.From(paths, times, plus,
                n.has("step") ? positive(n.get("step"), s, "step") : 1.0, min, max, bool(n.get("sessionDays"), s, "sessionDays"));
    }

    /** A plain number, or a generator of numbers. */
    private Gen numberOrGen(JsonNode v, Scope s, String what) {
        if (v.isNumber()) {
            return new Gen.Const(v.asText());
        }
        if (!v.isObject()) {
            throw s.error("\"" + what + "\" must be a number or a generator of numbers");
        }
        return gen(v, s);
    }

    private Gen by(JsonNode n, Scope s) {
        String path = path(text(n.get("by"), s, "by"), s);
        JsonNode cases = n.get("cases");
        if (cases == null || !cases.isObject() || cases.isEmpty()) {
            throw s.error("\"by\" needs \"cases\": an object of values (or ranges such as \"500..999\", or \"*\") and generators");
        }
        List<Gen.By.Case> out = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = cases.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String label = e.getKey();
            Gen g = gen(e.getValue(), s);
            int dots = label.indexOf("..");
            if (dots < 0) {
                out.add(new Gen.By.Case(label, label, null, null, g));
            } else {
                Double lo = bound(label.substring(0, dots), label, s);
                Double hi = bound(label.substring(dots + 2), label, s);
                if (lo != null && hi != null && hi < lo) {
                    throw s.error("\"by\": the range \"" + label + "\" is not in order");
                }
                out.add(new Gen.By.Case(label, null, lo, hi, g));
            }
        }
        return new Gen.By(new Row.Path(path), out);
    }

    private static Double bound(String text, String label, Scope s) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            throw s.error("\"by\": \"" + label + "\" is not a range of numbers such as \"500..999\"");
        }
    }

    // ---- pieces ----

    private List<Gen.Filter> filters(JsonNode n, Set<String> columns, Scope s, String what) {
        if (!n.isObject()) {
            throw s.error("\"" + what + "\" is an object of columns and the values they may have");
        }
        List<Gen.Filter> out = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String first = e.getKey().split("\\.", -1)[0];
            if (!columns.contains(first)) {
                throw s.error("\"" + what + "\": no column \"" + first + "\" in " + columns);
            }
            Set<String> values = new LinkedHashSet<>();
            if (e.getValue().isArray()) {
                for (JsonNode x : e.getValue()) {
                    values.add(scalar(x, s, what));
                }
            } else {
                values.add(scalar(e.getValue(), s, what));
            }
            out.add(new Gen.Filter(new Row.Path(e.getKey()), values));
        }
        return out;
    }

    /** A path must start at a column made before, the parent, or the unit. */
    private static String path(String path, Scope s) {
        String first = path.split("\\.", -1)[0];
        boolean ok = s.earlier.contains(first) || (first.equals("parent") && s.hasParent)
                || (first.equals("unit") && (s.hasUnit || s.picksUnit));
        if (!ok || path.contains("..") || path.endsWith(".")) {
            throw s.error("\"" + path + "\" must start at a column before this one " + s.earlier
                    + (s.hasParent ? ", \"parent\"" : "") + (s.hasUnit ? " or \"unit\"" : ""));
        }
        return path;
    }

    private static String text(JsonNode v, Scope s, String what) {
        if (v == null || !v.isTextual() || v.asText().isEmpty()) {
            throw s.error("\"" + what + "\" must be a text");
        }
        return v.asText();
    }

    private static String scalar(JsonNode v, Scope s, String what) {
        if (!(v.isTextual() || v.isNumber() || v.isBoolean())) {
            throw s.error("\"" + what + "\": " + v + " is not a plain value");
        }
        return v.asText();
    }

    private static boolean bool(JsonNode v, Scope s, String what) {
        if (v == null) {
            return false;
        }
        if (!v.isBoolean()) {
            throw s.error("\"" + what + "\" must be true or false");
        }
        return v.asBoolean();
    }

    private static double number(JsonNode v, Scope s, String what) {
        if (!v.isNumber()) {
            throw s.error("\"" + what + "\" must be a number");
        }
        return v.asDouble();
    }

    private static double positive(JsonNode v, Scope s, String what) {
        double x = number(v, s, what);
        if (x <= 0) {
            throw s.error("\"" + what + "\" must be above 0");
        }
        return x;
    }

    private static int whole(JsonNode v, Scope s, String what) {
        if (!v.canConvertToInt() || !v.isIntegralNumber() || v.asInt() < 0) {
            throw s.error("\"" + what + "\" must be a whole number of at least 0");
        }
        return v.asInt();
    }

    private static double probability(JsonNode v, Scope s) {
        double p = number(v, s, "chance");
        if (p < 0 || p > 1) {
            throw s.error("\"chance\" is a probability from 0 to 1, not " + p);
        }
        return p;
    }

    private static LocalDate date(JsonNode v, Scope s, String what) {
        try {
            return LocalDate.parse(text(v, s, what));
        } catch (DateTimeParseException e) {
            throw s.error("\"" + what + "\": \"" + v.asText() + "\" is not a date (year-month-day)");
        }
    }

    private String known() {
        return "; made so far: " + sorted(columnsOf.keySet());
    }

    private static List<String> sorted(Set<String> names) {
        return names.stream().sorted().toList();
    }
}
