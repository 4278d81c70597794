/**
 * The checker: loads a contract's files (following imports inside the contract folder), resolves
 * names, computes the type and unit of every expression, and checks tables, dated values,
 * citations and examples. Produces {@link org.cba.check.Checked}: the ASTs plus side tables and
 * every diagnostic at once. May import org.cba.source, org.cba.syntax and org.cba.syntax.ast.
 */
package org.cba.check;
