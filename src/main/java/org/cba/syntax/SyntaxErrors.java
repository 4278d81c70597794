package org.cba.syntax;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.cba.source.Code;
import org.cba.source.Diagnostic;
import org.cba.source.SourceFile;
import org.cba.source.Span;
import org.cba.syntax.antlr.CbaLexer;

/**
 * Replaces ANTLR's console listener: collects syntax errors as diagnostics, in words a reader of
 * the contract understands, and gives up after {@link #LIMIT} so garbage input stays fast.
 */
final class SyntaxErrors extends BaseErrorListener {
    static final int LIMIT = 20;

    /** Thrown to stop parsing once the limit is reached; caught by {@link Syntax}. */
    static final class TooMany extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooMany() {
            super(null, null, false, false);
        }
    }

    private final SourceFile file;
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    SyntaxErrors(SourceFile file) {
        this.file = file;
    }

    List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    @Override
    public void syntaxError(Recognizer<?, ?> recognizer, Object offending, int line, int charPositionInLine,
                            String msg, RecognitionException e) {
        if (!(offending instanceof Token token)) {
            return;
        }
        if (token.getType() == CbaLexer.ERROR_CHAR) {
            return; // reported once by Syntax.reportBadCharacters, not again for every parse path
        }
        Span span = spanOf(token);
        String found = describe(token);
        String expected = recognizer instanceof Parser parser ? expected(parser, e) : "";
        String message = expected.isEmpty() ? found + " is not expected here" : "expected " + expected + ", found " + found;
        Token opener = recognizer instanceof Parser parser ? unclosed(parser, token) : null;
        // lines as SourceFile counts them (a lone \r ends a line too), not as ANTLR does
        if (opener != null && spanOf(opener).line() < span.line()) {
            String close = opener.getType() == CbaLexer.LPAREN ? ")" : "}";
            diagnostics.add(Diagnostic.error(Code.E001, spanOf(opener), "this " + opener.getText() + " is never closed",
                    "cba expected " + close + " before " + found + " at line " + span.line()));
        } else {
            diagnostics.add(Diagnostic.error(Code.E001, span, message));
        }
        if (diagnostics.size() >= LIMIT) {
            throw new TooMany();
        }
    }

    /** Past this many brackets open at once and left open, a file is not parsed. */
    static final int MAX_OPEN_BRACKETS = 1_000;

    /**
     * Whether the tokens leave brackets unclosed after opening more at once than parsing and error
     * recovery can go through in reasonable time (found by fuzzing: 12,000 unclosed brackets took
     * 47 s and 2.4 GB); if so, says so at the first bracket past the limit. Deep brackets that are
     * all closed are parsed as usual.
     */
    boolean tooDeepToRecover(List<? extends Token> tokens) {
        int depth = 0;
        Token pastLimit = null;
        for (Token t : tokens) {
            int type = t.getType();
            if (type == CbaLexer.LPAREN || type == CbaLexer.LBRACE) {
                if (++depth > MAX_OPEN_BRACKETS && pastLimit == null) {
                    pastLimit = t;
                }
            } else if ((type == CbaLexer.RPAREN || type == CbaLexer.RBRACE) && depth > 0) {
                depth--;
            }
        }
        if (pastLimit == null || depth == 0) {
            return false;
        }
        diagnostics.add(Diagnostic.error(Code.E001, spanOf(pastLimit), "more than " + MAX_OPEN_BRACKETS
                + " brackets are open here and some are never closed", "close the brackets, or split the formula into several terms"));
        return true;
    }

    /** When a bracket opened before the error is still open, says where: that is usually the mistake. */
    private Token unclosed(Parser parser, Token at) {
        java.util.Deque<Token> open = new java.util.ArrayDeque<>();
        var tokens = parser.getInputStream();
        for (int i = 0; i < at.getTokenIndex() && i < tokens.size(); i++) {
            Token t = tokens.get(i);
            int type = t.getType();
            if (type == CbaLexer.LPAREN || type == CbaLexer.LBRACE) {
                open.push(t);
            } else if ((type == CbaLexer.RPAREN || type == CbaLexer.RBRACE) && !open.isEmpty()) {
                open.pop();
            }
        }
        return open.peek();
    }

    Span spanOf(Token token) {
        int start = file.charOffset(Math.max(0, token.getStartIndex()));
        int stop = token.getType() == Token.EOF ? start : file.charOffset(token.getStopIndex() + 1);
        return new Span(file, Math.min(start, file.text().length()), Math.min(Math.max(start, stop), file.text().length()));
    }

    static String describe(Token token) {
        if (token.getType() == Token.EOF) {
            return "the end of the file";
        }
        String text = token.getText();
        if (text.length() > 40) {
            text = text.substring(0, 37) + "...";
        }
        return TokenNames.article(token.getType()) + " '" + text + "'";
    }

    private static String expected(Parser parser, RecognitionException e) {
        IntervalSet set = e != null && e.getExpectedTokens() != null ? e.getExpectedTokens() : parser.getExpectedTokens();
        return TokenNames.describeSet(set);
    }
}
