package org.cba.compare;

import java.util.List;

/**
 * One difference between two versions: a declaration added, removed or changed, with its
 * citations in both and the lines that say what changed (old and new values, table cells).
 */
public record Change(Kind kind, String name, String declKind, String oldCite, String newCite, List<Detail> details) {
    public enum Kind {
        CHANGED("changed"), ADDED("added"), REMOVED("removed");

        private final String word;

        Kind(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }

    /** What changed in one part: its name ("value", "row PHBAO | UTK | *", "quoted text"), then old and new. */
    public record Detail(String part, String before, String after) {
    }

    public Change {
        details = List.copyOf(details);
    }
}
