package org.cba.check;

import org.cba.syntax.ast.Ident;

/** Local names (parameters, loop variables, lets): an immutable chain, innermost first. */
final class Scope {
    static final Scope EMPTY = new Scope(null, null, null);

    private final Ident name;
    private final Type type;
    private final Scope parent;

    private Scope(Ident name, Type type, Scope parent) {
        this.name = name;
        this.type = type;
        this.parent = parent;
    }

    Scope with(Ident name, Type type) {
        return new Scope(name, type, this);
    }

    /** The declaration of a local, or null. */
    Ident find(String wanted) {
        for (Scope s = this; s != null && s.name != null; s = s.parent) {
            if (s.name.name().equals(wanted)) {
                return s.name;
            }
        }
        return null;
    }

    Type typeOf(Ident declared) {
        for (Scope s = this; s != null && s.name != null; s = s.parent) {
            if (s.name == declared) {
                return s.type;
            }
        }
        throw new IllegalStateException("not in scope: " + declared);
    }
}
