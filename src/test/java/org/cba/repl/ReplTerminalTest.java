package org.cba.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import org.cba.cli.ReplCommand;
import org.jline.terminal.Attributes;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The REPL through a terminal: JLine's DumbTerminal over byte streams stands for the user's
 * terminal, so keys (Tab, Ctrl-P, Ctrl-C, Ctrl-D) go through the real line reader with our
 * completer, parser and history. Output is compared without its ANSI control sequences.
 */
class ReplTerminalTest {
    private static final String TAB = "\t";
    private static final String CTRL_C = "\u0003";
    private static final String CTRL_D = "\u0004";
    private static final String CTRL_P = "\u0010";

    @TempDir
    Path tmp;

    @Test
    void tabCompletesTheContractsNames() throws IOException {
        Typed t = type(contractSession(), "counselor_rat" + TAB + "\n");
        assertEquals(List.of("counselor_ratio"), t.history());
        assertTrue(t.screen().contains("350 students per position\n"), t.screen());
    }

    @Test
    void tabCompletesCommandsAndTheirArguments() throws IOException {
        Typed t = type(contractSession(), ":ter" + TAB + "counselor_r" + TAB + "\n" + ":findings counselor_al" + TAB + "\n");
        assertEquals(List.of(":terms counselor_ratio", ":findings counselor_allocation"), t.history());
        assertTrue(t.screen().contains("  counselor_ratio: students per position  [XVIII 6.0]\n"), t.screen());
    }

    @Test
    void tabCompletesFieldsAfterADot() throws IOException {
        Session s = contractSession();
        s.readData("examples/district-demo");
        Typed t = type(s, "count(each s in School where s.lev" + TAB + "is High)\n");
        assertEquals(List.of("count(each s in School where s.level is High)"), t.history());
        assertTrue(t.screen().contains("5 schools\n"), t.screen());
    }

    @Test
    void tabCompletesPathsAfterLoad() throws IOException {
        Typed t = type(new Session(ReplTranscriptTest.TODAY), ":load contracts/lausd-utla/utla-2025" + TAB + "\n");
        assertEquals(List.of(":load contracts/lausd-utla/utla-2025-06-17"), t.history());
        assertTrue(t.screen().contains("loaded LAUSD-UTLA"), t.screen());
    }

