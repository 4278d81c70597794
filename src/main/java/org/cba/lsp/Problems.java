package org.cba.lsp;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.cba.source.Diagnostic;
import org.cba.source.Severity;
import org.cba.source.SourceFile;
import org.cba.syntax.Parsed;
import org.cba.syntax.Syntax;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * Publishes the checker's diagnostics to the editor, file by file: each version of an agreement
 * reports on its own files, so a proposal's check shows its errors and the base version's check
 * shows the base's; a file that no longer has problems is cleared.
 */
final class Problems {
    private final Documents documents;
    private final Supplier<LanguageClient> client;
    private final Map<Path, Set<Path>> publishedBy = new HashMap<>();

    Problems(Documents documents, Supplier<LanguageClient> client) {
        this.documents = documents;
        this.client = client;
    }

    synchronized void publish(Analysis analysis) {
        for (Analysis a : analysis.chain()) {
            Set<Path> ofBases = new HashSet<>();
            if (a.base() != null) {
                a.base().chain().forEach(b -> ofBases.addAll(b.files().keySet()));
            }
            Map<Path, List<org.eclipse.lsp4j.Diagnostic>> byFile = new LinkedHashMap<>();
            a.files().keySet().forEach(f -> byFile.put(f, new ArrayList<>()));
            for (Diagnostic d : a.checked().diagnostics()) {
                Path file = Analysis.pathOf(d.span().file());
                if (!ofBases.contains(file)) {
                    byFile.computeIfAbsent(file, k -> new ArrayList<>()).add(convert(d));
                }
            }
            Path key = a.checked().contract().folder();
            send(key, byFile);
        }
    }

    /** A file outside its contract's imports is still read as typed: its syntax errors show. */
    synchronized void publishAlone(Path file, String text, List<Diagnostic> about) {
        Parsed parsed = Syntax.parse(new SourceFile(file.toString(), text));
        Map<Path, List<org.eclipse.lsp4j.Diagnostic>> byFile = new LinkedHashMap<>();
        List<org.eclipse.lsp4j.Diagnostic> all = new ArrayList<>();
        about.forEach(d -> all.add(convert(d)));
        parsed.diagnostics().forEach(d -> all.add(convert(d)));
        byFile.put(file, all);
        send(file, byFile);
    }

    private void send(Path key, Map<Path, List<org.eclipse.lsp4j.Diagnostic>> byFile) {
        Set<Path> before = publishedBy.getOrDefault(key, Set.of());
        for (Path gone : before) {
            if (!byFile.containsKey(gone)) {
                client.get().publishDiagnostics(new PublishDiagnosticsParams(documents.uriOf(gone), List.of()));
            }
        }
        byFile.forEach((file, ds) -> client.get().publishDiagnostics(new PublishDiagnosticsParams(documents.uriOf(file), ds)));
        publishedBy.put(key, new HashSet<>(byFile.keySet()));
    }

    static org.eclipse.lsp4j.Diagnostic convert(Diagnostic d) {
        StringBuilder message = new StringBuilder(d.message());
        d.hints().forEach(h -> message.append('\n').append(h));
        var out = new org.eclipse.lsp4j.Diagnostic(Positions.range(d.span()), message.toString(),
                d.severity() == Severity.ERROR ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning, "cba", d.code().id());
        return out;
    }
}
