/**
 * The interactive REPL: {@link org.cba.repl.Session} evaluates one input at a time (an expression,
 * a declaration, or a :command) in a loaded contract's scope and returns text, without touching
 * the terminal; {@link org.cba.repl.Repl} wires it to JLine (history, completion, highlighting,
 * multi-line input); {@link org.cba.repl.ScriptRunner} runs piped input without prompts.
 * May import source, syntax, check, data and eval; only cli imports this package.
 */
package org.cba.repl;
