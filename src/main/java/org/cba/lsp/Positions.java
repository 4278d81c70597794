package org.cba.lsp;

import org.cba.source.Span;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * Between cba's places (character offsets into a file, lines and columns from 1) and the protocol's
 * (lines and UTF-16 characters from 0). Java strings count UTF-16 units as the protocol does, and
 * a line ends at \n, \r\n or a lone \r in both.
 */
final class Positions {
    private Positions() {
    }

    static Range range(Span span) {
        int end = Math.min(span.end(), span.file().text().length());
        return new Range(position(span, Math.min(span.start(), end)), position(span, end));
    }

    private static Position position(Span span, int offset) {
        return new Position(span.file().lineOf(offset) - 1, span.file().columnOf(offset) - 1);
    }

    /** The offset of a protocol position in a text; positions past a line's end or the text's end are clamped. */
    static int offset(String text, Position p) {
        int line = 0;
        int i = 0;
        while (line < p.getLine() && i < text.length()) {
            char c = text.charAt(i++);
            if (c == '\n' || (c == '\r' && (i >= text.length() || text.charAt(i) != '\n'))) {
                line++;
            }
        }
        int lineEnd = i;
        while (lineEnd < text.length() && text.charAt(lineEnd) != '\n' && text.charAt(lineEnd) != '\r') {
            lineEnd++;
        }
        return Math.min(lineEnd, i + Math.max(0, p.getCharacter()));
    }

    /** The protocol position of an offset in a text. */
    static Position position(String text, int offset) {
        int line = 0;
        int lineStart = 0;
        int end = Math.min(Math.max(0, offset), text.length());
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
                lineStart = i + 1;
            }
        }
        return new Position(line, end - lineStart);
    }

    /** The whole of a text, as a range: what a formatting edit replaces. */
    static Range whole(String text) {
        return new Range(new Position(0, 0), position(text, text.length()));
    }
}
