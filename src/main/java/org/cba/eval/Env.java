package org.cba.eval;

/**
 * Local values (parameters, loop variables, lets): an immutable chain, innermost first. Compiled
 * code reads a local by its depth, worked out once from the names in scope where it is used.
 */
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

    /** The value depth steps out from the innermost (0: the innermost). */
    Value at(int depth) {
        Env e = this;
        for (int i = 0; i < depth; i++) {
            e = e.parent;
        }
        return e.value;
    }

    Value get(String wanted) {
        for (Env e = this; e != null && e.name != null; e = e.parent) {
            if (e.name.equals(wanted)) {
                return e.value;
            }
        }
        throw new IllegalStateException("checker let an unknown local through: " + wanted);
    }

    /** The names in scope, outermost first. */
    String[] names() {
        int n = 0;
        for (Env e = this; e.name != null; e = e.parent) {
            n++;
        }
        String[] out = new String[n];
        for (Env e = this; e.name != null; e = e.parent) {
            out[--n] = e.name;
        }
        return out;
    }

    /** Whether the chain holds exactly these names, outermost first (names come from one syntax tree, so mostly the same objects). */
    boolean hasNames(String[] expected) {
        int i = expected.length;
        for (Env e = this; e.name != null; e = e.parent) {
            if (--i < 0 || !(e.name == expected[i] || e.name.equals(expected[i]))) {
                return false;
            }
        }
        return i == 0;
    }
}
