package org.cba.eval;

import java.util.IdentityHashMap;
import java.util.Map;
import org.cba.check.Checked;
import org.cba.syntax.ast.Expr;

/**
 * A contract's compiled expressions, made at their first evaluation and kept with the checked
 * contract, so every run, traced re-run and REPL query over it shares them.
 */
final class Code {
    /** An expression compiled for one set of names in scope (a term's parameters, a rule's bindings and lets). */
    private record Entry(String[] names, Node node) {
    }

    private final Checked checked;
    private final Map<Expr, Entry> compiled = new IdentityHashMap<>();

    private Code(Checked checked) {
        this.checked = checked;
    }

    static Code of(Checked checked) {
        return checked.derived(Code.class, Code::new);
    }

    /** e compiled for the locals of env. The same expression always comes with the same names; if not, it is compiled again. */
    synchronized Node node(Expr e, Env env) {
        Entry entry = compiled.get(e);
        if (entry == null || !env.hasNames(entry.names())) {
            String[] names = env.names();
            entry = new Entry(names, Compiler.compile(checked, e, names));
            compiled.put(e, entry);
        }
        return entry.node();
    }
}
