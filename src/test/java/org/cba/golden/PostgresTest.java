package org.cba.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.cba.data.DataSource;
import org.cba.data.RawRow;
import org.cba.data.RawTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo district kept in PostgreSQL the way a district might keep it (every table named sis_...,
 * schools.enrollment called enrl_cnt, school types in lower case) and read through a mapping file
 * gives the same findings as the CSV files. Runs only when CBA_PG_URL names a server to use.
 */
class PostgresTest {
    private static final String DEMO = "examples/district-demo";
    private static final String PREFIX = "sis_";

    @TempDir
    Path tmp;

    @Test
    void theDemoDistrictInPostgresThroughAMappingGivesTheSameFindings() throws Exception {
        String url = System.getenv("CBA_PG_URL");
        assumeTrue(url != null && !url.isBlank(), "CBA_PG_URL is not set (e.g. jdbc:postgresql://localhost:5432/cba"
                + "?user=cba&password=cba); skipping the PostgreSQL test");
        List<String> types = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url); DataSource csv = DataSource.open(DEMO)) {
            for (String table : tables()) {
                RawTable raw = csv.read(table);
                if (table.equals("schools")) {
                    raw = districtsOwn(raw, types);
                }
                load(c, raw);
            }
        }
        Path mapping = Files.writeString(tmp.resolve("sis.json"), mapping(types));
        assertEquals(DataSourcesAgreeTest.run(DEMO), DataSourcesAgreeTest.run(url, "--mapping", mapping.toString()));
    }

    private static List<String> tables() throws Exception {
        try (Stream<Path> files = Files.list(Path.of(DEMO))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".csv"))
                    .map(n -> n.substring(0, n.length() - 4)).sorted().toList();
        }
    }

    /** schools as the district keeps it: enrollment is enrl_cnt and types are in lower case. */
    private static RawTable districtsOwn(RawTable schools, List<String> types) {
        List<String> columns = new ArrayList<>(schools.columns());
        columns.set(columns.indexOf("enrollment"), "enrl_cnt");
        int type = schools.columnIndex("type");
        List<RawRow> rows = new ArrayList<>();
        for (RawRow row : schools.rows()) {
            List<String> values = new ArrayList<>(row.values());
            if (!types.contains(values.get(type))) {
                types.add(values.get(type));
            }
            values.set(type, values.get(type).toLowerCase(Locale.ROOT));
            rows.add(new RawRow(row.number(), values));
        }
        return new RawTable(schools.name(), schools.origin(), columns, rows);
    }

    private static void load(Connection c, RawTable table) throws Exception {
        String name = '"' + PREFIX + table.name() + '"';
        List<String> columns = table.columns().stream().map(col -> '"' + col + "\" TEXT").toList();
        try (Statement s = c.createStatement()) {
            s.executeUpdate("DROP TABLE IF EXISTS " + name);
            s.executeUpdate("CREATE TABLE " + name + " (" + String.join(", ", columns) + ")");
        }
        String marks = String.join(", ", Collections.nCopies(columns.size(), "?"));
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO " + name + " VALUES (" + marks + ")")) {
            for (RawRow row : table.rows()) {
                for (int i = 0; i < row.values().size(); i++) {
                    insert.setString(i + 1, row.get(i));
                }
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static String mapping(List<String> types) throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode tables = json.createObjectNode();
        for (String table : tables()) {
            tables.putObject(table).put("from", PREFIX + table);
        }
        ObjectNode schools = (ObjectNode) tables.get("schools");
        schools.putObject("columns").put("enrollment", "enrl_cnt");
        ObjectNode codes = schools.putObject("values").putObject("type");
        types.forEach(t -> codes.put(t.toLowerCase(Locale.ROOT), t));
        return json.writeValueAsString(json.createObjectNode().set("tables", tables));
    }
}
