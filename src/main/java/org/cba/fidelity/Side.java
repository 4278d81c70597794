package org.cba.fidelity;

/**
 * Which version of the agreement a redline yields: the existing terms keep the struck text and
 * leave the additions out; the proposal leaves the struck text out and keeps the additions.
 */
public enum Side {
    EXISTING, PROPOSAL,
    /** The redline itself, struck and added words alike: what a quote that copies the redline's marks is read against. */
    REDLINE;

    /** As the command line and the reports spell it. */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Whether a piece of the redline is part of this side's text. */
    boolean keeps(Redline.Mark mark) {
        return switch (mark) {
            case PLAIN -> true;
            case STRUCK -> this != PROPOSAL;
            case ADDED -> this != EXISTING;
            case BOTH -> this == REDLINE;
        };
    }
}
