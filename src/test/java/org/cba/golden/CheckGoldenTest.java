package org.cba.golden;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every case under src/test/resources/golden/check: a .cba file (or a folder, for cases that need
 * several files) beside a .out file holding exactly what {@code cba check} prints for it.
 * So the wording, location and caret of every diagnostic are pinned.
 */
class CheckGoldenTest {
    static final Path DIR = Path.of("src/test/resources/golden/check");

    @TestFactory
    Stream<DynamicTest> checkOutputs() throws IOException {
        List<Path> cases;
        try (Stream<Path> list = Files.list(DIR)) {
            cases = list.filter(p -> p.toString().endsWith(".cba") || Files.isDirectory(p)).sorted().toList();
        }
        return cases.stream().map(input -> DynamicTest.dynamicTest(input.getFileName().toString(), () -> {
            String name = input.getFileName().toString().replaceFirst("\\.cba$", "");
            Golden.assertMatches(DIR.resolve(name + ".out"), Cli.run("check", input.toString()).transcript());
        }));
    }
}
