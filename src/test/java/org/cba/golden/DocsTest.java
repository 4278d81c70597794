package org.cba.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.cba.check.Checked;
import org.cba.check.Checker;
import org.cba.check.Contract;
import org.cba.source.DiagnosticPrinter;
import org.cba.source.SourceFile;
import org.cba.syntax.Parsed;
import org.cba.syntax.Syntax;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the examples in README.md and docs/*.md so the docs never rot:
 * every ```console block's "$ ./cba ..." commands must print what the block shows (an
 * "[exit N]" line records a non-zero exit), and every ```cba block must check without errors.
 * A command may take its input from printf ("$ printf '1 + 2\n' | ./cba repl"): the text, with
 * printf's \n and \\ escapes, is fed to cba as its standard input.
 * A block marked ```cba continued is checked together with the blocks before it in that file.
 * With -Dgolden.update=true the console outputs are run again and written back (review with git diff).
 */
class DocsTest {
    @TestFactory
    Stream<DynamicTest> docs() throws IOException {
        List<Path> docs = new ArrayList<>();
        docs.add(Path.of("README.md"));
        if (Files.isDirectory(Path.of("docs"))) {
            try (Stream<Path> list = Files.walk(Path.of("docs"))) {
                list.filter(p -> p.toString().endsWith(".md")).sorted().forEach(docs::add);
            }
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (Path doc : docs) {
            if (Golden.updating()) {
                refresh(doc);
            }
            tests.addAll(testsOf(doc));
        }
        return tests.stream();
    }

    /** With -Dgolden.update=true: every console block's outputs are run again and written back. */
    private static void refresh(Path doc) throws IOException {
        List<String> lines = Files.readAllLines(doc, StandardCharsets.UTF_8);
        List<String> out = new ArrayList<>();
        boolean inConsole = false;
        for (String line : lines) {
            if (!inConsole) {
                out.add(line);
                inConsole = line.strip().equals("```console");
            } else if (line.strip().equals("```")) {
                out.add(line);
                inConsole = false;
            } else if (line.startsWith("$ ")) {
                out.add(line);
                String transcript = run(line.substring(2).strip()).transcript();
                if (!transcript.isEmpty()) {
                    out.addAll(List.of(transcript.split("\n", -1)).subList(0, transcript.split("\n", -1).length - 1));
                }
            }
        }
        Files.writeString(doc, String.join("\n", out) + "\n", StandardCharsets.UTF_8);
    }

    private static Cli.Result run(String command) {
        Matcher piped = PIPED.matcher(command);
        String cba = piped.matches() ? piped.group(2) : command;
        String[] args = Cli.words(cba.substring(Math.min(cba.length(), "./cba ".length())));
        return piped.matches() ? withInput(printf(piped.group(1)), args) : Cli.run(args);
    }

    private List<DynamicTest> testsOf(Path doc) throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        List<String> lines = Files.readAllLines(doc, StandardCharsets.UTF_8);
        StringBuilder accumulated = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String fence = lines.get(i).strip();
            if (!fence.startsWith("```") || fence.equals("```")) {
                continue;
            }
            int start = i + 1;
            int end = start;
            while (end < lines.size() && !lines.get(end).strip().equals("```")) {
                end++;
            }
            List<String> body = lines.subList(start, Math.min(end, lines.size()));
            String where = doc + ":" + start;
            if (fence.equals("```console")) {
                tests.addAll(consoleBlock(where, body));
            } else if (fence.startsWith("```cba")) {
                if (!fence.contains("continued")) {
                    accumulated.setLength(0);
                }
                accumulated.append(String.join("\n", body)).append('\n');
                String text = accumulated.toString();
                tests.add(DynamicTest.dynamicTest(where + " (cba)", () -> assertChecksClean(where, text)));
            }
            i = end;
        }
        return tests;
    }

    private static List<DynamicTest> consoleBlock(String where, List<String> body) {
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            String line = body.get(i);
            if (!line.startsWith("$ ")) {
                continue;
            }
            String command = line.substring(2).strip();
            StringBuilder expected = new StringBuilder();
            int j = i + 1;
            while (j < body.size() && !body.get(j).startsWith("$ ")) {
                expected.append(body.get(j)).append('\n');
                j++;
            }
            String want = expected.toString();
            tests.add(DynamicTest.dynamicTest(where + ": " + command, () -> {
                Matcher piped = PIPED.matcher(command);
                String cba = piped.matches() ? piped.group(2) : command;
                assertTrue(cba.startsWith("./cba "), "doc commands start with ./cba: " + command);
                assertEquals(want, run(command).transcript(), "output of '" + command + "' at " + where);
            }));
            i = j - 1;
        }
        return tests;
    }

    /** printf 'TEXT' | ./cba ... */
    private static final Pattern PIPED = Pattern.compile("^printf '([^']*)' \\| (\\./cba .*)$");

    private static String printf(String format) {
        return format.replace("\\\\", "\u0000").replace("\\n", "\n").replace("%%", "%").replace("\u0000", "\\");
    }

    private static Cli.Result withInput(String input, String[] args) {
        InputStream saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
            return Cli.run(args);
        } finally {
            System.setIn(saved);
        }
    }

    private static void assertChecksClean(String where, String text) {
        SourceFile file = new SourceFile(where, text);
        Parsed parsed = Syntax.parse(file);
        Checked checked = Checker.check(new Contract(Path.of("."), where, parsed.spec().header(), List.of(parsed.spec()),
                parsed.diagnostics()));
        assertTrue(checked.ok(), "a cba example in the docs has errors:\n" + DiagnosticPrinter.render(checked.diagnostics()));
    }
}
