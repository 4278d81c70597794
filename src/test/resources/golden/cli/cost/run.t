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

Headline (each kind apart; nothing is added across kinds of position, units, or one-off and yearly money)
  Required, by kind (old -> new)
    counselor_allocation [XVIII 6.0]
        2025-2026 (as of 2025-10-15): 1 -> 2 positions (+1)
        2026-2027 (as of 2026-10-15): 1 -> 3 positions (+2)
  Money owed, accrued by the day, paid once
      2025-2026 (as of 2025-10-15): $0.00 -> $3,600.00 (+$3,600.00)
      2026-2027 (as of 2026-10-15): $0.00 -> $6,000.00 (+$6,000.00)
  Money owed, by kind
    counselor_penalty_owed [XVIII 6.0]
        2025-2026 (as of 2025-10-15): $0.00 -> $3,600.00 (+$3,600.00)
        2026-2027 (as of 2026-10-15): $0.00 -> $6,000.00 (+$6,000.00)
  Yearly cost of the change in positions: 2025-2026 (as of 2025-10-15): +$120,000.00 a year; 2026-2027 (as of 2026-10-15): +$240,000.00 a year

By rule, largest change first
  counselor_allocation [XVIII 6.0]
      required 1 -> 2 positions (+1), unmet 0 -> 1
  counselor_penalty_owed [XVIII 6.0]
      owed $0.00 -> $3,600.00 (+$3,600.00)
  1 rule with findings that do not change: matrix_posting

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

Method: both versions run on the same data (src/test/resources/golden/cli/shared-campus (CSV
folder)) as of 2025-10-15. Money owed is what has accrued by that day, paid once; the cost of
positions is a yearly cost; they are never added. Each school year is evaluated as of the same month
and day in that year of the new term, projected from the same data (enrolment and staff as they are
in the data); per-day payments count only days the data's calendar covers. Yearly cost per position
(--params): counselor_allocation $120,000.00.
