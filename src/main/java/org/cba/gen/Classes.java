package org.cba.gen;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A school's class sections: self-contained classes (one teacher, all subjects) for the grades
 * the level teaches that way, departmental classes for the rest; sizes drawn around each class's
 * limit from the contract; a relief class opened after the count day at some schools; and the
 * daily counts of some classes from the count day through the as-of date.
 */
final class Classes {
    private final Profile profile;
    private final ContractLimits limits;
    private final Draw draw;
    private final Staff staff;
    private final List<LocalDate> window;
    private final double meanUnder;

    Classes(Profile profile, ContractLimits limits, Draw draw, Staff staff, List<LocalDate> window) {
        this.profile = profile;
        this.limits = limits;
        this.draw = draw;
        this.staff = staff;
        this.window = window;
        Profile.ClassSizes z = profile.classSizes();
        double under = z.under().stream().mapToInt(Integer::intValue).average().orElse(0);
        double far = (z.farUnder().get(0) + z.farUnder().get(1)) / 2.0;
        this.meanUnder = (1 - z.overRate()) * ((1 - z.farUnderRate()) * under + z.farUnderRate() * far) - z.overRate();
    }

    double gradeWeight(String grade) {
        return profile.gradeWeights().getOrDefault(grade, 1.0);
    }

    private boolean shares(Model.School s) {
        return profile.share() != null && profile.share().types().contains(s.type);
    }

    private boolean above(Model.School s) {
        return shares(s) && draw.chance(profile.share().aboveRate());
    }

    /** Self-contained classes for a target number of students; returns how many they hold. */
    int selfContained(Model.School s, List<String> grades, int target) {
        String category = profile.selfContained().category();
        double weights = grades.stream().mapToDouble(this::gradeWeight).sum();
        for (String g : grades) {
            double cohort = target * gradeWeight(g) / weights;
            double per = typical(s, g, category, false, profile.classSizes().unlimited());
            int count = Math.max(1, (int) Math.round(cohort / per));
            for (int i = 0; i < count; i++) {
                Model.Section c = section(s, g, category, false);
                c.aboveShare = above(s);
                c.limit = limits.limit(s, g, category, false, c.aboveShare);
                c.adults = adults(g);
                c.enrollment = c.limit > 0 ? size(c, profile.classSizes().overRate(), -1) : profile.classSizes().unlimited();
                c.teacher = staff.teacher(s);
            }
        }
        List<Model.Section> upper = s.sections.stream().filter(c -> grades.indexOf(c.grade) >= 2).toList();
        if (!upper.isEmpty() && draw.chance(profile.selfContained().multigradeRate())) {
            draw.pick(upper).multigrade = true;
        }
        if (draw.chance(profile.selfContained().lateClassRate())) {
            relief(s, true);
        }
        return s.sections.stream().mapToInt(c -> c.enrollment).sum();
    }

    private int adults(String grade) {
        Map<String, List<Integer>> adults = profile.classSizes().adults();
        List<Integer> choices = adults.containsKey(grade) ? adults.get(grade) : adults.get("*");
        return choices == null ? 1 : draw.pick(choices);
    }

    /** Departmental classes for the students in these grades, the teachers' loads in whole classes. */
    void departmental(Model.School s, List<String> grades, int students) {
        Profile.Departmental dep = profile.departmental();
        double weights = grades.stream().mapToDouble(this::gradeWeight).sum();
        for (Profile.Department d : dep.departments()) {
            List<Model.Section> made = new ArrayList<>();
            for (String g : grades) {
                double periods = students * gradeWeight(g) / weights * dep.periodsPerStudent() * d.share();
                boolean elective = elective(d, s, g);
                double per = typical(s, g, d.category(), elective,
                        d.unlimitedSize() == null ? profile.classSizes().unlimited() : (d.unlimitedSize().get(0) + d.unlimitedSize().get(1)) / 2.0);
                int count = (int) Math.round(periods / per);
                for (int i = 0; i < count; i++) {
                    Model.Section c = section(s, g, d.category(), elective);
                    c.aboveShare = above(s);
                    c.limit = limits.limit(s, g, d.category(), elective, c.aboveShare);
                    c.enrollment = c.limit > 0
                            ? size(c, d.overRate() != null ? d.overRate() : profile.classSizes().overRate(), d.spread() != null ? d.spread() : -1)
                            : draw.between(d.unlimitedSize().get(0), d.unlimitedSize().get(1));
                    made.add(c);
                }
            }
            Model.Person t = null;
            for (int i = 0; i < made.size(); i++) {
                if (i % dep.classesPerTeacher() == 0) {
                    t = staff.teacher(s);
                }
                made.get(i).teacher = t;
            }
        }
        if (draw.chance(dep.lateClassRate())) {
            relief(s, false);
        }
    }

