package org.cba.syntax;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.cba.syntax.antlr.CbaLexer;

/**
 * A text cut into the lexer's tokens, white space and comments included, for tools that lay text
 * out without parsing it (cba fmt). Works on any text, valid or not: the pieces' texts joined give
 * back the input exactly, character for character.
 */
public final class Lexemes {
    private Lexemes() {
    }

    /** What a piece is, as far as layout cares. */
    public enum Kind {
        /** White space, line breaks included. */
        SPACE,
        /** A // comment, which runs to the end of its line. */
        LINE_COMMENT,
        /** A block comment, which may hold line breaks. */
        BLOCK_COMMENT,
        /** Quoted text in either form, quotes included; may hold line breaks. */
        QUOTE,
        BAR,
        OPEN_BRACE,
        CLOSE_BRACE,
        /** Any other token, or a character the language gives no meaning. */
        OTHER
    }

    /** One piece of the text. */
    public record Lexeme(Kind kind, String text) {
    }

    public static List<Lexeme> of(String text) {
        CbaLexer lexer = new CbaLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        List<Lexeme> pieces = new ArrayList<>();
        for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) {
            pieces.add(new Lexeme(kind(t.getType()), t.getText()));
        }
        return pieces;
    }

    private static Kind kind(int type) {
        switch (type) {
            case CbaLexer.WS: return Kind.SPACE;
            case CbaLexer.LINE_COMMENT: return Kind.LINE_COMMENT;
            case CbaLexer.BLOCK_COMMENT: return Kind.BLOCK_COMMENT;
            case CbaLexer.STRING:
            case CbaLexer.TRIPLE_STRING: return Kind.QUOTE;
            case CbaLexer.PIPE: return Kind.BAR;
            case CbaLexer.LBRACE: return Kind.OPEN_BRACE;
            case CbaLexer.RBRACE: return Kind.CLOSE_BRACE;
            default: return Kind.OTHER;
        }
    }
}
