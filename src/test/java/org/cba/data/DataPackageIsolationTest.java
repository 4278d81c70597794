package org.cba.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The data layer loads raw strings and knows nothing of contracts, so it must stay usable (and
 * testable) on its own: no file in org.cba.data may use another org.cba package.
 */
class DataPackageIsolationTest {
    private static final Path ROOT = Path.of("src/main/java/org/cba/data");
    /** Imports, and fully qualified uses in code, of any org.cba package other than data. */
    private static final Pattern OTHER = Pattern.compile("\\borg\\.cba\\.(?!data\\b)[a-z]\\w*");

    @Test
    void importsNoOtherCbaPackage() throws IOException {
        assertTrue(Files.isDirectory(ROOT), "run from the project folder");
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(ROOT)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                Matcher m = OTHER.matcher(Files.readString(file));
                while (m.find()) {
                    violations.add(ROOT.relativize(file) + " uses " + m.group());
                }
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void theCheckCatchesAnOffender() {
        assertTrue(OTHER.matcher("import org.cba.source.Span;").find());
        assertTrue(OTHER.matcher("org.cba.eval.Value v;").find());
        assertTrue(OTHER.matcher("import org.cba.database.X;").find(), "org.cba.database is another package");
        assertFalse(OTHER.matcher("import org.cba.data.RawTable;").find());
    }
}
