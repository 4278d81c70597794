/**
 * The command line: one picocli class per verb, writing through the command line's writers so
 * tests can capture output. Exit codes are documented in {@link org.cba.cli.ExitCode} and the
 * README. May import every other cba package; nothing imports this one.
 */
package org.cba.cli;
