/**
 * Synthetic districts for tests and benchmarks: a profile file (the district's shape) and a
 * checked contract (its limits, evaluated through the interpreter) in; the tables the contract
 * reads out, as CSV files or SQLite. Knows the shape of a school district (campuses, schools,
 * sections, staff, a calendar, daily counts) and a small language of table recipes for every
 * other table (rows per school, per staff member..., columns from generators: {@link Gen},
 * {@link RecipeReader}), but no district's or agreement's particulars: those come from the
 * profile, its recipes and the contract. May import org.cba.source, org.cba.syntax,
 * org.cba.check, org.cba.data and org.cba.eval.
 */
package org.cba.gen;
