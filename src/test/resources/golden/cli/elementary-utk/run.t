# Two elementary schools.
# - U1, a UTK class of 21 with 2 adults: over the UTK maximum of 20 (XVIII 2.0), and over 10 students
#   per adult: 21 > 10 x 2 = 20 (XVIII 2.7). Two violations.
# - Multi-grade stipend (IX-A 2.0d): $600 for the semester, only "in schools with student enrollment
#   of greater than 175 in grades UTK-5". Olive's UTK-5 sections hold 21 + 27 + 132 = 180 > 175: M1's
#   teacher is owed $600. Pine's hold 30 + 145 = 175, not greater than 175: nothing for M2.
# - A1 and A2 are made-up catch-all sections holding the rest of each school's UTK-5 students; they
#   are far over 25 (TK-3 maximum), so class_over_maximum is not run here.
$ ./cba run contracts/lausd-utla/utla-2025-06-17 --data src/test/resources/golden/cli/elementary-utk --as-of 2025-10-15 --rule utk_over_limits --rule multigrade_stipend_owed
LAUSD-UTLA — UTLA proposal 2025-06-17
as of 2025-10-15 (Wed), data: src/test/resources/golden/cli/elementary-utk (CSV folder)

School E1 (Olive Elementary)
  VIOLATION 21 students in a UTK class; the maximum is 20 students   [XVIII 2.7]
            for Section U1
  VIOLATION 21 students with 2 adults: more than 10 students per adult   [XVIII 2.7]
            for Section U1
  OWED      $600.00 to Staff T2 (Lu Mora): multi-grade class stipend for this semester   [IX-A 2.0d]
            for Section M1
  totals: 2 violations, 0 unmet requirements, $600.00 owed, 0 deadlines

Summary
  violations:          2
  money owed:          $600.00 in 1 payment
  deadlines:           0
  notices:             0
