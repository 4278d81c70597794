package org.cba.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The history's place comes from the environment given; the file is owner-only and never a link. */
class HistoryFileTest {
    @TempDir
    Path tmp;

    @Test
    void homeFromTheEnvironmentIsHonoured() {
        assertEquals(Path.of("/home/teacher/.cba_history"),
                HistoryFile.defaultLocation(Map.of("HOME", "/home/teacher"), "/java/home"));
    }

    @Test
    void xdgStateHomeComesFirst() {
        assertEquals(Path.of("/state/cba/history"),
                HistoryFile.defaultLocation(Map.of("HOME", "/home/teacher", "XDG_STATE_HOME", "/state"), "/java/home"));
    }

    @Test
    void relativeOrEmptyValuesAreIgnored() {
        // the XDG rule: a relative path is invalid and ignored
        assertEquals(Path.of("/home/teacher/.cba_history"),
                HistoryFile.defaultLocation(Map.of("HOME", "/home/teacher", "XDG_STATE_HOME", "state"), "/java/home"));
        assertEquals(Path.of("/java/home/.cba_history"), HistoryFile.defaultLocation(Map.of("HOME", ""), "/java/home"));
        assertEquals(Path.of("/java/home/.cba_history"), HistoryFile.defaultLocation(Map.of(), "/java/home"));
    }

    @Test
    void aMissingFileIsCreatedOwnerOnlyWithItsFolder() throws IOException {
        Path file = tmp.resolve("state/cba/history");
        assertEquals(Optional.empty(), HistoryFile.prepare(file));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void aFolderInThePlaceOfTheFileIsRefused() throws IOException {
        Path folder = Files.createDirectory(tmp.resolve("history"));
        Optional<String> why = HistoryFile.prepare(folder);
        assertTrue(why.isPresent() && why.get().endsWith("is not a regular file, so no history is kept"), why.toString());
    }

    @Test
    void aLinkIsRefusedAndItsTargetLeftAlone() throws IOException {
        Path target = Files.writeString(tmp.resolve("target"), "x");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r--r--"));
        Path link = Files.createSymbolicLink(tmp.resolve("history"), target);
        assertTrue(HistoryFile.prepare(link).isPresent());
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
    }
}
