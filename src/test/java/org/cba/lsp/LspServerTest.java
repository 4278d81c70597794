package org.cba.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextEdit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** cba lsp driven as an editor drives it, through the protocol over in-memory pipes. */
class LspServerTest {
    static final Path PROPOSAL = Path.of("contracts/lausd-utla/utla-2025-06-17/article-18-class-size.cba");
    static final Path EXISTING = Path.of("contracts/lausd-utla/existing/article-18-class-size.cba");

    @TempDir
    Path dir;

    static final String AGREEMENT = """
            agreement "Test"
              effective 2025-07-01 to 2026-06-30

            import "terms.cba"
            """;

    static final String TERMS = """
            term ratio: students per position
              cites "XVIII 6.0": "350:1"
              = 350 students per position
              example ratio = 350 students per position

            term total: students
              cites "XVIII 6.0"
              = ratio + 3 students
              example total = 1 student

            term other: students
              cites "XVIII 6.1"
              = missing
              example other = 1 student
            """;

    private Path contract(String terms) throws Exception {
        Files.writeString(dir.resolve("agreement.cba"), AGREEMENT);
        Path file = dir.resolve("terms.cba");
        Files.writeString(file, terms);
        return file;
    }

    /**
     * The line (from 0) of a contract file that starts with this text: the tests find the lines
     * they point at, so that rule tests or comments added above them do not move them.
     */
    static int line(Path file, String start) throws java.io.IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(start)) {
                return i;
            }
        }
        throw new AssertionError("no line of " + file + " starts with " + start);
    }

    private static Range range(int line, int from, int toLine, int to) {
        return new Range(Session.at(line, from), Session.at(toLine, to));
    }

    @Test
    void diagnosticsOfAFileWithErrorsHaveExactRangesAndCodes() throws Exception {
        Path terms = contract(TERMS);
        try (Session s = new Session(dir)) {
            s.open(terms, TERMS);
            List<Diagnostic> ds = s.awaitDiagnostics(terms, l -> !l.isEmpty());
            // line 7 (from 0) is "  = ratio + 3 students": the sum runs from "ratio" (column 4) to the end of "students" (22)
            // line 12 is "  = missing": the name runs from column 4 to 11
            assertEquals(2, ds.size(), ds.toString());
            assertEquals("E020", ds.get(0).getCode().getLeft());
            assertEquals(range(7, 4, 7, 22), ds.get(0).getRange());
            assertEquals(DiagnosticSeverity.Error, ds.get(0).getSeverity());
            assertEquals("E010", ds.get(1).getCode().getLeft());
            assertEquals(range(12, 4, 12, 11), ds.get(1).getRange());
            assertTrue(ds.get(1).getMessage().startsWith("\"missing\" is not defined"), ds.get(1).getMessage());
            assertEquals(List.of(), s.awaitDiagnostics(dir.resolve("agreement.cba"), l -> true), "the entry file has no problem");
        }
    }

    @Test
    void aSessionOpensEditsAndClosesDocumentsWithTheEditorsTextOverTheDisks() throws Exception {
        String good = TERMS.replace("ratio + 3 students", "3 students").replace("= missing", "= 1 student");
        Path terms = contract(good);
        try (Session s = new Session(dir)) {
            s.open(terms, good);
            s.awaitDiagnostics(terms, List::isEmpty);
            // unsaved text with a typo: checked as typed although the file on disk is fine
            s.change(terms, good.replace("= 3 students", "= 3 studnets"));
            List<Diagnostic> typo = s.awaitDiagnostics(terms, l -> !l.isEmpty());
            assertEquals("E012", typo.get(0).getCode().getLeft());
            // line 7 is "  = 3 studnets": the unit word from column 6 to 14
            assertEquals(range(7, 6, 7, 14), typo.get(0).getRange());
            // a half-typed line is a syntax error, located where the parser stopped
            s.change(terms, good + "term broken(\n");
            List<Diagnostic> syntax = s.awaitDiagnostics(terms, l -> !l.isEmpty() && l.get(0).getCode().getLeft().equals("E001"));
            // the text had 14 lines (0 to 13), so "term broken(" is line 14, and its unclosed "(" column 11
            assertEquals(range(14, 11, 14, 12), syntax.get(0).getRange());
            s.change(terms, good);
            s.awaitDiagnostics(terms, List::isEmpty);
            // closing goes back to the file on disk: break the disk copy, close, and its error shows
            Files.writeString(terms, TERMS);
            s.close(terms);
            List<Diagnostic> disk = s.awaitDiagnostics(terms, l -> l.size() == 2);
            assertEquals("E020", disk.get(0).getCode().getLeft());
            assertEquals(0, s.shutDown(), "a shutdown then exit ends with 0");
        }
    }

    @Test
    void editsOfRangesAreAppliedInOrderAndCheckedAsTyped() throws Exception {
        // VS Code's client sends whole-text changes only after 250 ms without typing; edits of a
        // range it sends at once, so the server asks for those.
        String good = TERMS.replace("ratio + 3 students", "3 students").replace("= missing", "= 1 student");
        Path terms = contract(good);
        try (Session s = new Session(dir)) {
            assertEquals(TextDocumentSyncKind.Incremental, s.capabilities.getTextDocumentSync().getLeft());
            s.open(terms, good);
            s.awaitDiagnostics(terms, List::isEmpty);
            // line 7 (from 0) is "  = 3 students", 14 characters: type " + 2 calendar days" after it in
            // two edits, the second placed in the text the first left
            s.edit(terms,
                    new TextDocumentContentChangeEvent(range(7, 14, 7, 14), " + 2"),
                    new TextDocumentContentChangeEvent(range(7, 18, 7, 18), " calendar days"));
            List<Diagnostic> units = s.awaitDiagnostics(terms, l -> !l.isEmpty());
            assertEquals("E020", units.get(0).getCode().getLeft());
            // "3 students + 2 calendar days", 28 characters from column 4
            assertEquals(range(7, 4, 7, 32), units.get(0).getRange());
            // delete what was typed: columns 14 to 32 of line 7
            s.edit(terms, new TextDocumentContentChangeEvent(range(7, 14, 7, 32), ""));
            s.awaitDiagnostics(terms, List::isEmpty);
        }
    }

    @Test
    void hoverOnADatedTermShowsItsTypeValuesPeriodsAndQuotedClause() throws Exception {
        try (Session s = new Session(Path.of("contracts"))) {
            // "amend term counselor_ratio: students per position"; the name starts at column 11
            int at = line(PROPOSAL, "amend term counselor_ratio:");
            Hover hover = s.server.getTextDocumentService().hover(new HoverParams(Session.doc(PROPOSAL), Session.at(at, 13)))
                    .get(Session.WAIT_SECONDS, TimeUnit.SECONDS);
            assertNotNull(hover);
            String text = hover.getContents().getRight().getValue();
            assertTrue(text.contains("term counselor_ratio: students per position"), text);
            assertTrue(text.contains("Type: students per position"), text);
            assertTrue(text.contains("`350 students per position` — school year 2025-2026"), text);
            assertTrue(text.contains("`275 students per position` — from 2026-07-01"), text);
            assertTrue(text.contains("Cites **XVIII 6.0**"), text);
            assertTrue(text.contains("> School year 2025-2026: 350:1 School year 2026-2027: 275:1"), text);
            assertEquals(range(at, 11, at, 26), hover.getRange());
        }
    }

    @Test
    void definitionReachesFromAProposalIntoTheVersionItAmends() throws Exception {
        try (Session s = new Session(Path.of("contracts"))) {
            // "  let limit = class_size(school_row_type(s), b, k).average": school_row_type at column 25;
            // it is declared only in existing/, "term school_row_type(s: School): SchoolType", columns 5 to 20
            int use = line(PROPOSAL, "  let limit = class_size(school_row_type(s), b, k).average");
            int declared = line(EXISTING, "term school_row_type(s: School)");
            List<? extends Location> found = s.server.getTextDocumentService()
                    .definition(new DefinitionParams(Session.doc(PROPOSAL), Session.at(use, 27)))
                    .get(Session.WAIT_SECONDS, TimeUnit.SECONDS).getLeft();
            assertEquals(1, found.size(), found.toString());
            assertEquals(Session.uri(EXISTING), found.get(0).getUri());
            assertEquals(range(declared, 5, declared, 20), found.get(0).getRange());
        }
    }

    static final String SCHOOLS = """
            agreement "Test"
              effective 2025-07-01 to 2026-06-30

            enum PositionType { Teacher, Counselor }

            site entity School from "schools" {
              key id: text,
              staff: many Staff by school,
            }

            entity Staff from "staff" {
              key id: text,
              school: School,
              position: PositionType,
              fte: positions,
            }

            term counselors(s: School): positions
              cites "XVIII 6.0"
              = sum(c.fte for each c in s.staff where c.position is Counselor)
              example counselors = 0 positions
            """;

    @Test
    void completionAfterADotOffersTheFieldsOfTheCheckedType() throws Exception {
        Path file = dir.resolve("agreement.cba");
        Files.writeString(file, SCHOOLS);
        try (Session s = new Session(dir)) {
            s.open(file, SCHOOLS);
            s.awaitDiagnostics(file, l -> true);
            // half typed: "c." with nothing after it yet; line 19 (from 0) is "  = sum(c. for ...", the caret after
            // the dot at column 10 ("  = sum(" is 8 characters)
            String typing = SCHOOLS.replace("sum(c.fte for", "sum(c. for");
            s.change(file, typing);
            assertEquals(List.of("id", "school", "position", "fte"), labels(s, file, 19, 10), "Staff's fields, in order");
            // with another error below that the checker cannot get past, the last analysis that parsed still knows c
            s.change(file, typing + "term (\n");
            assertEquals(List.of("id", "school", "position", "fte"), labels(s, file, 19, 10));
            // after "PositionType." its members: "  = sum(c.fte for each c in s.staff where c.position is PositionType." is 69 long
            s.change(file, SCHOOLS.replace("c.position is Counselor", "c.position is PositionType."));
            assertEquals(List.of("Teacher", "Counselor"), labels(s, file, 19, 69));
        }
    }

    private static List<String> labels(Session s, Path file, int line, int character) throws Exception {
        var items = s.server.getTextDocumentService().completion(new CompletionParams(Session.doc(file), Session.at(line, character)))
                .get(Session.WAIT_SECONDS, TimeUnit.SECONDS);
        return items.getLeft().stream().map(CompletionItem::getLabel).toList();
    }

    @Test
    void formattingReplacesTheDocumentWithCbaFmtsLayout() throws Exception {
        String messy = """
                table t(k: students) -> (v: students)
                  cites "XVIII 1.0"  \t
                  | 1 | 2 |
                  | 10 | 20 |


                """;
        Path file = dir.resolve("loose.cba");
        Files.writeString(file, messy);
        try (Session s = new Session(dir)) {
            s.open(file, messy);
            List<? extends TextEdit> edits = s.server.getTextDocumentService()
                    .formatting(new DocumentFormattingParams(Session.doc(file), new FormattingOptions(2, true)))
                    .get(Session.WAIT_SECONDS, TimeUnit.SECONDS);
            assertEquals(1, edits.size());
            // the text has 6 lines and ends after the last line break: the edit covers (0,0) to (6,0)
            assertEquals(range(0, 0, 6, 0), edits.get(0).getRange());
            assertEquals("""
                    table t(k: students) -> (v: students)
                      cites "XVIII 1.0"
                      | 1  | 2  |
                      | 10 | 20 |
                    """, edits.get(0).getNewText());
            s.change(file, edits.get(0).getNewText());
            assertEquals(List.of(), s.server.getTextDocumentService()
                    .formatting(new DocumentFormattingParams(Session.doc(file), new FormattingOptions(2, true)))
                    .get(Session.WAIT_SECONDS, TimeUnit.SECONDS), "formatted text needs no edit");
        }
    }
}