    private static boolean elective(Profile.Department d, Model.School s, String grade) {
        if (d.electiveGrades() != null) {
            return d.electiveGrades().contains(grade) && (d.electiveLevels() == null || d.electiveLevels().contains(s.level.name()));
        }
        return Boolean.TRUE.equals(d.elective());
    }

    Model.Section section(Model.School s, String grade, String category, boolean elective) {
        Model.Section c = new Model.Section();
        c.school = s;
        c.id = s.id + "-" + String.format(Locale.ROOT, "%03d", s.sections.size() + 1);
        c.grade = grade;
        c.category = category;
        c.elective = elective;
        s.sections.add(c);
        return c;
    }

    /** The size classes of this kind usually have, to count how many a cohort needs. */
    private double typical(Model.School s, String grade, String category, boolean elective, double unlimited) {
        int limit = limits.limit(s, grade, category, elective, shares(s));
        double center = limits.center(s, grade, category, elective, shares(s));
        if (!Double.isNaN(center)) {
            return center - profile.classSizes().belowCenter();
        }
        return limit > 0 ? limit - meanUnder : unlimited;
    }

    /**
     * Usually around the contract's average for the class (or a little under its limit where there
     * is no average), never over the limit; sometimes well under; with probability over a little over.
     */
    int size(Model.Section c, double over, int spread) {
        Profile.ClassSizes z = profile.classSizes();
        int limit = c.limit;
        if (draw.chance(over)) {
            return limit + draw.pick(z.overBy());
        }
        int k;
        double center = limits.center(c.school, c.grade, c.category, c.elective, c.aboveShare);
        if (draw.chance(z.farUnderRate())) {
            k = spread > 0 ? z.farUnder().get(0) + draw.below(spread) : draw.between(z.farUnder().get(0), z.farUnder().get(1));
        } else if (!Double.isNaN(center)) {
            double x = center - z.belowCenter() + draw.gaussian() * z.spread();
            k = limit - (int) Math.round(Math.min(limit, x));
        } else {
            k = draw.pick(z.under());
        }
        return Math.max(z.minimum(), limit - k);
    }

    /**
     * Relief after the count day: two classes of one grade (or, in self-contained grades, of
     * neighbouring grades) ran over their limit until a new class took students from both.
     */
    private void relief(Model.School s, boolean neighbours) {
        List<String> order = profile.grades();
        List<Model.Section> candidates = s.sections.stream().filter(c -> c.limit > 0 && !c.multigrade
                && c.pattern == Model.Pattern.STEADY && c.enrollment <= c.limit && order.indexOf(c.grade) >= 2
                && c.category.equals(profile.selfContained().category())).toList();
        if (candidates.size() < 2 || window.size() < 10) {
            return;
        }
        Model.Section a = draw.pick(candidates);
        Model.Section b = null;
        for (Model.Section y : candidates) {
            int gap = order.indexOf(y.grade) - order.indexOf(a.grade);
            if (y != a && (neighbours ? gap == 1 || gap == 0 : gap == 0) && y.aboveShare == a.aboveShare) {
                b = y;
                break;
            }
        }
        if (b == null) {
            return;
        }
        LocalDate day = window.get(4 + draw.below(window.size() - 8));
        int moved = 0;
        for (Model.Section c : List.of(a, b)) {
            c.pattern = Model.Pattern.RELIEVED;
            c.before = c.limit + 2 + draw.below(3);
            c.enrollment = c.limit - 3 - draw.below(3);
            moved += c.before - c.enrollment;
            c.from = day;
        }
        Model.Section n = section(s, a.grade, a.category, false);
        n.multigrade = !a.grade.equals(b.grade);
        n.late = true;
        n.aboveShare = a.aboveShare;
        n.limit = a.limit;
        n.adults = a.adults;
        n.enrollment = Math.min(n.limit - 1, moved + 8 + draw.below(6));
        n.pattern = Model.Pattern.NEW;
        n.from = day;
        n.teacher = staff.teacher(s);
    }

