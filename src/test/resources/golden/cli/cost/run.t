# The proposal against the agreement as it stands, on the shared-campus district (700 secondary
# students on one campus, 1.5 counselors), as of 2025-10-15:
# - existing: 500:1 with the 40% rule: 700 = 500 + 200, and 200 is not more than 200 (40% of 500): 1 counselor.
# - proposal: 350:1 with the 50% rule: 700 = 2 x 350: 2 counselors; 1.5 present, so short, and both
#   counselors are owed $100 per school day from 2025-09-22 to 2025-10-15 (18 days): 2 x $1,800 = $3,600.
# - With $120,000 a year per counselor position, the 1 more position required costs $120,000 a year.
# - In 2026-27 (275:1): 700 = 2 x 275 + 150 > 137.5: 3 counselors, 2 more than the existing 1. This
#   small calendar ends on 2025-10-31, so the per-day pay stops there: Sept 22 to Oct 31 is 30 school
#   days, 2 x $3,000 = $6,000.
$ ./cba cost contracts/lausd-utla/existing contracts/lausd-utla/utla-2025-06-17 --data src/test/resources/golden/cli/shared-campus --as-of 2025-10-15 --params examples/cost/params.json
Cost of contracts/lausd-utla/utla-2025-06-17 compared with contracts/lausd-utla/existing
as of 2025-10-15, data: src/test/resources/golden/cli/shared-campus (CSV folder)

By rule
  matrix_posting [IX-A 2.0a]
      deadlines 2 -> 2
  counselor_allocation [XVIII 6.0]
      required 1 -> 2 positions (+1), unmet 0 -> 1
  counselor_penalty_owed [XVIII 6.0]
      owed $0.00 -> $3,600.00 (+$3,600.00)

  Total
      required 1 -> 2 positions (+1), unmet 0 -> 1
      deadlines 2 -> 2
      owed $0.00 -> $3,600.00 (+$3,600.00)

Yearly cost of the change in positions
  counselor_allocation: +1 positions x $120,000.00 = $120,000.00
  total: $120,000.00 a year

By school year of the new version's term
  2025-2026 (as of 2025-10-15)
      required 1 -> 2 positions (+1), unmet 0 -> 1
      deadlines 2 -> 2
      owed $0.00 -> $3,600.00 (+$3,600.00)
  2026-2027 (as of 2026-10-15)
      required 1 -> 3 positions (+2), unmet 0 -> 1
      deadlines 2 -> 2
      owed $0.00 -> $6,000.00 (+$6,000.00)

By School (where something changes)
  Campus K1 (Harbor Campus)
      required 1 -> 2 positions (+1), unmet 0 -> 1
  School H1 (Harbor High)
      deadlines 1 -> 1
      owed $0.00 -> $1,800.00 (+$1,800.00)
  School M1 (Harbor Middle)
      deadlines 1 -> 1
      owed $0.00 -> $1,800.00 (+$1,800.00)
