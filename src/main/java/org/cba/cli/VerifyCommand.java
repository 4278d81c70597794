package org.cba.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.cba.run.Failure;
import org.cba.run.Verification;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** cba verify: whether a report written by cba report still holds for the files as they are now. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Check that a report written by cba report still holds.",
                "Hashes its contract's spec files and its data files again and runs the same contract, data, date and readings "
                        + "again; says whether the report still holds, or what changed."},
        footer = {"", "Exit codes: 0 the report holds, 1 something changed (a spec file, a data file or the findings), "
                        + "2 usage (no fingerprint.json in DIR)."})
public final class VerifyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "A folder written by cba report (it holds fingerprint.json).")
    Path dir;

    @Override
    public Integer call() throws Failure {
        Verification.Result result = Verification.verify(dir, LocalDate.now());
        spec.commandLine().getOut().print(result.render(dir.toString()));
        return result.holds() ? ExitCode.OK.code() : ExitCode.SPEC_ERRORS.code();
    }
}
