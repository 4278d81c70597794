/**
 * Canonical text of the AST: one spelling per construct, so that two specs that differ only in
 * layout or comments print the same. Used by cba diff to compare declarations. May import
 * org.cba.source and org.cba.syntax.
 */
package org.cba.format;
