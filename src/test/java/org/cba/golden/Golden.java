package org.cba.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares output with an expected file. With -Dgolden.update=true the expected file is
 * rewritten instead (then review the change with git diff).
 */
public final class Golden {
    private Golden() {
    }

    public static boolean updating() {
        return Boolean.parseBoolean(System.getProperty("golden.update", "false"));
    }

    public static void assertMatches(Path expectedFile, String actual) throws IOException {
        if (updating()) {
            Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
            return;
        }
        String expected = Files.exists(expectedFile) ? Files.readString(expectedFile, StandardCharsets.UTF_8) : "<missing " + expectedFile + ">";
        assertEquals(expected, actual, "output differs from " + expectedFile + " (run mvn test -Dgolden.update=true to accept)");
    }
}
