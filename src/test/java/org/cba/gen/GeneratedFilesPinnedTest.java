package org.cba.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cba.golden.Checksums;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The files cba gen-data writes for the bundled profile are pinned: the SHA-256 of every CSV file
 * of 40 schools (seed 1) and 100 schools (seed 7), as `sha256sum *.csv` printed them when they
 * were last meant to change. A refactoring of the generator must leave them byte-identical; a
 * change that means to move them (a new recipe, a new rate in the profile) updates the lists with
 * `(cd OUT && sha256sum *.csv) > src/test/resources/gen/...` and says so in its commit.
 */
class GeneratedFilesPinnedTest {
    @TempDir
    Path tmp;

    @Test
    void fortySchoolsSeedOne() throws IOException {
        assertPinned(40, 1, "lausd-40-schools-seed-1.sha256");
    }

    @Test
    void aHundredSchoolsSeedSeven() throws IOException {
        assertPinned(100, 7, "lausd-100-schools-seed-7.sha256");
    }

    private void assertPinned(int schools, long seed, String pinned) throws IOException {
        DistrictGenerator.generate(DistrictGeneratorTest.PROFILE, schools, seed).writeCsv(tmp);
        String expected = Files.readString(Path.of("src/test/resources/gen", pinned), StandardCharsets.UTF_8);
        assertEquals(expected, sha256sum(tmp), "the generated files differ from " + pinned);
    }

    /** The lines `sha256sum *.csv` prints in a folder: hash, two spaces, name; sorted by name. */
    private static String sha256sum(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            StringBuilder out = new StringBuilder();
            for (Path f : files.filter(p -> p.toString().endsWith(".csv")).sorted().collect(Collectors.toList())) {
                out.append(Checksums.sha256(f)).append("  ").append(f.getFileName()).append('\n');
            }
            return out.toString();
        }
    }
}
