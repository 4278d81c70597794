package org.cba.syntax;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.cba.syntax.antlr.CbaLexer;
import org.cba.syntax.antlr.CbaParser;

/**
 * Tells the REPL whether an input is unfinished, so it can ask for another line: an input is
 * unfinished when its first syntax error is the end of the text (an open bracket or block, a
 * term still waiting for its "=", a trailing operator) or when a """ quote is still open.
 * Every other error makes the input complete, so the user sees the real diagnostic.
 */
public final class Completeness {
    /** What a REPL input is, as far as syntax goes. */
    public enum Status {
        /** Nothing but white space and comments. */
        EMPTY,
        /** One declaration or one expression. */
        COMPLETE,
        /** More is needed: the first error is the end of the text. */
        INCOMPLETE,
        /** A syntax error before the end: more text would not help. */
        INVALID
    }

    private Completeness() {
    }

    public static Status of(String text) {
        CbaLexer lexer = new CbaLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        List<Token> tokens = new ArrayList<>();
        Token previous = null;
        boolean any = false;
        for (Token t = lexer.nextToken(); ; t = lexer.nextToken()) {
            if (t.getType() == CbaLexer.ERROR_CHAR) {
                return t.getText().equals("\"") && opensTripleQuote(previous, t) ? Status.INCOMPLETE : Status.INVALID;
            }
            tokens.add(t);
            if (t.getType() == Token.EOF) {
                break;
            }
            any |= t.getChannel() == Token.DEFAULT_CHANNEL;
            previous = t;
        }
        if (!any) {
            return Status.EMPTY;
        }
        CbaParser parser = new CbaParser(new CommonTokenStream(new ListTokenSource(tokens)));
        parser.removeErrorListeners();
        parser.getInterpreter().setPredictionMode(PredictionMode.LL);
        FirstError first = new FirstError();
        parser.addErrorListener(first);
        parser.replInput();
        if (first.token == null) {
            return Status.COMPLETE;
        }
        return first.token.getType() == Token.EOF ? Status.INCOMPLETE : Status.INVALID;
    }

    /** """ with no closing """ lexes as an empty "" followed by a stray ". */
    private static boolean opensTripleQuote(Token previous, Token quote) {
        return previous != null && previous.getType() == CbaLexer.STRING && previous.getText().equals("\"\"")
                && previous.getStopIndex() + 1 == quote.getStartIndex();
    }

    private static final class FirstError extends BaseErrorListener {
        private Token token;

        @Override
        public void syntaxError(Recognizer<?, ?> recognizer, Object offending, int line, int charPositionInLine,
                                String msg, RecognitionException e) {
            if (token == null && offending instanceof Token t) {
                token = t;
            }
        }
    }
}
