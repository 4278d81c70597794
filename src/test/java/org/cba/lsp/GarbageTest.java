package org.cba.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.WorkspaceSymbolParams;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random and garbled buffers, and positions anywhere (past the end too): every request answers,
 * nothing fails, and the server still works properly afterwards.
 */
class GarbageTest {
    /** Pieces of real specs mixed with characters that have no meaning, quotes left open, surrogates and controls. */
    private static final String[] PIECES = {"term ", "table ", "rule ", "amend ", "enum ", "entity ", "x", "c.", ".", "(", ")",
        "{", "}", "|", "\"", "\"\"\"", "//", "/*", "*/", "\n", "\r", "\r\n", "\t", " ", "350 students per position", "$",
        "50%", "2025-07-01", "..", "->", ":", ",", "=", "cites \"XVIII 6.0\"", "example ", "for each s in School", "sum(",
        "\u0000", "\uFEFF", "\uD83D\uDE00", "\uD800", "é", "§", "import \"../x.cba\"", "agreement \"A\"", "amends \"../\"",
        "where", "is", "not", "if", "then", "else", "-", "*", "/", "1e999", "99999999999999999999999999999", "counselor_ratio"};

    @TempDir
    Path dir;

    @Test
    void garbledBuffersNeverTakeTheServerDown() throws Exception {
        Files.writeString(dir.resolve("agreement.cba"), "agreement \"G\"\n\nimport \"g.cba\"\n");
        Path file = dir.resolve("g.cba");
        Files.writeString(file, "");
        Random random = new Random(20250617);
        try (Session s = new Session(dir)) {
            s.open(file, "");
            TextDocumentService docs = s.server.getTextDocumentService();
            String tutorial = Files.readString(Path.of("examples/tutorial/01-counselors/agreement.cba"))
                    .replaceAll("(?m)^(agreement|  version|  effective|import).*$", "");
            for (int round = 0; round < 80; round++) {
                // half the rounds are noise; the others a real spec cut and spliced, which often still parses
                String text = round % 2 == 0 ? garble(random) : mutate(tutorial, random);
                s.change(file, text);
                Position p = new Position(random.nextInt(round % 2 == 0 ? 12 : 30), random.nextInt(40));
                List<CompletableFuture<?>> asked = new ArrayList<>();
                asked.add(docs.hover(new HoverParams(Session.doc(file), p)));
                asked.add(docs.definition(new DefinitionParams(Session.doc(file), p)));
                asked.add(docs.references(new ReferenceParams(Session.doc(file), p, new ReferenceContext(true))));
                asked.add(docs.completion(new CompletionParams(Session.doc(file), p)));
                asked.add(docs.documentSymbol(new DocumentSymbolParams(Session.doc(file))));
                asked.add(docs.formatting(new DocumentFormattingParams(Session.doc(file), new FormattingOptions(2, true))));
                asked.add(docs.semanticTokensFull(new SemanticTokensParams(Session.doc(file))));
                asked.add(docs.codeLens(new CodeLensParams(Session.doc(file))));
                for (CompletableFuture<?> f : asked) {
                    f.get(Session.WAIT_SECONDS, TimeUnit.SECONDS); // throws if the request failed or never answered
                }
            }
            assertEquals(List.of(), s.logged(), "no handler failed");
            s.server.getWorkspaceService().symbol(new WorkspaceSymbolParams("x")).get(Session.WAIT_SECONDS, TimeUnit.SECONDS);
            // still sound: a good text checks clean, and hover answers on it
            String good = "term x: students\n  cites \"XVIII 6.0\"\n  = 3 students\n  example x = 3 students\n";
            s.change(file, good);
            s.awaitDiagnostics(file, List::isEmpty);
            var hover = docs.hover(new HoverParams(Session.doc(file), new Position(0, 5))).get(Session.WAIT_SECONDS, TimeUnit.SECONDS);
            assertTrue(hover.getContents().getRight().getValue().contains("term x: students"));
            assertEquals(0, s.shutDown());
        }
    }

    /** A text with a few pieces cut out, repeated or replaced by noise. */
    private static String mutate(String text, Random random) {
        StringBuilder b = new StringBuilder(text);
        for (int k = random.nextInt(4); k >= 0; k--) {
            int at = random.nextInt(b.length() + 1);
            int to = Math.min(b.length(), at + random.nextInt(12));
            switch (random.nextInt(3)) {
                case 0 -> b.delete(at, to);
                case 1 -> b.insert(at, b.substring(at, to));
                default -> b.replace(at, to, PIECES[random.nextInt(PIECES.length)]);
            }
        }
        return b.toString();
    }

    private static String garble(Random random) {
        StringBuilder b = new StringBuilder();
        int n = random.nextInt(60);
        for (int i = 0; i < n; i++) {
            b.append(random.nextInt(8) == 0 ? String.valueOf((char) random.nextInt(0x3000)) : PIECES[random.nextInt(PIECES.length)]);
        }
        return b.toString();
    }
}
