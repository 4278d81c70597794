package org.cba.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Any source seen through a mapping file: the district's names and codes turned into the contract's. */
public final class MappedSource implements DataSource {
    private final DataSource inner;
    private final Mapping mapping;

    MappedSource(DataSource inner, Mapping mapping) {
        this.inner = inner;
        this.mapping = mapping;
    }

    /** As {@link DataSource#open}, seen through the mapping file when one is given (null: none). */
    public static DataSource open(String spec, Path mappingFile) throws DataException {
        if (mappingFile == null) {
            return DataSource.open(spec);
        }
        Mapping mapping = Mapping.read(mappingFile);
        return new MappedSource(DataSource.open(spec), mapping);
    }

    @Override
    public String describe() {
        return inner.describe() + " mapped by " + mapping.file();
    }

    @Override
    public boolean has(String table) {
        return inner.has(mapping.of(table).from());
    }

    @Override
    public DataProblem absent(String table) {
        String from = mapping.of(table).from();
        DataProblem p = inner.absent(from);
        String via = from.equals(table) ? "" : " (" + mapping.file() + " reads " + table + " from " + from + ")";
        return new DataProblem(p.code(), p.origin(), p.row(), p.column(), p.value(), p.message() + via);
    }

    @Override
    public RawTable read(String table) throws DataException {
        Mapping.Table map = mapping.of(table);
        RawTable raw = inner.read(map.from());
        Problems problems = new Problems(raw.origin());
        List<String> columns = renamed(raw, map, problems);
        problems.throwIfAny();
        List<RawRow> rows = new ArrayList<>();
        for (RawRow row : raw.rows()) {
            rows.add(new RawRow(row.number(), coded(row, columns, map, problems)));
        }
        problems.throwIfAny();
        return new RawTable(table, raw.origin(), columns, rows);
    }

    /** The source's columns under the contract's names; a mapped column must be there, and no name twice. */
    private List<String> renamed(RawTable raw, Mapping.Table map, Problems problems) {
        List<String> columns = new ArrayList<>(raw.columns());
        for (Map.Entry<String, String> e : map.columns().entrySet()) {
            int at = raw.columnIndex(e.getValue());
            if (at < 0) {
                problems.add(DataCode.D005, 0, null, null, "there is no column " + e.getValue() + " ("
                        + mapping.file() + " reads column " + e.getKey() + " from it)" + Nearest.suggestion(e.getValue(), raw.columns()));
            } else {
                columns.set(at, e.getKey());
            }
        }
        Set<String> seen = new HashSet<>();
        for (String column : columns) {
            if (!seen.add(column)) {
                problems.add(DataCode.D005, 0, column, null, "two columns are named " + column + " once "
                        + mapping.file() + " is applied; map one of them to another name, or remove it");
            }
        }
        for (String column : map.values().keySet()) {
            if (!columns.contains(column)) {
                problems.add(DataCode.D005, 0, null, null, "there is no column " + column + " whose values "
                        + mapping.file() + " maps");
            }
        }
        return columns;
    }

    /** Every non-empty value of a column with codes must be one of them: an unknown code is not guessed. */
    private List<String> coded(RawRow row, List<String> columns, Mapping.Table map, Problems problems) {
        List<String> values = new ArrayList<>(row.values());
        for (Map.Entry<String, Map<String, String>> e : map.values().entrySet()) {
            int at = columns.indexOf(e.getKey());
            String value = values.get(at);
            if (value == null || value.isEmpty()) {
                continue;
            }
            String member = e.getValue().get(value);
            if (member == null) {
                problems.add(DataCode.D012, row.number(), e.getKey(), value, mapping.file() + " maps no value of "
                        + e.getKey() + " from this; add it under \"values\", e.g. \"" + value + "\": \"...\"");
            } else {
                values.set(at, member);
            }
        }
        return values;
    }

    @Override
    public void close() {
        inner.close();
    }
}
