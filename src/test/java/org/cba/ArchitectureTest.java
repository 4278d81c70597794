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
 * Dependency arrows point only forward: source <- syntax <- check <- eval <- report <- run <- {cli, repl},
 * data beside eval; compare (diff) and format beside them.
 * Reads the import lines of src/main and fails on any backward edge, and on generated ANTLR code
 * used outside the syntax package.
 */
class ArchitectureTest {
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("source", Set.of("source")),
            Map.entry("syntax", Set.of("source", "syntax")),
            Map.entry("check", Set.of("source", "syntax", "check")),
            Map.entry("data", Set.of("source", "data")),
            Map.entry("eval", Set.of("source", "syntax", "check", "data", "eval")),
            Map.entry("format", Set.of("source", "syntax", "format")),
            Map.entry("compare", Set.of("source", "syntax", "check", "data", "eval", "format", "compare")),
            Map.entry("report", Set.of("source", "syntax", "check", "eval", "report")),
            Map.entry("run", Set.of("source", "syntax", "check", "data", "eval", "report", "run")),
            Map.entry("repl", Set.of("source", "syntax", "check", "data", "eval", "report", "run", "repl")),
            Map.entry("gen", Set.of("source", "syntax", "check", "data", "eval", "gen")),
            Map.entry("cli", Set.of("source", "syntax", "check", "data", "eval", "format", "compare", "report", "run", "repl", "gen", "cli")));
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
