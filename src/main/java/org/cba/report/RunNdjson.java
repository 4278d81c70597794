package org.cba.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.io.Writer;
import org.cba.eval.Finding;

/**
 * The run as newline-delimited JSON (docs/run-json.md): one object per line, each saying what it is
 * in "record": first the header ("header", the fields RunJson's document opens with), then one line
 * per finding ("finding", the fields of a finding in RunJson), then the summary ("summary"). A line
 * is written as soon as it is made, so a program can read findings while the rest are written.
 */
public final class RunNdjson {
    private RunNdjson() {
    }

    public static void write(RunReport report, Writer out, boolean explain) throws IOException {
        try (JsonGenerator g = RunJson.generator(out)) {
            g.setRootValueSeparator(new SerializedString("\n"));
            g.writeStartObject();
            g.writeStringField("record", "header");
            RunJson.fields(g, RunJson.header(report.header()));
            g.writeEndObject();
            for (Finding f : report.findings()) {
                g.writeStartObject();
                g.writeStringField("record", "finding");
                RunJson.finding(g, f, explain);
                g.writeEndObject();
            }
            g.writeStartObject();
            g.writeStringField("record", "summary");
            RunJson.fields(g, RunJson.summary(report.totals()));
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }
}
