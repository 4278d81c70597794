package org.cba.data;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** The name closest to a misspelled one ("section_day.csv" for "section_days.csv"), if any is close. */
final class Nearest {
    private Nearest() {
    }

    /** Close means a few letters apart, at most a quarter of the name's length (and at least one); case is ignored. */
    static Optional<String> to(String wanted, Collection<String> names) {
        String target = wanted.toLowerCase(Locale.ROOT);
        int limit = Math.max(1, Math.min(3, wanted.length() / 4));
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String name : names.stream().sorted().toList()) {
            if (name.equals(wanted) || Math.abs(name.length() - wanted.length()) > limit) {
                continue;
            }
            int d = distance(target, name.toLowerCase(Locale.ROOT));
            if (d <= limit && d < bestDistance) {
                best = name;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Letters to insert, delete or change to turn a into b (Levenshtein). */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int change = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(change, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /** "; did you mean x?" or nothing. */
    static String suggestion(String wanted, Collection<String> names) {
        return to(wanted, names).map(n -> "; did you mean " + n + "?").orElse("");
    }
}
