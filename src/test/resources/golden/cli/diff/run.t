# The union's proposal against the agreement as it stands: the class-size chart's new UTK rows and
# phased 11-12 and non-academic reductions (XVIII 2.0, 2.3), the counselor ratio 500:1 -> 350:1 then
# 275:1 with the 40% -> 50% rule (XVIII 5.0 -> 6.0), the new $100-a-day class-size payment (4.0).
$ ./cba diff contracts/lausd-utla/existing contracts/lausd-utla/utla-2025-06-17
contracts/lausd-utla/existing -> contracts/lausd-utla/utla-2025-06-17

changed enum Band   []
  members:
    was TK3 "TK-3", G4to5 "4-5 (6)", G7to8 "(6) 7-8", G9to10 "9-10", G11to12 "11-12"
    now UTK "UTK", TK3 "TK-3", G4to5 "4-5 (6)", G7to8 "(6) 7-8", G9to10 "9-10", G11to12 "11-12"

changed table grade_band   [XVIII 2.0]
  row * | UTK:
    was (none)
    now band UTK
  row * | TK..3:
    was (none)
    now band TK3
  row * | UTK..3:
    was band TK3
    now (none)

changed table class_size   [XVIII 2.0]
  columns:
    was (type: SchoolType, band: Band, category: Category) -> (average: students, maximum: students)
    now (type: SchoolType, band: Band, category: Category) -> (average: students, maximum: students, adult_ratio: students per adult)
  row PHBAO | UTK | {Academic, NonAcademic}:
    was (none)
    now average -, maximum 20, adult_ratio 10
  row PHBAO | G7to8 | Academic:
    was (none)
    now average 25, maximum 28, adult_ratio -
  row PHBAO | G9to10 | Academic:
    was (none)
    now average 25, maximum 28, adult_ratio -
  row PHBAO | G11to12 | Academic:
    was average 33.5, maximum 37
    now average 33.5 students - reduction_11_12_academic, maximum 37 students - reduction_11_12_academic
  row PHBAO | G7to8 | NonAcademic:
    was average 36.25, maximum 39
    now average nonacademic_7_8_average_limit, maximum 39 students - reduction_non_academic
  row PHBAO | G9to10..G11to12 | NonAcademic:
    was average 35.5, maximum 39
    now average 35.5 students - reduction_non_academic, maximum 39 students - reduction_non_academic
  row Desegregated | UTK | {Academic, NonAcademic}:
    was (none)
    now average -, maximum 20, adult_ratio 10
  row Desegregated | G11to12 | Academic:
    was average 33.5, maximum 37
    now average 33.5 students - reduction_11_12_academic, maximum 37 students - reduction_11_12_academic
  row Desegregated | G7to8 | NonAcademic:
    was average 36.25, maximum 39
    now average nonacademic_7_8_average_limit, maximum 39 students - reduction_non_academic
  row Desegregated | G9to10..G11to12 | NonAcademic:
    was average 35.5, maximum 39
    now average 35.5 students - reduction_non_academic, maximum 39 students - reduction_non_academic
  row PHBAOMagnet | UTK | {Academic, NonAcademic}:
    was (none)
    now average -, maximum 20, adult_ratio 10
  row OtherMagnet | UTK | {Academic, NonAcademic}:
    was (none)
    now average -, maximum 20, adult_ratio 10
  row PHBAO | G7to8..G9to10 | Academic:
    was average 25, maximum 28
    now (none)
  quoted text:
    was Class Size Averages & Maximums
    now Class Size Averages & Maximums (The chart below has been edited to reflect full implementation of the UTLA 2025 proposal.)

changed rule class_over_maximum   [XVIII 2.0]
  for each:
    was c in Section where c.category in {Academic, NonAcademic}
    now c in Section where c.category in {Academic, NonAcademic} and c.grade is not UTK

