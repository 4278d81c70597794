package org.cba.source;

/**
 * Stable diagnostic codes. A code never changes meaning once released: tests, docs and users'
 * scripts refer to them. docs/diagnostics.md lists each with an example.
 */
public enum Code {
    // ---- reading files and syntax ----
    E001("syntax error: the text does not follow the language's grammar"),
    E002("a character that has no meaning in a spec"),
    E003("a file that cannot be read, or is not UTF-8 text"),
    E004("a quoted text that is not closed on its line"),
    E005("a date or school year that does not exist, or a number too large"),
    E006("a name longer than 200 characters"),

    // ---- names ----
    E010("a name that is not defined"),
    E011("a name defined twice"),
    E012("a unit that cba does not know"),
    E013("a type that is not defined"),
    E014("a field that the entity or table does not have"),
    E015("a term that depends on itself"),
    E016("more than one site entity: findings can be filed under one entity only"),

    // ---- types and units ----
    E020("units that cannot be combined: adding, subtracting or comparing different units"),
    E021("a value of the wrong type"),
    E022("a call with the wrong number of arguments"),
    E023("something called that is not a term with parameters, a table or a function"),
    E024("a condition that is not yes/no"),
    E025("a value that does not match the declared type of the term"),

    // ---- tables ----
    E030("table rows that overlap: one key matches two rows"),
    E031("table keys that no row covers, and no otherwise row"),
    E032("a table row with the wrong number of cells"),
    E033("a table key cell that does not fit its column"),

    // ---- values over time ----
    E040("dated values whose periods overlap"),
    E041("dated values out of date order"),
    E042("a value without a period in a term that changes over time"),

    // ---- citations ----
    E050("a term, table or rule without a citation"),

    // ---- files ----
    E060("an import that names a file that does not exist"),
    E061("an import that reaches outside the contract folder"),
    E062("an agreement header in a file that is not the contract's agreement.cba"),
    E063("an amends that does not name a sibling contract folder, or that goes round in a circle"),
    E064("a contract's file that is a link to a file outside its folder"),

    // ---- readings and examples ----
    E070("an example whose expected value has the wrong type"),
    E071("a reading or reading choice that does not exist"),
    E072("a reading with no default choice, or more than one"),
    E073("a rule test's row that leaves out its key or a field the rule reads"),
    E074("a rule test that names a row it does not give (a reference, a finding's subject or payee)"),
    E075("an expected finding the rule cannot give: no such outcome, or the wrong subject or compared values"),
    E076("a value a rule test's row cannot hold: not written as data, or a calendar day that is not one"),

    // ---- versions ----
    E080("an amend or remove of a name the base version does not have"),
    E081("an amend that changes a term's type, unit or parameters"),
    E082("a declaration that the base version already has, without amend"),

    // ---- warnings ----
    W001("a name that is defined but never used"),
    W002("a term whose dated values leave part of the agreement's term without a value"),
    W003("a .cba file in a contract folder that no file imports"),
    W004("a citation that does not look like an article and section (e.g. \"XVIII 6.0\")"),
    W005("a table too large to check for overlapping rows and uncovered keys"),
    W006("an amend or remove in a contract that amends no other");

    private final String summary;

    Code(String summary) {
        this.summary = summary;
    }

    public String id() {
        return name();
    }

    public String summary() {
        return summary;
    }
}
