/**
 * The abstract syntax tree: immutable records, each with the {@link org.cba.source.Span} it came
 * from. Built by {@link org.cba.syntax.AstBuilder}; nothing here knows about ANTLR.
 * May import only org.cba.source.
 */
package org.cba.syntax.ast;
