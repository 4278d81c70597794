package org.cba.data;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;

/** Picks the kind of source from what the user wrote after --data. */
final class Sources {
    private static final String KINDS = "a folder of CSV files, a .xlsx workbook, a .json file, a .sqlite/.sqlite3/.db file or a jdbc: URL";

    private Sources() {
    }

    static DataSource open(String spec) throws DataException {
        if (spec == null || spec.isBlank()) {
            throw problem("data", "no data given; expected " + KINDS);
        }
        if (spec.startsWith("jdbc:")) {
            String shown = redact(spec);
            return new JdbcSource(spec, shown, shown + " (JDBC)");
        }
        Path path;
        try {
            path = Path.of(spec);
        } catch (InvalidPathException e) {
            throw problem(spec, "not a valid file name: " + e.getReason());
        }
        if (Files.isDirectory(path)) {
            return new CsvSource(path, spec);
        }
        if (!Files.exists(path)) {
            throw problem(spec, "no such file or folder");
        }
        return openFile(path, spec);
    }

    private static DataSource openFile(Path path, String spec) throws DataException {
        String name = String.valueOf(path.getFileName());
        String lower = name.toLowerCase(Locale.ROOT);
        if (!Files.isRegularFile(path)) {
            throw problem(spec, "not a file or a folder; expected " + KINDS);
        }
        if (lower.endsWith(".json")) {
            return new JsonSource(path, spec);
        }
        if (lower.endsWith(".sqlite") || lower.endsWith(".sqlite3") || lower.endsWith(".db")) {
            return new JdbcSource("jdbc:sqlite:" + path.toAbsolutePath(), name, spec + " (SQLite file)");
        }
        if (lower.endsWith(".csv")) {
            throw problem(spec, "for CSV data give the folder that holds the .csv files, one file per table");
        }
        if (lower.endsWith(".xlsx")) {
            return new XlsxSource(path, spec);
        }
        if (lower.endsWith(".xls")) {
            throw problem(spec, "cannot read the old Excel .xls format; in Excel, Save As \"Excel Workbook (.xlsx)\"");
        }
        int dot = name.lastIndexOf('.');
        String ending = dot <= 0 ? "this file has no ending like .json" : "cannot read a " + name.substring(dot) + " file";
        throw problem(spec, ending + "; expected " + KINDS);
    }

    /** A JDBC URL may carry a password; reports and describe() must not repeat it. */
    static String redact(String url) {
        return url.replaceAll("(?i)((?:password|pwd)=)[^&;]*", "$1***")
                .replaceAll("(//[^/:@]*:)[^/@]*@", "$1***@");
    }

    private static DataException problem(String origin, String message) {
        return DataException.of(DataCode.D001, origin, message);
    }
}
