package org.cba.eval;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.cba.check.Checked;
import org.cba.check.Ref;
import org.cba.check.Type;
import org.cba.source.SourceFile;
import org.cba.syntax.ast.Decl;
import org.cba.syntax.ast.Expr;

/**
 * Which entities each declaration reads, directly or through the terms and tables it uses: worked
 * out from the checker's side tables (every expression's type and reference), each expression
 * belonging to the declaration whose text holds it. Lets a report say which rules a table left out
 * of the data touches.
 */
public final class Reads {
    private final Map<Decl, Set<String>> direct = new IdentityHashMap<>();
    private final Map<Decl, Set<Decl>> uses = new IdentityHashMap<>();

    private Reads(Checked checked) {
        Owners owners = new Owners(checked.declarations());
        checked.forEachType((e, t) -> owners.of(e).ifPresent(d -> entities(t, direct.computeIfAbsent(d, k -> new LinkedHashSet<>()))));
        checked.forEachRef((e, r) -> owners.of(e).ifPresent(d -> {
            if (r instanceof Ref.Global g && g.decl() != d) {
                uses.computeIfAbsent(d, k -> new LinkedHashSet<>()).add(g.decl());
            } else if (r instanceof Ref.AllRows all) {
                direct.computeIfAbsent(d, k -> new LinkedHashSet<>()).add(all.entity().name().name());
            }
        }));
    }

    public static Reads of(Checked checked) {
        return checked.derived(Reads.class, Reads::new);
    }

    /** The entities a declaration reads, by name, with those of everything it uses. */
    public Set<String> entities(Decl d) {
        Set<String> out = new TreeSet<>();
        Set<Decl> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Decl> todo = new ArrayDeque<>(List.of(d));
        while (!todo.isEmpty()) {
            Decl next = todo.pop();
            if (seen.add(next)) {
                out.addAll(direct.getOrDefault(next, Set.of()));
                todo.addAll(uses.getOrDefault(next, Set.of()));
            }
        }
        return out;
    }

    private static void entities(Type t, Set<String> into) {
        if (t instanceof Type.Entity en) {
            into.add(en.name());
        } else if (t instanceof Type.ListOf l) {
            entities(l.element(), into);
        }
    }

    /** The declaration whose text holds an expression: by file, then by position. */
    private static final class Owners {
        private final Map<SourceFile, List<Decl>> byFile = new HashMap<>();

        Owners(List<Decl> declarations) {
            for (Decl d : declarations) {
                byFile.computeIfAbsent(d.span().file(), k -> new ArrayList<>()).add(d);
            }
            byFile.values().forEach(l -> l.sort(Comparator.comparingInt(d -> d.span().start())));
        }

        java.util.Optional<Decl> of(Expr e) {
            List<Decl> in = byFile.get(e.span().file());
            if (in == null) {
                return java.util.Optional.empty();
            }
            int lo = 0;
            int hi = in.size() - 1;
            Decl found = null;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (in.get(mid).span().start() <= e.span().start()) {
                    found = in.get(mid);
                    lo = mid + 1;
                } else {
                    hi = mid - 1;
                }
            }
            return found != null && e.span().start() < found.span().end() ? java.util.Optional.of(found) : java.util.Optional.empty();
        }
    }
}
