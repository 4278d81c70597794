package org.cba.data;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A district's own names for the contract's tables, columns and codes, read from a JSON file:
 * {"tables": {"sections": {"from": "course_sections", "columns": {"enrollment": "enrl_cnt"},
 * "values": {"type": {"PHB": "PHBAO"}}}}}. docs/data.md describes it.
 */
public record Mapping(String file, Map<String, Table> tables) {
    /** from: the source's table; columns: contract column -> source column; values: contract column -> code -> member. */
    public record Table(String from, Map<String, String> columns, Map<String, Map<String, String>> values) {
    }

    Table of(String table) {
        return tables.getOrDefault(table, new Table(table, Map.of(), Map.of()));
    }

    /** Reads and checks the file; every fault is a D012 problem naming the file and the place in it. */
    public static Mapping read(Path path) throws DataException {
        String file = String.valueOf(path);
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readAllBytes(path));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw problem(file, "not valid JSON" + where + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw problem(file, "cannot read the mapping file: " + Io.reason(e));
        }
        JsonNode tables = object(file, root, "the file", Set.of("tables")).get("tables");
        Map<String, Table> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = object(file, tables, "\"tables\"", null).fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            out.put(e.getKey(), table(file, e.getKey(), e.getValue()));
        }
        return new Mapping(file, Map.copyOf(out));
    }

    private static Table table(String file, String name, JsonNode node) throws DataException {
        String where = "tables." + name;
        object(file, node, where, Set.of("from", "columns", "values"));
        String from = node.has("from") ? text(file, node.get("from"), where + ".from") : name;
        Map<String, String> columns = strings(file, node.get("columns"), where + ".columns");
        Map<String, Map<String, String>> values = new LinkedHashMap<>();
        JsonNode byColumn = node.get("values");
        if (byColumn != null) {
            for (Iterator<Map.Entry<String, JsonNode>> it = object(file, byColumn, where + ".values", null).fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                values.put(e.getKey(), strings(file, e.getValue(), where + ".values." + e.getKey()));
            }
        }
        return new Table(from, columns, values);
    }

    private static Map<String, String> strings(String file, JsonNode node, String where) throws DataException {
        Map<String, String> out = new LinkedHashMap<>();
        if (node == null) {
            return out;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = object(file, node, where, null).fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            out.put(e.getKey(), text(file, e.getValue(), where + "." + e.getKey()));
        }
        return out;
    }

    /** keys: the only keys allowed, or null for any: a misspelt key must not be quietly ignored. */
    private static JsonNode object(String file, JsonNode node, String where, Set<String> keys) throws DataException {
        if (node == null || !node.isObject()) {
            throw problem(file, where + " must be a JSON object {...}");
        }
        for (Iterator<String> it = node.fieldNames(); keys != null && it.hasNext();) {
            String key = it.next();
            if (!keys.contains(key)) {
                throw problem(file, where + " has an unknown key \"" + key + "\"; expected " + String.join(", ", keys.stream().sorted().toList()));
            }
        }
        return node;
    }

    private static String text(String file, JsonNode node, String where) throws DataException {
        if (!node.isTextual() || node.asText().isEmpty()) {
            throw problem(file, where + " must be a name in double quotes");
        }
        return node.asText();
    }

    private static DataException problem(String file, String message) {
        return DataException.of(DataCode.D012, file, message);
    }
}
