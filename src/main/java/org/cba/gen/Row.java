package org.cba.gen;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One row of a table while the district is generated: its values by column, and for columns that
 * refer to another row (a unit, a staff member, a row of another table) that row, so that a
 * recipe can follow references ("parent.unit.level"). The unit is the unit the row belongs
 * to (itself for a unit), null for rows of the whole district.
 */
final class Row {
    /** The columns of a table (or of a recipe, with its unwritten ones), shared by its rows. */
    static final class Layout {
        final List<String> names;
        private final Map<String, Integer> index = new HashMap<>();

        Layout(List<String> names) {
            this.names = List.copyOf(names);
            for (int i = 0; i < names.size(); i++) {
                index.put(names.get(i), i);
            }
        }

        int indexOf(String column) {
            return index.getOrDefault(column, -1);
        }
    }

    final Layout layout;
    final Row parent;
    /** Set once when the row is made; a unit row is its own unit. */
    Row unit;
    private final String[] values;
    private Row[] links;

    Row(Layout layout, Row parent, Row unit) {
        this.layout = layout;
        this.parent = parent;
        this.unit = unit;
        this.values = new String[layout.names.size()];
    }

    Row(Layout layout, List<String> values) {
        this(layout, null, null);
        values.toArray(this.values);
    }

    void put(int column, String value, Row link) {
        values[column] = value;
        if (link != null) {
            if (links == null) {
                links = new Row[values.length];
            }
            links[column] = link;
        }
    }

    void link(String column, Row row) {
        put(layout.indexOf(column), value(column), row);
    }

    /** The value of a column, or null when the table has no such column or it is not filled yet. */
    String value(String column) {
        int i = layout.indexOf(column);
        return i < 0 ? null : values[i];
    }

    String value(int column) {
        return values[column];
    }

    /** The row's key: its first column. */
    String key() {
        return values[0];
    }

    Row link(String column) {
        int i = layout.indexOf(column);
        return i < 0 || links == null ? null : links[i];
    }

    /**
     * The value at a path of columns from a step of it on ("unit.level" from 0): each step but
     * the last follows a reference. Null when a step is missing.
     */
    Ref get(Path path, int from) {
        Row row = this;
        int last = path.steps.length - 1;
        for (int i = from; i < last; i++) {
            int c = path.indexIn(i, row.layout);
            row = c < 0 || row.links == null ? null : row.links[c];
            if (row == null) {
                return null;
            }
        }
        int c = path.indexIn(last, row.layout);
        if (c < 0 || row.values[c] == null) {
            return null;
        }
        return new Ref(row.values[c], row.links == null ? null : row.links[c]);
    }

    /**
     * A dotted path of columns, split once. Each step remembers where its column was in the last
     * layout it met: a recipe walks the rows of one table after another, so the lookups hit.
     */
    static final class Path {
        final String text;
        final String[] steps;
        private final Layout[] seen;
        private final int[] at;

        Path(String text) {
            this.text = text;
            this.steps = text.split("\\.", -1);
            this.seen = new Layout[steps.length];
            this.at = new int[steps.length];
        }

        String first() {
            return steps[0];
        }

        int indexIn(int step, Layout layout) {
            if (seen[step] != layout) {
                seen[step] = layout;
                at[step] = layout.indexOf(steps[step]);
            }
            return at[step];
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /** A value, and the row it refers to when it is a reference. */
    record Ref(String value, Row row) {
        static Ref to(Row row) {
            return new Ref(row.key(), row);
        }

        static Ref of(String value) {
            return new Ref(value, null);
        }
    }
}
