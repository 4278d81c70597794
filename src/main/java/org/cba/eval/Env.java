package org.cba.eval;

/** Local values (parameters, loop variables, lets): an immutable chain, innermost first. */
final class Env {
    static final Env EMPTY = new Env(null, null, null);

    private final String name;
    private final Value value;
    private final Env parent;

    private Env(String name, Value value, Env parent) {
        this.name = name;
        this.value = value;
        this.parent = parent;
    }

    Env with(String name, Value value) {
        return new Env(name, value, this);
    }

    Value get(String wanted) {
        for (Env e = this; e != null && e.name != null; e = e.parent) {
            if (e.name.equals(wanted)) {
                return e.value;
            }
        }
        throw new IllegalStateException("checker let an unknown local through: " + wanted);
    }
}
