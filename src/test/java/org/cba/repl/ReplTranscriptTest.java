package org.cba.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.cba.cli.ReplCommand;
import org.cba.golden.Golden;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * REPL transcripts: every *.repl file under src/test/resources/golden/repl is a session as a
 * person would see it. Lines starting "cba> " are inputs and "...> " their continuation lines
 * ("...>" alone: the empty line that ends a declaration); # lines are comments; every other line
 * is expected output, and a last "[exit 1]" says some input failed (a script would exit with 1).
 * The inputs are fed to a {@link Session} through {@link ScriptRunner}, exactly as piped input is,
 * so the grouping of lines into inputs is checked too. Sessions start on 2025-10-15.
 * With -Dgolden.update=true the outputs are rewritten, inputs and comments kept.
 */
class ReplTranscriptTest {
    static final Path DIR = Path.of("src/test/resources/golden/repl");
    static final LocalDate TODAY = LocalDate.of(2025, 10, 15);

    @TestFactory
    Stream<DynamicTest> transcripts() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(DIR)) {
            files = list.filter(p -> p.toString().endsWith(".repl")).sorted().toList();
        }
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> check(f)));
    }

    private static void check(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        StringBuilder script = new StringBuilder();
        List<List<String>> comments = new ArrayList<>();
        List<String> pending = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("#")) {
                pending.add(line);
            } else if (line.startsWith("cba> ")) {
                comments.add(pending);
                pending = new ArrayList<>();
                script.append(line.substring("cba> ".length())).append('\n');
            } else if (line.startsWith("...>")) {
                script.append(line.substring(Math.min(line.length(), "...> ".length()))).append('\n');
            }
        }
        String actual = run(script.toString(), comments, pending);
        if (Golden.updating()) {
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            return;
        }
        assertEquals(String.join("\n", lines) + "\n", actual, "transcript " + file + " differs (mvn test -Dgolden.update=true to accept)");
    }

    private static String run(String script, List<List<String>> comments, List<String> trailing) throws IOException {
        Session session = new Session(TODAY);
        StringBuilder out = new StringBuilder();
        int[] index = {0};
        boolean ok = ScriptRunner.run(session, new BufferedReader(new StringReader(script)), (input, result) -> {
            if (index[0] < comments.size()) {
                comments.get(index[0]).forEach(c -> out.append(c).append('\n'));
            }
            index[0]++;
            out.append(echo(input)).append(result.output());
        });
        trailing.forEach(c -> out.append(c).append('\n'));
        if (!ok) {
            out.append("[exit 1]\n");
        }
        return out.toString();
    }

    /** The input as typed at the prompt: "cba> " on its first line, "...> " on the others. */
    static String echo(String input) {
        StringBuilder out = new StringBuilder();
        String[] lines = input.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String prompt = i == 0 ? Repl.PROMPT : Repl.CONTINUATION;
            out.append(lines[i].isEmpty() ? prompt.strip() : prompt + lines[i]).append('\n');
        }
        return out.toString();
    }
}
