/**
 * Text to AST. {@link org.cba.syntax.Syntax#parse} runs the ANTLR lexer and parser with a
 * collecting error listener, then {@link org.cba.syntax.AstBuilder} turns the parse tree into
 * records. The generated package org.cba.syntax.antlr is imported by this package only.
 * May import org.cba.source and org.cba.syntax.ast.
 */
package org.cba.syntax;
