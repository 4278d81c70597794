package org.cba.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** One JSON file: a top-level object holding one array of flat row objects per table. */
final class JsonSource implements DataSource {
    private final Path file;
    private final String where;
    private final String fileName;
    private Map<String, JsonTables.Result> tables;
    private DataException failure;

    /** where: the file as the user wrote it, so reports use their words. */
    JsonSource(Path file, String where) {
        this.file = file;
        this.where = where;
        this.fileName = String.valueOf(file.getFileName());
    }

    @Override
    public String describe() {
        return where + " (JSON file)";
    }

    @Override
    public boolean has(String table) {
        if (!TableNames.isPlain(table)) {
            return false;
        }
        load();
        // A file that cannot be read at all answers yes, so read() reports why.
        return failure != null || tables.containsKey(table);
    }

    @Override
    public RawTable read(String table) throws DataException {
        TableNames.require(table, fileName);
        load();
        if (failure != null) {
            throw failure;
        }
        JsonTables.Result result = tables.get(table);
        if (result == null) {
            throw DataException.of(absent(table));
        }
        return result.get();
    }

    @Override
    public DataProblem absent(String table) {
        load();
        java.util.Set<String> names = tables == null ? java.util.Set.of() : tables.keySet();
        String none = tables != null && tables.isEmpty() ? " (the file holds no tables at all)" : "";
        return new DataProblem(DataCode.D002, fileName, 0, null, null, "there is no array \"" + table + "\"" + none
                + Nearest.suggestion(table, names));
    }

    /** The whole file is parsed once: a malformed file is malformed for every table. */
    private void load() {
        if (tables != null || failure != null) {
            return;
        }
        try {
            tables = JsonTables.parse(Files.readAllBytes(file), fileName);
        } catch (DataException e) {
            failure = e;
        } catch (IOException e) {
            failure = DataException.of(DataCode.D001, fileName, "cannot read the file: " + Io.reason(e));
        }
    }

    @Override
    public void close() {
        tables = null;
    }
}
