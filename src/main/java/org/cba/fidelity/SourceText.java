package org.cba.fidelity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cba.source.SourceFile;

/**
 * The words of one side of a source text, in order, each with where it stands in the file: the
 * text that side's quotes must be found in. Tokens of different redline pieces never join, so
 * "~~her~~their" is two words on the existing side.
 */
public final class SourceText {
    private final SourceFile file;
    private final Side side;
    private final boolean redline;
    private final String[] words;
    private final String[] lower;
    private final int[] starts;
    private final int[] ends;
    private final boolean[] spaced;

    private SourceText(SourceFile file, Side side, boolean redline, List<Tokens.Token> tokens) {
        this.file = file;
        this.side = side;
        this.redline = redline;
        int n = tokens.size();
        words = new String[n];
        lower = new String[n];
        starts = new int[n];
        ends = new int[n];
        spaced = new boolean[n];
        for (int i = 0; i < n; i++) {
            Tokens.Token t = tokens.get(i);
            words[i] = t.text();
            lower[i] = t.text().toLowerCase(Locale.ROOT);
            starts[i] = t.start();
            ends[i] = t.end();
            spaced[i] = t.spaced();
        }
    }

    /** The side of a source: for a text that is no redline, side makes no difference. */
    public static SourceText of(SourceFile file, Side side) {
        Redline redline = Redline.of(file.text());
        List<Tokens.Token> tokens = new ArrayList<>();
        for (Redline.Piece p : redline.pieces()) {
            if (side.keeps(p.mark())) {
                Tokens.add(file.text(), p.start(), p.end(), tokens);
            }
        }
        return new SourceText(file, side, redline.isRedline(), tokens);
    }

    public SourceFile file() {
        return file;
    }

    public Side side() {
        return side;
    }

    public boolean isRedline() {
        return redline;
    }

    public int size() {
        return words.length;
    }

    public String word(int i) {
        return words[i];
    }

    String[] words(boolean ignoreCase) {
        return ignoreCase ? lower : words;
    }

    private final java.util.Map<Boolean, java.util.Map<String, int[]>> index = new java.util.concurrent.ConcurrentHashMap<>();

    /** Where a word stands, in order (compared as written, or in lower case). */
    int[] positions(String word, boolean ignoreCase) {
        java.util.Map<String, int[]> byWord = index.computeIfAbsent(ignoreCase, k -> indexOf(words(k)));
        return byWord.getOrDefault(ignoreCase ? word.toLowerCase(Locale.ROOT) : word, new int[0]);
    }

    private static java.util.Map<String, int[]> indexOf(String[] words) {
        java.util.Map<String, List<Integer>> lists = new java.util.HashMap<>();
        for (int i = 0; i < words.length; i++) {
            lists.computeIfAbsent(words[i], k -> new ArrayList<>()).add(i);
        }
        java.util.Map<String, int[]> out = new java.util.HashMap<>();
        lists.forEach((w, l) -> out.put(w, l.stream().mapToInt(Integer::intValue).toArray()));
        return out;
    }

    /** Where token i starts in the file (a character offset). */
    public int start(int i) {
        return starts[i];
    }

    public int end(int i) {
        return ends[i];
    }

    /** Whether token i and the next touch: no space, line break or redline mark between them. */
    public boolean joined(int i) {
        return i + 1 < words.length && !spaced[i + 1];
    }

    /** "file:line:col" of token i. */
    public String where(int i) {
        int at = i < size() ? starts[i] : file.text().length();
        return file.name() + ":" + file.lineOf(at) + ":" + file.columnOf(at);
    }

    /** The first token that starts at or after a character offset. */
    public int tokenAt(int offset) {
        int lo = 0;
        int hi = words.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * Tokens [from, to) as this side reads them: the words with a space wherever the file had space,
     * a line break or a redline's mark between them.
     */
    public String text(int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = Math.max(0, from); i < Math.min(to, words.length); i++) {
            if (i > from && spaced[i]) {
                b.append(' ');
            }
            b.append(words[i]);
        }
        return b.toString();
    }
}
