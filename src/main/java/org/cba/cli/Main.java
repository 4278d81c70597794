package org.cba.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** Entry point of the cba jar. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs cba with the given writers; returns the exit code. Used by tests and the launcher alike. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = commandLine();
        cli.setOut(out);
        cli.setErr(err);
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new CbaCommand());
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
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
            err.println("Run '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help' for how to use it.");
            return ExitCode.USAGE.code();
        });
        return cli;
    }
}
