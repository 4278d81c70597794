# Two requirement rules in different units: positions and minutes. Totals keep each unit apart;
# nothing adds minutes to positions (the bug this folder pins: cost once printed one number).
# By hand: staffing requires 2 positions at each of 2 sites = 4 positions; S1 has 1, S2 has 2, so
# 3 present and S1 short 1. prep_time requires 300 minutes at each site = 600 minutes; S1 has 200,
# S2 300, so 500 present and S1 short 100. The same version on both sides: every change is +0.
$ ./cba cost src/test/resources/golden/cli/units src/test/resources/golden/cli/units --data src/test/resources/golden/cli/units/data --as-of 2025-10-15
Cost of src/test/resources/golden/cli/units compared with src/test/resources/golden/cli/units
as of 2025-10-15, data: src/test/resources/golden/cli/units/data (CSV folder)

Headline (each kind apart; nothing is added across kinds of position, units, or one-off and yearly money)
  No requirement and no money owed changes.

By rule, largest change first
  2 rules with findings that do not change: staffing, prep_time

  Total
      required 4 -> 4 positions (+0); 600 -> 600 minutes (+0), unmet 2 -> 2

By school year of the new version's term
  2025-2026 (as of 2025-10-15)
      required 4 -> 4 positions (+0); 600 -> 600 minutes (+0), unmet 2 -> 2

By Site (where something changes)

Method: both versions run on the same data (src/test/resources/golden/cli/units/data (CSV folder))
as of 2025-10-15. Money owed is what has accrued by that day, paid once; the cost of positions is a
yearly cost; they are never added. Each school year is evaluated as of the same month and day in
that year of the new term, projected from the same data (enrolment and staff as they are in the
data); per-day payments count only days the data's calendar covers. No yearly cost per position was
given (--params).
$ ./cba cost src/test/resources/golden/cli/units src/test/resources/golden/cli/units --data src/test/resources/golden/cli/units/data --as-of 2025-10-15 --format csv
scope,name,cite,violations_old,violations_new,required_old (positions),required_new (positions),required_old (minutes),required_new (minutes),owed_old,owed_new
rule,staffing,A 1,0,0,4,4,0,0,0,0
rule,prep_time,A 2,0,0,0,0,600,600,0,0
site,Site S1 (One),,0,0,2,2,300,300,0,0
site,Site S2 (Two),,0,0,2,2,300,300,0,0
year,2025-2026 (as of 2025-10-15),,0,0,4,4,600,600,0,0
total,total,,0,0,4,4,600,600,0,0
$ ./cba run src/test/resources/golden/cli/units --data src/test/resources/golden/cli/units/data --as-of 2025-10-15
Units test — v1
as of 2025-10-15 (Wed), data: src/test/resources/golden/cli/units/data (CSV folder)

Site S1 (One)
  SHORT     prep time: requires 5 hours, has 3 hours 20 minutes   [A 2]
            for Site S1 (One), short 1 hour 40 minutes
  SHORT     staffing: requires 2 positions, has 1 position   [A 1]
            for Site S1 (One), short 1 position
  totals: 0 violations, 2 unmet requirements, $0.00 owed, 0 deadlines

Summary
  violations:          0
  prep_time:           short 1 hour 40 minutes where short; 10 hours required and 8 hours 20 minutes present in all
  staffing:            short 1 position where short; 4 positions required and 3 positions present in all
  money owed:          $0.00 in 0 payments
  deadlines:           0
  notices:             0