changed rule class_average_over   [XVIII 2.0]
  for each:
    was s in School, b in Band, k in Category where k in {Academic, NonAcademic} and any(each c in s.sections where grade_band(s.level, c.grade).band is b and c.category is k)
    now s in School, b in Band, k in Category where b is not UTK and k in {Academic, NonAcademic} and any(each c in s.sections where grade_band(s.level, c.grade).band is b and c.category is k)

changed rule rebalancing_due   [XVIII 3.0]
  for each:
    was c in Section where c.category in {Academic, NonAcademic}
    now c in Section where c.category in {Academic, NonAcademic} and c.grade is not UTK

changed term counselor_ratio   [XVIII 5.0 -> XVIII 6.0]
  value:
    was 500 students per position
    now 350 students per position during 2025-2026,
        275 students per position from 2026-07-01
  quoted text:
    was The District shall maintain a secondary school counseling services ratio of 500-1 per secondary school.
    now School year 2025-2026: 350:1 School year 2026-2027: 275:1

changed term counselor_extra_share   [XVIII 5.0 -> XVIII 6.0]
  value:
    was 40%
    now 50%
  quoted text:
    was Once a school has exceeded 40% of the ratio, an additional secondary counselor shall be provided to the school by the District
    now Once a school has exceeded 50% of the ratio, an additional secondary counselor shall be provided to the school by the District.

changed term campus_secondary_enrollment   [XVIII 12.0 -> XVIII 13.0]

changed rule counselor_allocation   [XVIII 5.0; XVIII 12.0 -> XVIII 6.0; XVIII 13.0]
  quoted text:
    was The District shall maintain a secondary school counseling services ratio of 500-1 per secondary school. / total enrollment of all students combined
    now The District shall maintain a secondary counselor ratio as follows: School year 2025-2026: 350:1 School year 2026-2027: 275:1 / total enrollment of all students combined

changed rule counselor_penalty_owed   [XVIII 5.0 -> XVIII 6.0]

added term reduction_11_12_academic   [XVIII 2.3 a]
  type: students
  value: 0 students before 2025-07-01,
        1 student from 2025-07-01 until 2026-06-30,
        2 students from 2026-07-01

added term reduction_non_academic   [XVIII 2.3 b]
  type: students
  value: 0 students before 2025-07-01,
        2 students from 2025-07-01 until 2026-06-30,
        4 students from 2026-07-01

added reading nonacademic_7_8_average   [XVIII 2.0; XVIII 2.3 b]
  choice chart: (default) 31.5 from July 1, 2026, as the 2.0 chart prints it
  choice arithmetic: 36.25 less the 2.3 b reduction: 32.25 from July 1, 2026

added term nonacademic_7_8_average_limit   [XVIII 2.0]
  type: students
  value: if nonacademic_7_8_average is chart and as_of >= 2026-07-01 then 31.5 students else 36.25 students - reduction_non_academic

added rule utk_over_limits   [XVIII 2.7; XVIII 2.0]
  for each: c in Section where c.grade is UTK
  let limits: class_limits(c)
  outcome 1: violation when c.enrollment > limits.maximum: "{c.enrollment} in a UTK class; the maximum is {limits.maximum}"
  outcome 2: violation when c.enrollment > limits.adult_ratio * c.adults: "{c.enrollment} with {c.adults}: more than {limits.adult_ratio}"

added term class_size_penalty   [XVIII 4.0]
  type: dollars per school day
  value: $100 per school day

added rule class_size_penalty_owed   [XVIII 4.0]
  for each: c in Section where c.category in {Academic, NonAcademic}
  let limits: class_limits(c)
  outcome 1: pay class_size_penalty for each d in c.days where d.date > c.school.calendar.norm_day and d.date <= as_of and d.enrollment > limits.maximum to c.teacher: "grade {c.grade} {c.category} class over its maximum of {limits.maximum} after norm day"

11 changed, 7 added, 0 removed
[exit 1]
