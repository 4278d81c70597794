package org.cba.cli;

/** --format values. */
public enum OutputFormat {
    text, json
}
