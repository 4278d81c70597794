package org.cba.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import org.cba.check.Dimension;
import org.cba.check.Units;
import org.cba.eval.Finding;
import org.cba.eval.Format;
import org.cba.eval.Trace;
import org.cba.eval.Value;

/**
 * The JSON form of a run, documented in docs/run-json.md. Exact values travel as strings. Each
 * finding is written field by field straight to the output, so a district's findings (and, with
 * explanations, gigabytes of them) are never held as one document; {@link RunNdjson} writes the
 * same header, findings and summary one line each.
 */
public final class RunJson {
    /** Writes small trees into a generator without flushing after each (Jackson's default would flush per value). */
    private static final ObjectMapper TREES = Json.MAPPER.copy().disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);

    private RunJson() {
    }

    /** Writes the run to out as one document; explain: each finding with the steps that produced it. */
    public static void write(RunReport report, Writer out, boolean explain) throws IOException {
        try (JsonGenerator g = generator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            fields(g, header(report.header()));
            g.writeArrayFieldStart("findings");
            for (Finding f : report.findings()) {
                g.writeStartObject();
                finding(g, f, explain);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeFieldName("summary");
            TREES.writeTree(g, summary(report.totals()));
            g.writeEndObject();
        }
    }

    /** A generator onto out that neither closes nor flushes it: the caller owns the stream and its buffering. */
    static JsonGenerator generator(Writer out) throws IOException {
        JsonGenerator g = TREES.getFactory().createGenerator(out);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.disable(JsonGenerator.Feature.FLUSH_PASSED_TO_STREAM);
        return g;
    }

    /** Writes each field of o into the object being written. */
    static void fields(JsonGenerator g, ObjectNode o) throws IOException {
        for (Map.Entry<String, JsonNode> field : (Iterable<Map.Entry<String, JsonNode>>) o::fields) {
            g.writeFieldName(field.getKey());
            TREES.writeTree(g, field.getValue());
        }
    }

    static ObjectNode header(RunReport.Header h) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        ObjectNode contract = root.putObject("contract");
        contract.put("name", h.contract());
        contract.put("version", h.version());
        contract.put("entry", h.entry());
        root.put("asOf", h.asOf().toString());
        root.put("data", h.data());
        var missing = root.putArray("missingTables");
        h.missingTables().forEach(missing::add);
        ObjectNode incomplete = root.putObject("incompleteRules");
        h.incompleteRules().forEach((rule, tables) -> tables.forEach(incomplete.putArray(rule)::add));
        ObjectNode readings = root.putObject("readings");
        h.readings().forEach(readings::put);
        return root;
    }

    /** The fields of one finding, into the object being written; its explanation only when asked for. */
    static void finding(JsonGenerator g, Finding f, boolean explain) throws IOException {
        g.writeStringField("rule", f.rule().name().name());
        g.writeStringField("cite", f.cite());
        g.writeStringField("kind", f.kind().word());
        subject(g, "subject", f.subject());
        subject(g, "site", f.group());
        g.writeStringField("group", RunReport.group(f));
        g.writeStringField("message", f.message());
        typed(g, f);
        if (explain) {
            g.writeArrayFieldStart("explain");
            for (Trace.Step s : f.explain()) {
                g.writeStartObject();
                g.writeStringField("step", s.what());
                g.writeStringField("value", s.value());
                g.writeStringField("source", s.source());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
    }

    /** Each kind's own facts. */
    private static void typed(JsonGenerator g, Finding f) throws IOException {
        if (f instanceof Finding.Violation v) {
            compared(g, v.compared());
        } else if (f instanceof Finding.Notice n) {
            compared(g, n.compared());
        } else if (f instanceof Finding.Requirement r) {
            g.writeBooleanField("met", r.met());
            value(g, "required", r.required());
            value(g, "present", r.present());
            value(g, "shortfall", r.shortfall());
        } else if (f instanceof Finding.Payment p) {
            value(g, "amount", p.amount());
            subject(g, "payee", p.payee());
            if (p.due() != null) {
                value(g, "due", new Value.DateV(p.due()));
            }
            if (p.ledger() != null) {
                g.writeObjectFieldStart("days");
                g.writeStringField("first", p.ledger().first().toString());
                g.writeStringField("last", p.ledger().last().toString());
                g.writeNumberField("count", p.ledger().count());
                value(g, "rate", p.ledger().rate());
                g.writeEndObject();
            }
        } else if (f instanceof Finding.Deadline d) {
            value(g, "due", new Value.DateV(d.due()));
        }
    }

    /** The values a condition compared, by the names the spec gives them. */
    private static void compared(JsonGenerator g, List<Finding.Compared> compared) throws IOException {
        g.writeObjectFieldStart("values");
        for (Finding.Compared c : compared) {
            value(g, c.name(), c.value());
        }
        g.writeEndObject();
    }

    private static void subject(JsonGenerator g, String field, Finding.Subject s) throws IOException {
        if (s == null) {
            g.writeNullField(field);
            return;
        }
        g.writeObjectFieldStart(field);
        g.writeStringField("entity", s.entity());
        g.writeStringField("id", s.id());
        g.writeStringField("description", s.description());
        g.writeEndObject();
    }

    private static void value(JsonGenerator g, String field, Value v) throws IOException {
        g.writeFieldName(field);
        TREES.writeTree(g, value(v));
    }

    /** {"value": "35", "unit": "students", "text": "35 students"}; dates, yes/no and names keep value and text. */
    static ObjectNode value(Value v) {
        ObjectNode o = Json.MAPPER.createObjectNode();
        if (v instanceof Value.Num n) {
            o.put("value", n.amount().stripTrailingZeros().toPlainString());
            if (!n.dim().isNone()) {
                o.put("unit", unit(n.dim()));
            }
        } else if (v instanceof Value.DateV d) {
            o.put("value", d.date().toString());
        } else {
            o.put("value", Format.value(v));
        }
        o.put("text", Format.value(v));
        return o;
    }

    /** A unit as the reports name it: "students", "positions", "dollars", "dollars per school day". */
    static String unit(Dimension dim) {
        return dim.isBase(Units.DOLLAR) ? "dollars" : dim.describe();
    }

    static ArrayNode values(PerUnit sums) {
        ArrayNode out = Json.MAPPER.createArrayNode();
        sums.amounts().forEach(n -> out.add(value(n)));
        return out;
    }

    static ObjectNode summary(Totals t) {
        ObjectNode s = Json.MAPPER.createObjectNode();
        ObjectNode counts = s.putObject("counts");
        for (Finding.Kind k : Finding.Kind.values()) {
            counts.put(k.word(), t.count(k));
        }
        s.put("violations", t.count(Finding.Kind.VIOLATION));
        s.put("unmetRequirements", t.unmetRequirements());
        s.set("moneyOwed", values(t.owed()));
        ObjectNode req = s.putObject("requirements");
        t.requirements().forEach((rule, r) -> {
            ObjectNode o = req.putObject(rule);
            o.set("required", values(r.required()));
            o.set("present", values(r.present()));
            o.set("shortfall", values(r.shortfall()));
        });
        return s;
    }
}
