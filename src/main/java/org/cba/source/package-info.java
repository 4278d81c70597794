/**
 * Source text and diagnostics: the vocabulary every phase uses to say where something is and what
 * is wrong with it. Consumes nothing; depends on no other cba package.
 */
package org.cba.source;
