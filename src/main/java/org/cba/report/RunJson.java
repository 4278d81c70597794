package org.cba.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import org.cba.check.Units;
import org.cba.eval.Finding;
import org.cba.eval.Format;
import org.cba.eval.Trace;
import org.cba.eval.Value;

/** The JSON form of a run, documented in docs/run-json.md. Exact values travel as strings. */
public final class RunJson {
    private RunJson() {
    }

    /**
     * Writes the run to out, one finding at a time: a district's findings with their explanations
     * can run to gigabytes of JSON, so neither the document nor the explanations are held whole.
     */
    public static void write(RunReport report, Writer out) throws IOException {
        try (JsonGenerator g = Json.MAPPER.getFactory().createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            ObjectNode header = header(report.header());
            for (Map.Entry<String, JsonNode> field : (Iterable<Map.Entry<String, JsonNode>>) header::fields) {
                g.writeFieldName(field.getKey());
                Json.MAPPER.writeTree(g, field.getValue());
            }
            g.writeArrayFieldStart("findings");
            for (Finding f : report.findings()) {
                Json.MAPPER.writeTree(g, finding(f));
            }
            g.writeEndArray();
            g.writeFieldName("summary");
            Json.MAPPER.writeTree(g, summary(report.totals()));
            g.writeEndObject();
        }
    }

    private static ObjectNode header(RunReport.Header h) {
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

    private static ObjectNode finding(Finding f) {
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("rule", f.rule().name().name());
        o.put("cite", f.cite());
        o.put("kind", f.kind().word());
        o.set("subject", subject(f.subject()));
        o.set("site", f.group() == null ? null : subject(f.group()));
        o.put("group", RunReport.group(f));
        o.put("message", f.message());
        typed(f, o);
        ArrayNode explain = o.putArray("explain");
        for (Trace.Step s : f.explain()) {
            explain.addObject().put("step", s.what()).put("value", s.value()).put("source", s.source());
        }
        return o;
    }

    /** Each kind's own facts. */
    private static void typed(Finding f, ObjectNode o) {
        if (f instanceof Finding.Violation v) {
            compared(v.compared(), o);
        } else if (f instanceof Finding.Notice n) {
            compared(n.compared(), o);
        } else if (f instanceof Finding.Requirement r) {
            o.put("met", r.met());
            o.set("required", value(r.required()));
            o.set("present", value(r.present()));
            o.set("shortfall", value(r.shortfall()));
        } else if (f instanceof Finding.Payment p) {
            o.set("amount", value(p.amount()));
            o.set("payee", subject(p.payee()));
            if (p.due() != null) {
                o.set("due", value(new Value.DateV(p.due())));
            }
            if (p.ledger() != null) {
                ObjectNode d = o.putObject("days");
                d.put("first", p.ledger().first().toString());
                d.put("last", p.ledger().last().toString());
                d.put("count", p.ledger().count());
                d.set("rate", value(p.ledger().rate()));
            }
        } else if (f instanceof Finding.Deadline d) {
            o.set("due", value(new Value.DateV(d.due())));
        }
    }

    /** The values a condition compared, by the names the spec gives them. */
    private static void compared(java.util.List<Finding.Compared> compared, ObjectNode o) {
        ObjectNode values = o.putObject("values");
        compared.forEach(c -> values.set(c.name(), value(c.value())));
    }

    private static ObjectNode subject(Finding.Subject s) {
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("entity", s.entity());
        o.put("id", s.id());
        o.put("description", s.description());
        return o;
    }

    /** {"value": "35", "unit": "students", "text": "35 students"}; dates, yes/no and names keep value and text. */
    static ObjectNode value(Value v) {
        ObjectNode o = Json.MAPPER.createObjectNode();
        if (v instanceof Value.Num n) {
            o.put("value", n.amount().stripTrailingZeros().toPlainString());
            if (!n.dim().isNone()) {
                o.put("unit", n.dim().isBase(Units.DOLLAR) ? "dollars" : n.dim().describe());
            }
        } else if (v instanceof Value.DateV d) {
            o.put("value", d.date().toString());
        } else {
            o.put("value", Format.value(v));
        }
        o.put("text", Format.value(v));
        return o;
    }

    static ArrayNode values(PerUnit sums) {
        ArrayNode out = Json.MAPPER.createArrayNode();
        sums.amounts().forEach(n -> out.add(value(n)));
        return out;
    }

    private static ObjectNode summary(Totals t) {
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
