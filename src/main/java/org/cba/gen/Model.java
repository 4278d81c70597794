package org.cba.gen;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The generated district before it is written: plain mutable records, in generation order. */
final class Model {
    private Model() {
    }

    static final class Site {
        String id;
        String name;
        final List<Unit> units = new ArrayList<>();
    }

    static final class Unit {
        String id;
        String name;
        String type;
        Profile.Level level;
        Site site;
        List<String> cohorts;
        int enrollment;
        final List<Group> groups = new ArrayList<>();
    }

    static final class Person {
        String id;
        String name;
        Unit unit;
        String position;
        double fte;
    }

    /** How a class's daily count moves from the count day through the as-of date. */
    enum Pattern { STEADY, OVER_ALL, CROSSING, SPIKE, RELIEVED, NEW }

    static final class Group {
        String id;
        Unit unit;
        Person teacher;
        String cohort;
        String category;
        boolean elective;
        int adults = 1;
        boolean mixed;
        boolean late;
        boolean aboveShare;
        int enrollment;
        int share;
        /** The class's limit from the contract; -1 when none applies. */
        int limit = -1;
        Pattern pattern = Pattern.STEADY;
        LocalDate from;
        int before;
        /** Daily counts over the window, -1 before a class existed; null when the class has none. */
        int[] days;
    }
}
