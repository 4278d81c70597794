/**
 * cba's language server (cba lsp): diagnostics, hover, definitions, references, completion,
 * outline, formatting, semantic tokens and example lenses for .cba files, over the Language Server
 * Protocol, built on cba's own parser, checker, formatter and example runner.
 */
package org.cba.lsp;
