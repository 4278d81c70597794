package org.cba.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cba.source.Code;
import org.cba.syntax.ast.Decl;

/**
 * Terms and tables may not depend on themselves, directly or through others: with no recursion
 * and loops only over data, every evaluation terminates.
 */
final class Cycles {
    private Cycles() {
    }

    static void report(CheckContext cx) {
        Map<String, Set<String>> graph = cx.dependencies();
        Set<String> done = new HashSet<>();
        Set<String> reported = new HashSet<>();
        for (String start : graph.keySet()) {
            visit(cx, graph, start, new ArrayList<>(), done, reported);
        }
    }

    private static void visit(CheckContext cx, Map<String, Set<String>> graph, String node, List<String> path,
                              Set<String> done, Set<String> reported) {
        int at = path.indexOf(node);
        if (at >= 0) {
            List<String> cycle = new ArrayList<>(path.subList(at, path.size()));
            cycle.add(node);
            if (reported.add(Set.copyOf(cycle).toString())) {
                Decl d = cx.symbols.lookup(node).orElseThrow();
                cx.diagnostics.error(Code.E015, d.name().span(), "\"" + node + "\" depends on itself: " + String.join(" -> ", cycle),
                        "a term cannot be defined in terms of itself; break the chain");
            }
            return;
        }
        if (done.contains(node)) {
            return;
        }
        path.add(node);
        for (String next : graph.getOrDefault(node, Set.of())) {
            visit(cx, graph, next, path, done, reported);
        }
        path.remove(path.size() - 1);
        done.add(node);
    }
}
