/**
 * Synthetic districts for tests and benchmarks: a profile file (the district's shape) and a
 * checked contract (its limits, evaluated through the interpreter) in; the tables the contract
 * reads out, as CSV files or SQLite.
 *
 * <p>Knows only the general shape of a district, in words of its own: <em>sites</em> that hold
 * <em>units</em> (each with a type, a level, a span of <em>cohorts</em> and an enrollment);
 * <em>groups</em> (classes of one cohort, a category and a teacher) in each unit; staff; a
 * calendar of session days; and daily counts of some groups. Every other table comes from a
 * small language of table recipes (rows per unit, per staff member..., columns from generators:
 * {@link Gen}, {@link RecipeReader}). No district's or agreement's particulars are here: the
 * names of tables, columns, cohorts, types, positions and contract terms, and every rate and
 * range, come from the profile, its recipes and the contract.
 *
 * <p>May import org.cba.source, org.cba.syntax, org.cba.check, org.cba.data and org.cba.eval;
 * only the command line (cba gen-data) imports it, and it imports neither the command line nor the
 * REPL (ArchitectureTest).
 */
package org.cba.gen;
