package org.cba.cli;

import org.cba.report.Json;
import org.cba.run.VersionPaths;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.cba.check.Checked;
import org.cba.check.Checker;
import org.cba.check.ContractLoader;
import org.cba.compare.Change;
import org.cba.compare.Diff;
import org.cba.report.html.DiffPage;
import org.cba.source.DiagnosticPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** cba diff: what changed between two versions, term by term. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Show what changed between two versions of an agreement, term by term.",
                "OLD and NEW are contract folders, files, or git revisions written REV:path (e.g. HEAD~1:contracts/lausd-utla).",
                "Folders holding several contracts are compared contract by contract. Layout and comments are not changes."},
        footer = {"", "Exit codes: 0 no difference, 1 different, 2 usage or spec errors."})
public final class DiffCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OLD", description = "The earlier version.")
    String oldArg;

    @Parameters(index = "1", paramLabel = "NEW", description = "The later version.")
    String newArg;

    /** html: one self-contained page, the changes article by article with struck and inserted words. */
    enum Format { text, json, html }

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default), json or html.")
    Format format = Format.text;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        VersionPaths.Resolved before;
        try {
            before = VersionPaths.resolve(oldArg);
        } catch (IOException e) {
            err.println("cba diff: " + e.getMessage());
            return ExitCode.USAGE.code();
        }
        try (before) {
            VersionPaths.Resolved after;
            try {
                after = VersionPaths.resolve(newArg);
            } catch (IOException e) {
                err.println("cba diff: " + e.getMessage());
                return ExitCode.USAGE.code();
            }
            try (after) {
                return compare(before, after, err);
            }
        }
    }

    /** Both versions found (and taken out of git where named so): compares and prints. */
    private Integer compare(VersionPaths.Resolved before, VersionPaths.Resolved after, PrintWriter err) throws IOException {
        for (VersionPaths.Resolved r : List.of(before, after)) {
            if (!Files.exists(r.path())) {
                err.println("cba diff: no such file or folder: " + r.shown());
                return ExitCode.USAGE.code();
            }
        }
        Map<String, Checked[]> pairs = pairs(before.path(), after.path(), err);
        if (pairs == null) {
            return ExitCode.USAGE.code();
        }
        Map<String, List<Change>> changes = new LinkedHashMap<>();
        pairs.forEach((name, p) -> changes.put(name, Diff.between(p[0], p[1])));
        if (format == Format.json) {
            spec.commandLine().getOut().println(Json.write(json(before, after, changes)));
        } else if (format == Format.html) {
            org.cba.report.html.DiffPage.write(before.shown(), after.shown(), forPage(changes), spec.commandLine().getOut());
        } else {
            new DiffText(spec.commandLine().getOut()).print(before.shown(), after.shown(), changes);
        }
        return changes.values().stream().allMatch(List::isEmpty) ? ExitCode.OK.code() : ExitCode.SPEC_ERRORS.code();
    }

    /**
     * Which contracts to compare: the two named, or, for folders of several contracts, those at the
     * same place in both. Null (reported) when a version has spec errors.
     */
    private Map<String, Checked[]> pairs(Path before, Path after, PrintWriter err) throws IOException {
        List<Path> a = ContractLoader.entriesFor(before);
        List<Path> b = ContractLoader.entriesFor(after);
        Map<String, Checked[]> out = new LinkedHashMap<>();
        if (a.size() == 1 && b.size() == 1) {
            out.put("", new Checked[] {check(a.get(0), err), check(b.get(0), err)});
        } else {
            for (Path pb : b) {
                String rel = after.relativize(pb).toString();
                Path pa = before.resolve(rel);
                if (a.stream().anyMatch(x -> x.normalize().equals(pa.normalize()))) {
                    out.put(Path.of(rel).getParent() == null ? rel : Path.of(rel).getParent().toString(),
                            new Checked[] {check(pa, err), check(pb, err)});
                }
            }
        }
        for (Checked[] p : out.values()) {
            if (p[0] == null || p[1] == null) {
                return null;
            }
        }
        return out;
    }

    private static Checked check(Path entry, PrintWriter err) {
        Checked c = org.cba.run.Contracts.check(entry);
        if (!c.ok()) {
            err.print(DiagnosticPrinter.render(c.diagnostics()));
            err.println("cba diff: " + entry + " has errors; fix them first");
            return null;
        }
        return c;
    }

    private static Map<String, List<DiffPage.Change>> forPage(Map<String, List<Change>> changes) {
        Map<String, List<DiffPage.Change>> out = new LinkedHashMap<>();
        changes.forEach((name, list) -> out.put(name, list.stream().map(c -> new DiffPage.Change(c.kind().word(), c.name(), c.declKind(),
                c.oldCite(), c.newCite(), c.details().stream().map(d -> new DiffPage.Detail(d.part(), d.before(), d.after())).toList())).toList()));
        return out;
    }

    private static ObjectNode json(VersionPaths.Resolved before, VersionPaths.Resolved after, Map<String, List<Change>> changes) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("old", before.shown());
        root.put("new", after.shown());
        ArrayNode contracts = root.putArray("contracts");
        changes.forEach((name, list) -> {
            ObjectNode c = contracts.addObject();
            c.put("contract", name);
            ArrayNode items = c.putArray("changes");
            for (Change ch : list) {
                ObjectNode o = items.addObject();
                o.put("change", ch.kind().word());
                o.put("name", ch.name());
                o.put("kind", ch.declKind());
                o.put("oldCite", ch.oldCite());
                o.put("newCite", ch.newCite());
                ArrayNode details = o.putArray("details");
                for (Change.Detail d : ch.details()) {
                    details.addObject().put("part", d.part()).put("old", d.before()).put("new", d.after());
                }
            }
        });
        return root;
    }
}
