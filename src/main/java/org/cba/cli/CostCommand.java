package org.cba.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.cba.report.CostReport;
import org.cba.report.CostXlsx;
import org.cba.report.Json;
import org.cba.run.Contracts;
import org.cba.run.Costs;
import org.cba.run.DataSets;
import org.cba.run.Failure;
import org.cba.run.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** cba cost: what a new version does to the same district's data, compared with an old one. */
@Command(name = "cost", mixinStandardHelpOptions = true,
        description = {"Compare what two versions of an agreement require of the same district's data.",
                "Violations, positions required and money owed per rule, per school and in total, and per school year of the",
                "new version's term; with --params, the yearly cost of the change in positions (see docs/cost.md)."},
        footer = {"", "Exit codes: 0 compared, 1 spec errors, 2 usage, 3 data errors."})
public final class CostCommand implements Callable<Integer> {
    enum Format { text, json, csv, html, xlsx }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OLD", description = "The earlier version (folder, file or REV:path).")
    String oldArg;

    @Parameters(index = "1", paramLabel = "NEW", description = "The later version.")
    String newArg;

    @Option(names = "--data", required = true, paramLabel = "SOURCE", description = "The district's data.")
    String data;

    @Option(names = "--mapping", paramLabel = "FILE",
            description = "A JSON file mapping the district's tables, columns and codes onto the contract's (see docs/data.md).")
    Path mapping;

    @Option(names = "--as-of", required = true, paramLabel = "DATE", description = "Evaluate both as of this date.")
    LocalDate asOf;

    @Option(names = "--params", paramLabel = "FILE", description = "JSON: {\"yearly_cost_per_position\": {\"RULE\": 120000}}.")
    Path params;

    @Option(names = "--allow-missing", split = ",", paramLabel = "TABLE", description = "Tables the data may leave out (comma-separated).")
    java.util.Set<String> allowMissing = new java.util.LinkedHashSet<>();

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default), json, csv, html or xlsx.")
    Format format = Format.text;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the report to this file instead of the standard output (needed for xlsx).")
    Path out;

    @Override
    public Integer call() throws IOException, InterruptedException, Failure {
        ReportFile.check(format.name(), format == Format.xlsx, out);
        Map<String, BigDecimal> costs = costs();
        Costs.Side before = side(oldArg);
        Costs.Side after = side(newArg);
        CostReport report = Costs.compare(before, after, asOf, costs);
        if (format == Format.xlsx) {
            ReportFile.bytes(out, stream -> CostXlsx.write(report, stream));
            return ExitCode.OK.code();
        }
        ReportFile.text(out, spec.commandLine().getOut(), w -> {
            switch (format) {
                case json -> w.println(Json.write(report.json()));
                case csv -> report.csv(w);
                case html -> report.html(w);
                default -> report.text(w);
            }
        });
        return ExitCode.OK.code();
    }

    private Map<String, BigDecimal> costs() throws Failure {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        if (params != null) {
            try {
                JsonNode node = Json.MAPPER.readTree(Files.readString(params)).path("yearly_cost_per_position");
                node.fields().forEachRemaining(e -> out.put(e.getKey(), new BigDecimal(e.getValue().asText())));
            } catch (IOException | RuntimeException e) {
                throw new Failure(Problem.usage("U008", "cannot read " + params + ": " + e.getMessage()));
            }
        }
        return out;
    }

    private Costs.Side side(String arg) throws IOException, InterruptedException, Failure {
        Contracts.Version version = Contracts.open(arg);
        return new Costs.Side(version, DataSets.bind(version.checked(), data, allowMissing, mapping));
    }
}
