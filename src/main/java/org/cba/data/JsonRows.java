package org.cba.data;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads one table's array of flat objects; columns are the union of keys in first-seen order. */
final class JsonRows {
    private final String origin;
    private final Problems problems;
    private final Map<String, Integer> columns = new LinkedHashMap<>();
    private final List<List<String>> rows = new ArrayList<>();
    /** Whether the table's value was an array of rows at all; only then is there something to go on with. */
    private boolean isArray;

    private JsonRows(String origin) {
        this.origin = origin;
        this.problems = new Problems(origin);
    }

    /** The parser is on the table's value; afterwards it is on the value's last token. */
    static JsonTables.Result read(JsonParser parser, String origin, String name) throws IOException {
        JsonRows reader = new JsonRows(origin);
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            String found = JsonTables.kind(parser.currentToken());
            parser.skipChildren();
            reader.problems.add(DataCode.D003, 0, null, null, "expected an array of rows, like [{...}, {...}], but found " + found);
        } else {
            reader.isArray = true;
            reader.readRows(parser);
        }
        return reader.result(name);
    }

    private void readRows(JsonParser parser) throws IOException {
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            int row = rows.size() + 1;
            List<String> values = new ArrayList<>();
            rows.add(values);
            if (parser.currentToken() == JsonToken.START_OBJECT) {
                readRow(parser, row, values);
            } else {
                problems.add(DataCode.D005, row, null, null, "expected a row like {\"column\": value, ...}, but found "
                        + JsonTables.kind(parser.currentToken()));
                parser.skipChildren();
            }
        }
    }

    private void readRow(JsonParser parser, int row, List<String> values) throws IOException {
        Set<String> seen = new HashSet<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            JsonToken token = parser.nextToken();
            if (!seen.add(key)) {
                problems.add(DataCode.D005, row, key, null, "this key appears twice in the same row");
            } else if (key.isBlank()) {
                problems.add(DataCode.D005, row, null, null, "a key with no name; every value needs a column name");
            } else if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                problems.add(DataCode.D005, row, key, null, "expected a single value (text, a number, true, false or null), but found "
                        + JsonTables.kind(token));
            } else {
                int column = columns.computeIfAbsent(key, k -> columns.size());
                while (values.size() <= column) {
                    values.add(null);
                }
                values.set(column, scalar(parser, token, row, key));
            }
            parser.skipChildren();
        }
    }

    private String scalar(JsonParser parser, JsonToken token, int row, String key) throws IOException {
        return switch (token) {
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> exact(parser.getText(), row, key);
            case VALUE_TRUE -> "true";
            case VALUE_FALSE -> "false";
            case VALUE_NULL -> null;
            default -> parser.getText();
        };
    }

    /** The number as written, in plain decimal: 0.1 stays "0.1", 31.50 stays "31.50", 1e3 becomes "1000". */
    private String exact(String text, int row, String key) {
        BigDecimal number = new BigDecimal(text);
        // The same limit as for a number written as text, checked before 1e999999 is written out.
        if (Digits.count(number) > Digits.MAX) {
            problems.add(DataCode.D007, row, key, text, Digits.tooMany());
            return null;
        }
        return number.toPlainString();
    }

    /**
     * The table, or its problems. A bad value or row does not throw the table away: what could be
     * read comes with the problems (a bad value reads as null), so the rest can still be checked.
     */
    private JsonTables.Result result(String name) {
        List<RawRow> out = new ArrayList<>(rows.size());
        for (List<String> values : rows) {
            while (values.size() < columns.size()) {
                values.add(null); // a key missing from this row
            }
            out.add(new RawRow(out.size() + 1, values));
        }
        RawTable table = new RawTable(name, origin, List.copyOf(columns.keySet()), out);
        try {
            problems.throwIfAny(isArray ? table : null);
        } catch (DataException e) {
            return new JsonTables.Result(null, e);
        }
        return new JsonTables.Result(table, null);
    }
}
