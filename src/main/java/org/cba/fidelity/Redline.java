package org.cba.fidelity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A source text cut into pieces by its redline marks: {@code ~~struck~~}, {@code <u>added</u>} and
 * {@code **added**}; the marks themselves, and any other HTML tag, belong to no piece. A text with
 * no {@code ~~} and no {@code <u>} is not a redline: its {@code **} is emphasis, and every piece is
 * plain. {@code **} marks an addition only in pairs on one line, opening before a word and closing
 * after one, so the footnote stars of "261***" or "Adaptive PE**" stay text. A line of two or more
 * underlined cells with no digit in them ("<u>Type of Special Day Class</u>	<u>Class Size</u>") is
 * a table's heading, underlined as headings are, and read on both sides. A blank line ends any
 * mark left open, so one stray mark cannot strike the rest of the file.
 */
public final class Redline {
    /** What a piece is to the two sides: in both, struck (existing only), added (proposal only), or both marks (neither). */
    public enum Mark { PLAIN, STRUCK, ADDED, BOTH }

    /** Characters [start, end) of the text, all with one mark. */
    public record Piece(int start, int end, Mark mark) {
    }

    private static final Pattern TAG = Pattern.compile("</?([A-Za-z][A-Za-z0-9]*)(\\s[^<>\\n]*)?/?>");
    private static final Pattern HEADING = Pattern.compile("(?m)^[ \\t]*(?:<u>[^<\\d\\n]*</u>[ \\t]*){2,}$");

    private final String text;
    private final boolean redline;
    private final List<Piece> pieces;

    private Redline(String text, boolean redline, List<Piece> pieces) {
        this.text = text;
        this.redline = redline;
        this.pieces = List.copyOf(pieces);
    }

    public static Redline of(String text) {
        boolean redline = text.contains("~~") || text.toLowerCase(java.util.Locale.ROOT).contains("<u>");
        return new Redline(text, redline, new Cutter(text, redline).cut());
    }

    public String text() {
        return text;
    }

    /** Whether the text has struck or underlined words, so that it yields two versions. */
    public boolean isRedline() {
        return redline;
    }

    public List<Piece> pieces() {
        return pieces;
    }

    /** The scan that cuts the text: where each mark opens and closes. */
    private static final class Cutter {
        private final String text;
        private final boolean redline;
        private final boolean[] boldMark;
        private final boolean[] heading;
        private final List<Piece> out = new ArrayList<>();
        private boolean struck;
        private int underline;
        private boolean bold;
        private int pieceStart;

        Cutter(String text, boolean redline) {
            this.text = text;
            this.redline = redline;
            this.boldMark = redline ? boldMarks(text) : new boolean[text.length()];
            this.heading = new boolean[text.length()];
            Matcher m = HEADING.matcher(text);
            while (m.find()) {
                java.util.Arrays.fill(heading, m.start(), m.end(), true);
            }
        }

        List<Piece> cut() {
            int i = 0;
            while (i < text.length()) {
                int skip = markAt(i, false);
                if (skip > 0) {
                    close(i);
                    markAt(i, true);
                    i += skip;
                    pieceStart = i;
                } else {
                    if (text.charAt(i) == '\n' && blankLineFollows(i)) {
                        close(i);
                        struck = false;
                        underline = 0;
                        bold = false;
                        pieceStart = i;
                    }
                    i++;
                }
            }
            close(text.length());
            return out;
        }

        /** The length of the mark at i (0: none); with apply, the mark opens or closes what it marks. */
        private int markAt(int i, boolean apply) {
            if (text.startsWith("~~", i)) {
                struck ^= apply;
                return 2;
            }
            if (boldMark[i]) {
                bold ^= apply;
                return 2;
            }
            if (text.charAt(i) != '<') {
                return 0;
            }
            Matcher m = TAG.matcher(text).region(i, Math.min(text.length(), i + 200));
            if (!m.lookingAt()) {
                return 0;
            }
            if (apply && m.group(1).equalsIgnoreCase("u") && !heading[i]) {
                underline = text.charAt(i + 1) == '/' ? Math.max(0, underline - 1) : underline + 1;
            }
            return m.end() - i;
        }

        private void close(int end) {
            if (end > pieceStart) {
                boolean added = underline > 0 || bold;
                Mark mark = struck && added ? Mark.BOTH : struck ? Mark.STRUCK : added ? Mark.ADDED : Mark.PLAIN;
                out.add(new Piece(pieceStart, end, mark));
            }
        }

        private boolean blankLineFollows(int newline) {
            for (int j = newline + 1; j < text.length(); j++) {
                char c = text.charAt(j);
                if (c == '\n') {
                    return true;
                }
                if (!Character.isWhitespace(c)) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * The {@code **} that open or close an addition: runs of exactly two stars, an opener before a
     * word and a closer after one, paired on the same line; true at the first star of each.
     */
    static boolean[] boldMarks(String text) {
        boolean[] marks = new boolean[text.length()];
        int open = -1;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n') {
                open = -1;
                i++;
                continue;
            }
            if (c != '*') {
                i++;
                continue;
            }
            int run = i;
            while (i < text.length() && text.charAt(i) == '*') {
                i++;
            }
            if (i - run != 2) {
                continue;
            }
            boolean wordAfter = i < text.length() && !Character.isWhitespace(text.charAt(i));
            boolean wordBefore = run > 0 && !Character.isWhitespace(text.charAt(run - 1));
            if (open < 0 && wordAfter && !(wordBefore && Character.isLetterOrDigit(text.charAt(run - 1)))) {
                open = run;
            } else if (open >= 0 && wordBefore && !(wordAfter && Character.isLetterOrDigit(text.charAt(i)))) {
                marks[open] = true;
                marks[run] = true;
                open = -1;
            }
        }
        return marks;
    }
}
