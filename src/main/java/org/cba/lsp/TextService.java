package org.cba.lsp;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.cba.format.Formatter;
import org.cba.source.Span;
import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.TextDocumentService;

/** The document requests. Each runs on the worker and answers an empty result rather than fail. */
final class TextService implements TextDocumentService {
    private final Workspace workspace;
    private final Worker worker;
    private final Refresher refresher;
    private final Completions completions;
    private final Outline outline;

    TextService(Workspace workspace, Worker worker, Refresher refresher) {
        this.workspace = workspace;
        this.worker = worker;
        this.refresher = refresher;
        this.completions = new Completions(workspace);
        this.outline = new Outline(workspace);
    }

    private Documents documents() {
        return workspace.documents();
    }

    // ---- synchronisation: notifications, so they must not throw either ----

    @Override
    public void didOpen(DidOpenTextDocumentParams params) {
        Worker.safely("didOpen", null, () -> {
            documents().put(params.getTextDocument().getUri(), params.getTextDocument().getText());
            Documents.pathOf(params.getTextDocument().getUri()).ifPresent(refresher::changed);
            return null;
        });
    }

    @Override
    public void didChange(DidChangeTextDocumentParams params) {
        Worker.safely("didChange", null, () -> {
            List<TextDocumentContentChangeEvent> changes = params.getContentChanges();
            String uri = params.getTextDocument().getUri();
            String text = documents().textOf(uri);
            for (TextDocumentContentChangeEvent c : changes) {
                text = apply(text, c);
            }
            documents().put(uri, text);
            Documents.pathOf(uri).ifPresent(refresher::changed);
            return null;
        });
    }

    /** A whole new text, or an edit of a range (the server asks for these: incremental sync). */
    static String apply(String text, TextDocumentContentChangeEvent c) {
        String replacement = c.getText() == null ? "" : c.getText();
        if (c.getRange() == null) {
            return replacement;
        }
        int from = Positions.offset(text, c.getRange().getStart());
        int to = Math.max(from, Positions.offset(text, c.getRange().getEnd()));
        return text.substring(0, from) + replacement + text.substring(to);
    }

    @Override
    public void didClose(DidCloseTextDocumentParams params) {
        Worker.safely("didClose", null, () -> {
            documents().close(params.getTextDocument().getUri());
            Documents.pathOf(params.getTextDocument().getUri()).ifPresent(refresher::changed);
            return null;
        });
    }

    @Override
    public void didSave(DidSaveTextDocumentParams params) {
        Worker.safely("didSave", null, () -> {
            Documents.pathOf(params.getTextDocument().getUri()).ifPresent(refresher::changed);
            return null;
        });
    }

    // ---- requests ----

    /** The file and the offset of a position in its current text, when the URI is a file. */
    private Optional<Place> place(String uri, Position p) {
        return Documents.pathOf(uri).map(path -> new Place(path, Positions.offset(documents().text(path), p)));
    }

    private record Place(Path file, int offset) {
    }

    @Override
    public CompletableFuture<Hover> hover(HoverParams params) {
        return worker.ask("hover", null, () -> place(params.getTextDocument().getUri(), params.getPosition()).flatMap(at -> {
            Analysis a = workspace.analysisOf(at.file());
            return a.at(at.file(), at.offset()).flatMap(n -> Hovers.of(a, n)
                    .map(text -> new Hover(new MarkupContent(MarkupKind.MARKDOWN, text), Positions.range(n.span()))));
        }).orElse(null));
    }

    @Override
    public CompletableFuture<Either<List<? extends Location>, List<? extends LocationLink>>> definition(DefinitionParams params) {
        return worker.ask("definition", Either.forLeft(List.of()), () -> Either.forLeft(
                place(params.getTextDocument().getUri(), params.getPosition()).map(at -> locations(Navigation.definition(
                        workspace.analysisOf(at.file()), at.file(), at.offset()))).orElse(List.of())));
    }

    @Override
    public CompletableFuture<List<? extends Location>> references(ReferenceParams params) {
        return worker.ask("references", List.of(), () -> place(params.getTextDocument().getUri(), params.getPosition()).map(at -> {
            Analysis a = workspace.analysisOf(at.file());
            List<Span> found = Navigation.references(versionsAround(a), a, at.file(), at.offset());
            if (!params.getContext().isIncludeDeclaration()) {
                List<Span> declared = Navigation.definition(a, at.file(), at.offset());
                found = found.stream().filter(s -> declared.stream().noneMatch(d -> d.file() == s.file() && d.start() == s.start())).toList();
            }
            return locations(found);
        }).orElse(List.of()));
    }

    /** A version, the versions it amends, and the known versions that amend it. */
    private List<Analysis> versionsAround(Analysis a) {
        List<Analysis> out = new ArrayList<>(a.chain());
        Path folder = a.checked().contract().folder();
        for (Path entry : workspace.knownEntries()) {
            Analysis other = workspace.analysis(entry);
            if (other != a && other.chain().stream().anyMatch(v -> v.checked().contract().folder().equals(folder))) {
                out.add(other);
            }
        }
        return out;
    }

    private List<Location> locations(List<Span> spans) {
        return spans.stream().map(s -> new Location(documents().uriOf(Analysis.pathOf(s.file())), Positions.range(s))).toList();
    }

    @Override
    public CompletableFuture<Either<List<CompletionItem>, CompletionList>> completion(CompletionParams params) {
        return worker.ask("completion", Either.forLeft(List.of()), () -> Either.forLeft(
                place(params.getTextDocument().getUri(), params.getPosition())
                        .map(at -> completions.at(at.file(), at.offset())).orElse(List.of())));
    }

    @Override
    public CompletableFuture<List<Either<SymbolInformation, DocumentSymbol>>> documentSymbol(DocumentSymbolParams params) {
        return worker.ask("documentSymbol", List.of(), () -> Documents.pathOf(params.getTextDocument().getUri())
                .map(p -> outline.document(p).stream().map(Either::<SymbolInformation, DocumentSymbol>forRight).toList())
                .orElse(List.of()));
    }

    @Override
    public CompletableFuture<List<? extends TextEdit>> formatting(DocumentFormattingParams params) {
        return worker.ask("formatting", List.of(), () -> {
            String text = documents().textOf(params.getTextDocument().getUri());
            String formatted = Formatter.format(text);
            return formatted.equals(text) ? List.of() : List.of(new TextEdit(Positions.whole(text), formatted));
        });
    }

    @Override
    public CompletableFuture<SemanticTokens> semanticTokensFull(SemanticTokensParams params) {
        return worker.ask("semanticTokens", new SemanticTokens(List.of()), () -> {
            String uri = params.getTextDocument().getUri();
            String text = documents().textOf(uri);
            Optional<Path> file = Documents.pathOf(uri);
            Analysis a = file.map(workspace::analysisOf).orElse(null);
            return Highlighting.tokens(text, a, file.orElse(null));
        });
    }

    @Override
    public CompletableFuture<List<? extends CodeLens>> codeLens(CodeLensParams params) {
        return worker.ask("codeLens", List.of(), () -> Documents.pathOf(params.getTextDocument().getUri())
                .map(p -> ExampleLenses.of(workspace.analysisOf(p), p)).orElse(List.of()));
    }
}
