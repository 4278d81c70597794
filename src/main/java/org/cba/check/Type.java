package org.cba.check;

import java.util.List;
import java.util.Objects;

/** The type of a value, as the checker computes it. Quantities carry their unit's dimension. */
public sealed interface Type {
    /** How a person would name the type, in messages. */
    String describe();

    /** A number with a unit; money is the dimension "dollar", a plain number or percent has none. */
    record Quantity(Dimension dim) implements Type {
        public String describe() {
            return dim.isBase(Units.DOLLAR) ? "dollars" : dim.describe();
        }
    }

    record Bool() implements Type {
        public String describe() { return "yes/no"; }
    }

    record Date() implements Type {
        public String describe() { return "a date"; }
    }

    /** A time of day, to the minute: 2:50 pm. */
    record Time() implements Type {
        public String describe() { return "a time of day"; }
    }

    /** A day and a time on it: 2025-10-15 at 1:50 pm. Not a date: the two do not mix unconverted. */
    record DateTime() implements Type {
        public String describe() { return "a date-time"; }
    }

    record SchoolYear() implements Type {
        public String describe() { return "a school year"; }
    }

    record Text() implements Type {
        public String describe() { return "text"; }
    }

    /** An enumeration, or the choices of a reading. Members are spelled as written. */
    record Enum(String name, List<String> members, boolean ordered, java.util.Map<String, String> labels) implements Type {
        public Enum {
            members = List.copyOf(members);
            labels = java.util.Map.copyOf(labels);
        }

        public Enum(String name, List<String> members, boolean ordered) {
            this(name, members, ordered, java.util.Map.of());
        }

        /** How a member reads to a person: its label when the enum gives one ("4-5 (6)"), else its name. */
        public String shown(String member) {
            return labels.getOrDefault(member, member);
        }

        public String describe() { return name; }

        public boolean has(String member) {
            return members.contains(member);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Enum e && e.name.equals(name);
        }

        @Override
        public int hashCode() {
            return name.hashCode();
        }
    }

    /** One row of an entity (a school, a section). */
    record Entity(String name) implements Type {
        public String describe() { return "a " + name; }
    }

    /** A row of a table: its value columns. */
    record Row(String table) implements Type {
        public String describe() { return "a row of table " + table; }
    }

    record ListOf(Type element) implements Type {
        public String describe() {
            return "a list of " + element.describe().replaceFirst("^an? ", "");
        }
    }

    /** Days of one kind (school days, working days) between two dates; counted in that unit. */
    record Days(String dayUnit) implements Type {
        public String describe() { return Units.plural(dayUnit) + " (a list of dates)"; }
    }

    /** Stands for an expression that already had an error, so one mistake is reported once. */
    record Error() implements Type {
        public String describe() { return "an invalid value"; }
    }

    Type BOOL = new Bool();
    Type DATE = new Date();
    Type TIME = new Time();
    Type DATETIME = new DateTime();
    Type TEXT = new Text();
    Type SCHOOL_YEAR = new SchoolYear();
    Type NUMBER = new Quantity(Dimension.NONE);
    Type MONEY = new Quantity(Dimension.of(Units.DOLLAR));
    Type ERROR = new Error();

    static boolean isError(Type t) {
        return t instanceof Error;
    }

    static boolean isQuantity(Type t) {
        return t instanceof Quantity;
    }

    static Dimension dim(Type t) {
        return ((Quantity) Objects.requireNonNull(t)).dim();
    }
}
