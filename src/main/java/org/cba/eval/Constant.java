package org.cba.eval;

/** A value known when compiling (a literal, an enum member): lets the compiler specialise what uses it. */
record Constant(Value value) implements Node {
    @Override
    public Value eval(Interpreter in, Env env) {
        return value;
    }

    /** The member when node is a constant enum member, else null. */
    static Value.EnumV member(Node node) {
        return node instanceof Constant c && c.value instanceof Value.EnumV m ? m : null;
    }
}
