package org.cba.cli;

/** Whether text output may be in colour: only on a terminal, and never when NO_COLOR is set (no-color.org). */
final class Colour {
    private Colour() {
    }

    static boolean enabled() {
        return enabled(System.console() != null, System.getenv("NO_COLOR"));
    }

    static boolean enabled(boolean terminal, String noColor) {
        return terminal && noColor == null;
    }
}
