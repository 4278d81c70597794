package org.cba.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.cba.format.Formatter;
import org.cba.run.Failure;
import org.cba.run.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** cba fmt: lay out .cba files the one canonical way (white space outside quotes and comments only; tables aligned). */
@Command(name = "fmt", mixinStandardHelpOptions = true,
        description = {"Lay out .cba files the one canonical way: tables aligned, trailing spaces and extra blank lines removed.",
                "Only white space outside quoted text and comments changes; quotes and comments are kept byte for byte.",
                "Formatting twice changes nothing."},
        footer = {"", "Exit codes: 0 done (or, with --check, nothing to change), 1 files would change (--check), 2 usage."})
public final class FmtCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders (searched for .cba files).")
    List<Path> paths;

    @Option(names = "--check", description = "Change nothing; list the files that would change and exit 1 if any.")
    boolean check;

    @Override
    public Integer call() throws IOException, Failure {
        PrintWriter out = spec.commandLine().getOut();
        List<Path> files = specFiles();
        int changed = 0;
        int unreadable = 0;
        for (Path f : files) {
            var read = org.cba.source.SourceReader.read(f, f.toString());
            if (read.problem().isPresent()) {
                spec.commandLine().getErr().println("cba fmt: " + f + " is not UTF-8 text; it was left as it is");
                unreadable++;
            } else if (format(f, out)) {
                changed++;
            }
        }
        out.println(CheckCommand.plural(files.size(), "file") + ", " + changed + (check ? " would change" : " changed"));
        return (check && changed > 0) || unreadable > 0 ? ExitCode.SPEC_ERRORS.code() : ExitCode.OK.code();
    }

    /** The .cba files under the paths given, in order. */
    private List<Path> specFiles() throws IOException, Failure {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.exists(p)) {
                throw new Failure(Problem.usage("U001", "no such file or folder: " + p));
            }
            try (Stream<Path> walk = Files.walk(p)) {
                walk.filter(f -> f.toString().endsWith(".cba") && Files.isRegularFile(f)).sorted().forEach(files::add);
            }
        }
        return files;
    }

    /** Formats one file (or, with --check, says it would change); whether it changes. */
    private boolean format(Path f, PrintWriter out) throws IOException {
        String text = Files.readString(f, StandardCharsets.UTF_8);
        String formatted = Formatter.format(text);
        if (formatted.equals(text)) {
            return false;
        }
        if (check) {
            out.println("would change: " + f);
        } else {
            Files.writeString(f, formatted, StandardCharsets.UTF_8);
            out.println("formatted: " + f);
        }
        return true;
    }
}
