package org.cba.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cba.check.Checked;
import org.cba.syntax.ast.Decl;

/**
 * cba diff: two versions compared declaration by declaration, on canonical text, so a change of
 * layout or comments is no change. Names present in both are compared part by part (a term's
 * values, a table's rows by their keys, a rule's clauses), with the citations and quoted words.
 */
public final class Diff {
    private Diff() {
    }

    public static List<Change> between(Checked before, Checked after) {
        Map<String, Decl> old = byName(before);
        Map<String, Decl> now = byName(after);
        List<Change> changes = new ArrayList<>();
        for (Map.Entry<String, Decl> e : now.entrySet()) {
            Decl o = old.get(e.getKey());
            Decl n = e.getValue();
            if (o == null) {
                changes.add(new Change(Change.Kind.ADDED, e.getKey(), n.kind(), "", DeclText.cite(n), summary(n)));
            } else {
                List<Change.Detail> details = compare(o, n);
                if (!details.isEmpty()) {
                    changes.add(new Change(Change.Kind.CHANGED, e.getKey(), n.kind(), DeclText.cite(o), DeclText.cite(n), details));
                }
            }
        }
        for (Map.Entry<String, Decl> e : old.entrySet()) {
            if (!now.containsKey(e.getKey())) {
                changes.add(new Change(Change.Kind.REMOVED, e.getKey(), e.getValue().kind(), DeclText.cite(e.getValue()), "",
                        summary(e.getValue())));
            }
        }
        return changes;
    }

    /**
     * Rows matched by their keys; within a row only the cells that changed. A column the new
     * version adds counts only where a row has a value in it.
     */
    private static void rows(Map<String, Map<String, String>> a, Map<String, Map<String, String>> b, List<Change.Detail> out) {
        for (Map.Entry<String, Map<String, String>> e : b.entrySet()) {
            Map<String, String> was = a.get(e.getKey());
            if (was == null) {
                out.add(new Change.Detail("row " + e.getKey(), null, cells(e.getValue())));
                continue;
            }
            List<String> before = new ArrayList<>();
            List<String> after = new ArrayList<>();
            for (Map.Entry<String, String> c : e.getValue().entrySet()) {
                String old = was.getOrDefault(c.getKey(), "-");
                if (!old.equals(c.getValue())) {
                    before.add(c.getKey() + " " + old);
                    after.add(c.getKey() + " " + c.getValue());
                }
            }
            if (!after.isEmpty()) {
                out.add(new Change.Detail("row " + e.getKey(), String.join(", ", before), String.join(", ", after)));
            }
        }
        for (Map.Entry<String, Map<String, String>> e : a.entrySet()) {
            if (!b.containsKey(e.getKey())) {
                out.add(new Change.Detail("row " + e.getKey(), cells(e.getValue()), null));
            }
        }
    }

    private static String cells(Map<String, String> values) {
        List<String> out = new ArrayList<>();
        values.forEach((k, v) -> out.add(k + " " + v));
        return String.join(", ", out);
    }

    private static Map<String, Decl> byName(Checked c) {
        Map<String, Decl> out = new LinkedHashMap<>();
        for (Decl d : c.declarations()) {
            out.put(d.name().name(), d);
        }
        return out;
    }

    private static List<Change.Detail> summary(Decl d) {
        List<Change.Detail> out = new ArrayList<>();
        DeclText.parts(d).forEach((part, text) -> out.add(new Change.Detail(part, null, text)));
        return out;
    }

    private static List<Change.Detail> compare(Decl o, Decl n) {
        List<Change.Detail> out = new ArrayList<>();
        if (!o.getClass().equals(n.getClass())) {
            out.add(new Change.Detail("kind", o.kind(), n.kind()));
            return out;
        }
        Map<String, String> a = DeclText.parts(o);
        Map<String, String> b = DeclText.parts(n);
        for (Map.Entry<String, String> e : b.entrySet()) {
            String was = a.get(e.getKey());
            if (!e.getValue().equals(was)) {
                out.add(new Change.Detail(e.getKey(), was, e.getValue()));
            }
        }
        for (Map.Entry<String, String> e : a.entrySet()) {
            if (!b.containsKey(e.getKey())) {
                out.add(new Change.Detail(e.getKey(), e.getValue(), null));
            }
        }
        if (!DeclText.cite(o).equals(DeclText.cite(n))) {
            out.add(new Change.Detail("cites", DeclText.cite(o), DeclText.cite(n)));
        }
        if (o instanceof Decl.TableDecl ot && n instanceof Decl.TableDecl nt) {
            rows(DeclText.rows(ot), DeclText.rows(nt), out);
        }
        String oq = DeclText.quotes(o);
        String nq = DeclText.quotes(n);
        if (!out.isEmpty() || !oq.equals(nq)) {
            if (!oq.equals(nq)) {
                out.add(new Change.Detail("quoted text", oq, nq));
            }
        }
        return out;
    }
}
