package org.cba.fidelity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Finds a quote in a source text. A quote is cut at its elisions ("..." or "…") into pieces; each
 * piece is a run of tokens that must stand in the text as it is, and the pieces must come in the
 * quote's order. Each piece is taken at its first place after the one before, which finds them all
 * whenever they can all be found in order.
 */
public final class Finder {
    private static final Pattern ELISION = Pattern.compile("\\[?\\s*(?:\\.\\s*){3,}\\]?|\\[?\\u2026\\]?");

    /** The tokens [from, to) of the source where one piece of a quote stands. */
    public record Range(int from, int to) {
    }

    private Finder() {
    }

    /**
     * The pieces of a quote, as tokens; pieces with no words (an elision at either end) are left out.
     * A quote that copies the redline's marks is read on the side it is checked against: its struck
     * words count on the existing side only, its added words on the proposal side only.
     */
    public static List<List<Tokens.Token>> pieces(String quote, Side side) {
        List<List<Tokens.Token>> out = new ArrayList<>();
        java.util.regex.Matcher m = ELISION.matcher(quote);
        int at = 0;
        while (at <= quote.length()) {
            boolean more = m.find(at);
            int end = more ? m.start() : quote.length();
            List<Tokens.Token> piece = new ArrayList<>();
            String part = quote.substring(at, end);
            for (Redline.Piece p : Redline.of(part).pieces()) {
                if (side.keeps(p.mark())) {
                    Tokens.add(part, p.start(), p.end(), piece);
                }
            }
            if (!piece.isEmpty()) {
                out.add(piece);
            }
            if (!more) {
                break;
            }
            at = Math.max(m.end(), m.start() + 1);
        }
        return out;
    }

    /**
     * Where the pieces stand in order, within tokens [from, to) of the text; null when they do not.
     * With ignoreCase, words are compared in lower case.
     */
    public static List<Range> find(SourceText text, List<List<Tokens.Token>> pieces, boolean ignoreCase, int from, int to) {
        List<Range> out = new ArrayList<>();
        int at = from;
        for (List<Tokens.Token> piece : pieces) {
            int start = first(text, Tokens.words(piece), ignoreCase, at, to);
            if (start < 0) {
                return null;
            }
            out.add(new Range(start, start + piece.size()));
            at = start + piece.size();
        }
        return out;
    }

    /** How many of the pieces can be found in order (the index of the first that cannot). */
    public static int found(SourceText text, List<List<Tokens.Token>> pieces, boolean ignoreCase) {
        int at = 0;
        for (int k = 0; k < pieces.size(); k++) {
            int start = first(text, Tokens.words(pieces.get(k)), ignoreCase, at, text.size());
            if (start < 0) {
                return k;
            }
            at = start + pieces.get(k).size();
        }
        return pieces.size();
    }

    /** The first token i in [from, to - piece size] where the piece stands; -1 when none. */
    static int first(SourceText text, List<String> piece, boolean ignoreCase, int from, int to) {
        List<String> words = ignoreCase ? piece.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList() : piece;
        int anchor = rarest(text, words, ignoreCase);
        int[] at = text.positions(words.get(anchor), ignoreCase);
        String[] source = text.words(ignoreCase);
        int k = Arrays.binarySearch(at, from + anchor);
        for (k = k < 0 ? -k - 1 : k; k < at.length; k++) {
            int start = at[k] - anchor;
            if (start + words.size() > to) {
                return -1;
            }
            if (standsAt(source, words, start)) {
                return start;
            }
        }
        return -1;
    }

    private static int rarest(SourceText text, List<String> words, boolean ignoreCase) {
        int best = 0;
        for (int i = 1; i < words.size(); i++) {
            if (text.positions(words.get(i), ignoreCase).length < text.positions(words.get(best), ignoreCase).length) {
                best = i;
            }
        }
        return best;
    }

    private static boolean standsAt(String[] source, List<String> words, int start) {
        if (start < 0) {
            return false;
        }
        for (int j = 0; j < words.size(); j++) {
            if (!source[start + j].equals(words.get(j))) {
                return false;
            }
        }
        return true;
    }
}
