package org.cba.fidelity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** JSON writing for the fidelity reports, indented as the other commands' JSON is. */
final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Json() {
    }

    /** {"file", "line", "column"} of a "file:line:col" place. */
    static ObjectNode location(String where) {
        int col = where.lastIndexOf(':');
        int line = where.lastIndexOf(':', col - 1);
        ObjectNode o = MAPPER.createObjectNode();
        o.put("file", where.substring(0, line));
        o.put("line", Integer.parseInt(where.substring(line + 1, col)));
        o.put("column", Integer.parseInt(where.substring(col + 1)));
        return o;
    }

    static String write(Object node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
