package org.cba.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.cba.golden.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A contract reads only regular files inside its own folder: links that lead out (to a secret
 * file, say) are refused without showing the target, pipes are refused instead of waited on, and
 * a file beside the contract that cannot be a spec is an error, not a warning.
 */
class ContractFilesTest {
    private static final String SECRET = "root:x:0:0:the-secret-line";
    private static final String CLEAN = """
            agreement "X"

            term pe_class_maximum: students
              cites "XVIII 2.5"
              = 55 students
              example pe_class_maximum = 55 students
            """;
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    /** CLEAN with an import on line 2, after the header. */
    private static String withImport(String path) {
        return CLEAN.replaceFirst("\n", "\nimport \"" + path + "\"\n");
    }

    private Path secret() throws IOException {
        return write("elsewhere/secret.txt", SECRET + "\n");
    }

    private Path link(String name, Path target) throws IOException {
        Path link = dir.resolve(name);
        Files.createDirectories(link.getParent());
        return Files.createSymbolicLink(link, target);
    }

    private Path fifo(String name) throws IOException, InterruptedException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        assertEquals(0, new ProcessBuilder("mkfifo", p.toString()).start().waitFor());
        return p;
    }

    private static Cli.Result check(Path path) {
        return assertTimeoutPreemptively(PATIENCE, () -> Cli.run("check", path.toString()));
    }

    private static void assertRefusedUnread(Cli.Result r, String code) {
        assertEquals(1, r.exit(), r.transcript());
        assertTrue(r.out().contains("error[" + code + "]"), r.out());
        assertFalse(r.transcript().contains("the-secret-line"), r.transcript());
    }

    @Test
    void anEntryLinkedOutsideItsFolderIsRefusedUnread() throws IOException {
        link("c/agreement.cba", secret());
        Cli.Result r = check(dir.resolve("c"));
        assertRefusedUnread(r, "E064");
        assertTrue(r.out().startsWith(dir.resolve("c/agreement.cba") + ":1:1: error[E064]: this file is a link"), r.out());
    }

    @Test
    void aLooseFileLinkedOutsideIsRefusedUnread() throws IOException {
        Path loose = link("loose/x.cba", secret());
        assertRefusedUnread(check(loose), "E064");
        assertRefusedUnread(check(dir.resolve("loose")), "E064");
    }

    @Test
    void aFileInTheContractFolderLinkedOutsideIsRefusedUnread() throws IOException {
        write("c/agreement.cba", CLEAN);
        link("c/stray.cba", secret());
        assertRefusedUnread(check(dir.resolve("c")), "E064");
    }

    @Test
    void aLinkInsideTheFolderIsStillFollowed() throws IOException {
        write("c/real.cba", CLEAN);
        link("c/agreement.cba", dir.resolve("c/real.cba"));
        Cli.Result r = check(dir.resolve("c"));
        assertEquals(0, r.exit(), r.transcript());
    }

    @Test
    void amendsThroughALinkToAFolderElsewhereIsRefused() throws IOException {
        write("elsewhere/v1/agreement.cba", CLEAN.replace("\"X\"", "\"" + SECRET + "\""));
        link("family/v1", dir.resolve("elsewhere/v1"));
        write("family/v2/agreement.cba", "agreement \"X\" amends \"../v1\"\n");
        Cli.Result r = check(dir.resolve("family/v2"));
        assertRefusedUnread(r, "E063");
        assertTrue(r.out().contains("\"../v1\" is a link to a folder outside family"), r.out());
    }

    @Test
    void amendsOfASiblingLinkedWithinTheFamilyIsRead() throws IOException {
        write("family/v1-real/agreement.cba", CLEAN);
        link("family/v1", dir.resolve("family/v1-real"));
        write("family/v2/agreement.cba", "agreement \"X\" amends \"../v1\"\n");
        Cli.Result r = check(dir.resolve("family/v2"));
        assertEquals(0, r.exit(), r.transcript());
    }

    @Test
    void anImportedPipeIsAnErrorNotAWait() throws Exception {
        write("c/agreement.cba", withImport("pipe.cba"));
        fifo("c/pipe.cba");
        Cli.Result r = check(dir.resolve("c"));
        assertEquals(1, r.exit(), r.transcript());
        assertTrue(r.out().contains(":2:1: error[E003]: \"pipe.cba\" is not a regular file (a pipe, socket or device)"), r.out());
    }

    @Test
    void anEntryThatIsAPipeIsAnErrorNotAWait() throws Exception {
        fifo("c/agreement.cba");
        Cli.Result r = check(dir.resolve("c"));
        assertEquals(1, r.exit(), r.transcript());
        assertTrue(r.out().contains("error[E003]: this is not a regular file"), r.out());
        Cli.Result loose = check(fifo("loose.cba"));
        assertEquals(1, loose.exit(), loose.transcript());
    }

    @Test
    void aNulByteInAnImportIsALocatedError() throws IOException {
        Path entry = write("c/agreement.cba", withImport("a\0b.cba"));
        Cli.Result r = check(entry.getParent());
        assertEquals(1, r.exit(), r.transcript());
        assertTrue(r.out().contains(entry + ":2:1: error[E060]: this import names no file"), r.out());
    }

    @Test
    void aNulByteInAmendsIsALocatedError() throws IOException {
        Path entry = write("family/v2/agreement.cba", "agreement \"X\" amends \"../v\0\"\n");
        Cli.Result r = check(entry.getParent());
        assertEquals(1, r.exit(), r.transcript());
        assertTrue(r.out().contains(entry + ":1:1: error[E063]"), r.out());
    }

    @Test
    void aFileBesideTheContractThatIsNotUtf8IsAnError() throws IOException {
        write("c/agreement.cba", CLEAN);
        Files.write(dir.resolve("c/old.cba"), "// caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
        Cli.Result r = check(dir.resolve("c"));
        assertEquals(1, r.exit(), r.transcript());
        assertTrue(r.out().contains("old.cba:1:7: error[E003]: this file is not UTF-8 text"), r.out());
    }

    @Test
    void aBinaryFileBesideTheContractIsAnError() throws IOException {
        write("c/agreement.cba", CLEAN);
        Files.write(dir.resolve("c/image.cba"), new byte[] {'G', 'I', 'F', 0, 1, 2});
        Cli.Result r = check(dir.resolve("c"));
        assertEquals(1, r.exit(), r.transcript());
        assertTrue(r.out().contains("image.cba:1:4: error[E003]: this file holds binary data"), r.out());
    }

    @Test
    void aTextFileBesideTheContractIsStillOnlyAWarning() throws IOException {
        write("c/agreement.cba", CLEAN);
        write("c/draft.cba", "// a draft\n");
        Cli.Result r = check(dir.resolve("c"));
        assertEquals(0, r.exit(), r.transcript());
        assertTrue(r.out().contains("draft.cba:1:1: warning[W003]"), r.out());
        assertTrue(r.out().contains(" 1 | // a draft"), r.out());
    }
}
