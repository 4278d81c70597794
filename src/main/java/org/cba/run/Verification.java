package org.cba.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cba.check.Checked;
import org.cba.report.Words;
import org.cba.report.html.Stamp;
import org.cba.source.Diagnostic;

/**
 * cba verify: a report's fingerprint checked against the files as they are now and the findings a
 * run of the same contract path, data, date and readings gives now. The report holds when nothing
 * changed; otherwise each change is said: a spec file, a data file, or the findings.
 */
public final class Verification {
    /** How many findings that differ are listed; the rest are counted. */
    static final int LISTED = 5;

    private Verification() {
    }

    /** What was found: each change in words (none: the report holds), and what was compared. */
    public record Result(Fingerprint fingerprint, List<String> changes, int specs, int dataFiles) {
        public boolean holds() {
            return changes.isEmpty();
        }

        public String render(String dir) {
            StringBuilder b = new StringBuilder();
            Fingerprint fp = fingerprint;
            if (holds()) {
                b.append("the report in ").append(dir).append(" still holds\n");
                b.append("  ").append(fp.contract()).append(fp.version() == null ? "" : " — " + fp.version())
                        .append(", as of ").append(fp.asOf()).append('\n');
                b.append("  ").append(Words.plural(specs, "spec file")).append(" and ").append(Words.plural(dataFiles, "data file"))
                        .append(" unchanged; the same ").append(Words.plural(fp.findings().size(), "finding")).append('\n');
            } else {
                b.append("the report in ").append(dir).append(" no longer holds:\n");
                changes.forEach(c -> b.append("  ").append(c).append('\n'));
            }
            return b.toString();
        }
    }

    public static Result verify(Path dir, LocalDate today) throws Failure {
        Fingerprint fp = Fingerprint.read(dir);
        List<String> changes = new ArrayList<>();
        Path contract = Path.of(fp.contractPath());
        if (!Files.exists(contract)) {
            changes.add("the contract is gone: " + fp.contractPath());
            return new Result(fp, changes, 0, 0);
        }
        Checked checked = Contracts.check(Contracts.entry(contract, fp.contractShown()));
        List<Stamp.FileHash> specsNow;
        List<Stamp.FileHash> dataNow;
        try {
            specsNow = Hashes.specs(checked.contract());
            dataNow = Hashes.data(fp.dataPath());
        } catch (IOException e) {
            changes.add("a file cannot be read: " + e.getMessage());
            return new Result(fp, changes, 0, 0);
        }
        compare("spec file", fp.specs(), specsNow, changes);
        compare("data file", fp.dataFiles(), dataNow, changes);
        if (!Fingerprint.CBA_VERSION.equals(fp.cbaVersion())) {
            changes.add("cba version changed: " + fp.cbaVersion() + " → " + Fingerprint.CBA_VERSION);
        }
        findings(fp, checked, today, changes);
        return new Result(fp, changes, specsNow.size(), dataNow.size());
    }

    /** The findings of the same run now, against those the fingerprint lists. */
    private static void findings(Fingerprint fp, Checked checked, LocalDate today, List<String> changes) {
        if (!checked.ok()) {
            long errors = checked.diagnostics().stream().filter(Diagnostic::isError).count();
            changes.add("the contract no longer checks: " + Words.plural(errors, "error") + " (run cba check " + fp.contractShown() + ")");
            return;
        }
        List<String> now;
        try {
            Runs.Result result = Runs.run(checked, DataSets.bind(checked, fp.dataPath()),
                    new Request(fp.asOf(), fp.readings(), List.of(), null, false), today);
            now = Reports.lines(result.report().findings());
        } catch (Failure f) {
            changes.add("it cannot be run again: " + f.problems().get(0).message());
            return;
        }
        Set<String> before = new LinkedHashSet<>(fp.findings());
        Set<String> after = new LinkedHashSet<>(now);
        List<String> gone = before.stream().filter(l -> !after.contains(l)).toList();
        List<String> added = after.stream().filter(l -> !before.contains(l)).toList();
        if (gone.isEmpty() && added.isEmpty()) {
            return;
        }
        changes.add("different findings: " + gone.size() + " no longer found, " + added.size() + " new");
        list("- ", gone, changes);
        list("+ ", added, changes);
    }

    private static void list(String mark, List<String> lines, List<String> changes) {
        lines.stream().limit(LISTED).forEach(l -> changes.add("  " + mark + l));
        if (lines.size() > LISTED) {
            changes.add("  " + mark + "(" + (lines.size() - LISTED) + " more)");
        }
    }

    /** Files changed, added or removed since the fingerprint, each named. */
    private static void compare(String what, List<Stamp.FileHash> before, List<Stamp.FileHash> now, List<String> changes) {
        Map<String, String> was = new LinkedHashMap<>();
        before.forEach(h -> was.put(h.path(), h.sha256()));
        Map<String, String> is = new LinkedHashMap<>();
        now.forEach(h -> is.put(h.path(), h.sha256()));
        was.forEach((path, hash) -> {
            if (!is.containsKey(path)) {
                changes.add(what + " removed: " + path);
            } else if (!is.get(path).equals(hash)) {
                changes.add(what + " changed: " + path);
            }
        });
        is.keySet().stream().filter(p -> !was.containsKey(p)).forEach(p -> changes.add(what + " added: " + p));
    }
}
