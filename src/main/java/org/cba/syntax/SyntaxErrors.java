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
        String message = expected.isEmpty() ? "unexpected " + found : "expected " + expected + ", found " + found;
        diagnostics.add(Diagnostic.error(Code.E001, span, message));
        if (diagnostics.size() >= LIMIT) {
            throw new TooMany();
        }
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
