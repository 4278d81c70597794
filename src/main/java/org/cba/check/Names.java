package org.cba.check;

import java.util.Collection;
import java.util.Optional;
import org.cba.syntax.Syntax;

/** Suggestions for misspelled names: the nearest candidate by edit distance, if near enough. */
final class Names {
    /** Longest stretch of a name repeated in a message; the excerpt under it shows where it is. */
    static final int SHOWN = 80;

    private Names() {
    }

    static Optional<String> closest(String wrong, Collection<String> candidates) {
        if (wrong.length() > Syntax.MAX_NAME_LENGTH) {
            return Optional.empty(); // no real name is that long, and comparing would take a while
        }
        int allowed = wrong.length() <= 3 ? 1 : Math.max(2, wrong.length() / 3);
        String lower = wrong.toLowerCase();
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            String candidate = c.toLowerCase();
            if (Math.abs(candidate.length() - lower.length()) > allowed) {
                continue; // the distance is at least the difference in length: too far already
            }
            int d = distance(lower, candidate);
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        return bestDistance <= allowed ? Optional.ofNullable(best) : Optional.empty();
    }

    /** A name as a message repeats it: cut to {@link #SHOWN} characters, with "…" when cut. */
    static String shown(String name) {
        return name.length() <= SHOWN ? name : name.substring(0, SHOWN) + "…";
    }

    /** Edit distance counting a swap of two neighbouring letters ("raito") as one edit. */
    private static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
