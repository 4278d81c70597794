package org.cba.gen;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A unit's groups (classes): self-contained classes (one teacher, all subjects) for the cohorts
 * the level teaches that way, departmental classes for the rest; sizes drawn around each class's
 * limit from the contract; a relief class opened after the count day at some units; and the
 * daily counts of some classes from the count day through the as-of date.
 */
final class Groups {
    private final Profile profile;
    private final ContractLimits limits;
    private final Draw draw;
    private final Staff staff;
    private final List<LocalDate> window;
    private final double meanUnder;
    private final Profile.Drift drift;
    /** The chance that a day's count moves at all: down or up. */
    private final double driftUpOrDown;

    Groups(Profile profile, ContractLimits limits, Draw draw, Staff staff, List<LocalDate> window) {
        this.profile = profile;
        this.limits = limits;
        this.draw = draw;
        this.staff = staff;
        this.window = window;
        Profile.GroupSizes z = profile.groupSizes();
        double under = z.under().stream().mapToInt(Integer::intValue).average().orElse(0);
        double far = (z.farUnder().get(0) + z.farUnder().get(1)) / 2.0;
        this.drift = profile.daily().drift();
        this.driftUpOrDown = drift.down() + drift.up();
        this.meanUnder = (1 - z.overRate()) * ((1 - z.farUnderRate()) * under + z.farUnderRate() * far) - z.overRate();
    }

    double cohortWeight(String cohort) {
        return profile.cohortWeights().getOrDefault(cohort, 1.0);
    }

    private boolean shares(Model.Unit s) {
        return profile.share() != null && profile.share().types().contains(s.type);
    }

    private boolean above(Model.Unit s) {
        return shares(s) && draw.chance(profile.share().aboveRate());
    }

    /** Self-contained classes for a target number of students; returns how many they hold. */
    int selfContained(Model.Unit s, List<String> cohorts, int target) {
        String category = profile.selfContained().category();
        double weights = cohorts.stream().mapToDouble(this::cohortWeight).sum();
        for (String g : cohorts) {
            double cohort = target * cohortWeight(g) / weights;
            double per = typical(s, g, category, false, profile.groupSizes().unlimited());
            int count = Math.max(1, (int) Math.round(cohort / per));
            for (int i = 0; i < count; i++) {
                Model.Group c = group(s, g, category, false);
                c.aboveShare = above(s);
                c.limit = limits.limit(s, g, category, false, c.aboveShare);
                c.adults = adults(g);
                c.enrollment = c.limit > 0 ? size(c, profile.groupSizes().overRate(), -1) : profile.groupSizes().unlimited();
                c.teacher = staff.teacher(s);
            }
        }
        int skip = profile.selfContained().mixedSkip();
        List<Model.Group> upper = s.groups.stream().filter(c -> cohorts.indexOf(c.cohort) >= skip).toList();
        if (!upper.isEmpty() && draw.chance(profile.selfContained().mixedRate())) {
            draw.pick(upper).mixed = true;
        }
        if (draw.chance(profile.selfContained().lateClassRate())) {
            relief(s, true);
        }
        return s.groups.stream().mapToInt(c -> c.enrollment).sum();
    }

    private int adults(String cohort) {
        Map<String, List<Integer>> adults = profile.groupSizes().adults();
        List<Integer> choices = adults.containsKey(cohort) ? adults.get(cohort) : adults.get("*");
        return choices == null ? 1 : draw.pick(choices);
    }

