package org.cba.syntax.ast;

import java.util.List;
import org.cba.source.Span;

/** Top-level declarations of a spec. Each has a name and the citations that ground it. */
public sealed interface Decl {
    Span span();

    Ident name();

    List<Citation> citations();

    /** A word a person would use for the kind of declaration, in messages. */
    String kind();

    /** amend term ...: in a version that amends another, replaces the base's declaration of the same name. */
    record Amendment(Span span, Decl replacement) implements Decl {
        public Ident name() { return replacement.name(); }
        public List<Citation> citations() { return replacement.citations(); }
        public String kind() { return "amendment of a " + replacement.kind(); }
    }

    /** remove NAME cites ...: in a version that amends another, strikes the base's declaration. */
    record Removal(Span span, Ident name, List<Citation> citations) implements Decl {
        public Removal {
            citations = List.copyOf(citations);
        }
        public String kind() { return "removal"; }
    }

    /** unit adult, adults; {@code counted}: a whole-number unit (unit teacher, teachers counted). */
    record UnitDecl(Span span, Ident name, Words singular, Words plural, boolean counted) implements Decl {
        public List<Citation> citations() { return List.of(); }
        public String kind() { return "unit"; }
    }

    record EnumDecl(Span span, Ident name, boolean ordered, List<Citation> citations, List<EnumMember> members)
            implements Decl {
        public EnumDecl {
            citations = List.copyOf(citations);
            members = List.copyOf(members);
        }
        public String kind() { return "enum"; }
    }

    record EnumMember(Span span, String name, String label) {
    }

    record ReadingDecl(Span span, Ident name, List<Citation> citations, List<ReadingChoice> choices)
            implements Decl {
        public ReadingDecl {
            citations = List.copyOf(citations);
            choices = List.copyOf(choices);
        }
        public String kind() { return "reading"; }
    }

    record ReadingChoice(Span span, Ident name, String description, boolean isDefault) {
    }

    record TermDecl(Span span, Ident name, List<Param> params, TypeExpr type, List<Citation> citations,
                    List<DatedValue> values, List<Example> examples) implements Decl {
        public TermDecl {
            params = List.copyOf(params);
            citations = List.copyOf(citations);
            values = List.copyOf(values);
            examples = List.copyOf(examples);
        }
        public String kind() { return "term"; }

        public boolean isFunction() {
            return !params.isEmpty();
        }
    }

    record Param(Span span, Ident name, TypeExpr type) {
    }

    /** One value of a term; period is null when the value does not change over time. */
    record DatedValue(Span span, Expr value, Period period) {
    }

    record TableDecl(Span span, Ident name, List<Column> keys, List<Column> values, List<Citation> citations,
                     List<Row> rows, List<Example> examples) implements Decl {
        public TableDecl {
            keys = List.copyOf(keys);
            values = List.copyOf(values);
            citations = List.copyOf(citations);
            rows = List.copyOf(rows);
            examples = List.copyOf(examples);
        }
        public String kind() { return "table"; }
    }

    record Column(Span span, Ident name, TypeExpr type) {
    }

    record Row(Span span, List<Cell> cells) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /**
     * source is the table or file the rows come from (null: the entity's name); counted may be null;
     * optional: the data may leave the entity's table out, and then the entity has no rows;
     * site: findings are filed under this entity's rows (a report groups by it).
     */
    record EntityDecl(Span span, Ident name, String source, Words counted, List<Citation> citations,
                      List<Field> fields, boolean optional, boolean site) implements Decl {
        public EntityDecl {
            citations = List.copyOf(citations);
            fields = List.copyOf(fields);
        }
        public String kind() { return "entity"; }
    }

    sealed interface Field {
        Span span();

        Ident name();
    }

    record PlainField(Span span, Ident name, boolean key, TypeExpr type) implements Field {
    }

    /** items: many Item by owner — the rows of target whose field via refers to this one. */
    record ManyField(Span span, Ident name, Ident target, Ident via) implements Field {
    }

    /**
     * A rule: forEach is null for a rule evaluated once, for the agreement as a whole; guard (only
     * then) is its {@code when} condition, null when it has none. examples: worked examples
     * computed without data; tests: the rule run on rows written beside it.
     */
    record RuleDecl(Span span, Ident name, List<Citation> citations, ForEach forEach, Expr guard, List<Let> lets,
                    List<Outcome> outcomes, List<Example> examples, List<RuleTest> tests) implements Decl {
        public RuleDecl {
            citations = List.copyOf(citations);
            lets = List.copyOf(lets);
            outcomes = List.copyOf(outcomes);
            examples = List.copyOf(examples);
            tests = List.copyOf(tests);
        }
        public String kind() { return "rule"; }
    }

    /** for each o in Owner, each b in Band where ...: one or more bindings; where may be null. */
    record ForEach(Span span, List<Binding> bindings, Expr where) {
        public ForEach {
            bindings = List.copyOf(bindings);
        }
    }

    record Binding(Ident var, Expr source) {
    }

    record Let(Span span, Ident name, Expr value) {
    }
}
