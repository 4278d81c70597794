// Generates the made-up "district-demo" data for the LAUSD-UTLA contract in contracts/lausd-utla.
//
//   java examples/district-demo/Generate.java examples/district-demo
//
// A single-file program (JDK 17, no dependencies). It is deterministic: a fixed random seed and
// fixed iteration orders, so running it again writes byte-identical files. See README.md in this
// folder for what the files hold and what the district looks like.

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

public class Generate {
    static final long SEED = 20250617L;

    // ---- The school year (LAUSD single track, 2025-2026) ----
    static final String CALENDAR_ID = "ST-2025-26";
    static final LocalDate YEAR_START = LocalDate.parse("2025-07-01");
    static final LocalDate YEAR_END = LocalDate.parse("2026-06-30");
    static final LocalDate FIRST_DAY = LocalDate.parse("2025-08-14");
    static final LocalDate NORM_DAY = LocalDate.parse("2025-09-19");
    static final LocalDate LAST_WORK_DAY = LocalDate.parse("2026-06-11");
    static final LocalDate AS_OF = LocalDate.parse("2025-10-15");
    static final int INSTRUCTIONAL_DAYS = 180;

    /** Holidays on weekdays (dates LAUSD observes in 2025-2026). */
    static final Map<LocalDate, String> HOLIDAYS = new TreeMap<>(Map.ofEntries(
            Map.entry(LocalDate.parse("2025-07-04"), "Independence Day"),
            Map.entry(LocalDate.parse("2025-09-01"), "Labor Day"),
            Map.entry(LocalDate.parse("2025-09-09"), "Admission Day"),
            Map.entry(LocalDate.parse("2025-11-11"), "Veterans Day"),
            Map.entry(LocalDate.parse("2025-11-27"), "Thanksgiving Day"),
            Map.entry(LocalDate.parse("2025-12-25"), "Christmas Day"),
            Map.entry(LocalDate.parse("2026-01-01"), "New Year's Day"),
            Map.entry(LocalDate.parse("2026-01-19"), "Martin Luther King Jr. Day"),
            Map.entry(LocalDate.parse("2026-02-16"), "Presidents' Day"),
            Map.entry(LocalDate.parse("2026-03-31"), "Cesar Chavez Day"),
            Map.entry(LocalDate.parse("2026-05-25"), "Memorial Day"),
            Map.entry(LocalDate.parse("2026-06-19"), "Juneteenth")));

    /** Recesses, first and last day (weekdays in them that are not holidays are recess days). */
    static final String[][] RECESSES = {
        {"2025-07-01", "2025-08-11"},   // summer, before the teachers return
        {"2025-11-24", "2025-11-28"},   // Thanksgiving week
        {"2025-12-22", "2026-01-09"},   // winter recess, three weeks
        {"2026-04-06", "2026-04-10"},   // spring recess, one week
        {"2026-06-12", "2026-06-30"},   // summer, after the last work day
    };

    /** Weekdays in the work year with no students: teacher preparation and professional development. */
    static final Set<LocalDate> PUPIL_FREE = Set.of(
            LocalDate.parse("2025-08-12"), LocalDate.parse("2025-08-13"),   // before the first day
            LocalDate.parse("2025-10-10"),                                  // professional development
            LocalDate.parse("2026-01-12"),                                  // after winter recess
            LocalDate.parse("2026-02-13"),                                  // before Presidents' Day
            LocalDate.parse("2026-06-11"));                                 // last work day, records

    // ---- Schema enums (contracts/lausd-utla/utla-2025-06-17/schema.cba) ----
    enum Type { PHBAO, Desegregated, PHBAOMagnet, OtherMagnet, Other }

    enum Level { Elementary, Middle, High, Span }

