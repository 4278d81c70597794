package org.cba.eval;

/**
 * An expression compiled for evaluation: every name already resolved to what it stands for (a
 * local by its depth in the environment, a term, a table, a field's position), so that evaluating
 * it for one row is plain work on values, with no lookups in the checker's side tables.
 */
@FunctionalInterface
interface Node {
    Value eval(Interpreter in, Env env);
}
