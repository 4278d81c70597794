package org.cba.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

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

    /** Anything under the name counts, even a folder or a broken link: read() then says what is wrong with it. */
    @Override
    public boolean has(String table) {
        return TableNames.isPlain(table) && Files.exists(fileOf(table), LinkOption.NOFOLLOW_LINKS);
    }

    @Override
    public RawTable read(String table) throws DataException {
        TableNames.require(table, where);
        String fileName = table + ".csv";
        Path file = fileOf(table);
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw DataException.of(absent(table));
        }
        // Only a regular file is read: a folder, a pipe or a device (/dev/zero) would fail or never end.
        if (!Files.isRegularFile(file)) {
            throw DataException.of(DataCode.D003, fileName, "not a regular file (" + kindOf(file) + "); a table is a CSV file");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException | OutOfMemoryError e) {
            String reason = e instanceof IOException io ? Io.reason(io) : "it is too large";
            throw DataException.of(DataCode.D003, fileName, "cannot read the file: " + reason);
        }
        return CsvTableParser.parse(table, fileName, bytes);
    }

    @Override
    public DataProblem absent(String table) {
        String fileName = table + ".csv";
        return new DataProblem(DataCode.D002, where, 0, null, null, "there is no file " + fileName
                + Nearest.suggestion(fileName, entries()));
    }

    private static String kindOf(Path file) {
        if (Files.isDirectory(file)) {
            return "a folder";
        }
        return Files.exists(file) ? "a pipe, device or other special file" : "a link to nothing";
    }

    /** The names in the folder, for "did you mean": whatever cannot be listed is simply not suggested. */
    private List<String> entries() {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> String.valueOf(p.getFileName())).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private Path fileOf(String table) {
        return folder.resolve(table + ".csv");
    }

    @Override
    public void close() {
        // Files are read whole and closed at once; nothing stays open.
    }
}
