package org.cba.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** REV:path versions are taken out of git into a temporary folder that is removed afterwards, also on failure. */
class VersionPathsTest {
    @TempDir
    Path temp;

    private List<Path> left() throws IOException {
        try (Stream<Path> s = Files.list(temp)) {
            return s.toList();
        }
    }

    @Test
    void aRevisionIsTakenOutAndRemovedWhenClosed() throws Exception {
        VersionPaths.Resolved r = VersionPaths.resolve("HEAD:contracts/lausd-utla", temp);
        assertTrue(Files.isRegularFile(r.path().resolve("utla-2025-06-17/agreement.cba")), r.path().toString());
        r.close();
        assertEquals(List.of(), left());
    }

    @Test
    void nothingIsLeftWhenGitHasNoSuchPath() throws Exception {
        assertThrows(IOException.class, () -> VersionPaths.resolve("HEAD:no-such-folder/x", temp));
        assertEquals(List.of(), left());
    }

    @Test
    void aRevisionStartingWithADashIsNeverGivenToGit() {
        IOException e = assertThrows(IOException.class, () -> VersionPaths.commit("--output=/tmp/x"));
        assertTrue(e.getMessage().startsWith("\"--output=/tmp/x\" is not a git revision"), e.getMessage());
    }

    @Test
    void aFolderIsUsedAsItIsAndNeedsNoCleaning() throws Exception {
        VersionPaths.Resolved r = VersionPaths.resolve("contracts/lausd-utla", temp);
        assertEquals(Path.of("contracts/lausd-utla"), r.path());
        assertNull(r.temporary());
    }
}
