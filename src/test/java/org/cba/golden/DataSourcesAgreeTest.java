package org.cba.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo district as CSV files and as the SQLite file cba convert makes from them gives the same
 * findings: the evaluator never knows where rows came from. Only the provenance differs (which
 * file and row a value was read from), so "data" and the explanations' "source" are set aside.
 */
class DataSourcesAgreeTest {
    private static final String CONTRACT = "contracts/lausd-utla/utla-2025-06-17";

    @TempDir
    Path tmp;

    @Test
    void csvAndSqliteGiveTheSameFindings() throws Exception {
        Path sqlite = tmp.resolve("demo.sqlite");
        Cli.Result converted = Cli.run("convert", CONTRACT, "--data", "examples/district-demo", "--out", sqlite.toString());
        assertEquals(0, converted.exit(), converted.transcript());
        JsonNode fromCsv = run("examples/district-demo");
        JsonNode fromSqlite = run(sqlite.toString());
        assertEquals(fromCsv.get("findings").size(), fromSqlite.get("findings").size());
        assertEquals(fromCsv, fromSqlite);
    }

    private static JsonNode run(String data) throws Exception {
        Cli.Result r = Cli.run("run", CONTRACT, "--data", data, "--as-of", "2025-10-15", "--format", "json");
        assertEquals(0, r.exit(), r.err());
        ObjectNode root = (ObjectNode) new ObjectMapper().readTree(r.out());
        root.remove("data");
        for (JsonNode f : root.get("findings")) {
            for (JsonNode step : f.get("explain")) {
                ((ObjectNode) step).remove("source");
            }
        }
        return root;
    }
}
