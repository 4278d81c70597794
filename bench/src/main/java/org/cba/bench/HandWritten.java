package org.cba.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The floor: class_over_maximum (XVIII 2.0) and counselor_allocation (XVIII 6.0, 13.0) written by
 * hand in plain Java over rows already in memory, for 2025-10-15 (so the 2.3 reductions of that
 * school year are folded into the numbers, as a programmer would). Same district, same answers as
 * cba; no explanations, no citations, no generality.
 */
final class HandWritten {
    record School(String id, String type, String level, String campus, int enrollment) {
    }

    record Section(String id, School school, String grade, String category, int enrollment, int magnetStudents) {
    }

    record Staff(School school, String position, double fte) {
    }

    record Over(String section, int enrollment, int maximum) {
    }

    record Requirement(String campus, int students, int required, double present) {
    }

    final List<School> schools = new ArrayList<>();
    final List<Section> sections = new ArrayList<>();
    final List<Staff> staff = new ArrayList<>();

    /** Reads the generated CSV files (plain values: no quoting needed for these columns). */
    static HandWritten load(Path folder) throws IOException {
        HandWritten h = new HandWritten();
        Map<String, School> byId = new HashMap<>();
        for (String[] r : rows(folder.resolve("schools.csv"))) {
            School s = new School(r[0], r[2], r[3], r[4], Integer.parseInt(r[6]));
            h.schools.add(s);
            byId.put(s.id(), s);
        }
        for (String[] r : rows(folder.resolve("sections.csv"))) {
            h.sections.add(new Section(r[0], byId.get(r[1]), r[3], r[4], Integer.parseInt(r[8]), Integer.parseInt(r[9])));
        }
        for (String[] r : rows(folder.resolve("staff.csv"))) {
            int n = r.length;
            h.staff.add(new Staff(byId.get(r[n - 3]), r[n - 2], Double.parseDouble(r[n - 1])));
        }
        return h;
    }

    private static List<String[]> rows(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        List<String[]> out = new ArrayList<>(lines.size());
        for (String line : lines.subList(1, lines.size())) {
            out.add(line.split(",", -1));
        }
        return out;
    }

    // ---- class_over_maximum ----

    List<Over> classOverMaximum() {
        List<Over> out = new ArrayList<>();
        for (Section c : sections) {
            boolean limited = c.category().equals("Academic") || c.category().equals("NonAcademic");
            if (!limited || c.grade().equals("UTK")) {
                continue;
            }
            int max = maximum(classType(c), band(c.school().level(), c.grade()), c.category().equals("Academic"));
            if (c.enrollment() > max) {
                out.add(new Over(c.id(), c.enrollment(), max));
            }
        }
        return out;
    }

    static String classType(Section c) {
        boolean magnetClass = 4 * c.magnetStudents() > 3 * c.enrollment();
        return switch (c.school().type()) {
            case "PHBAOMagnet" -> magnetClass ? "PHBAOMagnet" : "PHBAO";
            case "OtherMagnet" -> magnetClass ? "OtherMagnet" : "Desegregated";
            case "Other" -> "Desegregated";
            default -> c.school().type();
        };
    }

    static int band(String level, String grade) {
        switch (grade) {
            case "TK", "K", "1", "2", "3": return 1;
            case "4", "5": return 2;
            case "6": return level.equals("Elementary") ? 2 : 3;
            case "7", "8": return 3;
            case "9", "10": return 4;
            default: return 5;
        }
    }

    /** XVIII 2.0 maximums on 2025-10-15: 11-12 academic less 1 (2.3 a), non-academic less 2 (2.3 b). */
    static int maximum(String type, int band, boolean academic) {
        if (band == 1) {
            return 25;
        }
        switch (type) {
            case "PHBAOMagnet": return 28;
            case "OtherMagnet": return 31;
            case "PHBAO":
                return band == 2 ? 28 : !academic ? 37 : band == 5 ? 36 : 28;
            default:
                return band == 2 ? 34 : !academic ? 37 : band == 5 ? 36 : 34;
        }
    }

    // ---- counselor_allocation ----

    List<Requirement> counselorAllocation() {
        Map<String, int[]> students = new LinkedHashMap<>();
        Map<String, double[]> counselors = new HashMap<>();
        for (School s : schools) {
            int[] n = students.computeIfAbsent(s.campus(), k -> new int[1]);
            if (!s.level().equals("Elementary")) {
                n[0] += s.enrollment();
            }
        }
        for (Staff t : staff) {
            if (t.position().equals("Counselor")) {
                counselors.computeIfAbsent(t.school().campus(), k -> new double[1])[0] += t.fte();
            }
        }
        List<Requirement> out = new ArrayList<>();
        for (Map.Entry<String, int[]> e : students.entrySet()) {
            int n = e.getValue()[0];
            if (n > 0) {
                int required = n / 350 + (n % 350 > 175 ? 1 : 0);
                double[] has = counselors.get(e.getKey());
                out.add(new Requirement(e.getKey(), n, required, has == null ? 0 : has[0]));
            }
        }
        return out;
    }
}
