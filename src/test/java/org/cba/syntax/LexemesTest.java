package org.cba.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.cba.syntax.Lexemes.Kind;
import org.cba.syntax.Lexemes.Lexeme;
import org.junit.jupiter.api.Test;

class LexemesTest {
    private static String joined(List<Lexeme> pieces) {
        StringBuilder b = new StringBuilder();
        pieces.forEach(p -> b.append(p.text()));
        return b.toString();
    }

    @Test
    void aRowIsCutIntoBarsCellsSpaceAndItsComment() {
        List<Lexeme> pieces = Lexemes.of("| {a} | \"x  y\" |\t// note  \r\n");
        assertEquals(List.of(
                new Lexeme(Kind.BAR, "|"), new Lexeme(Kind.SPACE, " "),
                new Lexeme(Kind.OPEN_BRACE, "{"), new Lexeme(Kind.OTHER, "a"), new Lexeme(Kind.CLOSE_BRACE, "}"),
                new Lexeme(Kind.SPACE, " "), new Lexeme(Kind.BAR, "|"), new Lexeme(Kind.SPACE, " "),
                new Lexeme(Kind.QUOTE, "\"x  y\""), new Lexeme(Kind.SPACE, " "), new Lexeme(Kind.BAR, "|"),
                new Lexeme(Kind.SPACE, "\t"), new Lexeme(Kind.LINE_COMMENT, "// note  "),
                new Lexeme(Kind.SPACE, "\r\n")), pieces);
    }

    @Test
    void aQuoteOrBlockCommentOverSeveralLinesIsOnePiece() {
        String quote = "\"\"\"one\n  | a |   b |  \n\ntwo\"\"\"";
        String comment = "/* x\n\t y */";
        List<Lexeme> pieces = Lexemes.of(quote + " " + comment);
        assertEquals(List.of(new Lexeme(Kind.QUOTE, quote), new Lexeme(Kind.SPACE, " "),
                new Lexeme(Kind.BLOCK_COMMENT, comment)), pieces);
    }

    /** Bad text too: an unclosed quote, a character with no meaning, a byte order mark, an astral character. */
    @Test
    void thePiecesJoinedGiveBackTheTextExactly() {
        String text = "\uFEFFterm x = \"\"\"open\n  # ~ \uD83D\uDE00 \"unclosed\n/* open comment";
        assertEquals(text, joined(Lexemes.of(text)));
        assertEquals(List.of(), Lexemes.of(""));
    }
}
