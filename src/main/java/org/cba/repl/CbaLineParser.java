package org.cba.repl;

import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.impl.DefaultParser;

/**
 * Splits the line into words for completion (as JLine's default parser does), and when Enter is
 * pressed on an unfinished input (an open bracket, a declaration still being typed) asks JLine
 * for another line by throwing {@link EOFError}; see {@link InputRules}.
 */
final class CbaLineParser extends DefaultParser {
    CbaLineParser() {
        setEscapeChars(null);
        setQuoteChars(new char[] {'"'});
    }

    @Override
    public ParsedLine parse(String line, int cursor, ParseContext context) {
        if (context == ParseContext.ACCEPT_LINE && InputRules.needsMore(line)) {
            throw new EOFError(-1, -1, "the input is not finished", "more");
        }
        return super.parse(line, cursor, context);
    }
}
