package org.cba.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.cba.source.Diagnostic;
import org.cba.source.SourceFile;
import org.cba.source.Span;

/** JSON renderings shared by the commands; documented in docs/run-json.md and docs/commands.md. */
public final class Json {
    public static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Json() {
    }

    public static ArrayNode diagnostics(List<Diagnostic> diagnostics) {
        ArrayNode array = MAPPER.createArrayNode();
        for (Diagnostic d : diagnostics) {
            array.add(diagnostic(d));
        }
        return array;
    }

    public static ObjectNode diagnostic(Diagnostic d) {
        Span s = d.span();
        SourceFile f = s.file();
        ObjectNode o = MAPPER.createObjectNode();
        o.put("file", f.name());
        o.put("line", s.line());
        o.put("column", s.column());
        o.put("endLine", f.lineOf(s.end()));
        o.put("endColumn", f.columnOf(s.end()));
        o.put("severity", d.severity().word());
        o.put("code", d.code().id());
        o.put("message", d.message());
        ArrayNode hints = o.putArray("hints");
        d.hints().forEach(hints::add);
        return o;
    }

    public static String write(Object node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
