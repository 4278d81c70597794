package org.cba.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Lines end at \n, \r\n or a lone \r alike, for positions and for the line shown under an error. */
class SourceFileTest {
    @Test
    void aLoneCarriageReturnEndsALine() {
        SourceFile f = new SourceFile("mac.cba", "one\rtwo\rthree");
        assertEquals(3, f.lineCount());
        int t = "one\rtwo\r".length(); // offset 8: the "t" of "three"
        assertEquals(3, f.lineOf(t));
        assertEquals(1, f.columnOf(t));
        assertEquals("two", f.line(2));
        assertEquals("three", f.line(3));
    }

    @Test
    void crLfIsOneLineEnd() {
        SourceFile f = new SourceFile("dos.cba", "one\r\ntwo\r\n");
        assertEquals(3, f.lineCount()); // "one", "two", and the empty line after the last break
        assertEquals(2, f.lineOf(5));
        assertEquals("one", f.line(1));
        assertEquals("two", f.line(2));
    }

    @Test
    void mixedLineEndsAreCountedAlike() {
        SourceFile f = new SourceFile("mixed.cba", "a\nb\rc\r\nd");
        assertEquals(List.of("a", "b", "c", "d"), List.of(f.line(1), f.line(2), f.line(3), f.line(4)));
        assertEquals(4, f.lineOf(f.text().indexOf('d')));
    }

    @Test
    void theCaretStandsUnderTheProblemInACrOnlyFile() {
        SourceFile f = new SourceFile("mac.cba", "first\rsecond = oops\rthird");
        int start = f.text().indexOf("oops");
        String shown = DiagnosticPrinter.render(Diagnostic.error(Code.E001, new Span(f, start, start + 4), "bad"));
        assertEquals("""
                mac.cba:2:10: error[E001]: bad
                 2 | second = oops
                   |          ^^^^
                """, shown);
    }
}
