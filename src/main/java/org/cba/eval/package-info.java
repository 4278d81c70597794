/**
 * Evaluation: a checked contract, a district's data and an "as of" date in; values, findings and
 * their explanations out. Names were resolved by the checker; the interpreter reads its side
 * tables and never looks a name up by spelling. Every loop runs over data or a finite list, and
 * no term can call itself, so evaluation always terminates. May import org.cba.source,
 * org.cba.syntax, org.cba.check and org.cba.data.
 */
package org.cba.eval;
