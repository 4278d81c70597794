package org.cba.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.cba.check.Checked;
import org.cba.check.Checker;
import org.cba.check.ContractLoader;
import org.cba.source.Diagnostic;
import org.cba.source.DiagnosticPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** cba check: parse and check contracts, reporting every problem at once. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Check contracts for errors: syntax, undefined names, units, tables, dated values, citations.",
                "A folder is searched for contracts (folders with an agreement.cba) and lone .cba files."},
        footer = {"", "Exit codes: 0 no errors (warnings allowed), 1 errors found, 2 usage error."})
public final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Contract folders or .cba files.")
    List<Path> paths;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json.")
    OutputFormat format = OutputFormat.text;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Set<Path> entries = new LinkedHashSet<>();
        for (Path p : paths) {
            if (!Files.exists(p)) {
                err.println("cba check: no such file or folder: " + p);
                return ExitCode.USAGE.code();
            }
            List<Path> found = ContractLoader.entriesFor(p);
            if (found.isEmpty()) { // a mistyped folder must not pass as "no errors"
                err.println("cba check: no .cba files in " + p);
                return ExitCode.USAGE.code();
            }
            entries.addAll(found);
        }
        List<Checked> results = new ArrayList<>();
        for (Path entry : entries) {
            results.add(Checker.check(ContractLoader.load(entry)));
        }
        if (format == OutputFormat.json) {
            out.println(Json.write(json(results)));
        } else {
            text(out, results);
        }
        return results.stream().allMatch(Checked::ok) ? ExitCode.OK.code() : ExitCode.SPEC_ERRORS.code();
    }

    private static void text(PrintWriter out, List<Checked> results) {
        int errors = 0;
        int warnings = 0;
        for (Checked c : results) {
            out.print(DiagnosticPrinter.render(c.diagnostics()));
            int e = count(c.diagnostics(), true);
            int w = count(c.diagnostics(), false);
            errors += e;
            warnings += w;
            String status = e == 0 ? "ok" : plural(e, "error");
            if (w > 0) {
                status += ", " + plural(w, "warning");
            }
            out.println(c.contract().files().get(0).file().name() + ": " + status + " (" + plural(c.contract().files().size(), "file") + ")");
        }
        if (results.size() > 1) {
            out.println("checked " + plural(results.size(), "contract") + ": " + plural(errors, "error") + ", "
                    + plural(warnings, "warning"));
        }
    }

    private static ObjectNode json(List<Checked> results) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        ArrayNode contracts = root.putArray("contracts");
        List<Diagnostic> all = new ArrayList<>();
        for (Checked c : results) {
            ObjectNode o = contracts.addObject();
            o.put("name", c.contract().name());
            o.put("entry", c.contract().files().get(0).file().name());
            ArrayNode files = o.putArray("files");
            c.contract().files().forEach(f -> files.add(f.file().name()));
            o.put("errors", count(c.diagnostics(), true));
            o.put("warnings", count(c.diagnostics(), false));
            all.addAll(c.diagnostics());
        }
        root.set("diagnostics", Json.diagnostics(all));
        ObjectNode summary = root.putObject("summary");
        summary.put("errors", count(all, true));
        summary.put("warnings", count(all, false));
        return root;
    }

    private static int count(List<Diagnostic> ds, boolean errors) {
        return (int) ds.stream().filter(d -> d.isError() == errors).count();
    }

    static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
