package org.cba.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cba.syntax.ast.Decl;

/**
 * One entity's data, typed against the schema: a value per row and field, where each row came
 * from (file and row number, for explanations), and indexes built once: by key, and for each
 * "many X by f" field the child rows of every parent row.
 */
public final class EntityTable {
    private final Decl.EntityDecl decl;
    private final String origin;
    private final List<String> fields;
    private final Map<String, Integer> fieldIndex = new HashMap<>();
    /** The positions of the key fields, in the order the schema declares them. */
    private final int[] keyFields;
    private final Value[][] rows;
    private final int[] rowNumbers;
    private final Map<String, Integer> byKey;
    private final Map<String, List<List<Value>>> children = new HashMap<>();

    EntityTable(Decl.EntityDecl decl, String origin, List<String> fields, Value[][] rows, int[] rowNumbers,
                Map<String, Integer> byKey) {
        this.decl = decl;
        this.origin = origin;
        this.fields = List.copyOf(fields);
        for (int i = 0; i < fields.size(); i++) {
            fieldIndex.put(fields.get(i), i);
        }
        this.keyFields = decl.fields().stream()
                .filter(f -> f instanceof Decl.PlainField p && p.key())
                .mapToInt(f -> fieldIndex.get(f.name().name())).toArray();
        this.rows = rows;
        this.rowNumbers = rowNumbers;
        this.byKey = byKey;
    }

    public String name() {
        return decl.name().name();
    }

    public Decl.EntityDecl decl() {
        return decl;
    }

    public String origin() {
        return origin;
    }

    public int size() {
        return rows.length;
    }

    public int rowNumber(int index) {
        return rowNumbers[index];
    }

    public boolean hasField(String field) {
        return fieldIndex.containsKey(field);
    }

    /** The position of a plain field, or -1 when the entity has no such plain field. */
    public int fieldIndex(String field) {
        Integer i = fieldIndex.get(field);
        return i == null ? -1 : i;
    }

    /** The value of a row's field at a position found with {@link #fieldIndex}. */
    public Value get(int index, int field) {
        return rows[index][field];
    }

    public Value get(int index, String field) {
        return rows[index][fieldIndex.get(field)];
    }

    public List<String> fields() {
        return fields;
    }

    /** The row with this key, or -1. */
    public int find(String key) {
        return byKey == null ? -1 : byKey.getOrDefault(key, -1);
    }

    /** The key of a row as text ("S-1042"), or its row number when the entity has no key. */
    public String keyOf(int index) {
        String[] known = keys;
        if (known == null) {
            known = new String[rows.length];
            keys = known;
        }
        String key = known[index];
        if (key == null) {
            key = makeKey(index);
            known[index] = key;
        }
        return key;
    }

    /** Keys made so far, by row: findings name their subjects by key, often the same rows again. */
    private String[] keys;

    private String makeKey(int index) {
        if (keyFields.length == 0) {
            return "row " + rowNumbers[index];
        }
        StringBuilder b = new StringBuilder();
        for (int field : keyFields) {
            Value v = rows[index][field];
            b.append(b.length() == 0 ? "" : ", ").append(v instanceof Value.Row r ? r.table().keyOf(r.index()) : Format.value(v));
        }
        return b.toString();
    }

    /** "Site S-1042 (Roosevelt)": a row as a person names it (entity, key, name). */
    public String describeRow(int index) {
        String name = hasField("name") && get(index, "name") instanceof Value.Text t ? " (" + t.text() + ")" : "";
        return name() + " " + keyOf(index) + name;
    }

    private Value.ListV all;

    /** All rows, as the list "for each x in Item" ranges over; made once. */
    Value.ListV rows() {
        Value.ListV made = all;
        if (made == null) {
            Value[] out = new Value[rows.length];
            for (int i = 0; i < rows.length; i++) {
                out[i] = new Value.Row(this, i);
            }
            made = new Value.ListV(List.of(out));
            all = made;
        }
        return made;
    }

    /** Children of a row through a "many" field, indexed for all rows at first use. */
    /** For each path of fields asked about ("school", "school.campus"), its rows by value (see {@link #indexKey}), in row order. */
    private final Map<String, Map<Object, List<Value>>> byValue = new HashMap<>();

    /**
     * The rows whose value at the end of a path of plain fields (x.school.campus) equals value, in
     * row order; null when the path has a field that is not a plain field of the data. Each path's
     * index is built at its first use and kept for as long as the data is loaded.
     */
    synchronized List<Value> rowsWith(List<String> path, Value value) {
        String name = String.join(".", path);
        Map<Object, List<Value>> index = byValue.get(name);
        if (index == null) {
            index = indexBy(path);
            if (index == null) {
                return null;
            }
            byValue.put(name, index);
        }
        return index.getOrDefault(indexKey(value), List.of());
    }

    private Map<Object, List<Value>> indexBy(List<String> path) {
        Map<Object, List<Value>> index = new HashMap<>();
        List<Value> all = rows().items();
        for (Value row : all) {
            Value v = row;
            for (String field : path) {
                if (v instanceof Value.None) {
                    v = null;  // nothing to follow: the row cannot match
                    break;
                }
                if (!(v instanceof Value.Row r)) {
                    return null;  // a school year's start, say: read every row instead
                }
                int position = r.table().fieldIndex(field);
                if (position < 0) {
                    return null;
                }
                v = r.table().get(r.index(), position);
            }
            if (v != null) {
                index.computeIfAbsent(indexKey(v), k -> new ArrayList<>()).add(row);
            }
        }
        return index;
    }

    /** What equal values share: "is" compares numbers by amount (2.50 is 2.5), everything else by value. */
    private static Object indexKey(Value v) {
        return v instanceof Value.Num n ? n.amount().stripTrailingZeros() : v;
    }

    List<Value> children(String manyField, int parent, EntityTable target, String via) {
        List<List<Value>> index = children.computeIfAbsent(manyField, k -> buildIndex(target, via));
        return index.get(parent);
    }

    private List<List<Value>> buildIndex(EntityTable target, String via) {
        List<List<Value>> index = new ArrayList<>(rows.length);
        for (int i = 0; i < rows.length; i++) {
            index.add(new ArrayList<>());
        }
        for (int j = 0; j < target.size(); j++) {
            if (target.get(j, via) instanceof Value.Row parent && parent.table() == this) {
                index.get(parent.index()).add(new Value.Row(target, j));
            }
        }
        return index;
    }
}
