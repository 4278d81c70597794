package org.cba.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * What an analyst would otherwise write: the two rules as SQL over the district in SQLite (every
 * column TEXT, as cba convert and gen-data write it, hence the casts), with the XVIII 2.0 maximums
 * on 2025-10-15 in a small lookup table.
 */
final class Sql {
    static final String LIMITS = """
            CREATE TEMP TABLE IF NOT EXISTS limits (type TEXT, band TEXT, category TEXT, maximum INTEGER);
            """;

    static final String CLASS_OVER_MAXIMUM = """
            WITH c AS (
              SELECT s.id AS id, CAST(s.enrollment AS INTEGER) AS e, s.category AS category,
                CASE
                  WHEN sc.type = 'PHBAOMagnet' AND NOT 4 * CAST(s.magnet_students AS INTEGER) > 3 * CAST(s.enrollment AS INTEGER) THEN 'PHBAO'
                  WHEN sc.type = 'OtherMagnet' AND NOT 4 * CAST(s.magnet_students AS INTEGER) > 3 * CAST(s.enrollment AS INTEGER) THEN 'Desegregated'
                  WHEN sc.type = 'Other' THEN 'Desegregated'
                  ELSE sc.type END AS type,
                CASE
                  WHEN s.grade IN ('TK', 'K', '1', '2', '3') THEN 'TK3'
                  WHEN s.grade IN ('4', '5') THEN 'G4to5'
                  WHEN s.grade = '6' THEN CASE WHEN sc.level = 'Elementary' THEN 'G4to5' ELSE 'G7to8' END
                  WHEN s.grade IN ('7', '8') THEN 'G7to8'
                  WHEN s.grade IN ('9', '10') THEN 'G9to10'
                  ELSE 'G11to12' END AS band
              FROM sections s JOIN schools sc ON sc.id = s.school
              WHERE s.category IN ('Academic', 'NonAcademic') AND s.grade <> 'UTK')
            SELECT c.id, c.e, l.maximum
            FROM c JOIN limits l ON l.type = c.type AND l.band = c.band AND l.category = c.category
            WHERE c.e > l.maximum
            """;

    static final String COUNSELOR_ALLOCATION = """
            WITH sec AS (
              SELECT campus, SUM(CASE WHEN level <> 'Elementary' THEN CAST(enrollment AS INTEGER) ELSE 0 END) AS n
              FROM schools GROUP BY campus),
            co AS (
              SELECT sc.campus AS campus, SUM(CAST(st.fte AS REAL)) AS fte
              FROM staff st JOIN schools sc ON sc.id = st.school
              WHERE st.position = 'Counselor' GROUP BY sc.campus)
            SELECT sec.campus, sec.n, sec.n / 350 + CASE WHEN sec.n % 350 > 175 THEN 1 ELSE 0 END AS required,
                   COALESCE(co.fte, 0) AS present
            FROM sec LEFT JOIN co ON co.campus = sec.campus
            WHERE sec.n > 0
            """;

    private Sql() {
    }

    /** The maximums as of 2025-10-15, from the same figures as {@link HandWritten#maximum}. */
    static void createLimits(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate(LIMITS);
            s.executeUpdate("DELETE FROM limits");
            String[] types = {"PHBAO", "Desegregated", "PHBAOMagnet", "OtherMagnet"};
            String[] bands = {"TK3", "G4to5", "G7to8", "G9to10", "G11to12"};
            for (String t : types) {
                for (int b = 0; b < bands.length; b++) {
                    for (String k : new String[] {"Academic", "NonAcademic"}) {
                        int max = HandWritten.maximum(t, b + 1, k.equals("Academic"));
                        s.executeUpdate("INSERT INTO limits VALUES ('" + t + "', '" + bands[b] + "', '" + k + "', " + max + ")");
                    }
                }
            }
        }
    }

    /** Runs a query and reads every row, as a report would. */
    static List<Object[]> query(Connection c, String sql) throws SQLException {
        List<Object[]> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            int n = r.getMetaData().getColumnCount();
            while (r.next()) {
                Object[] row = new Object[n];
                for (int i = 0; i < n; i++) {
                    row[i] = r.getObject(i + 1);
                }
                out.add(row);
            }
        }
        return out;
    }
}
