package org.cba.gen;

import java.util.List;
import java.util.Random;

/**
 * What a column generator sees while one row is made: the row so far, its parent and school, its
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

    Row school() {
        return current.school;
    }

    List<Row> rows(String name) {
        return tables.rows(name);
    }

    List<Row> rowsOfSchool(String name) {
        return tables.rowsOfSchool(name, current.school);
    }

    int nextNumber(String prefix) {
        return tables.nextNumber(table, prefix);
    }

    String personName() {
        return tables.personName(random);
    }

    /**
     * The value at a path: a column of this row made before ("_size", "school.level" through a
     * reference), or of the parent ("parent.enrollment") or the school ("school.level"); "parent"
     * and "school" alone are those rows' keys.
     */
    Row.Ref resolve(String path) {
        int dot = path.indexOf('.');
        String first = dot < 0 ? path : path.substring(0, dot);
        String rest = dot < 0 ? null : path.substring(dot + 1);
        Row start;
        if (current != null && current.layout.indexOf(first) >= 0 && current.value(first) != null) {
            if (rest == null) {
                return current.get(first);
            }
            start = current.link(first);
        } else if (first.equals("parent")) {
            start = parent;
        } else if (first.equals("school")) {
            start = current == null ? null : current.school;
        } else {
            start = null;
        }
        if (start == null) {
            return null;
        }
        return rest == null ? Row.Ref.to(start) : start.get(rest);
    }

    Row.Ref require(String path) {
        Row.Ref r = resolve(path);
        if (r == null) {
            throw new Gen.Failure("nothing at \"" + path + "\"" + (parent == null ? "" : " (parent " + parent.key() + ")"));
        }
        return r;
    }
}
