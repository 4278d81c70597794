package org.cba.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An editor's unsaved text is read in place of the file on disk, imported files and amended versions included. */
class ContractLoaderOverlayTest {
    @TempDir
    Path dir;

    @Test
    void unsavedTextOverridesTheFileOnDisk() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("v1"));
        Files.writeString(folder.resolve("agreement.cba"), "agreement \"A\"\n\nimport \"t.cba\"\n");
        Path terms = folder.resolve("t.cba");
        Files.writeString(terms, "term x: students\n  cites \"XVIII 1.0\"\n  = 1 student\n  example x = 1 student\n");
        Path key = terms.toAbsolutePath().normalize();
        Checked onDisk = Checker.check(ContractLoader.load(folder.resolve("agreement.cba")));
        assertEquals(0, onDisk.diagnostics().size(), onDisk.diagnostics().toString());
        Checked unsaved = Checker.check(ContractLoader.load(folder.resolve("agreement.cba"),
                p -> p.equals(key) ? "term x: students\n  cites \"XVIII 1.0\"\n  = y\n  example x = 1 student\n" : null));
        assertEquals("E010", unsaved.diagnostics().get(0).code().id(), "the undefined y of the unsaved text");
    }
}
