package org.cba.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A folder holding one "&lt;table&gt;.csv" file per table. */
final class CsvSource implements DataSource {
    private final Path folder;
    private final String where;

    /** where: the folder as the user wrote it, so reports use their words. */
    CsvSource(Path folder, String where) {
        this.folder = folder;
        this.where = where;
    }

    @Override
    public String describe() {
        return where + " (CSV folder)";
    }

    @Override
    public boolean has(String table) {
        return TableNames.isPlain(table) && Files.isRegularFile(fileOf(table));
    }

    @Override
    public RawTable read(String table) throws DataException {
        TableNames.require(table, where);
        String fileName = table + ".csv";
        Path file = fileOf(table);
        if (!Files.isRegularFile(file)) {
            throw DataException.of(new DataProblem(where, 0, null, null, "no file " + fileName));
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw DataException.of(new DataProblem(fileName, 0, null, null, "cannot read the file: " + Io.reason(e)));
        }
        return CsvTableParser.parse(table, fileName, bytes);
    }

    private Path fileOf(String table) {
        return folder.resolve(table + ".csv");
    }

    @Override
    public void close() {
        // Files are read whole and closed at once; nothing stays open.
    }
}
