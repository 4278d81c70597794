package org.cba.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** Edits of the demo district as one JSON file: of its structure (tables, rows, keys, types) and of its text. */
final class JsonMutator {
    enum Edit {
        SHUFFLE_ROWS(true), REORDER_KEYS(true), PRETTY(true),
        WEIRD_TEXT(false), WEIRD_TYPE(false), DELETE_KEY(false), EXTRA_KEY(false), DELETE_ROW(false), DUPLICATE_ROW(false),
        RENAME_TABLE(false), TABLE_NOT_ARRAY(false), ROW_NOT_OBJECT(false), DUPLICATE_KEY(false), FLIP_BIT(false),
        TRUNCATE(false), DEEP_NESTING(false), HUGE_NUMBER(false);

        final boolean neutral;

        Edit(boolean neutral) {
            this.neutral = neutral;
        }
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonMutator() {
    }

    static CsvMutator.Result mutate(String text, Random r) throws IOException {
        Edit e = Edit.values()[r.nextInt(Edit.values().length)];
        ObjectNode root = (ObjectNode) MAPPER.readTree(text);
        List<String> tables = new ArrayList<>();
        root.fieldNames().forEachRemaining(tables::add);
        String table = tables.get(r.nextInt(tables.size()));
        ArrayNode rows = (ArrayNode) root.get(table);
        int at = rows.isEmpty() ? -1 : r.nextInt(rows.size());
        ObjectNode row = at < 0 ? null : (ObjectNode) rows.get(at);
        List<String> keys = new ArrayList<>();
        if (row != null) {
            row.fieldNames().forEachRemaining(keys::add);
        }
        String key = keys.isEmpty() ? "id" : keys.get(r.nextInt(keys.size()));
        String what = e.name() + " " + table + (at < 0 ? "" : " row " + (at + 1) + " " + key);
        String known = null;
        switch (e) {
            case SHUFFLE_ROWS: {
                List<JsonNode> all = new ArrayList<>();
                rows.forEach(all::add);
                Collections.shuffle(all, r);
                rows.removeAll();
                rows.addAll(all);
                break;
            }
            case REORDER_KEYS:
                if (row != null) {
                    ObjectNode copy = row.deepCopy();
                    row.removeAll();
                    List<String> shuffled = new ArrayList<>(keys);
                    Collections.shuffle(shuffled, r);
                    shuffled.forEach(k -> row.set(k, copy.get(k)));
                }
                break;
            case PRETTY:
                return result(MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root), what, null, true);
            case WEIRD_TEXT: {
                Weird.Value v = Weird.cell(r);
                if (row != null) {
                    row.put(key, v.text());
                }
                known = table.equals("calendars") ? Weird.NORM_DAY : v.knownIssue();
                break;
            }
            case WEIRD_TYPE:
                if (row != null) {
                    row.set(key, weirdType(r));
                }
                known = table.equals("calendars") ? Weird.NORM_DAY : null;
                break;
            case DELETE_KEY:
                if (row != null) {
                    row.remove(key);
                }
                break;
            case EXTRA_KEY:
                if (row != null) {
                    row.put("extra", "x");
                }
                break;
            case DELETE_ROW:
                if (at >= 0) {
                    rows.remove(at);
                }
                known = table.equals("calendars") ? Weird.MISSING_TABLES : null;
                break;
            case DUPLICATE_ROW:
                if (row != null) {
                    rows.insert(at, row.deepCopy());
                }
                break;
            case RENAME_TABLE:
                root.set(table + "_renamed", root.remove(table));
                known = Weird.MISSING_TABLES;
                break;
            case TABLE_NOT_ARRAY:
                root.set(table, r.nextBoolean() ? NODES.objectNode() : NODES.textNode(table));
                break;
            case ROW_NOT_OBJECT:
                if (at >= 0) {
                    rows.set(at, weirdType(r));
                }
                break;
            case DUPLICATE_KEY: {
                String s = MAPPER.writeValueAsString(root);
                int brace = s.indexOf("[{", s.indexOf("\"" + table + "\":")) + 2;
                return result(s.substring(0, brace) + "\"" + key + "\":\"dup\"," + s.substring(brace), what, null, false);
            }
            case FLIP_BIT: {
                byte[] b = text.getBytes(StandardCharsets.UTF_8);
                b[r.nextInt(b.length)] ^= (byte) (1 << r.nextInt(8));
                return new CsvMutator.Result(b, what, null, false);
            }
            case TRUNCATE:
                return result(text.substring(0, r.nextInt(text.length())), what, null, false);
            case DEEP_NESTING:
                if (row != null) {
                    int depth = 10 + r.nextInt(r.nextBoolean() ? 100 : 100000);
                    String s = MAPPER.writeValueAsString(root);
                    String needle = "\"" + key + "\":";
                    int i = s.indexOf(needle, s.indexOf("\"" + table + "\":"));
                    return result(s.substring(0, i) + "\"deep\":" + "[".repeat(depth) + "]".repeat(depth) + "," + s.substring(i), what, null, false);
                }
                break;
            case HUGE_NUMBER:
                if (row != null) {
                    row.set(key, NODES.numberNode(new BigDecimal(Weird.hugeNumber(r))));
                }
                known = Weird.ARITHMETIC;
                break;
            default:
                throw new IllegalStateException(what);
        }
        return result(MAPPER.writeValueAsString(root), what, known, e.neutral);
    }

    private static JsonNode weirdType(Random r) {
        JsonNode[] odd = {NODES.nullNode(), NODES.booleanNode(true), NODES.numberNode(-1), NODES.numberNode(1.5),
            NODES.numberNode(1e300), NODES.objectNode(), NODES.arrayNode(), NODES.numberNode(new BigDecimal("1E+400")),
            NODES.textNode("")};
        return odd[r.nextInt(odd.length)];
    }

    private static CsvMutator.Result result(String text, String what, String known, boolean neutral) {
        return new CsvMutator.Result(text.getBytes(StandardCharsets.UTF_8), what, known, neutral);
    }
}