    /** The count of students who meet the share: over the threshold in a class above it, at most it otherwise. */
    void finishShare(Model.School s, double threshold) {
        for (Model.Section c : s.sections) {
            int e = c.enrollment;
            if (!shares(s)) {
                c.share = 0;
            } else if (c.aboveShare) {
                int least = (int) Math.floor(threshold * e) + 1;
                c.share = Math.min(e, least + draw.below(Math.max(1, e - least + 1)));
            } else {
                int most = (int) Math.floor(threshold * e);
                c.share = Math.max(0, most - draw.below(Math.max(1, e / 3)));
            }
        }
    }

    // ---- daily counts ----

    void daily(Model.School s) {
        Profile.Daily d = profile.daily();
        for (Model.Section c : s.sections) {
            boolean tracked;
            if (c.pattern == Model.Pattern.RELIEVED || c.pattern == Model.Pattern.NEW) {
                tracked = true;
            } else if (c.limit < 0) {
                tracked = draw.chance(d.sampleRate());
            } else if (c.enrollment > c.limit) {
                c.pattern = draw.chance(d.overAllRate()) ? Model.Pattern.OVER_ALL : Model.Pattern.CROSSING;
                tracked = true;
            } else if (draw.chance(d.spikeRate()) && c.enrollment >= c.limit - 2) {
                c.pattern = Model.Pattern.SPIKE;
                tracked = true;
            } else {
                tracked = draw.chance(d.sampleRate());
            }
            if (tracked && window.size() >= 10) {
                c.days = series(c);
            }
        }
    }

    /** Daily counts on the window's school days; the last day is the class's enrollment. */
    private int[] series(Model.Section c) {
        int n = window.size();
        int[] e = new int[n];
        int cap = c.limit < 0 ? Integer.MAX_VALUE : c.limit;
        int last = n - 1;
        switch (c.pattern) {
            case OVER_ALL -> walkBack(e, 0, last, c.enrollment, cap + 1, Integer.MAX_VALUE);
            case CROSSING -> {
                int cross = 2 + draw.below(n - 5);
                walkBack(e, cross, last, c.enrollment, cap + 1, Integer.MAX_VALUE);
                walkBack(e, 0, cross - 1, cap - draw.below(2), 1, cap);
            }
            case SPIKE -> {
                int a = 2 + draw.below(n - 8);
                int b = a + 1 + draw.below(4);
                walkBack(e, b + 1, last, c.enrollment, 1, cap);
                walkBack(e, a, b, cap + 1 + draw.below(2), cap + 1, Integer.MAX_VALUE);
                walkBack(e, 0, a - 1, cap - draw.below(2), 1, cap);
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
            default -> walkBack(e, 0, last, c.enrollment, 1, Math.max(cap, c.enrollment));
        }
        return e;
    }

    /** Fills e[from..to] walking back from e[to] = end by steps of -1, 0, +1, kept within [low, high]. */
    private void walkBack(int[] e, int from, int to, int end, int low, int high) {
        e[to] = end;
        for (int i = to - 1; i >= from; i--) {
            double x = draw.unit();
            int step = x < 0.12 ? -1 : x < 0.27 ? 1 : 0;
            e[i] = Math.max(low, Math.min(high, e[i + 1] + step));
        }
    }
}
