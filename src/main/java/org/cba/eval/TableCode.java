package org.cba.eval;

import org.cba.syntax.ast.Decl;

/** A contract table's memo slot: its rows found by key are remembered per interpreter. */
record TableCode(Decl.TableDecl decl, int slot) {
}
