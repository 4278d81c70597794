/**
 * Comparing two versions of an agreement: what changed, term by term (cba diff), and what the
 * change does to the same district's data (cba cost). May import org.cba.source, syntax, check,
 * data, eval and format.
 */
package org.cba.compare;
