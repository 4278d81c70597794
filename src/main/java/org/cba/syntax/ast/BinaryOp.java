package org.cba.syntax.ast;

/** Binary operators, fixed when the tree is built; later phases never look at operator text. */
public enum BinaryOp {
    ADD("+"), SUB("-"), MUL("*"), DIV("/"), OF("of"),
    LT("<"), LE("<="), GT(">"), GE(">="), EQ("is"), NE("is not"),
    AND("and"), OR("or"),
    /** date at time: the date-time of that time on that day. */
    AT("at");

    private final String symbol;

    BinaryOp(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    public boolean isComparison() {
        return this == LT || this == LE || this == GT || this == GE || this == EQ || this == NE;
    }

    public boolean isOrdering() {
        return this == LT || this == LE || this == GT || this == GE;
    }

    public boolean isLogical() {
        return this == AND || this == OR;
    }
}
