package org.cba.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * CLI transcripts: every *.t file under src/test/resources/golden/cli holds "$ ./cba ..." commands,
 * each followed by exactly what it prints (stdout, then stderr, then "[exit N]" when not 0).
 * Lines starting with # are comments: the hand computations behind the expected values. With -Dgolden.update=true the outputs are rewritten, comments kept.
 */
class TranscriptTest {
    static final Path DIR = Path.of("src/test/resources/golden/cli");

    @TestFactory
    Stream<DynamicTest> transcripts() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(DIR)) {
            files = walk.filter(p -> p.toString().endsWith(".t")).sorted().toList();
        }
        return files.stream().map(f -> DynamicTest.dynamicTest(DIR.relativize(f).toString(), () -> check(f)));
    }

    private static void check(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        StringBuilder actual = new StringBuilder();
        for (String line : lines) {
            if (line.startsWith("#")) {
                actual.append(line).append('\n');
            } else if (line.startsWith("$ ")) {
                actual.append(line).append('\n');
                String command = line.substring(2).strip();
                actual.append(Cli.run(Cli.words(command.substring("./cba ".length()))).transcript());
            }
        }
        String want = String.join("\n", lines) + "\n";
        if (Golden.updating()) {
            Files.writeString(file, actual.toString(), StandardCharsets.UTF_8);
            return;
        }
        assertEquals(want, actual.toString(), "transcript " + file + " differs (mvn test -Dgolden.update=true to accept)");
    }
}
