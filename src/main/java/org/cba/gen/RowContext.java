package org.cba.gen;

import java.util.List;
import java.util.Random;

/**
 * What a column generator sees while one row is made: the row so far, its parent and unit, its
 * place among its parent's rows, the recipe's random stream, and the tables made so far.
 */
final class RowContext {
    private final ExtraTables tables;
    private final Random random;
    private final String table;
    Row current;
    Row parent;
    int index;

    RowContext(ExtraTables tables, Random random, String table) {
        this.tables = tables;
        this.random = random;
        this.table = table;
    }

    Random random() {
        return random;
    }

    int index() {
        return index;
    }

    CalendarPlan calendar() {
        return tables.calendar;
    }

    List<Row> rows(String name) {
        return tables.rows(name);
    }

    List<Row> rowsOfUnit(String name) {
        return tables.rowsOfUnit(name, current.unit);
    }

    int nextNumber(String prefix) {
        return tables.nextNumber(table, prefix);
    }

    String personName() {
        return tables.personName(random);
    }

    /**
     * The value at a path: a column of this row made before ("_size", "unit.level" through a
     * reference), or of the parent ("parent.enrollment") or the unit ("unit.level"); "parent"
     * and "unit" alone are those rows' keys.
     */
    Row.Ref resolve(Row.Path path) {
        if (current != null) {
            int c = path.indexIn(0, current.layout);
            if (c >= 0 && current.value(c) != null) {
                return current.get(path, 0);
            }
        }
        Row start = switch (path.first()) {
            case "parent" -> parent;
            case "unit" -> current == null ? null : current.unit;
            default -> null;
        };
        if (start == null) {
            return null;
        }
        return path.steps.length == 1 ? Row.Ref.to(start) : start.get(path, 1);
    }

    Row.Ref require(Row.Path path) {
        Row.Ref r = resolve(path);
        if (r == null) {
            throw new Gen.Failure("nothing at \"" + path + "\"" + (parent == null ? "" : " (parent " + parent.key() + ")"));
        }
        return r;
    }
}
