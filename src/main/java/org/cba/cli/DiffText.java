package org.cba.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import org.cba.compare.Change;

/** cba diff for people: each change with its citations, old and new on their own lines. */
final class DiffText {
    private final PrintWriter out;

    DiffText(PrintWriter out) {
        this.out = out;
    }

    void print(String before, String after, Map<String, List<Change>> changes) {
        out.println(before + " -> " + after);
        int changed = 0;
        int added = 0;
        int removed = 0;
        for (Map.Entry<String, List<Change>> e : changes.entrySet()) {
            if (!e.getKey().isEmpty()) {
                out.println();
                out.println("== " + e.getKey() + (e.getValue().isEmpty() ? ": no differences" : ""));
            }
            for (Change c : e.getValue()) {
                change(c);
                changed += c.kind() == Change.Kind.CHANGED ? 1 : 0;
                added += c.kind() == Change.Kind.ADDED ? 1 : 0;
                removed += c.kind() == Change.Kind.REMOVED ? 1 : 0;
            }
        }
        out.println();
        out.println(changed + " changed, " + added + " added, " + removed + " removed");
    }

    private void change(Change c) {
        String cites = c.kind() == Change.Kind.ADDED ? c.newCite() : c.kind() == Change.Kind.REMOVED ? c.oldCite()
                : c.oldCite().equals(c.newCite()) ? c.newCite() : c.oldCite() + " -> " + c.newCite();
        out.println();
        out.println(c.kind().word() + " " + c.declKind() + " " + c.name() + "   [" + cites + "]");
        for (Change.Detail d : c.details()) {
            if (d.part().equals("cites")) {
                continue;
            }
            if (c.kind() != Change.Kind.CHANGED) {
                out.println("  " + d.part() + ": " + indent(d.after() != null ? d.after() : d.before()));
            } else {
                out.println("  " + d.part() + ":");
                out.println("    was " + (d.before() == null ? "(none)" : indent(d.before())));
                out.println("    now " + (d.after() == null ? "(none)" : indent(d.after())));
            }
        }
    }

    private static String indent(String s) {
        return s.replace("\n", "\n        ");
    }
}
