package org.cba.fuzz;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.cba.check.Checked;
import org.cba.data.DataException;
import org.cba.data.DataSource;
import org.cba.data.RawRow;
import org.cba.data.RawTable;
import org.cba.data.SqliteWriter;
import org.cba.report.RunText;
import org.cba.run.Contracts;
import org.cba.run.DataSets;
import org.cba.run.Failure;
import org.cba.run.Request;
import org.cba.run.Runs;

/**
 * The demo district in three forms (its CSV folder, a JSON file and a SQLite file made from it)
 * and the proposal checked once, so that a data mutant costs only reading the data and running
 * the rules, as cba run does after checking (RunCommand: bind, run, print; the same exit codes).
 */
final class DataCorpus {
    static final Path DEMO = Path.of("examples/district-demo");
    static final LocalDate AS_OF = LocalDate.of(2025, 10, 15);

    /** What a run printed and its exit code. */
    record Run(int exit, int findings, String out, String err) {
    }

    final Checked checked;
    final Map<String, String> csv = new LinkedHashMap<>();
    final List<String> tables = new ArrayList<>();
    final Path csvDir;
    final String json;
    final Path sqlite;
    final Map<String, Integer> baseline = new LinkedHashMap<>();

    DataCorpus(Path work) throws IOException, DataException {
        checked = Contracts.check(SpecCorpus.ROOT.resolve(SpecCorpus.PROPOSAL).resolve("agreement.cba"));
        csvDir = Files.createDirectories(work.resolve("district-csv"));
        try (Stream<Path> files = Files.list(DEMO)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".csv")).sorted().toList()) {
                String name = f.getFileName().toString();
                csv.put(name, Files.readString(f));
                tables.add(name.substring(0, name.length() - 4));
                Files.copy(f, csvDir.resolve(name));
            }
        }
        json = json(csvDir.toString());
        sqlite = work.resolve("district.sqlite");
        try (DataSource source = DataSource.open(csvDir.toString())) {
            SqliteWriter.copy(source, tables, sqlite);
        }
        Path jsonFile = work.resolve("district.json");
        Files.writeString(jsonFile, json);
        baseline.put("csv", run(csvDir.toString()).findings());
        baseline.put("json", run(jsonFile.toString()).findings());
        baseline.put("sqlite", run(sqlite.toString()).findings());
    }

    /** Every table as an array of rows of text, the form docs/data.md section 8 describes. */
    private String json(String source) throws DataException, IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        try (DataSource data = DataSource.open(source)) {
            for (String table : tables) {
                RawTable t = data.read(table);
                ArrayNode rows = root.putArray(table);
                for (RawRow row : t.rows()) {
                    ObjectNode o = rows.addObject();
                    for (int i = 0; i < t.columns().size(); i++) {
                        o.put(t.columns().get(i), row.get(i));
                    }
                }
            }
        }
        return mapper.writeValueAsString(root);
    }

    /** cba run CONTRACT --data source --as-of 2025-10-15, with the contract already checked. */
    Run run(String source) throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit;
        int findings = -1;
        try {
            Runs.Result result = Runs.run(checked, DataSets.bind(checked, source),
                    new Request(AS_OF, Map.of(), List.of(), null, false), AS_OF);
            err.write(Failure.render("cba run", result.warnings()));
            new RunText(result.report(), false, false).print(new PrintWriter(out));
            findings = result.report().findings().size();
            err.write(Failure.render("cba run", result.problems()));
            exit = result.problems().isEmpty() ? 0 : result.problems().get(0).stage().exit();
        } catch (Failure f) {
            err.write(f.render("cba run"));
            exit = f.stage().exit();
        }
        return new Run(exit, findings, out.toString(), err.toString());
    }
}
