package org.cba.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.WorkspaceSymbol;
import org.eclipse.lsp4j.WorkspaceSymbolParams;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Outline, highlighting, example lenses, references and workspace symbols, on the tutorial and the LAUSD contract. */
class FeaturesTest {
    static final Path TUTORIAL = Path.of("examples/tutorial/01-counselors");
    static final Path AGREEMENT = TUTORIAL.resolve("agreement.cba");

    @TempDir
    Path dir;

    private static Range range(int line, int from, int to) {
        return new Range(Session.at(line, from), Session.at(line, to));
    }

    @Test
    void theOutlineIsArrangedByArticleAndSection() throws Exception {
        try (Session s = new Session(TUTORIAL)) {
            List<Either<SymbolInformation, DocumentSymbol>> symbols = s.server.getTextDocumentService()
                    .documentSymbol(new DocumentSymbolParams(Session.doc(AGREEMENT))).get(Session.WAIT_SECONDS, TimeUnit.SECONDS);
            assertEquals(1, symbols.size());
            DocumentSymbol article = symbols.get(0).getRight();
            assertEquals("Article XVIII", article.getName());
            DocumentSymbol section = article.getChildren().get(0);
            assertEquals("XVIII 6.0", section.getName());
            assertEquals(List.of("counselor_ratio", "counselors_required", "counselor_staffing"),
                    section.getChildren().stream().map(DocumentSymbol::getName).toList());
            // counselor_ratio's name: line 8 (from 0), columns 5 to 20; the rule ends on line 26
            assertEquals(range(8, 5, 20), section.getChildren().get(0).getSelectionRange());
            assertEquals(8, article.getRange().getStart().getLine());
            assertEquals(26, article.getRange().getEnd().getLine());
        }
    }

    /** Decoded semantic tokens: line, column, length, type and modifiers, each. */
    private static List<String> tokens(Session s, Path file) throws Exception {
        List<Integer> data = s.server.getTextDocumentService().semanticTokensFull(new SemanticTokensParams(Session.doc(file)))
                .get(Session.WAIT_SECONDS, TimeUnit.SECONDS).getData();
        List<String> out = new ArrayList<>();
        int line = 0;
        int column = 0;
        for (int i = 0; i < data.size(); i += 5) {
            line += data.get(i);
            column = data.get(i) == 0 ? column + data.get(i + 1) : data.get(i + 1);
            out.add(line + ":" + column + ":" + data.get(i + 2) + " " + Highlighting.TYPES.get(data.get(i + 3)) + " " + data.get(i + 4));
        }
        return out;
    }

    @Test
    void semanticTokensColourNamesByWhatTheCheckerResolved() throws Exception {
        try (Session s = new Session(TUTORIAL)) {
            List<String> tokens = tokens(s, AGREEMENT);
            // modifiers are bits: 1 declaration, 2 readonly, 4 defaultLibrary
            assertTrue(tokens.contains("0:0:96 comment 0"), tokens.toString());
            assertTrue(tokens.contains("8:0:4 keyword 0"));
            assertTrue(tokens.contains("8:5:15 variable 3"), "the term's own name: declared, and a term never changes");
            assertTrue(tokens.contains("8:22:8 type 0"), "the unit students");
            // line 17 is "  = floor(n / counselor_ratio)"
            assertTrue(tokens.contains("17:4:5 function 4"), "floor is built in");
            assertTrue(tokens.contains("17:10:1 parameter 0"));
            assertTrue(tokens.contains("17:14:15 variable 2"));
        }
    }

    @Test
    void lensesShowWhetherEachTermsExamplesPass() throws Exception {
        try (Session s = new Session(TUTORIAL)) {
            List<? extends CodeLens> lenses = s.server.getTextDocumentService().codeLens(new CodeLensParams(Session.doc(AGREEMENT)))
                    .get(Session.WAIT_SECONDS, TimeUnit.SECONDS);
            assertEquals(List.of("8:✓ 1 example passes", "15:✓ 2 examples pass"), lenses.stream()
                    .map(l -> l.getRange().getStart().getLine() + ":" + l.getCommand().getTitle()).toList());
        }
        // a wrong expectation: 275 is the ratio from 2026-07-01, not 274
        Files.copy(TUTORIAL.resolve("schools.cba"), dir.resolve("schools.cba"));
        Path copy = dir.resolve("agreement.cba");
        Files.writeString(copy, Files.readString(AGREEMENT).replace("on 2026-07-01 = 275 students", "on 2026-07-01 = 274 students"));
        try (Session s = new Session(dir)) {
            List<? extends CodeLens> lenses = s.server.getTextDocumentService().codeLens(new CodeLensParams(Session.doc(copy)))
                    .get(Session.WAIT_SECONDS, TimeUnit.SECONDS);
            List<String> titles = lenses.stream().map(l -> l.getRange().getStart().getLine() + ":" + l.getCommand().getTitle()).toList();
            assertEquals("8:✗ 1 of 1 example failed", titles.get(0));
            assertTrue(titles.get(1).startsWith("12:✗ expected 274"), titles.toString());
            assertTrue(titles.get(1).contains("got 275"), titles.toString());
        }
    }

    @Test
    void referencesReachAcrossFilesAndIntoTheAmendedVersion() throws Exception {
        Path proposal = LspServerTest.PROPOSAL;
        try (Session s = new Session(Path.of("contracts"))) {
            // from the proposal's "amend term counselor_ratio" (from column 11)
            int at = LspServerTest.line(proposal, "amend term counselor_ratio:");
            List<? extends Location> found = s.server.getTextDocumentService()
                    .references(new ReferenceParams(Session.doc(proposal), Session.at(at, 13), new ReferenceContext(true)))
                    .get(Session.WAIT_SECONDS, TimeUnit.SECONDS);
            List<String> places = found.stream().map(l -> Path.of(java.net.URI.create(l.getUri())).getParent().getFileName() + ":"
                    + l.getRange().getStart().getLine() + ":" + l.getRange().getStart().getCharacter()).toList();
            assertTrue(places.contains("utla-2025-06-17:" + at + ":11"), places.toString());
            // existing/article-18: the original declaration ("term counselor_ratio") and its use in
            // "  = floor(n / counselor_ratio)", column 14
            Path existing = LspServerTest.EXISTING;
            assertTrue(places.contains("existing:" + LspServerTest.line(existing, "term counselor_ratio:") + ":5"), places.toString());
            assertTrue(places.contains("existing:" + LspServerTest.line(existing, "  = floor(n / counselor_ratio)") + ":14"), places.toString());
        }
    }

    @Test
    void workspaceSymbolsFindDeclarationsInEveryContract() throws Exception {
        try (Session s = new Session(TUTORIAL)) {
            List<? extends WorkspaceSymbol> found = s.server.getWorkspaceService().symbol(new WorkspaceSymbolParams("csreq"))
                    .get(Session.WAIT_SECONDS, TimeUnit.SECONDS).getRight();
            assertEquals(List.of("counselors_required"), found.stream().map(WorkspaceSymbol::getName).toList());
            assertEquals(range(15, 5, 24), found.get(0).getLocation().getLeft().getRange());
        }
    }
}
