/**
 * District data as raw tables of text. Consumes a data location (a folder of CSV files, a JSON
 * file, a SQLite file or a JDBC URL) and produces {@link org.cba.data.RawTable}s: column names
 * and rows of strings, each row carrying the number a person would use to find it. Nothing here
 * knows the contract's schema; typing values is the evaluator's job. Every problem with the data
 * comes back as a {@link org.cba.data.DataProblem} naming file or table, row, column and value.
 * Depends on no other cba package (only on Commons CSV, Jackson and JDBC).
 */
package org.cba.data;
