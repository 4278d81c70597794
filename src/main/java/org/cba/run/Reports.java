package org.cba.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.cba.eval.Dataset;
import org.cba.eval.Finding;
import org.cba.eval.Format;
import org.cba.eval.Value;
import org.cba.report.RunReport;
import org.cba.report.html.HtmlReport;
import org.cba.report.html.Pages;

/**
 * cba report: a contract run on a district's data, with explanations, as a folder of web pages
 * and the fingerprint that says what they were made from.
 */
public final class Reports {
    private Reports() {
    }

    /** What a report is made from: the contract (a path, and as it was named), the data as given, the date (null: today) and readings. */
    public record Ask(Path contract, String contractShown, String data, LocalDate asOf, Map<String, String> readings) {
    }

    /** A run made for a report: the contract, the bound data, the result and the fingerprint of all of it. */
    public record Made(Contracts.Version version, Dataset data, Runs.Result result, Fingerprint fingerprint) {
    }

    public static Made make(Ask ask, LocalDate today) throws Failure {
        Contracts.Version version = Contracts.open(ask.contract(), ask.contractShown());
        Dataset data = DataSets.bind(version.checked(), ask.data());
        Runs.Result result = Runs.run(version.checked(), data, new Request(ask.asOf(), ask.readings(), List.of(), null, true), today);
        return new Made(version, data, result, fingerprint(ask, version, result.report()));
    }

    /** Writes the pages, the stylesheet and fingerprint.json into a folder (made when missing). */
    public static void write(Made made, Path out) throws IOException {
        Files.createDirectories(out);
        Fingerprint fp = made.fingerprint();
        Pages pages = Pages.of(made.result().report(), made.version().checked(), made.data(), fp.stamp(), command(fp));
        HtmlReport.write(pages, out);
        fp.write(out);
    }

    /** The cba run command that gives the same findings ("--rule R --school S --explain" narrows it to one). */
    static String command(Fingerprint fp) {
        StringBuilder b = new StringBuilder("cba run " + quote(fp.contractShown()) + " --data " + quote(fp.dataShown()) + " --as-of " + fp.asOf());
        fp.readings().forEach((k, v) -> b.append(" --reading ").append(quote(k + "=" + v)));
        return b.toString();
    }

    private static String quote(String arg) {
        return arg.matches("[A-Za-z0-9_./:=@+-]+") ? arg : "'" + arg.replace("'", "'\\''") + "'";
    }

    static Fingerprint fingerprint(Ask ask, Contracts.Version version, RunReport report) throws Failure {
        try {
            RunReport.Header h = report.header();
            return new Fingerprint(ask.contractShown(), ask.contract().toAbsolutePath().normalize().toString(), h.contract(), h.version(),
                    revision(version.checked().contract().folder()), Hashes.specs(version.checked().contract()), ask.data(),
                    Hashes.absolute(ask.data()), Hashes.data(ask.data()), h.asOf(), h.readings(), Fingerprint.CBA_VERSION,
                    lines(report.findings()));
        } catch (IOException e) {
            throw new Failure(Problem.usage("U001", "cannot read a file to fingerprint it: " + e.getMessage()));
        }
    }

    /** The findings, one line each, as the fingerprint keeps them to tell later whether they are the same. */
    static List<String> lines(List<Finding> findings) {
        List<String> out = new ArrayList<>();
        for (Finding f : findings) {
            out.add(f.kind().word() + " " + f.rule().name().name() + " for " + f.subject().description() + ": " + f.message() + amounts(f));
        }
        return out;
    }

    private static String amounts(Finding f) {
        if (f instanceof Finding.Payment p) {
            return " (" + Format.value(p.amount()) + " to " + p.payee().description() + ")";
        }
        if (f instanceof Finding.Requirement r) {
            return " (requires " + Format.value(r.required()) + ", has " + Format.value(r.present()) + ")";
        }
        if (f instanceof Finding.Deadline d) {
            return " (due " + Format.value(new Value.DateV(d.due())) + ")";
        }
        return "";
    }

    /** The git revision (HEAD) of the repository holding a folder; null when it is in none, or git is missing. */
    static String revision(Path folder) {
        try {
            Process p = new ProcessBuilder("git", "-C", folder.toAbsolutePath().toString(), "rev-parse", "HEAD")
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).trim();
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroy();
                return null;
            }
            return p.exitValue() == 0 && out.matches("[0-9a-f]{40,64}") ? out : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
