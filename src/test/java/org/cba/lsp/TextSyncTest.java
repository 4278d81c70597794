package org.cba.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.junit.jupiter.api.Test;

/** An editor's edits of ranges applied to the text the server holds (incremental sync). */
class TextSyncTest {
    private static TextDocumentContentChangeEvent edit(int line, int from, int toLine, int to, String text) {
        return new TextDocumentContentChangeEvent(new Range(new Position(line, from), new Position(toLine, to)), text);
    }

    @Test
    void rangesCountUtf16UnitsAndEveryKindOfLineEnd() {
        // "😀" is two UTF-16 units, as the protocol counts: "x" goes after it at character 2
        assertEquals("😀x = 1\n", TextService.apply("😀 = 1\n", edit(0, 2, 0, 2, "x")));
        // line 1 after a \r\n, and line 2 after a lone \r
        assertEquals("a\r\nbX\rc", TextService.apply("a\r\nb\rc", edit(1, 1, 1, 1, "X")));
        assertEquals("a\r\nb\rcY", TextService.apply("a\r\nb\rc", edit(2, 1, 2, 1, "Y")));
        // a range over a line end joins the lines; a character past a line's end means its end
        assertEquals("ab", TextService.apply("a\r\nb", edit(0, 1, 1, 0, "")));
        assertEquals("a!\nb", TextService.apply("a\nb", edit(0, 9, 0, 9, "!")));
        // no range: the whole text
        assertEquals("new", TextService.apply("old", new TextDocumentContentChangeEvent("new")));
    }
}