    @Test
    void historyIsKeptPrivatelyAndRecalledInTheNextSession() throws IOException {
        type(contractSession(), "counselors_required(876 students)\n:quit\n");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(history())));

        Typed t = type(contractSession(), CTRL_P + CTRL_P + "\n");
        assertTrue(t.screen().contains("3 positions\n"), t.screen());
        assertEquals(List.of("counselors_required(876 students)", ":quit", "counselors_required(876 students)"), t.history());
    }

    @Test
    void anExistingHistoryReadableByOthersIsMadeOwnerOnly() throws IOException {
        Files.writeString(history(), "1700000000000:1 + 1\n");
        Files.setPosixFilePermissions(history(), PosixFilePermissions.fromString("rw-r--r--"));
        Typed t = type(contractSession(), "2 + 2\n");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(history())));
        assertEquals(List.of("1 + 1", "2 + 2"), t.history());
    }

    @Test
    void theHistoryIsNeverWrittenThroughALink() throws IOException {
        Path target = Files.writeString(tmp.resolve("someone-elses-file"), "left alone\n");
        Files.createSymbolicLink(history(), target);
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        Terminal terminal = terminal(new ByteArrayInputStream("40 + 2\n".getBytes(StandardCharsets.UTF_8)), screen);
        new Repl(contractSession(), terminal, history()).run(List.of());
        terminal.close();
        String out = plain(screen);
        assertTrue(out.contains("cba repl: " + history() + " is a link; the history is not written through links, so none is kept\n"), out);
        assertTrue(out.contains("42\n"), out); // the session still runs
        assertEquals("left alone\n", Files.readString(target));
    }

    @Test
    void openBracketsAndDeclarationsContinueOnTheNextLine() throws IOException {
        Typed t = type(contractSession(), "(1 +\n2) * 3\nterm x: students\n  = 2 students\n\nx * 2\n");
        assertEquals(List.of("(1 +\\n2) * 3", "term x: students\\n  = 2 students", "x * 2"), t.history());
        assertTrue(t.screen().contains("...> "), t.screen());
        assertTrue(t.screen().contains("9\n"), t.screen());
        assertTrue(t.screen().contains("defined x = 2 students\n"), t.screen());
        assertTrue(t.screen().contains("4 students\n"), t.screen());
    }

    @Test
    void ctrlDLeaves() throws IOException {
        Typed t = type(contractSession(), "1 + 2\n" + CTRL_D + "40 + 2\n");
        assertTrue(t.screen().contains("3\n"), t.screen());
        assertFalse(t.screen().contains("42"), t.screen());
    }

    @Test
    void ctrlCDropsTheInputAndTheSessionGoesOn() throws Exception {
        PipedOutputStream keys = new PipedOutputStream();
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        Terminal terminal = terminal(new PipedInputStream(keys), screen);
        Thread repl = new Thread(() -> {
            try {
                new Repl(contractSession(), terminal, null).run(List.of());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        repl.start();
        keys.write(("counselors_required(" + CTRL_C).getBytes(StandardCharsets.UTF_8));
        keys.flush();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (plain(screen).split("cba> ", -1).length < 3 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        keys.write("40 + 2\n:quit\n".getBytes(StandardCharsets.UTF_8));
        keys.close();
        repl.join(20_000);
        String out = plain(screen);
        assertTrue(out.contains("42\n"), out);
        assertFalse(out.contains("error"), out);
    }

    private static Session contractSession() {
        Session s = new Session(ReplTranscriptTest.TODAY);
        s.load("contracts/lausd-utla/utla-2025-06-17");
        return s;
    }

    /** What the screen showed, and the inputs the history file recorded (its form: "\\n" between lines). */
    record Typed(String screen, List<String> history) {
    }

    private Path history() {
        return tmp.resolve("history");
    }

    /** Types keys into a REPL on a terminal, with a history file. */
    private Typed type(Session session, String keys) throws IOException {
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        Terminal terminal = terminal(new ByteArrayInputStream(keys.getBytes(StandardCharsets.UTF_8)), screen);
        new Repl(session, terminal, history()).run(List.of());
        terminal.close();
        List<String> lines = Files.readAllLines(history()).stream().map(l -> l.substring(l.indexOf(':') + 1)).toList();
        return new Typed(plain(screen), lines);
    }

    /** A terminal over byte streams, set up as a terminal usually is: Ctrl-C interrupts, Ctrl-D ends input. */
    private static Terminal terminal(InputStream in, ByteArrayOutputStream out) throws IOException {
        Terminal t = new DumbTerminal("test", "ansi", in, out, StandardCharsets.UTF_8);
        t.setSize(new Size(160, 50));
        Attributes a = t.getAttributes();
        a.setControlChar(Attributes.ControlChar.VINTR, 3);
        a.setControlChar(Attributes.ControlChar.VEOF, 4);
        a.setControlChar(Attributes.ControlChar.VQUIT, 28);
        a.setControlChar(Attributes.ControlChar.VSUSP, 26);
        a.setControlChar(Attributes.ControlChar.VSTATUS, 20);
        a.setLocalFlag(Attributes.LocalFlag.ISIG, true);
        t.setAttributes(a);
        return t;
    }

    /** The screen without colours and cursor movements, lines ending in \n. */
    private static String plain(ByteArrayOutputStream screen) {
        return screen.toString(StandardCharsets.UTF_8).replaceAll("\u001b\\[[0-9;?]*[A-Za-z]", "").replace("\r\n", "\n")
                .replace("\r", "\n");
    }
}
