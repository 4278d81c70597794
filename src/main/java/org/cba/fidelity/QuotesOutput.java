package org.cba.fidelity;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** cba quotes' report, as text and as JSON (docs/fidelity.md describes both). */
public final class QuotesOutput {
    private QuotesOutput() {
    }

    /** Each quote not found (with its nearest passage), then those found only ignoring case, then the counts. */
    public static String text(Quotes.Report report) {
        StringBuilder b = new StringBuilder();
        for (Quotes.Result r : report.results()) {
            if (r.status() == Quotes.Status.MISSING) {
                missing(b, report, r);
            }
        }
        for (Quotes.Result r : report.results()) {
            if (r.status() == Quotes.Status.CASE_ONLY) {
                b.append(r.quote().where()).append(": note: ").append(r.quote().citation().cite())
                        .append(": found only when case is ignored\n");
            }
        }
        return b.append(summary(report)).append('\n').toString();
    }

    private static void missing(StringBuilder b, Quotes.Report report, Quotes.Result r) {
        Quotes.Quote q = r.quote();
        SourceText text = report.source().text(r.reading());
        b.append(q.where()).append(": ").append(q.citation().cite()).append(": not in the source")
                .append(sideNote(report, q)).append('\n');
        b.append("  quote:   \"").append(q.citation().quote().strip()).append("\"\n");
        if (r.pieces() > 1) {
            b.append("  part ").append(r.piece() + 1).append(" of ").append(r.pieces()).append(" (between elisions)")
                    .append(r.piece() == 0 ? " is not found" : " is not found after the parts before it").append('\n');
        }
        Nearest.Passage p = r.nearest();
        if (p != null) {
            b.append("  nearest: ").append(text.where(p.from())).append(" (").append(p.similarity()).append("% alike): \"")
                    .append(text.text(p.from(), p.to())).append("\"\n");
            p.differences().stream().limit(4).forEach(d -> b.append("  ").append(d.describe()).append('\n'));
            if (p.differences().size() > 4) {
                b.append("  and ").append(p.differences().size() - 4).append(" more differences\n");
            }
        }
    }

    private static String sideNote(Quotes.Report report, Quotes.Quote q) {
        if (!report.source().isRedline()) {
            return "";
        }
        if (q.marked()) {
            return " (" + q.side().word() + " side, nor the redline with struck and added words alike, as the quote copies its marks)";
        }
        return " (" + q.side().word() + " side" + (q.decl() instanceof org.cba.syntax.ast.Decl.Removal ? ", the words a remove strikes" : "") + ")";
    }

    static String summary(Quotes.Report report) {
        long missing = report.count(Quotes.Status.MISSING);
        long caseOnly = report.count(Quotes.Status.CASE_ONLY);
        return "quotes: " + report.results().size() + " checked, " + (report.results().size() - missing) + " found"
                + (caseOnly > 0 ? " (" + caseOnly + " only when case is ignored)" : "") + ", " + missing + " not found"
                + " in " + report.source().file().name() + (report.source().isRedline() ? " (" + report.side().word() + " side)" : "");
    }

    public static String json(Quotes.Report report) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("source", report.source().file().name());
        root.put("redline", report.source().isRedline());
        root.put("side", report.side().word());
        ArrayNode missing = root.putArray("missing");
        ArrayNode caseOnly = root.putArray("caseOnly");
        for (Quotes.Result r : report.results()) {
            if (r.status() == Quotes.Status.MISSING) {
                missing.add(missing(report, r));
            } else if (r.status() == Quotes.Status.CASE_ONLY) {
                caseOnly.add(quote(r.quote()));
            }
        }
        ObjectNode summary = root.putObject("summary");
        summary.put("checked", report.results().size());
        summary.put("found", report.results().size() - report.count(Quotes.Status.MISSING));
        summary.put("caseOnly", report.count(Quotes.Status.CASE_ONLY));
        summary.put("missing", report.count(Quotes.Status.MISSING));
        return Json.write(root);
    }

    private static ObjectNode quote(Quotes.Quote q) {
        ObjectNode o = Json.location(q.where());
        o.put("cite", q.citation().cite());
        o.put("declaration", q.decl().name().name());
        o.put("side", q.side().word());
        o.put("marked", q.marked());
        o.put("quote", q.citation().quote());
        return o;
    }

    private static ObjectNode missing(Quotes.Report report, Quotes.Result r) {
        ObjectNode o = quote(r.quote());
        o.put("pieces", r.pieces());
        o.put("pieceNotFound", r.piece() + 1);
        Nearest.Passage p = r.nearest();
        if (p != null) {
            SourceText text = report.source().text(r.reading());
            ObjectNode n = Json.location(text.where(p.from()));
            n.put("text", text.text(p.from(), p.to()));
            n.put("similarity", p.similarity());
            ArrayNode diffs = n.putArray("differences");
            List<Nearest.Difference> ds = p.differences();
            ds.forEach(d -> diffs.addObject().put("source", d.source()).put("quote", d.quote()));
            o.set("nearest", n);
        }
        return o;
    }
}
