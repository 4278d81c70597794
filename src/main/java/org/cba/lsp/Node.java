package org.cba.lsp;

import org.cba.source.Span;
import org.cba.syntax.ast.Decl;
import org.cba.syntax.ast.Expr;
import org.cba.syntax.ast.Ident;

/** A place in a spec's text that means something to an editor: what hover, definition and highlighting look up. */
sealed interface Node {
    /** Where the word (or words) stand. */
    Span span();

    /** The declaration the place is inside, or null. */
    Decl owner();

    /** A name used in an expression: a Name, a call's callee, a field after a dot, an aggregate's function. */
    record Use(Span span, Expr expr, Decl owner) implements Node {
    }

    /** The name of a declaration, or of one of its parts (member is an enum member, column, field or choice; else null). */
    record Declared(Span span, Decl decl, String member, Decl owner) implements Node {
    }

    /** A local's declaration (parameter, let, loop variable), visible over scope. */
    record Binder(Span span, Ident ident, Span scope, Decl owner) implements Node {
    }

    /** Words naming a unit or a type ("students per position", "Band"): resolved when asked. */
    record Words(Span span, String text, Decl owner) implements Node {
    }

    /** A reading or its choice named in an example's  with reading is choice. */
    record ReadingUse(Span span, String reading, String choice, Decl owner) implements Node {
    }
}