    /** Departmental classes for the students in these cohorts, the teachers' loads in whole groups. */
    void departmental(Model.Unit s, List<String> cohorts, int students) {
        Profile.Departmental dep = profile.departmental();
        double weights = cohorts.stream().mapToDouble(this::cohortWeight).sum();
        for (Profile.Department d : dep.departments()) {
            List<Model.Group> made = new ArrayList<>();
            for (String g : cohorts) {
                double periods = students * cohortWeight(g) / weights * dep.periodsPerStudent() * d.share();
                boolean elective = elective(d, s, g);
                double per = typical(s, g, d.category(), elective,
                        d.unlimitedSize() == null ? profile.groupSizes().unlimited() : (d.unlimitedSize().get(0) + d.unlimitedSize().get(1)) / 2.0);
                int count = (int) Math.round(periods / per);
                for (int i = 0; i < count; i++) {
                    Model.Group c = group(s, g, d.category(), elective);
                    c.aboveShare = above(s);
                    c.limit = limits.limit(s, g, d.category(), elective, c.aboveShare);
                    c.enrollment = c.limit > 0
                            ? size(c, d.overRate() != null ? d.overRate() : profile.groupSizes().overRate(), d.spread() != null ? d.spread() : -1)
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

    private static boolean elective(Profile.Department d, Model.Unit s, String cohort) {
        if (d.electiveCohorts() != null) {
            return d.electiveCohorts().contains(cohort) && (d.electiveLevels() == null || d.electiveLevels().contains(s.level.name()));
        }
        return Boolean.TRUE.equals(d.elective());
    }

    Model.Group group(Model.Unit s, String cohort, String category, boolean elective) {
        Model.Group c = new Model.Group();
        c.unit = s;
        c.id = s.id + "-" + String.format(Locale.ROOT, "%03d", s.groups.size() + 1);
        c.cohort = cohort;
        c.category = category;
        c.elective = elective;
        s.groups.add(c);
        return c;
    }

    /** The size classes of this kind usually have, to count how many a cohort needs. */
    private double typical(Model.Unit s, String cohort, String category, boolean elective, double unlimited) {
        int limit = limits.limit(s, cohort, category, elective, shares(s));
        double center = limits.center(s, cohort, category, elective, shares(s));
        if (!Double.isNaN(center)) {
            return center - profile.groupSizes().belowCenter();
        }
        return limit > 0 ? limit - meanUnder : unlimited;
    }

    /**
     * Usually around the contract's average for the class (or a little under its limit where there
     * is no average), never over the limit; sometimes well under; with probability over a little over.
     */
    int size(Model.Group c, double over, int spread) {
        Profile.GroupSizes z = profile.groupSizes();
        int limit = c.limit;
        if (draw.chance(over)) {
            return limit + draw.pick(z.overBy());
        }
        int k;
        double center = limits.center(c.unit, c.cohort, c.category, c.elective, c.aboveShare);
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
     * Relief after the count day: two classes of one cohort (or, in self-contained cohorts, of
     * neighbouring cohorts) ran over their limit until a new class took students from both.
     */
    private void relief(Model.Unit s, boolean neighbours) {
        List<String> order = profile.cohorts();
        int from = order.indexOf(profile.selfContained().reliefFrom());
        List<Model.Group> candidates = s.groups.stream().filter(c -> c.limit > 0 && !c.mixed
                && c.pattern == Model.Pattern.STEADY && c.enrollment <= c.limit && order.indexOf(c.cohort) >= from
                && c.category.equals(profile.selfContained().category())).toList();
        if (candidates.size() < 2 || window.size() < 10) {
            return;
        }
        Model.Group a = draw.pick(candidates);
        Model.Group b = null;
        for (Model.Group y : candidates) {
            int gap = order.indexOf(y.cohort) - order.indexOf(a.cohort);
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
        for (Model.Group c : List.of(a, b)) {
            c.pattern = Model.Pattern.RELIEVED;
            c.before = c.limit + 2 + draw.below(3);
            c.enrollment = c.limit - 3 - draw.below(3);
            moved += c.before - c.enrollment;
            c.from = day;
        }
        Model.Group n = group(s, a.cohort, a.category, false);
        n.mixed = !a.cohort.equals(b.cohort);
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
    void finishShare(Model.Unit s, double threshold) {
        for (Model.Group c : s.groups) {
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

    void daily(Model.Unit s) {
        Profile.Daily d = profile.daily();
        for (Model.Group c : s.groups) {
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

    /** Daily counts on the window's session days; the last day is the class's enrollment. */
    private int[] series(Model.Group c) {
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
            int step = x < drift.down() ? -1 : x < driftUpOrDown ? 1 : 0;
            e[i] = Math.max(low, Math.min(high, e[i + 1] + step));
        }
    }
}
