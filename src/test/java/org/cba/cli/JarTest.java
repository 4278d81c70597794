package org.cba.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.cba.golden.Cli;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * cba for a person who is not a developer: the jar runs from any folder, with the contract and data
 * named relative to that folder. mvn verify tests before it packages, so the jar test is skipped
 * when target/cba.jar is not there (./cba builds it); the in-process test needs no jar.
 */
class JarTest {
    private static final Path TUTORIAL = Path.of("examples/tutorial/02-own-school").toAbsolutePath();

    @Test
    void theJarRunsFromAnotherFolderWithRelativePaths(@TempDir Path work) throws Exception {
        Path jar = Path.of("target/cba.jar").toAbsolutePath();
        Assumptions.assumeTrue(Files.isRegularFile(jar), "target/cba.jar is not built");
        copy(TUTORIAL, work.resolve("contract"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                jar.toString(), "run", "contract", "--data", "contract/data", "--as-of", "2025-10-15"));
        Process p = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        // R2 has 27 students, over the maximum of 24: the one violation.
        assertTrue(out.contains("VIOLATION 27 students in a Grade 1 class; the maximum is 24 students"), out);
        assertTrue(out.contains("data: contract/data (CSV folder)"), out);
    }

    @Test
    void inProcessAbsolutePathsWorkWhateverTheWorkingFolder(@TempDir Path work) throws Exception {
        copy(TUTORIAL, work.resolve("contract"));
        Path contract = work.resolve("contract");
        Cli.Result r = Cli.run("data", "check", contract.toString(), "--data", contract.resolve("data").toString());
        assertEquals(0, r.exit(), r.transcript());
        assertEquals("the data fits the contract:\n  schools: 1 row\n  classes: 3 rows\n", r.out());
    }

    private static void copy(Path from, Path to) throws IOException {
        try (var files = Files.walk(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
    }
}
