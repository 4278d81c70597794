package org.cba.data;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * What every cba convert target shares: all tables are read before anything is written, so a
 * problem in any of them leaves no file behind, and the file appears whole or not at all.
 */
final class FileCopy {
    /** Writes tables, already read, into a new file. */
    interface Writer {
        void write(List<RawTable> tables, Path file) throws Exception;
    }

    private FileCopy() {
    }

    /** container: what a table becomes in the target, for the one thing every target needs: a column. */
    static void copy(DataSource from, List<String> tables, Path to, String container, Writer writer) throws DataException {
        String target = String.valueOf(to.getFileName());
        if (Files.exists(to)) {
            throw problem(target, "the file already exists; remove it first so that it is not overwritten by mistake");
        }
        Path folder = to.toAbsolutePath().getParent();
        if (!Files.isDirectory(folder)) {
            throw problem(target, "the folder " + folder + " does not exist");
        }
        List<RawTable> read = readAll(from, tables, container);
        Path temp = null;
        try {
            temp = Files.createTempFile(folder, target, ".tmp");
            writer.write(read, temp);
            moveIntoPlace(temp, to);
        } catch (IOException e) {
            throw problem(target, "cannot write the file: " + Io.reason(e));
        } catch (DataException e) {
            throw e;
        } catch (Exception e) {
            throw problem(target, "cannot write the file: " + e.getMessage());
        } finally {
            deleteQuietly(temp);
        }
    }

    private static List<RawTable> readAll(DataSource from, List<String> tables, String container) throws DataException {
        List<RawTable> read = new ArrayList<>();
        List<DataProblem> problems = new ArrayList<>();
        for (String table : tables) {
            try {
                TableNames.require(table, from.describe());
                RawTable raw = from.read(table);
                if (raw.columns().isEmpty()) {
                    problems.add(new DataProblem(DataCode.D011, raw.origin(), 0, null, null,
                            "this table has no columns, and " + container + " needs at least one"));
                }
                read.add(raw);
            } catch (DataException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new DataException(problems);
        }
        return read;
    }

    private static void moveIntoPlace(Path temp, Path to) throws IOException {
        try {
            Files.move(temp, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, to);
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // A stray temp file is untidy but harmless; the real outcome was already decided.
        }
    }

    static DataException problem(String target, String message) {
        return DataException.of(DataCode.D011, target, message);
    }
}
