package org.cba.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Highlighting's walk through a file's nodes gives, offset by offset, what Analysis.at gives. */
class SweepTest {
    @Test
    void aSweepFindsTheSameNodeAsAtForEveryOffsetOfAFile() throws Exception {
        Path file = WorkspaceTest.PROPOSAL;
        String text = Files.readString(file);
        Documents documents = new Documents();
        documents.put(Session.uri(file), text);
        Analysis a = new Workspace(documents).analysisOf(file);
        Analysis.Sweep sweep = a.sweep(file);
        int found = 0;
        for (int offset = 0; offset <= text.length(); offset++) {
            Optional<Node> expected = a.at(file, offset);
            assertEquals(expected, sweep.at(offset), "at offset " + offset);
            found += expected.isPresent() ? 1 : 0;
        }
        // a sanity floor, not a measure: article 18 is also long comments, quotes and rule-test rows
        assertTrue(found > text.length() / 10, "the file has nodes to find: " + found + " of " + text.length());
        assertThrows(IllegalArgumentException.class, () -> sweep.at(0));
    }
}
