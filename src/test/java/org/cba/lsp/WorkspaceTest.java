package org.cba.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Analyses as the editor's typing makes them: the version a proposal amends is checked again only when it changed. */
class WorkspaceTest {
    static final Path PROPOSAL = LspServerTest.PROPOSAL.toAbsolutePath().normalize();
    static final Path EXISTING = LspServerTest.EXISTING.toAbsolutePath().normalize();
    // line 36 of the proposal's article 18 (1-based): "    1 student from 2025-07-01 until 2026-06-30,"
    static final String LINE = "    1 student from 2025-07-01 until 2026-06-30,";
    static final String UNIT_ERROR = "    1 student + 3 calendar days from 2025-07-01 until 2026-06-30,";

    private static List<String> errors(Analysis a, Path file) {
        return a.checked().diagnostics().stream().filter(d -> d.isError() && Analysis.pathOf(d.span().file()).equals(file))
                .map(d -> d.code().id() + " " + d.span().file().lineOf(d.span().start()) + " " + d.message()).toList();
    }

    @Test
    void typingInAProposalChecksItAgainButNotTheVersionItAmends() throws Exception {
        Documents documents = new Documents();
        Workspace workspace = new Workspace(documents);
        String text = Files.readString(PROPOSAL);
        assertTrue(text.contains(LINE + "\n"));
        documents.put(Session.uri(PROPOSAL), text);
        Analysis before = workspace.analysisOf(PROPOSAL);
        assertEquals(List.of(), errors(before, PROPOSAL));

        documents.put(Session.uri(PROPOSAL), text.replace(LINE, UNIT_ERROR));
        Analysis typed = workspace.analysisOf(PROPOSAL);
        assertNotSame(before, typed);
        // students + calendar days, in the proposal's line 36
        assertEquals(List.of("E020 36 cannot add students and calendar days"), errors(typed, PROPOSAL));
        assertSame(before.base(), typed.base(), "existing/ was checked again though none of its files changed");
    }

    @Test
    void aChangeInTheVersionAmendedIsCheckedAgainAndSeenByTheProposal() throws Exception {
        Documents documents = new Documents();
        Workspace workspace = new Workspace(documents);
        documents.put(Session.uri(PROPOSAL), Files.readString(PROPOSAL));
        Analysis before = workspace.analysisOf(PROPOSAL);
        assertEquals(List.of(), errors(before, EXISTING));

        // existing/'s article 18, unsaved, gets a term that adds students and calendar days
        String existing = Files.readString(EXISTING) + """

                term broken_for_the_test: students
                  cites "XVIII 6.0"
                  = 1 student + 3 calendar days
                """;
        documents.put(Session.uri(EXISTING), existing);
        Analysis after = workspace.analysisOf(PROPOSAL);
        assertNotSame(before.base(), after.base());
        long line = existing.lines().count(); // the term's value is the file's last line
        assertEquals(List.of("E020 " + line + " cannot add students and calendar days"), errors(after.base(), EXISTING));
    }
}
