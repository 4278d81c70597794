package org.cba.report.html;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word-level differences between two texts, for a redline: the longest common subsequence of their
 * words (spaces kept with the word before them), and each text as runs of kept and changed words.
 */
public final class WordDiff {
    /** Above this many word pairs the texts are shown wholly struck and inserted (the table would be too large). */
    private static final long MAX_CELLS = 4_000_000L;
    private static final Pattern WORD = Pattern.compile("\\S+\\s*|\\s+");

    /** A run of words; changed: struck (in the old text) or inserted (in the new). */
    public record Run(String text, boolean changed) {
    }

    /** The old text's runs (changed = struck) and the new text's (changed = inserted). */
    public record Redline(List<Run> before, List<Run> after) {
    }

    private WordDiff() {
    }

    public static Redline of(String before, String after) {
        List<String> a = words(before);
        List<String> b = words(after);
        if ((long) a.size() * b.size() > MAX_CELLS) {
            return new Redline(List.of(new Run(before, true)), List.of(new Run(after, true)));
        }
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = same(a.get(i), b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        Runs old = new Runs();
        Runs now = new Runs();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && same(a.get(i), b.get(j))) {
                old.add(a.get(i++), false);
                now.add(b.get(j++), false);
            } else if (j < b.size() && (i == a.size() || lcs[i][j + 1] >= lcs[i + 1][j])) {
                now.add(b.get(j++), true);
            } else {
                old.add(a.get(i++), true);
            }
        }
        return new Redline(old.runs, now.runs);
    }

    /** Words compare without their trailing spaces, so a re-wrapped line is not a change. */
    private static boolean same(String x, String y) {
        return x.strip().equals(y.strip());
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text == null ? "" : text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** Adjacent words of the same kind joined into one run. */
    private static final class Runs {
        final List<Run> runs = new ArrayList<>();

        void add(String word, boolean changed) {
            int last = runs.size() - 1;
            if (last >= 0 && runs.get(last).changed() == changed) {
                runs.set(last, new Run(runs.get(last).text() + word, changed));
            } else {
                runs.add(new Run(word, changed));
            }
        }
    }
}
