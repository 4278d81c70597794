package org.cba.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.cba.golden.Cli;
import org.cba.source.Diagnostic;
import org.cba.source.SourceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Errors in files saved with old Mac line ends are placed on their line; absurd names are refused briefly. */
class LineEndsAndNamesTest {
    @TempDir
    Path dir;

    @Test
    void anErrorInACrOnlyFileIsOnItsOwnLine() {
        String spec = "term counselor_ratio: students per position\r  cites \"XVIII 6.0\"\r  350 students per position\r";
        Diagnostic d = Syntax.parse(new SourceFile("mac.cba", spec)).diagnostics().get(0);
        assertEquals(3, d.span().line()); // the "=" is missing before 350, on the third line
        assertEquals(3, d.span().column());
    }

    @Test
    void anUnclosedBracketNamesTheLineOfTheErrorInACrOnlyFile() {
        String spec = "term x: students\r  cites \"A 1.0\"\r  = (1 students\r\rterm y: students\r  cites \"A 1.0\"\r  = 2 students\r";
        Diagnostic d = Syntax.parse(new SourceFile("mac.cba", spec)).diagnostics().get(0);
        assertEquals(3, d.span().line()); // the "(" on line 3
        assertTrue(d.hints().get(0).endsWith("at line 5"), d.hints().toString()); // where "term" comes instead of ")"
    }

    @Test
    void aNameLongerThanTheLimitIsRefused() {
        String name = "n".repeat(Syntax.MAX_NAME_LENGTH + 1);
        Diagnostic d = Syntax.parse(new SourceFile("long.cba", "term " + name + ": students\n  cites \"A 1.0\"\n  = 1 students\n"))
                .diagnostics().get(0);
        assertEquals("E006", d.code().id());
        assertEquals("this name is 201 characters long; a name may have at most 200", d.message());
    }

    @Test
    void aNameAtTheLimitIsAccepted() {
        String name = "n".repeat(Syntax.MAX_NAME_LENGTH);
        assertEquals(0, Syntax.parse(new SourceFile("ok.cba", "term " + name + ": students\n  cites \"A 1.0\"\n  = 1 students\n"))
                .diagnostics().size());
    }

    @Test
    void aTwoMillionCharacterNameIsAnsweredQuicklyAndBriefly() throws IOException {
        Path spec = dir.resolve("huge.cba");
        Files.writeString(spec, "term x: students\n  cites \"A 1.0\"\n  = " + "q".repeat(2_000_000) + "\n");
        Cli.Result r = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> Cli.run("check", spec.toString()));
        assertEquals(1, r.exit(), head(r.transcript()));
        assertTrue(r.out().contains(":3:5: error[E006]: this name is 2000000 characters long"), head(r.out()));
        assertTrue(r.transcript().length() < 1_000, "printed " + r.transcript().length() + " characters");
    }

    private static String head(String s) {
        return s.substring(0, Math.min(500, s.length()));
    }
}
