package org.cba.fidelity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The passage of a source most like a quote that is not in it. Every window of the quote's length
 * is scored by the words it shares with the quote (a sliding count, one pass over the text); the
 * best few windows, widened by half the quote's length on each side, are then aligned word by word
 * with the quote, and the passage with the fewest edits wins. Case is ignored throughout.
 */
public final class Nearest {
    private static final int CANDIDATES = 4;

    /** Tokens [from, to) of the source; similarity in percent (100: the same words); what differs. */
    public record Passage(int from, int to, int similarity, List<Difference> differences) {
    }

    /** One run of words that differs: the source's words and the quote's in their place ("" for none). */
    public record Difference(String source, String quote) {
        public String describe() {
            if (quote.isEmpty()) {
                return "the quote leaves out \"" + source + "\"";
            }
            if (source.isEmpty()) {
                return "the quote adds \"" + quote + "\"";
            }
            return "the text has \"" + source + "\" where the quote has \"" + quote + "\"";
        }
    }

    private Nearest() {
    }

    /** The nearest passage to words (a quote or a piece of one); null when the text is empty. */
    public static Passage of(SourceText text, List<Tokens.Token> words) {
        if (text.size() == 0 || words.isEmpty()) {
            return null;
        }
        List<String> quote = words.stream().map(w -> w.text().toLowerCase(Locale.ROOT)).toList();
        Passage best = null;
        int slack = Math.max(2, quote.size() / 2);
        for (int start : candidates(text.words(true), quote)) {
            Passage p = align(text, quote, words, Math.max(0, start - slack), Math.min(text.size(), start + quote.size() + slack));
            if (best == null || p.similarity() > best.similarity()) {
                best = p;
            }
        }
        return best;
    }

    /** The starts of the windows sharing the most words with the quote, best first, no two closer than half a quote. */
    static List<Integer> candidates(String[] source, List<String> quote) {
        int n = Math.min(quote.size(), source.length);
        Map<String, Integer> need = new HashMap<>();
        quote.forEach(w -> need.merge(w, 1, Integer::sum));
        Map<String, Integer> have = new HashMap<>();
        int[] score = new int[source.length - n + 1];
        int shared = 0;
        for (int i = 0; i < source.length; i++) {
            shared += step(need, have, source[i], 1);
            if (i >= n) {
                shared += step(need, have, source[i - n], -1);
            }
            if (i >= n - 1) {
                score[i - n + 1] = shared;
            }
        }
        List<Integer> out = new ArrayList<>();
        while (out.size() < CANDIDATES) {
            int best = -1;
            for (int s = 0; s < score.length; s++) {
                if (score[s] >= 0 && (best < 0 || score[s] > score[best]) && farFrom(out, s, Math.max(1, n / 2))) {
                    best = s;
                }
            }
            if (best < 0) {
                break;
            }
            out.add(best);
            score[best] = -1;
        }
        return out;
    }

    /** How the count of shared words changes when a word enters (+1) or leaves (-1) the window. */
    private static int step(Map<String, Integer> need, Map<String, Integer> have, String word, int delta) {
        Integer wanted = need.get(word);
        if (wanted == null) {
            return 0;
        }
        int before = have.getOrDefault(word, 0);
        have.put(word, before + delta);
        return delta > 0 ? (before < wanted ? 1 : 0) : (before <= wanted ? -1 : 0);
    }

    private static boolean farFrom(List<Integer> chosen, int s, int distance) {
        return chosen.stream().allMatch(c -> Math.abs(c - s) >= distance);
    }

    /** The quote aligned with the best stretch of tokens [lo, hi): free to start and end anywhere in it. */
    static Passage align(SourceText text, List<String> quote, List<Tokens.Token> shown, int lo, int hi) {
        String[] source = text.words(true);
        int n = quote.size();
        int m = hi - lo;
        int[][] d = new int[n + 1][m + 1];
        for (int i = 1; i <= n; i++) {
            d[i][0] = i;
            for (int j = 1; j <= m; j++) {
                int same = quote.get(i - 1).equals(source[lo + j - 1]) ? 0 : 1;
                d[i][j] = Math.min(d[i - 1][j - 1] + same, Math.min(d[i - 1][j], d[i][j - 1]) + 1);
            }
        }
        int end = 0;
        for (int j = 1; j <= m; j++) {
            if (d[n][j] < d[n][end]) {
                end = j;
            }
        }
        return trace(text, quote, shown, d, lo, end);
    }

    /** Walks the alignment back from its end, gathering the runs of words that differ. */
    private static Passage trace(SourceText text, List<String> quote, List<Tokens.Token> shown, int[][] d, int lo, int end) {
        String[] source = text.words(true);
        List<int[]> edits = new ArrayList<>(); // {quote index, source index (absolute), kind}: 0 same, 1 changed, 2 quote only, 3 source only
        int i = quote.size();
        int j = end;
        while (i > 0) {
            // Prefer, among moves of equal cost: a word in common, a word only in the text, a word only in the quote, a changed word.
            boolean match = j > 0 && quote.get(i - 1).equals(source[lo + j - 1]);
            if (match && d[i][j] == d[i - 1][j - 1]) {
                edits.add(0, new int[] {i - 1, lo + j - 1, 0});
                i--;
                j--;
            } else if (j > 0 && d[i][j] == d[i][j - 1] + 1) {
                edits.add(0, new int[] {-1, lo + j - 1, 3});
                j--;
            } else if (d[i][j] == d[i - 1][j] + 1) {
                edits.add(0, new int[] {i - 1, -1, 2});
                i--;
            } else {
                edits.add(0, new int[] {i - 1, lo + j - 1, 1});
                i--;
                j--;
            }
        }
        int from = lo + j;
        int to = lo + end;
        int distance = d[quote.size()][end];
        int similarity = (int) Math.floor(100.0 * (1 - (double) distance / Math.max(quote.size(), Math.max(1, to - from))));
        return new Passage(from, to, Math.max(0, similarity), differences(text, shown, edits));
    }

    private static List<Difference> differences(SourceText text, List<Tokens.Token> shown, List<int[]> edits) {
        List<Difference> out = new ArrayList<>();
        int k = 0;
        while (k < edits.size()) {
            if (edits.get(k)[2] == 0) {
                k++;
                continue;
            }
            List<Tokens.Token> quoted = new ArrayList<>();
            int sFrom = -1;
            int sTo = -1;
            for (; k < edits.size() && edits.get(k)[2] != 0; k++) {
                int[] e = edits.get(k);
                if (e[0] >= 0) {
                    quoted.add(shown.get(e[0]));
                }
                if (e[1] >= 0) {
                    sFrom = sFrom < 0 ? e[1] : sFrom;
                    sTo = e[1] + 1;
                }
            }
            out.add(new Difference(sFrom < 0 ? "" : text.text(sFrom, sTo), Tokens.join(quoted)));
        }
        return out;
    }
}
