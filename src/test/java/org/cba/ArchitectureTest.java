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
 * used outside the syntax package. The data generator (gen) is a separate product on top of the
 * language: only cli imports it (for cba gen-data), and it imports nothing from cli or repl.
 * Fidelity (cba quotes, cba coverage: the specs against the agreement's text) reads checked
 * contracts through run; only cli imports it.
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
            Map.entry("gen", Set.of("source", "syntax", "check", "data", "eval", "report", "run", "gen")),
            Map.entry("lsp", Set.of("source", "syntax", "check", "data", "eval", "report", "run", "format", "lsp")),
            Map.entry("fidelity", Set.of("source", "syntax", "check", "run", "fidelity")),
            Map.entry("cli", Set.of("source", "syntax", "check", "data", "eval", "format", "compare", "report", "run", "repl", "gen",
                    "lsp", "fidelity", "cli")));
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

    @Test
    void onlyTheCommandLineImportsTheGenerator() throws IOException {
        List<String> importers = referencesTo("gen");
        importers.removeIf(f -> f.startsWith("cli/"));
        assertEquals(List.of(), importers, "only cli (cba gen-data) may import org.cba.gen");
    }

    @Test
    void onlyTheCommandLineImportsFidelity() throws IOException {
        List<String> importers = referencesTo("fidelity");
        importers.removeIf(f -> f.startsWith("cli/"));
        assertEquals(List.of(), importers, "only cli (cba quotes, cba coverage) may import org.cba.fidelity");
    }

    @Test
    void theGeneratorImportsNeitherTheCommandLineNorTheRepl() throws IOException {
        List<String> imports = new ArrayList<>(referencesTo("cli"));
        imports.addAll(referencesTo("repl"));
        imports.removeIf(f -> !f.startsWith("gen/"));
        assertEquals(List.of(), imports, "org.cba.gen may not import org.cba.cli or org.cba.repl");
    }

    /**
     * The files of src/main outside a package that refer to it (relative to org/cba, with what they
     * name): by an import, or by a qualified name in the code, which an import check alone misses.
     */
    private static List<String> referencesTo(String target) throws IOException {
        Path root = Path.of("src/main/java/org/cba");
        Pattern reference = Pattern.compile("\\borg\\.cba\\." + target + "\\b[.\\w]*");
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String pkg = root.relativize(f).getName(0).toString();
                Matcher m = reference.matcher(Files.readString(f));
                while (m.find()) {
                    if (!pkg.equals(target)) {
                        out.add(root.relativize(f) + ": " + m.group());
                    }
                }
            }
        }
        return out;
    }
}