    static final List<String> GRADES = List.of("UTK", "TK", "K", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12");

    // ---- The schools ----
    // id, name, type, level, campus (blank: its own), size, grades, flags.
    //   size: elementary: the target enrollment (the real one is the sum of its classes);
    //         secondary: the norm-day enrollment; span: the total.
    //   flags: utk=E/A,...  UTK classes (enrollment/adults)
    //          relief       a class-size relief after norm day: two classes over their maximum give up
    //                       students to a new class (multi-grade in elementary grades)
    //          combo        one multi-grade class formed before norm day
    //          small        keep grades UTK-5 at no more than 175 students (IX-A 2.0d)
    //          counsel=+0.5 / -1 / -0.5  counselors on the campus relative to the XVIII 6.0 ratio
    static final String[][] SCHOOLS = {
        // Elementary
        {"2041", "Jefferson Elementary", "PHBAO", "Elementary", "", "640", "UTK-5", "utk=22/3,18/2 relief"},
        {"2077", "Alvarado Street Elementary", "PHBAO", "Elementary", "", "520", "TK-5", ""},
        {"2112", "Sycamore Grove Elementary", "Desegregated", "Elementary", "", "410", "TK-5", "combo"},
        {"2150", "Mesa Verde Elementary", "PHBAO", "Elementary", "", "1050", "UTK-5", "utk=21/2,17/2 relief"},
        {"2188", "Calloway Street Elementary", "PHBAO", "Elementary", "", "380", "TK-5", "combo"},
        {"2231", "Orchard Park Elementary", "PHBAO", "Elementary", "", "720", "UTK-5", "utk=13/1,19/2"},
        {"2264", "Hillside Terrace Elementary", "Desegregated", "Elementary", "", "560", "TK-5", "relief"},
        {"2302", "Figueroa Heights Elementary", "PHBAO", "Elementary", "", "890", "TK-5", ""},
        {"2345", "Bellwood Avenue Elementary", "PHBAO", "Elementary", "", "300", "TK-5", "combo"},
        {"2379", "Canyon Oaks Elementary", "Desegregated", "Elementary", "", "480", "TK-5", ""},
        {"2416", "Rosewood Park Elementary", "PHBAO", "Elementary", "", "260", "TK-6", "combo"},
        {"2453", "Laurel Crest Elementary", "PHBAO", "Elementary", "", "140", "K-5", "small relief"},
        {"2490", "Willow Creek Elementary", "PHBAO", "Elementary", "", "610", "TK-5", ""},
        {"2527", "Pacific Vista Elementary", "Desegregated", "Elementary", "", "350", "TK-6", ""},
        {"2561", "San Marcos Avenue Elementary", "PHBAO", "Elementary", "", "780", "TK-5", "relief"},
        {"2598", "Eastgate Elementary", "PHBAO", "Elementary", "", "450", "TK-5", ""},
        {"2634", "Marigold Avenue Elementary", "PHBAO", "Elementary", "", "330", "TK-5", "combo"},
        {"2671", "Copper Ridge Elementary", "PHBAO", "Elementary", "", "540", "TK-5", ""},
        {"2709", "Lakeview Terrace Elementary", "Desegregated", "Elementary", "", "690", "TK-5", ""},
        {"2746", "Magnolia Gardens Elementary", "PHBAO", "Elementary", "", "420", "TK-5", ""},
        {"2783", "Vermont Square Elementary", "PHBAO", "Elementary", "", "960", "UTK-5", "utk=20/2,16/2 relief"},
        {"2819", "Juniper Street Elementary", "PHBAO", "Elementary", "", "290", "TK-5", "combo"},
        {"2856", "Valle Vista Elementary", "PHBAO", "Elementary", "VALLE-VISTA", "470", "TK-5", ""},
        {"2893", "Starlight STEM Magnet Elementary", "PHBAOMagnet", "Elementary", "", "380", "TK-5", ""},
        {"2930", "Westridge Highly Gifted Magnet", "OtherMagnet", "Elementary", "", "250", "1-5", ""},
        {"2967", "Riverbend Community School", "Other", "Elementary", "", "210", "TK-5", ""},
        // Middle
        {"8104", "Ridgecrest Middle", "PHBAO", "Middle", "RIDGECREST", "1150", "6-8", "counsel=-0.5"},
        {"8141", "Cedar Hills Middle", "PHBAO", "Middle", "", "1420", "6-8", "counsel=0"},
        {"8178", "Grant Avenue Middle", "PHBAO", "Middle", "", "526", "6-8", "counsel=-1 relief"},
        {"8215", "Sunset Ridge Middle", "Desegregated", "Middle", "", "1640", "6-8", "counsel=0"},
        {"8252", "Valle Vista Arts Magnet Middle", "PHBAOMagnet", "Middle", "VALLE-VISTA", "620", "6-8", "counsel=-0.5"},
        {"8289", "Northpoint Math and Science Magnet", "OtherMagnet", "Middle", "", "760", "6-8", "counsel=0"},
        // High
        {"8403", "Ridgecrest High", "PHBAO", "High", "RIDGECREST", "2050", "9-12", ""},
        {"8440", "Harborview High", "PHBAO", "High", "HARBOR-GATEWAY", "1720", "9-12", "counsel=0"},
        {"8477", "Harbor Gateway Science Magnet", "OtherMagnet", "High", "HARBOR-GATEWAY", "480", "9-12", ""},
        {"8514", "Seaside Continuation High", "Other", "High", "HARBOR-GATEWAY", "160", "10-12", ""},
        {"8551", "Foothill Boulevard High", "Desegregated", "High", "", "2380", "9-12", "counsel=-0.5 relief"},
        // Span
        {"6205", "Arroyo Vista K-8", "PHBAO", "Span", "", "720", "TK-8", "counsel=0"},
        {"6242", "Bayshore 6-12 Academy", "PHBAO", "Span", "", "875", "6-12", "counsel=0"},
        {"6279", "Crestline Academy", "Desegregated", "Span", "", "1090", "6-12", "counsel=+0.5"},
    };

    /** Campuses that house more than one school (XVIII 13.0). */
    static final Map<String, String> SHARED_CAMPUSES = new LinkedHashMap<>(Map.of(
            "RIDGECREST", "Ridgecrest Secondary Campus",
            "HARBOR-GATEWAY", "Harbor Gateway Learning Complex",
            "VALLE-VISTA", "Valle Vista Campus"));

    // ---- Names (made up) ----
    static final String[] FIRST = {"Maria", "Jose", "Ana", "Luis", "Carmen", "Miguel", "Sofia", "Daniel", "Lucia", "Carlos",
        "Elena", "Jorge", "Rosa", "David", "Patricia", "Juan", "Gabriela", "Ricardo", "Veronica", "Alejandro",
        "Jennifer", "Michael", "Linda", "James", "Karen", "Robert", "Susan", "Kevin", "Angela", "Brian",
        "Michelle", "Anthony", "Denise", "Marcus", "Tanya", "Andre", "Keisha", "Darnell", "Monique", "Terrence",
        "Grace", "Kenji", "Mei", "Hyun", "Soo-jin", "Thanh", "Minh", "Priya", "Arjun", "Ravi",
        "Armen", "Ani", "Narek", "Tigran", "Lilit", "Rachel", "Samuel", "Hannah", "Noah", "Leah",
        "Erin", "Sean", "Megan", "Patrick", "Nicole", "Adriana", "Oscar", "Yesenia", "Hector", "Marisol"};
    static final String[] LAST = {"Garcia", "Hernandez", "Lopez", "Martinez", "Gonzalez", "Rodriguez", "Perez", "Sanchez",
        "Ramirez", "Flores", "Torres", "Rivera", "Gomez", "Diaz", "Reyes", "Morales", "Cruz", "Ortiz", "Gutierrez",
        "Chavez", "Ramos", "Mendoza", "Ruiz", "Alvarez", "Castillo", "Jimenez", "Vasquez", "Moreno", "Romero",
        "Herrera", "Medina", "Aguilar", "Vargas", "Castro", "Guzman", "Salazar", "Ochoa", "Cervantes", "Navarro",
        "Johnson", "Williams", "Brown", "Jones", "Davis", "Miller", "Wilson", "Anderson", "Thomas", "Jackson",
        "Harris", "Robinson", "Walker", "Young", "Washington", "Coleman", "Brooks", "Kim", "Lee", "Park", "Nguyen",
        "Tran", "Chen", "Wong", "Tanaka", "Nakamura", "Santos", "Reyes-Cruz", "Patel", "Shah", "Sarkisian",
        "Petrosyan", "Hakobyan", "Cohen", "Friedman", "O'Brien", "Murphy", "Sullivan", "Okafor", "Mensah"};

    // ---- Model ----
    static final class School {
        String id, name, campus;
        Type type;
        Level level;
        int size;
        int enrollment;
        List<String> grades;
        String flags;
        final List<Section> sections = new ArrayList<>();
    }

    static final class Staff {
        String id, name, school, position;
        String fte;
    }

    enum Pattern { NONE, OVER_ALL, CROSSING, SPIKE, RELIEVED, NEW }

    static final class Section {
        String id, teacher, grade, category;
        School school;
        boolean elective, multigrade, createdAfterNormDay, magnetClass;
        int adults = 1;
        int enrollment;
        int magnetStudents;
        int maximum;               // -1: no maximum in XVIII 2.0 / 2.5 (for PE: 55 when not elective)
        Pattern pattern = Pattern.NONE;
        boolean tracked;           // has daily rows in section_days.csv
        LocalDate from = NORM_DAY; // first day of daily rows (the creation day for new classes)
        int before;                // enrollment before a relief day
        int[] days;                // daily enrollment, aligned with the window's school days
    }

    final Random rnd = new Random(SEED);
    final List<School> schools = new ArrayList<>();
    final List<Staff> staff = new ArrayList<>();
    final Set<String> staffIds = new HashSet<>();
    final Set<String> staffNames = new HashSet<>();
    final List<LocalDate> instructional = new ArrayList<>();
    final Map<LocalDate, String> calendar = new TreeMap<>();
    List<LocalDate> window;    // school days from norm day through the as-of date

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "examples/district-demo");
        Files.createDirectories(out);
        Generate g = new Generate();
        g.buildCalendar();
        g.buildSchools();
        g.buildSectionDays();
        g.buildOtherStaff();
        g.check();
        g.write(out);
        g.summary();
    }

    // ---- Calendar ----

    void buildCalendar() {
        Map<LocalDate, String> recess = new TreeMap<>();
        for (String[] r : RECESSES) {
            for (LocalDate d = LocalDate.parse(r[0]); !d.isAfter(LocalDate.parse(r[1])); d = d.plusDays(1)) {
                recess.put(d, "recess");
            }
        }
        for (LocalDate d = YEAR_START; !d.isAfter(YEAR_END); d = d.plusDays(1)) {
            if (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            String kind;
            if (HOLIDAYS.containsKey(d)) {
                kind = "holiday";
            } else if (recess.containsKey(d)) {
                kind = "recess";
            } else if (PUPIL_FREE.contains(d)) {
                kind = "pupil_free";
            } else if (d.isBefore(FIRST_DAY) || d.isAfter(LAST_WORK_DAY)) {
                throw new IllegalStateException("unclassified weekday " + d);
            } else {
                kind = "instructional";
                instructional.add(d);
            }
            calendar.put(d, kind);
        }
        if (instructional.size() != INSTRUCTIONAL_DAYS) {
            throw new IllegalStateException(instructional.size() + " instructional days, not " + INSTRUCTIONAL_DAYS);
        }
        if (!instructional.get(0).equals(FIRST_DAY) || !"instructional".equals(calendar.get(NORM_DAY))) {
            throw new IllegalStateException("the first day and norm day must be instructional days");
        }
        window = instructional.stream().filter(d -> !d.isBefore(NORM_DAY) && !d.isAfter(AS_OF)).toList();
    }

    // ---- Schools, sections, teachers, counselors ----

    void buildSchools() {
        for (String[] row : SCHOOLS) {
            School s = new School();
            s.id = row[0];
            s.name = row[1];
            s.type = Type.valueOf(row[2]);
            s.level = Level.valueOf(row[3]);
            s.campus = row[4].isEmpty() ? "C" + row[0] : row[4];
            s.size = Integer.parseInt(row[5]);
            s.grades = gradeRange(row[6]);
            s.flags = row[7];
            schools.add(s);
        }
        for (School s : schools) {
            List<String> elementaryGrades = s.grades.stream().filter(g -> GRADES.indexOf(g) <= GRADES.indexOf("5")
                    || (s.level == Level.Elementary && g.equals("6"))).toList();
            List<String> secondaryGrades = s.grades.stream().filter(g -> !elementaryGrades.contains(g)).toList();
            int elementaryEnrollment = 0;
            if (!elementaryGrades.isEmpty()) {
                int target = secondaryGrades.isEmpty() ? s.size : (int) Math.round(s.size * 0.62);
                elementaryEnrollment = elementary(s, elementaryGrades, target);
            }
            if (secondaryGrades.isEmpty()) {
                s.enrollment = elementaryEnrollment;
            } else {
                s.enrollment = s.size;
                secondary(s, secondaryGrades, s.size - elementaryEnrollment);
            }
            if (s.flags.contains("relief")) {
                relief(s);
            }
            if (s.flags.contains("small")) {
                keepSmall(s);
            }
            if (secondaryGrades.isEmpty()) {
                s.enrollment = s.sections.stream().mapToInt(c -> c.enrollment).sum();
            }
        }
        counselors();
    }

    static List<String> gradeRange(String range) {
        String[] ends = range.split("-");
        return GRADES.subList(GRADES.indexOf(ends[0]), GRADES.indexOf(ends[1]) + 1);
    }

    /** Self-contained elementary classes; returns their total enrollment. */
    int elementary(School s, List<String> grades, int target) {
        // UTK classes come only from the school's utk= flag (XVIII 2.7 limits them separately).
        grades = grades.stream().filter(g -> !g.equals("UTK")).toList();
        double weights = 0;
        for (String g : grades) {
            weights += weight(g);
        }
        for (String[] utk : utkClasses(s)) {
            Section c = section(s, "UTK", "Academic", false);
            c.adults = Integer.parseInt(utk[1]);
            c.enrollment = Integer.parseInt(utk[0]);
            c.maximum = 20;
            finishMagnet(c);
        }
        for (String g : grades) {
            double cohort = target * weight(g) / weights;
            boolean magnetSchool = isMagnet(s.type);
            int typicalMax = maximum(s, g, "Academic", magnetSchool);
            int count = Math.max(1, (int) Math.round(cohort / (typicalMax - 2.7)));
            for (int i = 0; i < count; i++) {
                Section c = section(s, g, "Academic", false);
                c.magnetClass = magnetSchool && rnd.nextDouble() < 0.8;
                c.maximum = maximum(s, g, "Academic", c.magnetClass);
                c.adults = g.equals("TK") ? 2 : 1;
                c.enrollment = draw(c.maximum, 0.04);
                finishMagnet(c);
            }
        }
        if (s.flags.contains("combo")) {
            // Two small upper grades share a class formed before norm day (recorded as the lower grade).
            Section c = section(s, "4", "Academic", false);
            c.multigrade = true;
            c.maximum = maximum(s, "4", "Academic", false);
            c.enrollment = c.maximum - 2 - rnd.nextInt(5);
            finishMagnet(c);
        }
        for (Section c : s.sections) {
            teacherFor(c, s);
        }
        return s.sections.stream().mapToInt(c -> c.enrollment).sum();
    }

    static double weight(String grade) {
        return switch (grade) {
            case "TK" -> 0.55;
            case "6" -> 0.9;
            default -> 1.0;
        };
    }

    static List<String[]> utkClasses(School s) {
        List<String[]> out = new ArrayList<>();
        for (String flag : s.flags.split(" ")) {
            if (flag.startsWith("utk=")) {
                for (String c : flag.substring(4).split(",")) {
                    out.add(c.split("/"));
                }
            }
        }
        return out;
    }

    record Department(String name, String category, double share) {
    }

    static final Department[] DEPARTMENTS = {
        new Department("English", "Academic", 0.19),
        new Department("Mathematics", "Academic", 0.17),
        new Department("Science", "Academic", 0.14),
        new Department("Social Studies", "Academic", 0.13),
        new Department("World Languages", "Academic", 0.07),
        new Department("Electives", "NonAcademic", 0.12),
        new Department("Physical Education", "PhysicalEducation", 0.12),
        new Department("Music and Activities", "Activity", 0.06),
    };

    /**
     * Secondary classes: the full teaching loads of a sample of the school's teachers (about one
     * in three: one sampled teacher per 85 students, five classes each).
     */
    void secondary(School s, List<String> grades, int students) {
        int teachers = Math.max(2, (int) Math.round(students / 85.0));
        int load = s.type == Type.Other ? 4 : 5;
        // Every school gets at least one PE teacher and a spread of departments.
        List<Department> plan = new ArrayList<>();
        plan.add(DEPARTMENTS[6]);
        plan.add(DEPARTMENTS[0]);
        plan.add(DEPARTMENTS[1]);
        while (plan.size() < teachers) {
            double x = rnd.nextDouble();
            for (Department d : DEPARTMENTS) {
                x -= d.share();
                if (x < 0) {
                    plan.add(d);
                    break;
                }
            }
            if (x >= 0) {
                plan.add(DEPARTMENTS[0]);
            }
        }
        plan = plan.subList(0, teachers);
        for (Department d : plan) {
            Staff t = newStaff(s, "Teacher", "1.0");
            String primary = grades.get(rnd.nextInt(grades.size()));
            boolean magnetTeacher = isMagnet(s.type) && rnd.nextDouble() < 0.8;
            for (int i = 0; i < load; i++) {
                String g = rnd.nextDouble() < 0.7 ? primary : grades.get(rnd.nextInt(grades.size()));
                Section c = section(s, g, d.category(), false);
                c.teacher = t.id;
                c.magnetClass = magnetTeacher && rnd.nextDouble() < 0.9;
                switch (d.category()) {
                    case "Academic" -> {
                        c.maximum = maximum(s, g, "Academic", c.magnetClass);
                        c.enrollment = draw(c.maximum, 0.04);
                    }
                    case "NonAcademic" -> {
                        c.elective = true;
                        c.maximum = maximum(s, g, "NonAcademic", c.magnetClass);
                        c.enrollment = draw(c.maximum, 0.04);
                    }
                    case "PhysicalEducation" -> {
                        // High school PE is required in 9th and 10th grade; 11-12 PE is an elective.
                        c.elective = s.level != Level.Middle && GRADES.indexOf(g) >= GRADES.indexOf("11");
                        c.maximum = c.elective ? -1 : 55;
                        c.enrollment = c.elective ? 30 + rnd.nextInt(31) : draw(55, 0.08, 16);
                    }
                    default -> {
                        c.elective = true;
                        c.maximum = -1;
                        c.enrollment = 22 + rnd.nextInt(50);
                    }
                }
                finishMagnet(c);
            }
        }
    }

    /**
     * A class-size relief after norm day: two classes of neighbouring grades ran over their
     * maximum from norm day until a new class was opened; in elementary grades the new class is a
     * multi-grade class (IX-A 2.0d), in secondary grades a new single-grade class.
     */
    void relief(School s) {
        List<Section> academic = s.sections.stream().filter(c -> c.category.equals("Academic") && !c.grade.equals("UTK")
                && !c.grade.equals("TK") && !c.multigrade && c.pattern == Pattern.NONE && c.enrollment <= c.maximum).toList();
        // Neighbouring grades, as low as possible in the school (K-5 for elementary grades).
        Section a = null;
        Section b = null;
        for (int tries = 0; tries < 200 && a == null; tries++) {
            Section x = academic.get(rnd.nextInt(academic.size()));
            int gx = GRADES.indexOf(x.grade);
            boolean elementaryGrade = gx <= GRADES.indexOf("5");
            for (Section y : academic) {
                int gy = GRADES.indexOf(y.grade);
                if (y != x && (elementaryGrade ? gy == gx + 1 && gy <= GRADES.indexOf("5") : gy == gx)
                        && (s.level != Level.Span || elementaryGrade)) {
                    a = x;
                    b = y;
                    break;
                }
            }
        }
        if (a == null) {
            throw new IllegalStateException("no classes for a relief at " + s.name);
        }
        LocalDate day = window.get(4 + rnd.nextInt(window.size() - 8));
        int moved = 0;
        for (Section c : List.of(a, b)) {
            c.pattern = Pattern.RELIEVED;
            c.before = c.maximum + 2 + rnd.nextInt(3);
            c.enrollment = c.maximum - 3 - rnd.nextInt(3);
            moved += c.before - c.enrollment;
            c.from = day;   // the relief day, for RELIEVED
            finishMagnet(c);
        }
        boolean multigrade = !a.grade.equals(b.grade);
        Section n = section(s, a.grade, "Academic", false);
        n.multigrade = multigrade;
        n.createdAfterNormDay = true;
        n.magnetClass = a.magnetClass;
        n.maximum = maximum(s, a.grade, "Academic", n.magnetClass);
        n.enrollment = Math.min(n.maximum - 1, moved + 8 + rnd.nextInt(6));
        n.pattern = Pattern.NEW;
        n.from = day;
        finishMagnet(n);
        teacherFor(n, s);
    }

    /** IX-A 2.0d counts a school's students in grades UTK-5; keep this one at 175 or fewer. */
    void keepSmall(School s) {
        while (s.sections.stream().mapToInt(c -> c.enrollment).sum() > 170) {
            Section c = s.sections.stream().filter(x -> x.pattern == Pattern.NONE).max((x, y) -> x.enrollment - y.enrollment).orElseThrow();
            c.enrollment--;
            finishMagnet(c);
        }
    }

    Section section(School s, String grade, String category, boolean elective) {
        Section c = new Section();
        c.school = s;
        c.id = s.id + "-" + String.format(Locale.ROOT, "%03d", s.sections.size() + 1);
        c.grade = grade;
        c.category = category;
        c.elective = elective;
        s.sections.add(c);
        return c;
    }

    void teacherFor(Section c, School s) {
        if (c.teacher == null) {
            c.teacher = newStaff(s, "Teacher", "1.0").id;
        }
    }

    /** Magnet students: over 75% in a magnet class, at most 75% in the other classes of a magnet school. */
    void finishMagnet(Section c) {
        if (!isMagnet(c.school.type)) {
            c.magnetStudents = 0;
            return;
        }
        int e = c.enrollment;
        if (c.magnetClass) {
            int least = 3 * e / 4 + 1;   // the smallest m with 4m > 3e
            c.magnetStudents = Math.min(e, least + rnd.nextInt(Math.max(1, e - least + 1)));
        } else {
            int most = 3 * e / 4;        // the largest m with 4m <= 3e
            c.magnetStudents = Math.max(0, most - rnd.nextInt(Math.max(1, e / 3)));
        }
    }

    static boolean isMagnet(Type t) {
        return t == Type.PHBAOMagnet || t == Type.OtherMagnet;
    }

    /**
     * A class's enrollment: usually at or a little under its maximum, sometimes well under, and
     * with probability over a little over it.
     */
    int draw(int max, double over) {
        return draw(max, over, 9);
    }

    int draw(int max, double over, int spread) {
        if (rnd.nextDouble() < over) {
            return max + 1 + (rnd.nextDouble() < 0.7 ? 0 : rnd.nextInt(3));
        }
        int[] under = {0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 5, 6, 7};
        int k = rnd.nextDouble() < 0.85 ? under[rnd.nextInt(under.length)] : 4 + rnd.nextInt(spread);
        return Math.max(8, max - k);
    }

    // ---- XVIII 2.0 maximums, mirrored from article-18-class-size.cba as of 2025-10-15 ----

    static String band(Level level, String grade) {
        int g = GRADES.indexOf(grade);
        if (grade.equals("UTK")) {
            return "UTK";
        } else if (g <= GRADES.indexOf("3")) {
            return "TK3";
        } else if (g <= GRADES.indexOf("5")) {
            return "G4to5";
        } else if (grade.equals("6")) {
            return level == Level.Elementary ? "G4to5" : "G7to8";
        } else if (g <= GRADES.indexOf("8")) {
            return "G7to8";
        } else if (g <= GRADES.indexOf("10")) {
            return "G9to10";
        }
        return "G11to12";
    }

    static Type classType(Type school, boolean magnetClass) {
        if (school == Type.PHBAOMagnet && !magnetClass) {
            return Type.PHBAO;
        } else if (school == Type.OtherMagnet && !magnetClass) {
            return Type.Desegregated;
        } else if (school == Type.Other) {
            return Type.Desegregated;
        }
        return school;
    }

    static int maximum(School s, String grade, String category, boolean magnetClass) {
        Type t = classType(s.type, magnetClass);
        String band = band(s.level, grade);
        boolean academic = category.equals("Academic");
        switch (band) {
            case "UTK":
                return 20;
            case "TK3":
                return 25;
            default:
                break;
        }
        return switch (t) {
            case PHBAOMagnet -> 28;
            case OtherMagnet -> 31;
            case PHBAO -> band.equals("G4to5") ? 28 : !academic ? 39 - 2 : band.equals("G11to12") ? 37 - 1 : 28;
            case Desegregated -> band.equals("G4to5") ? 34 : !academic ? 39 - 2 : band.equals("G11to12") ? 37 - 1 : 34;
            case Other -> throw new IllegalStateException("Other schools use the Desegregated rows");
        };
    }

    // ---- Counselors (XVIII 6.0, 13.0) ----

    static int counselorsRequired(int students) {
        int ratio = 350;
        return students / ratio + (students % ratio * 2 > ratio ? 1 : 0);
    }

    void counselors() {
        Map<String, List<School>> campuses = campuses();
        for (Map.Entry<String, List<School>> e : campuses.entrySet()) {
            List<School> secondary = e.getValue().stream().filter(s -> s.level != Level.Elementary).toList();
            if (secondary.isEmpty()) {
                continue;
            }
            int students = secondary.stream().mapToInt(s -> s.enrollment).sum();
            double delta = 0;
            for (School s : secondary) {
                for (String flag : s.flags.split(" ")) {
                    if (flag.startsWith("counsel=")) {
                        delta = Double.parseDouble(flag.substring(8));
                    }
                }
            }
            double total = counselorsRequired(students) + delta;
            // Shared in halves in proportion to each school's students; the largest school takes the rest.
            List<School> bySize = new ArrayList<>(secondary);
            bySize.sort((a, b) -> b.enrollment - a.enrollment);
            double left = total;
            for (int i = bySize.size() - 1; i >= 0; i--) {
                School s = bySize.get(i);
                double share = i == 0 ? left : Math.max(0.5, Math.round(2.0 * total * s.enrollment / students) / 2.0);
                left -= share;
                while (share >= 1.0) {
                    newStaff(s, "Counselor", "1.0");
                    share -= 1.0;
                }
                if (share > 0) {
                    newStaff(s, "Counselor", "0.5");
                }
            }
        }
    }

    Map<String, List<School>> campuses() {
        Map<String, List<School>> out = new LinkedHashMap<>();
        for (School s : schools) {
            out.computeIfAbsent(s.campus, k -> new ArrayList<>()).add(s);
        }
        return out;
    }

    // ---- Other certificated support staff ----

    void buildOtherStaff() {
        for (School s : schools) {
            boolean big = s.enrollment >= 900;
            if (s.level == Level.Elementary) {
                if (rnd.nextDouble() < 0.6) {
                    newStaff(s, "Nurse", big ? "0.6" : "0.2");
                }
                if (rnd.nextDouble() < 0.5) {
                    newStaff(s, "PSW", big ? "0.6" : "0.4");
                }
                if (rnd.nextDouble() < 0.4) {
                    newStaff(s, "Psychologist", "0.2");
                }
                if (rnd.nextDouble() < 0.3) {
                    newStaff(s, "Arts", "0.2");
                }
                if (rnd.nextDouble() < 0.3) {
                    newStaff(s, "PE", "0.5");
                }
                if (big || rnd.nextDouble() < 0.3) {
                    newStaff(s, "Librarian", "0.5");
                }
                if (s.type == Type.PHBAO && rnd.nextDouble() < 0.25) {
                    newStaff(s, "PSA", "0.5");
                }
            } else {
                newStaff(s, "Nurse", s.enrollment >= 600 ? "1.0" : "0.4");
                if (s.enrollment >= 400) {
                    newStaff(s, "PSW", big ? "1.0" : "0.6");
                    newStaff(s, "Psychologist", big ? "1.0" : "0.4");
                    newStaff(s, "Librarian", "1.0");
                }
                if (rnd.nextDouble() < 0.5) {
                    newStaff(s, "PSA", "1.0");
                }
            }
        }
    }

    Staff newStaff(School s, String position, String fte) {
        Staff t = new Staff();
        do {
            t.id = "E" + (100000 + rnd.nextInt(900000));
        } while (!staffIds.add(t.id));
        do {
            t.name = FIRST[rnd.nextInt(FIRST.length)] + " " + LAST[rnd.nextInt(LAST.length)];
        } while (!staffNames.add(t.name) && staffNames.size() < FIRST.length * LAST.length / 2);
        t.school = s.id;
        t.position = position;
        t.fte = fte;
        staff.add(t);
        return t;
    }

    // ---- Daily enrollment after norm day (XVIII 1.0a, 4.0) ----

    void buildSectionDays() {
        for (School s : schools) {
            for (Section c : s.sections) {
                if (c.pattern == Pattern.RELIEVED || c.pattern == Pattern.NEW) {
                    c.tracked = true;
                    continue;
                }
                if (c.maximum < 0) {
                    c.tracked = rnd.nextDouble() < 0.04;
                    continue;
                }
                if (c.enrollment > c.maximum) {
                    c.pattern = rnd.nextDouble() < 0.55 ? Pattern.OVER_ALL : Pattern.CROSSING;
                    c.tracked = true;
                } else if (c.grade.equals("UTK")) {
                    c.tracked = true;
                } else if (rnd.nextDouble() < 0.015 && c.enrollment >= c.maximum - 2) {
                    c.pattern = Pattern.SPIKE;
                    c.tracked = true;
                } else {
                    c.tracked = rnd.nextDouble() < 0.05;
                }
            }
            for (Section c : s.sections) {
                if (c.tracked) {
                    c.days = series(c);
                }
            }
        }
    }

    /** Daily enrollment on the window's school days; the last day is the section's enrollment. */
    int[] series(Section c) {
        int n = window.size();
        int[] e = new int[n];
        int cap = c.maximum < 0 ? Integer.MAX_VALUE : c.maximum;
        int last = n - 1;
        switch (c.pattern) {
            case OVER_ALL -> walkBack(e, 0, last, c.enrollment, cap + 1, Integer.MAX_VALUE);
            case CROSSING -> {
                int cross = 2 + rnd.nextInt(n - 5);
                walkBack(e, cross, last, c.enrollment, cap + 1, Integer.MAX_VALUE);
                walkBack(e, 0, cross - 1, cap - rnd.nextInt(2), 1, cap);
            }
            case SPIKE -> {
                int a = 2 + rnd.nextInt(n - 8);
                int b = a + 1 + rnd.nextInt(4);
                walkBack(e, b + 1, last, c.enrollment, 1, cap);
                walkBack(e, a, b, cap + 1 + rnd.nextInt(2), cap + 1, Integer.MAX_VALUE);
                walkBack(e, 0, a - 1, cap - rnd.nextInt(2), 1, cap);
            }
            case RELIEVED -> {
                int r = window.indexOf(c.from);
                walkBack(e, r, last, c.enrollment, 1, cap);
                walkBack(e, 0, r - 1, c.before, cap + 1, Integer.MAX_VALUE);
            }
            case NEW -> {
                int r = window.indexOf(c.from);
                Arrays.fill(e, 0, r, -1);
                walkBack(e, r, last, c.enrollment, 1, cap);
            }
            default -> walkBack(e, 0, last, c.enrollment, 1, c.grade.equals("UTK") ? Math.max(20, c.enrollment) : cap);
        }
        return e;
    }

    /** Fills e[from..to] walking back from e[to] = end by steps of -1, 0, +1, kept within [low, high]. */
    void walkBack(int[] e, int from, int to, int end, int low, int high) {
        e[to] = end;
        for (int i = to - 1; i >= from; i--) {
            double x = rnd.nextDouble();
            int step = x < 0.12 ? -1 : x < 0.27 ? 1 : 0;   // going back in time: enrollment tends to grow
            e[i] = Math.max(low, Math.min(high, e[i + 1] + step));
        }
    }

    // ---- Checks ----

    void check() {
        Set<String> schoolIds = new HashSet<>();
        Set<String> sectionIds = new HashSet<>();
        for (School s : schools) {
            require(schoolIds.add(s.id), "duplicate school " + s.id);
            for (Section c : s.sections) {
                require(sectionIds.add(c.id), "duplicate section " + c.id);
                require(staffIds.contains(c.teacher), "section " + c.id + " has no teacher");
                require(c.enrollment >= 0 && c.magnetStudents >= 0 && c.magnetStudents <= c.enrollment, "counts of " + c.id);
                require(!isMagnet(s.type) || c.magnetClass == (4 * c.magnetStudents > 3 * c.enrollment) || c.maximum < 0,
                        "magnet share of " + c.id);
                if (c.days != null) {
                    require(c.days[c.days.length - 1] == c.enrollment, "last day of " + c.id);
                }
            }
            if (s.flags.contains("small")) {
                int utk5 = s.sections.stream().filter(c -> GRADES.indexOf(c.grade) <= GRADES.indexOf("5")).mapToInt(c -> c.enrollment).sum();
                require(utk5 <= 175, s.name + " has " + utk5 + " students in UTK-5");
            }
        }
        for (Staff t : staff) {
            require(schoolIds.contains(t.school), "staff " + t.id);
        }
    }

    static void require(boolean ok, String what) {
        if (!ok) {
            throw new IllegalStateException(what);
        }
    }

    // ---- Output ----

    void write(Path out) {
        List<String> rows = new ArrayList<>();
        rows.add("id,name");
        for (String campus : campuses().keySet()) {
            String name = SHARED_CAMPUSES.get(campus);
            if (name == null) {
                name = schools.stream().filter(s -> s.campus.equals(campus)).findFirst().orElseThrow().name + " Campus";
            }
            rows.add(csv(campus, name));
        }
        writeFile(out.resolve("campuses.csv"), rows);

        writeFile(out.resolve("calendars.csv"), List.of("id,year,first_day,norm_day,last_work_day",
                csv(CALENDAR_ID, "2025-2026", FIRST_DAY.toString(), NORM_DAY.toString(), LAST_WORK_DAY.toString())));

        rows = new ArrayList<>();
        rows.add("date,kind");
        for (Map.Entry<LocalDate, String> e : calendar.entrySet()) {
            rows.add(csv(e.getKey().toString(), e.getValue()));
        }
        writeFile(out.resolve("calendar.csv"), rows);

        rows = new ArrayList<>();
        rows.add("id,name,type,level,campus,calendar,enrollment");
        for (School s : schools) {
            rows.add(csv(s.id, s.name, s.type.name(), s.level.name(), s.campus, CALENDAR_ID, String.valueOf(s.enrollment)));
        }
        writeFile(out.resolve("schools.csv"), rows);

        rows = new ArrayList<>();
        rows.add("id,name,school,position,fte");
        for (Staff t : staff) {
            rows.add(csv(t.id, t.name, t.school, t.position, t.fte));
        }
        writeFile(out.resolve("staff.csv"), rows);

        rows = new ArrayList<>();
        rows.add("id,school,teacher,grade,category,elective,adults,multigrade,enrollment,magnet_students,created_after_norm_day");
        List<String> dayRows = new ArrayList<>();
        dayRows.add("section,date,enrollment");
        for (School s : schools) {
            for (Section c : s.sections) {
                rows.add(csv(c.id, s.id, c.teacher, c.grade, c.category, String.valueOf(c.elective), String.valueOf(c.adults),
                        String.valueOf(c.multigrade), String.valueOf(c.enrollment), String.valueOf(c.magnetStudents),
                        String.valueOf(c.createdAfterNormDay)));
                if (c.days != null) {
                    for (int i = 0; i < c.days.length; i++) {
                        if (c.days[i] >= 0) {
                            dayRows.add(csv(c.id, window.get(i).toString(), String.valueOf(c.days[i])));
                        }
                    }
                }
            }
        }
        writeFile(out.resolve("sections.csv"), rows);
        writeFile(out.resolve("section_days.csv"), dayRows);
    }

    static String csv(String... values) {
        StringBuilder b = new StringBuilder();
        for (String v : values) {
            if (b.length() > 0) {
                b.append(',');
            }
            if (v.contains(",") || v.contains("\"") || v.contains("\n")) {
                b.append('"').append(v.replace("\"", "\"\"")).append('"');
            } else {
                b.append(v);
            }
        }
        return b.toString();
    }

    static void writeFile(Path p, List<String> rows) {
        try {
            Files.writeString(p, String.join("\n", rows) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void summary() {
        int sections = schools.stream().mapToInt(s -> s.sections.size()).sum();
        long limited = schools.stream().flatMap(s -> s.sections.stream()).filter(c -> c.maximum > 0 && !c.category.equals("PhysicalEducation")).count();
        long over = schools.stream().flatMap(s -> s.sections.stream())
                .filter(c -> c.maximum > 0 && c.enrollment > c.maximum && !c.category.equals("PhysicalEducation")).count();
        long pe = schools.stream().flatMap(s -> s.sections.stream())
                .filter(c -> c.category.equals("PhysicalEducation") && c.maximum > 0 && c.enrollment > c.maximum).count();
        long dayRows = schools.stream().flatMap(s -> s.sections.stream()).filter(c -> c.days != null)
                .mapToLong(c -> Arrays.stream(c.days).filter(x -> x >= 0).count()).sum();
        System.out.printf(Locale.ROOT, "schools %d, campuses %d, sections %d, staff %d (teachers %d, counselors %d), section_days %d rows,"
                        + " instructional days %d%n",
                schools.size(), campuses().size(), sections, staff.size(),
                staff.stream().filter(t -> t.position.equals("Teacher")).count(),
                staff.stream().filter(t -> t.position.equals("Counselor")).count(), dayRows, instructional.size());
        System.out.printf(Locale.ROOT, "academic/non-academic classes over their maximum on %s: %d of %d (%.1f%%); PE over 55: %d%n",
                AS_OF, over, limited, 100.0 * over / limited, pe);
        for (Map.Entry<String, List<School>> e : campuses().entrySet()) {
            int students = e.getValue().stream().filter(s -> s.level != Level.Elementary).mapToInt(s -> s.enrollment).sum();
            if (students == 0) {
                continue;
            }
            double has = staff.stream().filter(t -> t.position.equals("Counselor")
                    && e.getValue().stream().anyMatch(s -> s.id.equals(t.school))).mapToDouble(t -> Double.parseDouble(t.fte)).sum();
            int need = counselorsRequired(students);
            System.out.printf(Locale.ROOT, "  campus %-15s %5d secondary students: needs %d counselors, has %.1f%s%n",
                    e.getKey(), students, need, has, has < need ? "  SHORT" : "");
        }
    }
}
