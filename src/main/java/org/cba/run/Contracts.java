package org.cba.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cba.check.Checked;
import org.cba.check.Checker;
import org.cba.check.ContractLoader;
import org.cba.source.Diagnostic;
import org.cba.source.DiagnosticPrinter;

/** Opening contracts: from a path to checked contracts, or the problems that stop it. */
public final class Contracts {
    private Contracts() {
    }

    /** A contract opened and checked without errors; shown is how people name it (the argument given). */
    public record Version(String shown, Checked checked) {
    }

    /** The one contract at a path (a contract folder, its agreement.cba, or a loose .cba file), checked. */
    public static Version open(Path path, String shown) throws Failure {
        Checked checked = check(entry(path, shown));
        if (!checked.ok()) {
            throw new Failure(spec(checked.diagnostics().stream().filter(Diagnostic::isError).toList()));
        }
        return new Version(shown, checked);
    }

    /**
     * The one contract a command-line argument names: a folder or file, or REV:path read from git
     * at that revision. A revision's files are read into memory and their temporary folder removed.
     */
    public static Version open(String arg) throws Failure, InterruptedException {
        try (VersionPaths.Resolved r = VersionPaths.resolve(arg)) {
            return open(r.path(), r.shown());
        } catch (IOException e) {
            throw new Failure(Problem.usage("U001", "cannot read " + arg + ": " + e.getMessage()));
        }
    }

    /** The entry file of the one contract at a path. */
    public static Path entry(Path path, String shown) throws Failure {
        List<Path> entries = entries(path);
        if (entries.size() != 1) {
            throw new Failure(Problem.usage("U002", shown + " holds " + entries.size() + " contracts; name one of them"));
        }
        return entries.get(0);
    }

    /** The contracts at a path: each contract folder's entry file, or the loose file itself. */
    public static List<Path> entries(Path path) throws Failure {
        if (!Files.exists(path)) {
            throw new Failure(Problem.usage("U001", "no such file or folder: " + path));
        }
        try {
            return ContractLoader.entriesFor(path);
        } catch (IOException e) {
            throw new Failure(Problem.usage("U001", "cannot read " + path + ": " + e.getMessage()));
        }
    }

    /** One contract, loaded and checked: diagnostics are values in the result, whatever they are. */
    public static Checked check(Path entry) {
        return Checker.check(ContractLoader.load(entry));
    }

    /** Spec diagnostics as problems, each printed with its caret. */
    public static List<Problem> spec(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(d -> new Problem(d.code().id(), Stage.SPEC, d.message(),
                List.of(DiagnosticPrinter.render(d).stripTrailing()))).toList();
    }
}
