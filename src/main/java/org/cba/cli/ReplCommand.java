package org.cba.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.cba.eval.Finding;
import org.cba.run.Contracts;
import org.cba.repl.HistoryFile;
import org.cba.repl.Repl;
import org.cba.repl.ReplResult;
import org.cba.repl.ScriptRunner;
import org.cba.repl.Session;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** cba repl: explore a contract interactively, or run a script of inputs piped in. */
@Command(name = "repl", mixinStandardHelpOptions = true,
        description = {"Explore a contract interactively.",
                "Evaluate expressions as of a date, define or redefine terms for a what-if, look at definitions and citations, "
                        + "run the rules on a district's data.",
                "When input is piped, runs it as a script: no prompts, one result per input."},
        footer = {"", "Type :help in the REPL for its commands. See docs/repl.md.",
                "Exit codes (scripts): 0 every input succeeded, 1 some input failed, 2 usage."})
public final class ReplCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "CONTRACT", description = "The contract folder (holding agreement.cba) or a .cba file.")
    Path contract;

    @Option(names = "--data", paramLabel = "SOURCE", description = "The district's data (as for cba run).")
    String data;

    @Option(names = "--as-of", paramLabel = "DATE", description = "Evaluate as of this date (default: today).")
    LocalDate asOf;

    @Option(names = "--history", paramLabel = "FILE", description = "Where to keep the input history (default: $XDG_STATE_HOME/cba/history, else ~/.cba_history).")
    Path history;

    @Override
    public Integer call() throws Exception {
        if (contract != null) {
            Contracts.entries(contract);
        }
        Session session = new Session(org.cba.run.Today.get());
        List<ReplResult> startup = startup(session);
        if (System.console() != null) {
            try (Terminal terminal = TerminalBuilder.builder().system(true).build()) {
                new Repl(session, terminal, history != null ? history
                        : HistoryFile.defaultLocation(System.getenv(), System.getProperty("user.home")))
                        .run(startup);
            }
            return ExitCode.OK.code();
        }
        return script(session, startup) ? ExitCode.OK.code() : ExitCode.SPEC_ERRORS.code();
    }

    /** What the options ask to do before the first prompt: load, read data, set the date. */
    private List<ReplResult> startup(Session session) {
        List<ReplResult> startup = new ArrayList<>();
        if (contract != null) {
            startup.add(session.load(contract.toString()));
        }
        if (data != null) {
            startup.add(session.readData(data));
        }
        if (asOf != null) {
            startup.add(session.setAsOf(asOf.toString()));
        }
        return startup;
    }

    /** Without a terminal: the inputs on standard input, one result each; whether all succeeded. */
    private boolean script(Session session, List<ReplResult> startup) throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        boolean ok = true;
        for (ReplResult r : startup) {
            if (r.failed()) {
                out.print(r.output());
                ok = false;
            }
        }
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        ok &= ScriptRunner.run(session, in, (input, r) -> {
            out.print(r.output());
            out.flush();
        });
        out.flush();
        return ok;
    }
}
