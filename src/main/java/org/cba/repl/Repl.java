package org.cba.repl;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;

/**
 * The terminal loop, and nothing else: JLine reads a line (with history, completion,
 * highlighting and continuation lines), {@link Session#eval} evaluates it, and the result is
 * printed. Ctrl-C drops the current input; Ctrl-D or :quit leaves.
 */
public final class Repl {
    static final String PROMPT = "cba> ";
    static final String CONTINUATION = "...> ";

    private final Session session;
    private final Terminal terminal;
    private final Path history;

    /** history: the file the input history is kept in; null keeps none. */
    public Repl(Session session, Terminal terminal, Path history) {
        this.session = session;
        this.terminal = terminal;
        this.history = history;
    }

    /** Greets, prints what went wrong starting up (loading the contract ...), then reads until the user leaves. */
    public void run(List<ReplResult> startup) throws IOException {
        if (terminal.getWidth() <= 0) {
            terminal.setSize(new Size(80, 24)); // a terminal that does not say its size
        }
        terminal.handle(Terminal.Signal.INT, Terminal.SignalHandler.SIG_IGN); // Ctrl-C while evaluating does not end the session
        Optional<String> noHistory = history == null ? Optional.empty() : HistoryFile.prepare(history);
        LineReader reader = reader(noHistory.isEmpty() ? history : null);
        PrintWriter out = terminal.writer();
        noHistory.ifPresent(why -> out.println("cba repl: " + why));
        out.println("cba repl: " + session.status());
        out.println("Type an expression or a declaration; :help lists the commands, :quit or Ctrl-D leaves.");
        startup.stream().filter(ReplResult::failed).forEach(this::print);
        while (true) {
            String input;
            try {
                input = reader.readLine(PROMPT);
            } catch (UserInterruptException e) {
                continue;
            } catch (EndOfFileException e) {
                break;
            }
            ReplResult r = session.eval(input);
            print(r);
            if (r.quit()) {
                break;
            }
        }
        reader.getHistory().save();
        out.flush();
    }

    /** historyFile: a file {@link HistoryFile#prepare} accepted, or null for no history. */
    LineReader reader(Path historyFile) {
        LineReaderBuilder b = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("cba")
                .parser(new CbaLineParser())
                .completer(new CbaCompleter(session))
                .highlighter(new CbaHighlighter(session))
                .variable(LineReader.SECONDARY_PROMPT_PATTERN, CONTINUATION)
                .variable(LineReader.HISTORY_FILE_SIZE, 10_000)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .option(LineReader.Option.INSERT_TAB, false);
        if (historyFile != null) {
            b.variable(LineReader.HISTORY_FILE, historyFile);
        }
        return b.build();
    }

    private void print(ReplResult r) {
        if (r.output().isEmpty()) {
            return;
        }
        String text = r.failed()
                ? new AttributedString(r.output(), AttributedStyle.DEFAULT.foreground(AttributedStyle.RED)).toAnsi(terminal)
                : r.output();
        terminal.writer().print(text);
        terminal.writer().flush();
    }
}
