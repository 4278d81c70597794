package org.cba.repl;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where the REPL keeps what was typed, and making sure only its owner can read it. The file is
 * made owner-only (0600) whatever it was before, and never written through a link: a link could
 * send the history into a file someone else can read, or overwrite a file of the user's.
 */
public final class HistoryFile {
    private static final Set<PosixFilePermission> OWNER_ONLY =
            Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

    private HistoryFile() {
    }

    /**
     * The default location, as the environment says: $XDG_STATE_HOME/cba/history when that is set
     * to an absolute path (the XDG base directory rule), else $HOME/.cba_history, else the Java
     * user.home's .cba_history.
     */
    public static Path defaultLocation(Map<String, String> env, String userHome) {
        Optional<Path> state = absolute(env.get("XDG_STATE_HOME"));
        if (state.isPresent()) {
            return state.get().resolve("cba").resolve("history");
        }
        return absolute(env.get("HOME")).orElse(Path.of(userHome)).resolve(".cba_history");
    }

    private static Optional<Path> absolute(String value) {
        if (value == null || value.isEmpty()) {
            return Optional.empty();
        }
        try {
            Path p = Path.of(value);
            return p.isAbsolute() ? Optional.of(p) : Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    /**
     * Makes the file ready to hold the history: created owner-only if missing, made owner-only if
     * not. Empty when it can be used; otherwise the one-line reason it is not (the REPL then
     * keeps no history).
     */
    public static Optional<String> prepare(Path file) {
        if (Files.isSymbolicLink(file)) {
            return Optional.of(file + " is a link; the history is not written through links, so none is kept");
        }
        try {
            if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                    return Optional.of(file + " is not a regular file, so no history is kept");
                }
                ownerOnly(file);
            } else {
                create(file);
            }
        } catch (IOException | UnsupportedOperationException e) {
            return Optional.of("cannot keep the history in " + file + " (" + e.getMessage() + "), so none is kept");
        }
        return Optional.empty();
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    private static void ownerOnly(Path file) throws IOException {
        if (posix() && !Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS).equals(OWNER_ONLY)) {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
    }

    private static void create(Path file) throws IOException {
        if (file.toAbsolutePath().getParent() != null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
        }
        try {
            if (posix()) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } else {
                Files.createFile(file);
            }
        } catch (FileAlreadyExistsException raced) {
            if (Files.isSymbolicLink(file)) {
                throw new IOException("it became a link meanwhile");
            }
            ownerOnly(file); // created meanwhile by another session
        }
    }
}
