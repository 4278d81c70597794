package org.cba.syntax.ast;

import java.util.List;
import org.cba.source.Span;

/** One cell of a table row: a key pattern or a value. The checker decides which by column. */
public sealed interface Cell {
    Span span();

    /** *: any key. */
    record Wildcard(Span span) implements Cell {
    }

    /** otherwise: the row applies when no other row does. */
    record Otherwise(Span span) implements Cell {
    }

    /** -: no value (not applicable in this row). */
    record Empty(Span span) implements Cell {
    }

    /** lo..hi inclusive; a null bound is open (9.. or ..499). */
    record Range(Span span, Expr lo, Expr hi) implements Cell {
    }

    /** &lt; 500, &gt;= 1000. */
    record Bound(Span span, BinaryOp op, Expr bound) implements Cell {
    }

    /** {Academic, NonAcademic}. */
    record SetOf(Span span, List<Expr> members) implements Cell {
        public SetOf {
            members = List.copyOf(members);
        }
    }

    record Value(Span span, Expr expr) implements Cell {
    }
}
