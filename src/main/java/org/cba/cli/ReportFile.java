package org.cba.cli;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.cba.run.Failure;
import org.cba.run.Problem;

/**
 * Where a report goes: the standard output, or the file --out names. A workbook is binary and goes
 * only to a file. A file is written beside its place and moved there when whole, so a failed or
 * interrupted run never leaves half a report under the name asked for (an older one stays).
 */
final class ReportFile {
    /** Writes a report, as text or as bytes. */
    interface Body<T> {
        void write(T out) throws IOException;
    }

    private ReportFile() {
    }

    /**
     * Checked before the run, so that a mistake costs no evaluation: a binary format needs --out
     * (U015), and the file's folder must exist (U011).
     */
    static void check(String format, boolean binary, Path out) throws Failure {
        if (binary && out == null) {
            throw new Failure(Problem.usage("U015", "--format " + format + " writes a workbook, which is not text and cannot be printed: "
                    + "give the file to write with --out FILE." + format));
        }
        if (out != null && Files.isDirectory(out)) {
            throw new Failure(Problem.usage("U011", "cannot write " + out + ": it is a folder; give the file to write"));
        }
        if (out != null && !Files.isDirectory(folder(out))) {
            throw new Failure(Problem.usage("U011", "cannot write " + out + ": the folder " + folder(out) + " does not exist"));
        }
    }

    /** Text to out, or to the standard output when out is null (flushed, so that what follows on the error output comes after it). */
    static void text(Path out, PrintWriter stdout, Body<PrintWriter> body) throws IOException, Failure {
        if (out == null) {
            body.write(stdout);
            stdout.flush();
            return;
        }
        bytes(out, stream -> {
            PrintWriter w = new PrintWriter(new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16));
            body.write(w);
            w.flush();
            if (w.checkError()) {
                throw new IOException("the file could not be written");
            }
        });
    }

    /** Bytes to the file out, through a buffer. */
    static void bytes(Path out, Body<OutputStream> body) throws Failure {
        Path temp = null;
        try {
            // named here rather than by createTempFile, whose files only their owner may read: a report is made to be shared
            temp = folder(out).resolve("." + out.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
            try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
                body.write(stream);
            }
            try {
                Files.move(temp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, out, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            String why = e instanceof AccessDeniedException ? "permission denied" : e.getMessage();
            throw new Failure(Problem.usage("U011", "cannot write " + out + ": " + why));
        } finally {
            deleteQuietly(temp);
        }
    }

    private static Path folder(Path out) {
        Path parent = out.toAbsolutePath().getParent();
        return parent == null ? out.toAbsolutePath() : parent;
    }

    private static void deleteQuietly(Path temp) {
        if (temp != null) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                // the temporary file stays; the report's own problem has been said
            }
        }
    }
}
