package org.cba.eval;

import org.cba.syntax.ast.Decl;

/**
 * A term as compiled code: its memo slot, its parameters' names, and the body of each of its
 * dated values, compiled at first use (a run needs only the value in force on its date).
 */
final class TermCode {
    final Decl.TermDecl decl;
    final int slot;
    final String[] params;
    private final Code code;
    private final Node[] bodies;

    TermCode(Code code, Decl.TermDecl decl, int slot) {
        this.code = code;
        this.decl = decl;
        this.slot = slot;
        this.params = decl.params().stream().map(p -> p.name().name()).toArray(String[]::new);
        this.bodies = new Node[decl.values().size()];
    }

    /** The compiled body of the i-th dated value. */
    Node body(int i) {
        Node n = bodies[i];
        if (n == null) {
            n = code.node(decl.values().get(i).value(), params);
            bodies[i] = n;
        }
        return n;
    }
}
