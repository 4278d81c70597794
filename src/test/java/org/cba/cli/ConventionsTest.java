package org.cba.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.cba.golden.Cli;
import org.junit.jupiter.api.Test;

/** The command line's manners: help, suggestions, dates, version, colour. */
class ConventionsTest {
    private static final String TUTORIAL = "examples/tutorial/01-counselors";

    @Test
    void bareCbaPrintsHelpOnStderrAndExits2() {
        Cli.Result r = Cli.run();
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith("Usage: cba"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void helpNamesACommand() {
        Cli.Result r = Cli.run("help", "rules");
        assertEquals(0, r.exit());
        assertTrue(r.out().startsWith("Usage: cba rules"), r.out());
    }

    @Test
    void mistypedCommandsAndOptionsGetSuggestions() {
        Cli.Result command = Cli.run("rulse", TUTORIAL);
        assertEquals(2, command.exit());
        assertTrue(command.err().contains("Did you mean: cba rules or cba lsp?"), command.err());
        Cli.Result option = Cli.run("check", "--formt", "json", TUTORIAL);
        assertEquals(2, option.exit());
        assertTrue(option.err().contains("Possible solutions: --format"), option.err());
    }

    @Test
    void aUsDateIsAUsageErrorShowingTheIsoForm() {
        Cli.Result r = Cli.run("run", TUTORIAL, "--data", TUTORIAL + "/data", "--as-of", "10/15/2025");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("'10/15/2025' is not a date cba reads: write dates year-month-day, as 2025-10-15 (did you mean 2025-10-15?)"),
                r.err());
        assertFalse(r.err().contains("java."), r.err());
        // 05/06/2025 reads as May 6 (month first) or June 5 (day first): both are offered.
        assertTrue(DateConverter.message("05/06/2025").endsWith("(did you mean 2025-05-06 or 2025-06-05?)"));
        assertEquals(LocalDate.of(2025, 10, 15), new DateConverter().convert("2025-10-15"));
    }

    /** picocli's generated completion script knows every command and a command's options. */
    @Test
    void completionPrintsABashScriptWithTheCommands() {
        Cli.Result r = Cli.run("completion");
        assertEquals(0, r.exit());
        assertTrue(r.out().startsWith("#!/usr/bin/env bash"), r.out());
        assertTrue(r.out().contains("complete -F _complete_cba"), r.out());
        for (String command : java.util.List.of("gen-data", "cost", "rules", "report")) {
            assertTrue(r.out().contains(command), command);
        }
        assertTrue(r.out().contains("--as-of"), "run's options");
    }

    /** Help text is wrapped between words: each command's summary in the list is a whole sentence. */
    @Test
    void commandSummariesAreWholeSentences() {
        for (picocli.CommandLine sub : Main.commandLine().getSubcommands().values()) {
            String[] description = sub.getCommandSpec().usageMessage().description();
            if (description.length > 0) {
                String first = description[0];
                assertTrue(first.endsWith(".") || first.endsWith(")") || first.endsWith("?"), sub.getCommandName() + ": " + first);
            }
        }
    }

    @Test
    void versionNamesTheCommit() {
        Cli.Result r = Cli.run("--version");
        assertTrue(r.out().matches("cba \\S+ \\(commit ([0-9a-f]{7,40}|unknown)\\)\\n"), r.out());
    }

    @Test
    void colourOnlyOnATerminalWithoutNoColor() {
        assertTrue(Colour.enabled(true, null));
        assertFalse(Colour.enabled(false, null));
        assertFalse(Colour.enabled(true, ""));
        assertFalse(Colour.enabled(true, "1"));
    }

    @Test
    void rulesListsEachRuleWithItsCitationsAndKinds() {
        Cli.Result r = Cli.run("rules", TUTORIAL);
        assertEquals("counselor_staffing  (requirement)\n  cites XVIII 6.0: \"The District shall maintain a secondary counselor ratio\"\n",
                r.out());
    }
}
