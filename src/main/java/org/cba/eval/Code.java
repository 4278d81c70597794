package org.cba.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.cba.check.Checked;
import org.cba.check.Type;
import org.cba.syntax.ast.Decl;
import org.cba.syntax.ast.Expr;

/**
 * A contract's compiled code, made at first use and kept with the checked contract, so every run,
 * traced re-run and REPL query over it shares it: expressions compiled to {@link Node}s, and each
 * term and table given a slot, the index of its memo in an interpreter (an array access per call,
 * not a hash look-up).
 */
final class Code {
    /** An expression compiled for one set of names in scope (a term's parameters, a rule's bindings and lets). */
    private record Entry(String[] names, Node node) {
    }

    final Checked checked;
    /** Each expression's compilations, one per set of names it was used with (nearly always one). */
    private final Map<Expr, List<Entry>> compiled = new IdentityHashMap<>();
    private final Map<Decl, Object> declarations = new IdentityHashMap<>();
    private final Map<String, Type.Enum> enums = new HashMap<>();
    private int slots;

    private Code(Checked checked) {
        this.checked = checked;
        for (Decl d : checked.declarations()) {
            if (d instanceof Decl.EntityDecl e) {
                for (Type t : checked.fieldTypes(e.name().name()).values()) {
                    if (t instanceof Type.Enum en) {
                        enums.putIfAbsent(en.name(), en);
                    }
                }
            }
        }
    }

    /**
     * The one instance of an enum type that data values and compiled constants share, so that
     * comparing two members and indexing memos by member is by position. The checker makes a type
     * per use; a type whose members differ from the first seen (which a checked contract never has)
     * is kept apart, and compared by name.
     */
    synchronized Type.Enum canonical(Type.Enum t) {
        Type.Enum known = enums.putIfAbsent(t.name(), t);
        return known != null && known.members().equals(t.members()) ? known : t;
    }

    static Code of(Checked checked) {
        return checked.derived(Code.class, Code::new);
    }

    /** e compiled for the locals of env. */
    Node node(Expr e, Env env) {
        synchronized (this) {
            for (Entry entry : compiled.getOrDefault(e, List.of())) {
                if (env.hasNames(entry.names())) {
                    return entry.node();
                }
            }
        }
        return node(e, env.names());
    }

    /** e compiled where exactly these locals are in scope, outermost first. */
    synchronized Node node(Expr e, String[] names) {
        List<Entry> entries = compiled.computeIfAbsent(e, k -> new ArrayList<>(1));
        for (Entry entry : entries) {
            if (Arrays.equals(entry.names(), names)) {
                return entry.node();
            }
        }
        Entry entry = new Entry(names, Compiler.compile(this, e, names));
        entries.add(entry);
        return entry.node();
    }

    synchronized TermCode term(Decl.TermDecl t) {
        return (TermCode) declarations.computeIfAbsent(t, d -> new TermCode(this, t, slots++));
    }

    synchronized RuleCode rule(Decl.RuleDecl r) {
        RuleCode made = (RuleCode) declarations.get(r);
        if (made == null) {
            made = new RuleCode(this, r);  // compiles the rule's parts, which adds to declarations: not inside computeIfAbsent
            declarations.put(r, made);
        }
        return made;
    }

    synchronized TableCode table(Decl.TableDecl t) {
        return (TableCode) declarations.computeIfAbsent(t, d -> new TableCode(t, slots++));
    }

    /** How many slots are given out so far: an interpreter's memo array grows to this. */
    synchronized int slots() {
        return slots;
    }
}
