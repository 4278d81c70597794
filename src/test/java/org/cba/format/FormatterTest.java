package org.cba.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.cba.source.SourceReader;
import org.cba.syntax.Lexemes;
import org.cba.syntax.Lexemes.Kind;
import org.cba.syntax.Lexemes.Lexeme;
import org.junit.jupiter.api.Test;

class FormatterTest {
    /** Formats the input to the expected text, and the expected text to itself. */
    private static void assertFormats(String input, String expected) {
        assertEquals(expected, Formatter.format(input));
        assertEquals(expected, Formatter.format(expected), "formatting twice");
    }

    private static void assertUnchanged(String input) {
        assertFormats(input, input);
    }

    /** The quotes and comments of a text in order; a // comment without the line's trailing white space. */
    private static List<String> verbatim(String text) {
        List<String> kept = new ArrayList<>();
        for (Lexeme p : Lexemes.of(text)) {
            if (p.kind() == Kind.QUOTE || p.kind() == Kind.BLOCK_COMMENT) {
                kept.add(p.text());
            } else if (p.kind() == Kind.LINE_COMMENT) {
                kept.add(p.text().stripTrailing());
            }
        }
        return kept;
    }

    @Test
    void everySpecKeepsItsQuotesAndCommentsAndFormattingTwiceChangesNothing() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String root : List.of("contracts", "examples", "src/test/resources")) {
            try (Stream<Path> walk = Files.walk(Path.of(root))) {
                walk.filter(p -> p.toString().endsWith(".cba")).sorted().forEach(files::add);
            }
        }
        assertEquals(true, files.size() > 50, "found " + files.size() + " specs");
        for (Path f : files) {
            var read = SourceReader.read(f, f.toString());
            if (read.problem().isPresent()) {
                continue; // the golden case of a file that is not UTF-8; cba fmt leaves it alone
            }
            String text = Files.readString(f);
            String once = Formatter.format(text);
            assertEquals(verbatim(text), verbatim(once), "the quotes and comments of " + f);
            assertEquals(once, Formatter.format(once), "formatting " + f + " twice");
        }
    }

    /** The old line-by-line formatter took the quoted lines for table rows and aligned them. */
    @Test
    void aQuoteHoldingTableLikeTextIsNotTouched() {
        assertUnchanged("""
                term x: students
                  cites "XVIII 2.0": \"""the sizes:
                    | a |   b |\t
                    | 100 | 2 |


                \t\tend\"""
                  = 5 students
                """);
    }

    /** The old formatter ended the string at \\" and cut the row at the bar inside it. */
    @Test
    void aStringLiteralInARowIsOneCellAndKeepsItsSpacing() {
        // column widths: "x\"  |   y" is 12 characters, 22 is 2
        assertFormats("  | \"x\\\"  |   y\" | 1 |\n  |  \"z\" | 22 |\n",
                "  | \"x\\\"  |   y\" | 1  |\n  | \"z\"          | 22 |\n");
        assertUnchanged("term t: text = \"a   b\t c  \"  // a  \t comment\n");
    }

    @Test
    void aBlockCommentIsNotTouched() {
        assertUnchanged("/* sizes:   \n\t| a |   b |   \n\n\n\t */\nterm x: students = 5 students\n");
    }

    /** Line breaks inside a quote are part of its text, so a Windows file keeps them there. */
    @Test
    void lineBreaksBecomeNewlinesOutsideQuotesOnly() {
        assertFormats("term x: students\r\n  cites \"A\": \"\"\"one  \r\n  two\"\"\"  \r\n  = 5 students\r\n",
                "term x: students\n  cites \"A\": \"\"\"one  \r\n  two\"\"\"\n  = 5 students\n");
        assertFormats("a\rb\r", "a\nb\n");
    }

    @Test
    void whiteSpaceIsNormalised() {
        assertFormats("\n\nterm a: students = 1 students   \n\t\tcites \"X\"\t\n\n\n \n// end  \t\n\n\n",
                "term a: students = 1 students\n    cites \"X\"\n\n// end\n");
        assertFormats("term   a  =  1", "term   a  =  1\n");
        assertFormats("  \n\n\t\n", "");
        assertFormats("", "");
    }

    @Test
    void tableRowsAreAlignedIntoColumns() {
        // widths: otherwise 9, {4, 5} 6, 22 2; the otherwise row is short and keeps its own widths
        assertFormats("""
                table class_size(type: T, grades: G) -> (maximum: students)
                \t| A | 1..3 | 22 |   // small\t
                  |  BBBB | {4, 5} |  5 |
                  | otherwise | 30 |

                  |  {x  |  y}  |  1 |
                """, """
                table class_size(type: T, grades: G) -> (maximum: students)
                  | A         | 1..3   | 22 | // small
                  | BBBB      | {4, 5} | 5  |
                  | otherwise | 30 |

                  | {x  |  y} | 1 |
                """);
    }

    @Test
    void aRowHoldingAQuoteOverSeveralLinesIsLeftAsItIs() {
        assertUnchanged("  | \"\"\"a\n b\"\"\" |  1 |\n  | 100 | 2 |\n");
    }
}
