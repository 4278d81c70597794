package org.cba.check;

import org.cba.syntax.ast.Decl;

/** What a name or a call refers to, as resolved once by the checker (the evaluator never looks names up). */
public sealed interface Ref {
    /** A parameter, loop variable or let, by name within its scope. */
    record Local(String name) implements Ref {
    }

    /** A term, table, reading or rule. */
    record Global(Decl decl) implements Ref {
    }

    record EnumMember(Type.Enum type, String member) implements Ref {
    }

    /** An entity's name used as the collection of all its rows. */
    record AllRows(Decl.EntityDecl entity) implements Ref {
    }

    /** An enum's name used as the list of its members (for each b in Band). */
    record Members(Type.Enum type) implements Ref {
    }

    /** A built-in function, aggregate or constant (the Builtin interface, which this record's name hides here). */
    record Builtin(org.cba.check.Builtin builtin) implements Ref {
    }
}
