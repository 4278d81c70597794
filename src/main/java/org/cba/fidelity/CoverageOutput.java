package org.cba.fidelity;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.stream.Collectors;

/** cba coverage's report, as text and as JSON (docs/fidelity.md describes both). */
public final class CoverageOutput {
    private CoverageOutput() {
    }

    /** Section by section, each number with what encodes it; with onlyNone, only the numbers nothing encodes. */
    public static String text(Coverage.Report report, boolean onlyNone) {
        StringBuilder b = new StringBuilder();
        SourceText text = report.text();
        Sections.Section current = null;
        for (Coverage.Item item : report.items()) {
            if (onlyNone && item.how() != null) {
                continue;
            }
            if (item.section() != current) {
                current = item.section();
                b.append(report.name(current)).append("  (").append(text.where(current.from())).append(")\n");
            }
            Numbers.Number n = item.number();
            int at = text.start(n.from());
            b.append(String.format("  %5d:%-4d %-28s %-12s %s%n", text.file().lineOf(at), text.file().columnOf(at),
                    clip(text.text(n.from(), n.to())), n.kind().word(), encoders(item.encodings())));
        }
        return b.append(summary(report)).append('\n').toString();
    }

    private static String clip(String s) {
        return s.length() <= 28 ? s : s.substring(0, 27) + "…";
    }

    private static String encoders(List<Coverage.Encoding> encodings) {
        if (encodings.isEmpty()) {
            return "none";
        }
        return encodings.stream().map(e -> e.decl().name().name() + (e.how() == Coverage.How.QUOTE ? " (quote)" : ""))
                .collect(Collectors.joining(", "));
    }

    static String summary(Coverage.Report report) {
        long value = report.count(Coverage.How.VALUE);
        long quote = report.count(Coverage.How.QUOTE);
        long none = report.items().size() - value - quote;
        return "numbers: " + report.items().size() + " in " + report.source().file().name()
                + (report.source().isRedline() ? " (" + report.side().word() + " side)" : "") + ", " + (value + quote) + " encoded ("
                + value + " by a value, " + quote + " only by a quote), " + none + " not encoded";
    }

    public static String json(Coverage.Report report, boolean onlyNone) {
        SourceText text = report.text();
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("source", report.source().file().name());
        root.put("redline", report.source().isRedline());
        root.put("side", report.side().word());
        ArrayNode numbers = root.putArray("numbers");
        for (Coverage.Item item : report.items()) {
            if (onlyNone && item.how() != null) {
                continue;
            }
            Numbers.Number n = item.number();
            ObjectNode o = numbers.addObject().setAll(Json.location(text.where(n.from())));
            o.put("section", report.name(item.section()));
            o.put("text", text.text(n.from(), n.to()));
            o.put("kind", n.kind().word());
            o.put("value", n.kind() == Numbers.Kind.DATE ? n.date().toString() : n.value().toPlainString());
            o.put("encoded", item.how() == null ? "none" : item.how().name().toLowerCase(java.util.Locale.ROOT));
            ArrayNode by = o.putArray("by");
            item.encodings().forEach(e -> by.addObject().put("name", e.decl().name().name()).put("kind", e.decl().kind())
                    .put("how", e.how().name().toLowerCase(java.util.Locale.ROOT)));
        }
        long value = report.count(Coverage.How.VALUE);
        long quote = report.count(Coverage.How.QUOTE);
        ObjectNode summary = root.putObject("summary");
        summary.put("numbers", report.items().size());
        summary.put("encoded", value + quote);
        summary.put("byValue", value);
        summary.put("byQuoteOnly", quote);
        summary.put("notEncoded", report.items().size() - value - quote);
        return Json.write(root);
    }
}
