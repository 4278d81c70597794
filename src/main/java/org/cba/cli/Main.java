package org.cba.cli;

import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import picocli.CommandLine;

/** Entry point of the cba jar. */
public final class Main {
    private Main() {
    }

    /**
     * Stack for the work thread. Specs are read and evaluated by recursion over their nesting, so a
     * deep formula needs depth; this much lets thousands of levels through, and deeper input is
     * reported as an error instead of overflowing.
     */
    private static final long STACK_BYTES = 512L * 1024 * 1024;
    /** Characters of standard output held before they are written. */
    private static final int OUT_BUFFER = 1 << 16;

    public static void main(String[] args) throws InterruptedException {
        int[] code = {ExitCode.INTERNAL.code()};
        PrintWriter out = stdout(System.out);
        PrintWriter err = new PrintWriter(System.err, true);
        Thread work = new Thread(null, () -> code[0] = run(args, out, err), "cba", STACK_BYTES);
        work.start();
        work.join();
        System.exit(code[0]);
    }

    /**
     * The standard output, buffered and flushed once at the end (and where a command must order it
     * before the error output): a run can print millions of lines, and a flush per line is a
     * system call per line. The error output stays flushed per line, for messages as they come.
     */
    static PrintWriter stdout(OutputStream stream) {
        return new PrintWriter(new BufferedWriter(new OutputStreamWriter(stream, Charset.defaultCharset()), OUT_BUFFER));
    }

    /** Runs cba with the given writers; returns the exit code. Used by tests and the launcher alike. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = commandLine();
        cli.setOut(out);
        cli.setErr(err);
        int code;
        try {
            code = cli.execute(args);
        } catch (StackOverflowError e) {
            err.println("cba: the input nests too deeply to be read (brackets or operators thousands of levels deep)");
            code = ExitCode.SPEC_ERRORS.code();
        }
        out.flush();
        err.flush();
        return code;
    }

    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new CbaCommand());
        // picocli's generated bash/zsh completion script, under a name a user would guess
        cli.addSubcommand("completion", new picocli.AutoComplete.GenerateCompletion());
        cli.registerConverter(java.time.LocalDate.class, new DateConverter());
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            if (ex instanceof org.cba.run.Failure f) {
                err.print(f.render(commandLine.getCommandSpec().qualifiedName()));
                return f.stage().exit();
            }
            err.println("cba: internal error (this is a bug in cba, not in your spec or data): " + ex);
            StackTraceElement[] trace = ex.getStackTrace();
            if (trace.length > 0) {
                err.println("  at " + trace[0]);
            }
            err.println("Please report it with the command you ran.");
            return ExitCode.INTERNAL.code();
        });
        cli.setParameterExceptionHandler((ex, args) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("cba: " + ex.getMessage());
            // "Did you mean ...?" for a mistyped command or option: picocli works the suggestions out, but prints them only when asked.
            CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
            err.println("Run '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help' for how to use it.");
            return ExitCode.USAGE.code();
        });
        return cli;
    }
}
