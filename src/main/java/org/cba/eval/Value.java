package org.cba.eval;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.cba.check.Dimension;
import org.cba.check.Type;
import org.cba.syntax.ast.Decl;

/** Runtime values: typed, exact, never strings or doubles standing for something else. */
public sealed interface Value {
    /** A number with its unit's dimension, in base units (hours are stored as minutes). Money is exact. */
    record Num(BigDecimal amount, Dimension dim) implements Value {
    }

    record Bool(boolean value) implements Value {
        static final Bool TRUE = new Bool(true);
        static final Bool FALSE = new Bool(false);

        static Bool of(boolean b) {
            return b ? TRUE : FALSE;
        }
    }

    record DateV(LocalDate date) implements Value {
    }

    /** A time of day, to the minute. */
    record TimeV(java.time.LocalTime time) implements Value {
    }

    /** A day and a time on it, to the minute. */
    record DateTimeV(java.time.LocalDateTime at) implements Value {
    }

    /** The school year that starts on July 1 of startYear. */
    record Year(int startYear) implements Value {
        LocalDate start() {
            return LocalDate.of(startYear, 7, 1);
        }

        LocalDate end() {
            return LocalDate.of(startYear + 1, 6, 30);
        }

        static Year of(LocalDate d) {
            return new Year(d.getMonthValue() >= 7 ? d.getYear() : d.getYear() - 1);
        }
    }

    record Text(String text) implements Value {
    }

    /** A member of an enum, with its position among the members (for order, and for memos indexed by members). */
    record EnumV(Type.Enum type, String member, int ordinal) implements Value {
        EnumV(Type.Enum type, String member) {
            this(type, member, type.members().indexOf(member));
        }

        /** By the enum's name and the member: the enum type's own hash walks all its members. */
        @Override
        public int hashCode() {
            return 31 * type.name().hashCode() + member.hashCode();
        }

        /**
         * Within one enum type (the same instance: data and compiled constants share it, see
         * {@link Code#canonical}) by position; else by the enum's name, unique in a contract, and the member.
         */
        @Override
        public boolean equals(Object o) {
            if (!(o instanceof EnumV v)) {
                return false;
            }
            return v.type == type ? v.ordinal == ordinal : v.member.equals(member) && v.type.name().equals(type.name());
        }
    }

    /** One row of an entity's data. */
    record Row(EntityTable table, int index) implements Value {
    }

    /** One row of a contract table: its value cells, in column order (NONE for "-"). */
    record TableRow(Decl.TableDecl table, List<Value> cells) implements Value {
    }

    record ListV(List<Value> items) implements Value {
    }

    /** Days of one kind (school days...) between two dates, in order. */
    record Days(String dayUnit, List<LocalDate> days) implements Value {
    }

    /** A "-" cell: the row has no value in that column. */
    record None() implements Value {
    }

    Value NONE = new None();
}
