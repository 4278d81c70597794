# Two schools on one campus: XVIII 13.0 counts their students together for the counselor ratio.
# 300 + 400 = 700 secondary students. In 2025-26 at 350:1: 700 = 2 x 350 + 0, nothing left over,
# so 2 counselors (XVIII 6.0). The campus has 1 + 0.5 = 1.5: short 0.5.
# Both counselors are overloaded, so each is owed $100 per school day after norm day (2025-09-19)
# through 2025-10-15: Sept 22-26, Sept 29-Oct 3, Oct 6-10 and Oct 13-15 = 18 days = $1,800 each
# (the text pays "the affected counselor(s)" per day; it does not prorate by FTE).
$ ./cba run contracts/lausd-utla/utla-2025-06-17 --data src/test/resources/golden/cli/shared-campus --as-of 2025-10-15 --rule counselor_allocation --rule counselor_penalty_owed
LAUSD-UTLA — UTLA proposal 2025-06-17
as of 2025-10-15 (Wed), data: src/test/resources/golden/cli/shared-campus (CSV folder)

School H1 (Harbor High)
  OWED      $1,800.00 to Staff C2 (Jo Quan): counselor workload over the maximum after norm day   [XVIII 6.0]
            for Staff C2 (Jo Quan): 18 school days from 2025-09-22 (Mon) to 2025-10-15 (Wed) at $100.00 per school day
  totals: 0 violations, 0 unmet requirements, $1,800.00 owed, 0 deadlines

School M1 (Harbor Middle)
  OWED      $1,800.00 to Staff C1 (Ida Park): counselor workload over the maximum after norm day   [XVIII 6.0]
            for Staff C1 (Ida Park): 18 school days from 2025-09-22 (Mon) to 2025-10-15 (Wed) at $100.00 per school day
  totals: 0 violations, 0 unmet requirements, $1,800.00 owed, 0 deadlines

Campus K1 (Harbor Campus)
  SHORT     secondary counselors for 700 students at 350 students per position: requires 2 positions, has 1.5 positions   [XVIII 6.0]
            for Campus K1 (Harbor Campus), short 0.5 positions
  totals: 0 violations, 1 unmet requirement, $0.00 owed, 0 deadlines

Summary
  violations:          0
  counselor_allocation: short 0.5 positions where short; 2 positions required and 1.5 positions present in all
  money owed:          $3,600.00 in 2 payments
  deadlines:           0
  notices:             0
# In 2026-27 the ratio is 275:1: 700 = 2 x 275 + 150, and 150 > 137.5 (half of 275), so 3 counselors.
$ ./cba run contracts/lausd-utla/utla-2025-06-17 --data src/test/resources/golden/cli/shared-campus --as-of 2026-09-15 --rule counselor_allocation --format csv
site,rule,cite,kind,subject_entity,subject_id,subject,message,met,amount,payee_id,payee,first_day,last_day,days,values,site_id,site_name,required,present,shortfall,unit,rate,rate_unit,due
Campus K1 (Harbor Campus),counselor_allocation,XVIII 6.0,requirement,Campus,K1,Campus K1 (Harbor Campus),secondary counselors for 700 students at 275 students per position,false,,,,,,,required = 3 positions; present = 1.5 positions; shortfall = 1.5 positions,,,3,1.5,1.5,positions,,,
# The other reading of "workload exceeds the maximum" (students per counselor over the ratio):
# 700 students > 350 x 1.5 = 525, so the counselors are overloaded under it too.
$ ./cba run contracts/lausd-utla/utla-2025-06-17 --data src/test/resources/golden/cli/shared-campus --as-of 2025-10-15 --rule counselor_penalty_owed --reading counselor_overload=caseload --format csv
site,rule,cite,kind,subject_entity,subject_id,subject,message,met,amount,payee_id,payee,first_day,last_day,days,values,site_id,site_name,required,present,shortfall,unit,rate,rate_unit,due
School H1 (Harbor High),counselor_penalty_owed,XVIII 6.0,payment,Staff,C2,Staff C2 (Jo Quan),counselor workload over the maximum after norm day,,1800,C2,Staff C2 (Jo Quan),2025-09-22,2025-10-15,18,"rate = $100.00 per school day; days = 18 school days; first day = 2025-09-22 (Mon); last day = 2025-10-15 (Wed); amount = $1,800.00",H1,Harbor High,,,,,100,dollars per school day,
School M1 (Harbor Middle),counselor_penalty_owed,XVIII 6.0,payment,Staff,C1,Staff C1 (Ida Park),counselor workload over the maximum after norm day,,1800,C1,Staff C1 (Ida Park),2025-09-22,2025-10-15,18,"rate = $100.00 per school day; days = 18 school days; first day = 2025-09-22 (Mon); last day = 2025-10-15 (Wed); amount = $1,800.00",M1,Harbor Middle,,,,,100,dollars per school day,
