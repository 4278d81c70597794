package org.cba.cli;

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
final class RunJson {
    private RunJson() {
    }

    /**
     * Writes the run to out, one finding at a time: a district's findings with their explanations
     * can run to gigabytes of JSON, so neither the document nor the explanations are held whole.
     */
    static void write(RunReport report, Writer out) throws IOException {
        try (JsonGenerator g = Json.MAPPER.getFactory().createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            ObjectNode header = header(report);
            for (Map.Entry<String, JsonNode> field : (Iterable<Map.Entry<String, JsonNode>>) header::fields) {
                g.writeFieldName(field.getKey());
                Json.MAPPER.writeTree(g, field.getValue());
            }
            g.writeArrayFieldStart("findings");
            for (Finding f : report.findings) {
                Json.MAPPER.writeTree(g, finding(report, f));
            }
            g.writeEndArray();
            g.writeFieldName("summary");
            Json.MAPPER.writeTree(g, summary(report));
            g.writeEndObject();
        }
    }

    private static ObjectNode header(RunReport report) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        ObjectNode contract = root.putObject("contract");
        var h = report.checked.contract().header();
        contract.put("name", report.checked.contract().name());
        contract.put("version", h == null ? null : h.version());
        contract.put("entry", report.checked.contract().files().get(0).file().name());
        root.put("asOf", report.asOf.toString());
        root.put("data", report.data.description());
        var missing = root.putArray("missingTables");
        report.data.missingTables().forEach(missing::add);
        ObjectNode readings = root.putObject("readings");
        report.readings.forEach(readings::put);
        return root;
    }

    private static ObjectNode finding(RunReport report, Finding f) {
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("rule", f.rule().name().name());
        o.put("cite", f.cite());
        o.put("kind", f.kind().word());
        o.set("subject", subject(f.subject()));
        o.put("school", report.group(f));
        o.put("message", f.message());
        if (f.kind() == Finding.Kind.REQUIREMENT) {
            o.put("met", f.met());
        }
        ObjectNode values = o.putObject("values");
        f.values().forEach((k, v) -> values.set(k, value(v)));
        if (f.amount() != null) {
            o.set("amount", value(f.amount()));
        }
        if (f.payee() != null) {
            o.set("payee", subject(f.payee()));
        }
        if (f.days() != null) {
            ObjectNode d = o.putObject("days");
            d.put("first", f.days().first().toString());
            d.put("last", f.days().last().toString());
            d.put("count", f.days().count());
        }
        ArrayNode explain = o.putArray("explain");
        for (Trace.Step s : f.explain()) {
            explain.addObject().put("step", s.what()).put("value", s.value()).put("source", s.source());
        }
        return o;
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

    private static ObjectNode summary(RunReport report) {
        ObjectNode s = Json.MAPPER.createObjectNode();
        ObjectNode counts = s.putObject("counts");
        for (Finding.Kind k : Finding.Kind.values()) {
            counts.put(k.word(), report.findings.stream().filter(f -> f.kind() == k).count());
        }
        s.put("violations", report.count(Finding.Kind.VIOLATION));
        s.put("unmetRequirements", report.count(Finding.Kind.REQUIREMENT));
        s.set("moneyOwed", value(new Value.Num(RunReport.money(report.findings), org.cba.check.Dimension.of(Units.DOLLAR))));
        ObjectNode req = s.putObject("requirements");
        for (Map.Entry<String, Value.Num[]> e : report.requirementTotals().entrySet()) {
            ObjectNode r = req.putObject(e.getKey());
            r.set("required", value(e.getValue()[0]));
            r.set("present", value(e.getValue()[1]));
            r.set("shortfall", value(e.getValue()[2]));
        }
        return s;
    }
}
