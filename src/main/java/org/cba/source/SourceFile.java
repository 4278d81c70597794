package org.cba.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A spec's text with the name it is reported under; knows where its lines start. */
public final class SourceFile {
    private final String name;
    private final String text;
    private final String shown;
    private final int[] lineStarts;
    private final boolean hasSurrogates;

    public SourceFile(String name, String text) {
        this(name, text, text);
    }

    private SourceFile(String name, String text, String shown) {
        this.name = Objects.requireNonNull(name);
        this.text = Objects.requireNonNull(text);
        this.shown = shown;
        this.lineStarts = computeLineStarts(shown); // the lines people see, even when a piece is parsed blanked
        this.hasSurrogates = text.chars().anyMatch(c -> Character.isSurrogate((char) c));
    }

    /**
     * ANTLR counts code points; Java strings count UTF-16 chars. Converts the former to the latter
     * (they differ only when the text has characters outside the Basic Multilingual Plane).
     */
    public int charOffset(int codePointIndex) {
        if (!hasSurrogates) {
            return Math.min(codePointIndex, text.length());
        }
        int cps = text.codePointCount(0, text.length());
        return text.offsetByCodePoints(0, Math.min(codePointIndex, cps));
    }

    /**
     * A line ends at \n, at \r\n, or at a lone \r (old Mac files): every editor shows all three as
     * line breaks, so positions must count them all.
     */
    private static int[] computeLineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean crBeforeLf = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
            if ((c == '\n' || c == '\r') && !crBeforeLf) {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * The same file with other text to parse but at the same offsets, and the original lines in
     * messages: used to parse a piece of a file (a {value} in a message) where it stands.
     */
    public SourceFile withParseText(String parseText) {
        if (parseText.length() != text.length()) {
            throw new IllegalArgumentException("the parse text must keep every offset");
        }
        return new SourceFile(name, parseText, shown);
    }

    public String name() {
        return name;
    }

    public String text() {
        return text;
    }

    public int lineCount() {
        return lineStarts.length;
    }

    /** The text of a 1-based line, without its line break. */
    public String line(int line) {
        if (line < 1 || line > lineStarts.length) {
            return "";
        }
        int start = lineStarts[line - 1];
        int end = line < lineStarts.length ? lineStarts[line] : shown.length();
        while (end > start && (shown.charAt(end - 1) == '\n' || shown.charAt(end - 1) == '\r')) {
            end--;
        }
        return shown.substring(start, Math.max(start, end));
    }

    /** The 1-based line of a character offset. */
    public int lineOf(int offset) {
        int lo = 0;
        int hi = lineStarts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lineStarts[mid] <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo + 1;
    }

    /** The 1-based column of a character offset. */
    public int columnOf(int offset) {
        return offset - lineStarts[lineOf(offset) - 1] + 1;
    }

    @Override
    public String toString() {
        return name;
    }
}
