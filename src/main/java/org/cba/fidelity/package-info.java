/**
 * Fidelity: whether the specs say what the agreement's text says. {@link org.cba.fidelity.Quotes}
 * checks that every quoted clause of a version appears in the source text of that version (one
 * side of a redline), and {@link org.cba.fidelity.Coverage} lists the numbers of the source, section
 * by section, with the declarations that encode them. The source text is read as words and
 * punctuation ({@link org.cba.fidelity.Tokens}), so markup, white space, line breaks and typographic
 * quotes and dashes do not count. May import org.cba.source, syntax, check and run; only cli
 * imports it. See docs/fidelity.md.
 */
package org.cba.fidelity;
