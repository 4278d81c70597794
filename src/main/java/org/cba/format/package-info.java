/**
 * Canonical text. {@link org.cba.format.ExprPrinter} prints the AST one spelling per construct, so
 * that two specs that differ only in layout or comments print the same (cba diff compares
 * declarations with it). {@link org.cba.format.Formatter} is cba fmt's layout: it works on the
 * lexer's pieces ({@link org.cba.syntax.Lexemes}) and never changes quoted text or comments.
 * May import org.cba.source and org.cba.syntax.
 */
package org.cba.format;
