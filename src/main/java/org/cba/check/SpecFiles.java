package org.cba.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import org.cba.source.Code;
import org.cba.source.Diagnostic;
import org.cba.source.SourceFile;
import org.cba.source.Span;

/**
 * Which files a contract may read. A spec is data: it reads only regular files in its own folder.
 * A link that leads elsewhere (to /etc/passwd, say) is refused before it is opened, and the
 * refusal never shows what the target holds; a pipe or device is refused because reading it
 * could wait for ever.
 */
final class SpecFiles {
    private SpecFiles() {
    }

    /** A path named in a spec (import, amends), or empty when the text cannot be a file name (a NUL byte, say). */
    static Optional<Path> resolve(Path base, String text) {
        try {
            return Optional.of(base == null ? Path.of(text) : base.resolve(text));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** What the file is when it is not a regular file ("a folder", ...), or empty when it is one. */
    static Optional<String> notRegular(Path file) {
        if (Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return Optional.of(Files.isDirectory(file) ? "a folder" : Files.exists(file) ? "a pipe, socket or device"
                : "a link that leads nowhere, or nothing at all");
    }

    /** Whether the file, once every link is followed, is still inside the folder (itself followed). */
    static boolean insideAfterLinks(Path folder, Path file) {
        try {
            return file.toRealPath().startsWith(folder.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Why a contract's own file (its entry, or a file lying in its folder) is not read, or empty:
     * it is not a regular file (E003), or it is a link to a file outside the folder (E064). The
     * diagnostic stands at the start of an empty text named as the file, so nothing of it is shown.
     */
    static Optional<Diagnostic> refusal(Path file, Path folder, String display) {
        Span at = new Span(new SourceFile(display, ""), 0, 0);
        Optional<String> kind = notRegular(file);
        if (kind.isPresent()) {
            return Optional.of(Diagnostic.error(Code.E003, at, "this is not a regular file (" + kind.get() + "), so cba does not read it",
                    "a spec is a plain text file"));
        }
        if (!insideAfterLinks(folder, file)) {
            return Optional.of(Diagnostic.error(Code.E064, at,
                    "this file is a link to a file outside its folder (" + folder.getFileName() + "), so cba does not read it",
                    "copy the file into the folder instead of linking to it"));
        }
        return Optional.empty();
    }
}
