package org.cba.gen;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The generated district before it is written: plain mutable records, in generation order. */
final class Model {
    private Model() {
    }

    static final class Campus {
        String id;
        String name;
        final List<School> schools = new ArrayList<>();
    }

    static final class School {
        String id;
        String name;
        String type;
        Profile.Level level;
        Campus campus;
        List<String> grades;
        int enrollment;
        final List<Section> sections = new ArrayList<>();
    }

    static final class Person {
        String id;
        String name;
        School school;
        String position;
        double fte;
    }

    /** How a class's daily count moves from the count day through the as-of date. */
    enum Pattern { STEADY, OVER_ALL, CROSSING, SPIKE, RELIEVED, NEW }

    static final class Section {
        String id;
        School school;
        Person teacher;
        String grade;
        String category;
        boolean elective;
        int adults = 1;
        boolean multigrade;
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
