package org.cba;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Dependency arrows point only forward: source <- syntax <- check <- eval <- {cli, repl, compare}.
 * Reads the import lines of src/main and fails on any backward edge, and on generated ANTLR code
 * used outside the syntax package.
 */
class ArchitectureTest {
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "source", Set.of("source"),
            "syntax", Set.of("source", "syntax"),
            "check", Set.of("source", "syntax", "check"),
            "data", Set.of("source", "data"),
            "eval", Set.of("source", "syntax", "check", "data", "eval"),
            "format", Set.of("source", "syntax", "format"),
            "compare", Set.of("source", "syntax", "check", "data", "eval", "format", "compare"),
            "repl", Set.of("source", "syntax", "check", "data", "eval", "repl"),
            "gen", Set.of("source", "syntax", "check", "data", "eval", "gen"),
            "cli", Set.of("source", "syntax", "check", "data", "eval", "format", "compare", "repl", "gen", "cli"));
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?org\\.cba\\.([a-z]+)((?:\\.[a-z]+)*)", Pattern.MULTILINE);

    @Test
    void dependenciesPointForward() throws IOException {
        Path root = Path.of("src/main/java/org/cba");
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String pkg = root.relativize(f).getName(0).toString();
                Matcher m = IMPORT.matcher(Files.readString(f));
                while (m.find()) {
                    String target = m.group(1);
                    boolean generated = m.group(2).startsWith(".antlr");
                    if (!ALLOWED.getOrDefault(pkg, Set.of()).contains(target) || (generated && !pkg.equals("syntax"))) {
                        violations.add(root.relativize(f) + " imports org.cba." + target + m.group(2));
                    }
                }
            }
        }
        assertEquals(List.of(), violations);
    }
}
