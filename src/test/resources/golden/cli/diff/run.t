# The union's proposal against the agreement as it stands: the class-size chart's new UTK rows and
# phased 11-12 and non-academic reductions (XVIII 2.0, 2.3), the counselor ratio 500:1 -> 350:1 then
# 275:1 with the 40% -> 50% rule (XVIII 5.0 -> 6.0), the new $100-a-day class-size payment (4.0).
$ ./cba diff contracts/lausd-utla/existing contracts/lausd-utla/utla-2025-06-17
contracts/lausd-utla/existing -> contracts/lausd-utla/utla-2025-06-17

changed term document_review_time   [IV 8.2 a]
  quoted text:
    was Written disclosure to the faculty of the proposed plan or change, with at least seven (7) days of review time provided prior to the documents being submitted to the Local District or central District offices, except in emergencies
    now Written disclosure to the faculty of the proposed plan or change, with at least seven (7) days of review time provided prior to the documents being submitted to the Region or central District offices, except in emergencies

changed enum ItinerantCategory   [IV 8.3 a]
  members:
    was Psychologist "School Psychologists", PSA "PSA Counselors", PSW "Psychiatric Social Workers", Nurse "Nurses", SLP "Speech and Language Pathologists", OTPT "Occupational & Physical Therapists", VAPA "Visual and Performing Arts (VAPA) educators"
    now Psychologist "School Psychologists", PSA "PSA Counselors", PSW "Psychiatric Social Workers", Nurse "Nurses", SLP "Speech and Language Pathologists", OTPT "Occupational & Physical Therapists"
  quoted text:
    was one Chapter Chair for each Local District, or similar governance structure, for each of the following
    now one Chapter Chair for each Region, or similar governance structure, for each of the following: School Psychologists, PSA Counselors, Psychiatric Social Workers, Nurses, Speech and Language Pathologists, and Occupational & Physical Therapists, ~~and Visual and Performing Arts (VAPA) educators.~~

changed term itinerant_chapter_chairs   [IV 8.3 a]
  quoted text:
    was The District shall recognize one Chapter Chair for each Local District, or similar governance structure, for each of the following
    now The District shall recognize one Chapter Chair for each Region, or similar governance structure, for each of the following

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

changed entity Region   []
  field immigrant_psas:
    was (none)
    now positions

changed term campus_position_fte   [XVIII 12.0 -> XVIII 13.0]

changed term campus_enrollment   [XVIII 12.0 -> XVIII 13.0]

changed term has_school_facts   [XVIII 12.0 -> XVIII 13.0]

changed term serves_high_grades   [XVIII 5.4 -> XVIII 6.4]

changed term is_secondary   [XVIII 5.1 a -> XVIII 6.1 a]

changed reading per_classes_rounding   [XVIII 2.6; XVIII 11.0 -> XVIII 2.6; XVIII 12.0]

changed term librarians_per_facility   [XVIII 5.1 a -> XVIII 6.1 a]

changed term full_time_week   [XVIII 5.1 a; XVIII 5.2 -> XVIII 6.1 a; XVIII 6.2]

changed term campus_library_facilities   [XVIII 5.1 a -> XVIII 6.1 a]

changed rule librarian_staffing   [XVIII 5.1 a -> XVIII 6.1 a]

changed term cfls_per_region   [XVIII 5.1 b -> XVIII 6.1 b]

changed term itafs_per_region   [XVIII 5.1 b -> XVIII 6.1 b]

changed rule cfl_itaf_staffing   [XVIII 5.1 b -> XVIII 6.1 b]

changed term nurses_per_school   [XVIII 5.2 -> XVIII 6.2]

changed rule nurse_staffing   [XVIII 5.2 -> XVIII 6.2]

changed term nurse_coverage_pay   [XVIII 5.2 -> XVIII 6.2]

changed rule nurse_coverage_pay_owed   [XVIII 5.2 -> XVIII 6.2]

changed term staffing_compliance_date   [XVIII 5.3 -> XVIII 6.3]
  quoted text:
    was In the event that the District is not able to meet the obligations of Sections 5.0-5.2 of this Article by October 1st of each school year
    now In the event that the District is not able to meet the obligations of Sections 6.0-6.2 of this Article by October 1st of each school year

changed term staffing_abeyance   [XVIII 5.3 -> XVIII 6.3]

changed term staffing_abeyance_ends   [XVIII 5.3 -> XVIII 6.3]

changed rule staffing_grievance_abeyance   [XVIII 5.3; XVIII 5.3 b -> XVIII 6.3; XVIII 6.3 b]

changed term college_counselor_enrollment   [XVIII 5.4 -> XVIII 6.4]

changed term college_counselor_school   [XVIII 5.4 -> XVIII 6.4]
  value:
    was serves_high_grades(s) and s.enrollment >= college_counselor_enrollment and as_of >= college_counselor_start(in_appendix_x(s))
    now serves_high_grades(s) and s.enrollment >= college_counselor_enrollment and as_of >= college_counselor_from
  quoted text:
    was every high school with at least 900 students
    now District shall provide a college counselor or college adviser to every high school with at least 900 students

changed term college_counselor_campus   [XVIII 5.4 b -> XVIII 6.4 b]

changed reading college_campus_scope   [XVIII 5.4 b -> XVIII 6.4 b]

changed term college_counselor_campus_covered   [XVIII 5.4 b -> XVIII 6.4 b]

changed term college_counselors_required   [XVIII 5.4; XVIII 5.4 b -> XVIII 6.4; XVIII 6.4 b]
  value:
    was max(count(each s in k.schools where college_counselor_school(s)) / 1 school per position, if as_of >= 2024-07-01 and college_counselor_campus_covered(k) then college_counselor_campus(campus_enrollment(k), count(each s in k.schools)) else 0 positions)
    now max(count(each s in k.schools where college_counselor_school(s)) / 1 school per position, if as_of >= college_counselor_from and college_counselor_campus_covered(k) then college_counselor_campus(campus_enrollment(k), count(each s in k.schools)) else 0 positions)

changed term campus_college_counselors   [XVIII 5.4 -> XVIII 6.4]

changed rule college_counselor_staffing   [XVIII 5.4; XVIII 12.0 -> XVIII 6.4; XVIII 13.0]

changed term college_coverage_pay   [XVIII 5.4 -> XVIII 6.4]

changed rule college_coverage_pay_owed   [XVIII 5.4 -> XVIII 6.4]

changed term eec_ratio   [XVIII 6.0 -> XVIII 7.0]

changed term eec_teachers_required   [XVIII 6.0 -> XVIII 7.0]

changed rule eec_over_ratio   [XVIII 6.0 -> XVIII 7.0]

changed term eec_penalty   [XVIII 6.0 -> XVIII 7.0]

changed rule eec_penalty_owed   [XVIII 6.0 -> XVIII 7.0]

changed term cs_task_force_utla   [XVIII 8.0 -> XVIII 16.0]

changed term cs_task_force_lausd   [XVIII 8.0 -> XVIII 16.0]

changed term cs_task_force_parents_each   [XVIII 8.0 -> XVIII 16.0]

changed term cs_task_force_meeting_interval   [XVIII 8.0 a -> XVIII 16.0 a]

changed term cs_task_force_report_interval   [XVIII 8.0 b -> XVIII 16.0 b]

changed term eoc_partner_universities   [XVIII 9.0 -> XVIII 17.0]

changed term psw_required   [XVIII 9.0 b -> XVIII 9.0 b; XVIII 13.0]
  value:
    was psw_thresholds_required(campus_enrollment(k))
    now psw_allocation_for(campus_enrollment(k))
  quoted text:
    was Campuses that house multiple schools shall have the student population counted collectively towards the ratio in subsection a above.
    now Campuses that house multiple schools shall have the student population counted collectively towards the ratio in subsection a above. / campuses that house multiple schools will have their total student population combined

changed rule psw_staffing   [XVIII 9.0 a; XVIII 9.0 b]
  quoted text:
    was Schools with an enrollment of 600 or more shall be provided with a centrally District Funded PSW position. / Campuses that house multiple schools shall have the student population counted collectively towards the ratio in subsection a above.
    now LAUSD will provide centrally funded positions to schools at a ratio of 1:400 students. / Campuses that house multiple schools shall have the student population counted collectively towards the ratio in subsection a above.

changed term psa_chronic_required   [XVIII 9.0 -> XVIII 10.0; XVIII 10.0 b]
  value:
    was if as_of >= 2024-07-01 and rate >= psa_chronic_threshold then psa_chronic_allocation else 0 positions
    now (if rate >= psa_additional_threshold then psa_additional_allocation else 0 positions) + (if psa_chronic_stacking is stacks and rate >= psa_chronic_threshold then psa_chronic_allocation else 0 positions)
  quoted text:
    was Beginning July 1, 2024, the District will allocate a .5 FTE of a PSA to schools with chronic absence rates of 35% or higher.
    now Beginning July 1, 2024, the District will allocate a .5 FTE of a PSA to schools with chronic absence rates of 35% or higher. / For schools with chronic absence rates of 20% or higher will receive an additional 0.5 full time equivalent position (FTE) will be centrally funded.

changed rule psa_staffing   [XVIII 9.0 -> XVIII 10.0; XVIII 13.0]
  for each:
    was f in SchoolFacts where psa_chronic_required(f.chronic_absence) > 0 positions
    now k in Campus where has_school_facts(k)
  outcome 1:
    was requires psa_chronic_required(f.chronic_absence), has school_position_fte(f.school, PSA): "a PSA for a chronic absence rate of 35% or more"
    now requires campus_psa_required(k), has campus_position_fte(k, PSA): "PSA counselors for {campus_enrollment(k)} and the schools' chronic absence"
  quoted text:
    was Beginning July 1, 2024, the District will allocate a .5 FTE of a PSA to schools with chronic absence rates of 35% or higher.
    now Beginning July 1, 2024, the District will allocate a .5 FTE of a PSA to schools with chronic absence rates of 35% or higher. LAUSD shall provide centrally funded PSA positions in the following manner / campuses that house multiple schools will have their total student population combined

changed term psychologists_required   [XVIII 10.0 -> XVIII 11.0 a; XVIII 11.0 b]
  value:
    was psychologist_base(psychologist_level(s))
    now psychologist_school_allocation(psychologist_level(s), s.enrollment)
  quoted text:
    was the base allocation of School Psychologist at schools shall be increased
    now One (1) centrally-funded School Psychologist at every elementary and secondary school / One (1) additional centrally-funded School Psychologist at every secondary school with 1000 or more students

changed rule psychologist_staffing   [XVIII 10.0 -> XVIII 11.0; XVIII 13.0]
  for each:
    was f in SchoolFacts
    now k in Campus where has_school_facts(k)
  outcome 1:
    was requires psychologists_required(f.school), has school_position_fte(f.school, Psychologist): "school psychologist allocation for a {psychologist_level(f.school)} school"
    now requires campus_psychologists_required(k), has campus_position_fte(k, Psychologist): "school psychologists for the campus's schools"
  quoted text:
    was On July 1, 2024, the base allocation of School Psychologist at schools shall be increased as follows: Elementary Schools - From .25 to .35 full-time equivalent; Middle Schools - From .4 to .5 full-time equivalent; High Schools - From .5 to .6 full-time equivalent
    now the base allocation of School Psychologist at schools shall be increased as follows: a. One (1) centrally-funded School Psychologist at every elementary and secondary school b. One (1) additional centrally-funded School Psychologist at every secondary school with 1000 or more students / campuses that house multiple schools will have their total student population combined

changed term arts_ratio   [XVIII 11.0 -> XVIII 12.0]

changed term arts_required   [XVIII 11.0 -> XVIII 12.0]

changed rule arts_staffing   [XVIII 11.0 -> XVIII 12.0]

changed term class_size_penalty   [XVIII 12.0 -> XVIII 4.0]
  quoted text:
    was the staff member (s) who take on additional work as a result shall be paid an additional one hundred dollars ($100) per day for every day the workload exceeds the maximum
    now the affected teacher shall be paid an additional one hundred dollars ($100) per day for every day the workload exceeds the maximum

changed rule class_size_penalty_owed   [XVIII 12.0 -> XVIII 4.0]
  quoted text:
    was For all positions for which a class size maximum, caseload maximum, central funding commitment or ratio exists in this contract, post norm day, in those instances in which any of those maximums, ratios or central funding commitments are violated the staff member (s) who take on additional work as a result shall be paid an additional one hundred dollars ($100) per day for every day the workload exceeds the maximum.
    now Post norm day, in those instances in which class size exceeds the maximum dictated by this article, the affected teacher shall be paid an additional one hundred dollars ($100) per day for every day the workload exceeds the maximum.

changed term staffing_penalty   [XVIII 12.0 -> XVIII 13.0]

changed term support_short   [XVIII 12.0 -> XVIII 13.0]
  value:
    was if p is PSW then campus_position_fte(f.school.campus, PSW) < psw_required(f.school.campus) else if p is PSA then school_position_fte(f.school, PSA) < psa_chronic_required(f.chronic_absence) else if p is Psychologist then school_position_fte(f.school, Psychologist) < psychologists_required(f.school) else if p is Librarian then is_secondary(f.school) and campus_position_fte(f.school.campus, Librarian) < librarians_per_facility * campus_library_facilities(f.school.campus) else if p is Arts then school_position_fte(f.school, Arts) < arts_required(f.homeroom_classes) else if p is PE then school_position_fte(f.school, PE) < elementary_pe_required(elementary_classrooms(f.school)) else false
    now if p is PSW then campus_position_fte(f.school.campus, PSW) < psw_required(f.school.campus) else if p is PSA then campus_position_fte(f.school.campus, PSA) < campus_psa_required(f.school.campus) else if p is Psychologist then campus_position_fte(f.school.campus, Psychologist) < campus_psychologists_required(f.school.campus) else if p is Librarian then is_secondary(f.school) and campus_position_fte(f.school.campus, Librarian) < librarians_per_facility * campus_library_facilities(f.school.campus) else if p is Arts then school_position_fte(f.school, Arts) < arts_required(f.homeroom_classes) else if p is PE then school_position_fte(f.school, PE) < elementary_pe_required(elementary_classrooms(f.school)) else false

changed rule support_staffing_penalty_owed   [XVIII 12.0 -> XVIII 13.0]

changed term staffing_report_interval   [XVIII 13.0 b -> XVIII 14.0 b]

changed rule class_violation_parent_notice   [XVIII 13.0 c -> XVIII 14.0 c]

changed term sss_task_force_utla   [XVIII 14.0 -> XVIII 15.0]

changed term sss_task_force_lausd   [XVIII 14.0 -> XVIII 15.0]

changed term sss_task_force_each_role   [XVIII 14.0 -> XVIII 15.0]

changed term sss_task_force_meetings   [XVIII 14.0 -> XVIII 15.0]

changed term bereavement_days   [XII 9.0]
  value:
    was 3 working days
    now 5 working days
  quoted text:
    was An employee is entitled to a paid leave/absence from the District, not to exceed three days, on account of the death of an member of the employee's immediate family
    now An employee is entitled to a paid leave/absence from the District, not to exceed three five (5) days, on account of the death of an qualified family member as defined below.

changed term bereavement_window_ok   [XII 9.0 -> XII 9.0; XII 9.0]
  value:
    was starts <= bereavement_start_by(death) and starts <= ends
    now starts <= ends and ends <= bereavement_complete_by(death) and (bereavement_window is three_months or starts <= bereavement_start_by(death))
  quoted text:
    was the leave/absence commences within ten calendar days of the death
    now Bereavement leave may be taken consecutively or intermittently so long as the leave commences and is completed within (3) months from the qualifying family members' date of death. / the leave/absence commences within ten calendar days of the death

changed rule bereavement_days_over   [XII 9.0]
  quoted text:
    was An employee is entitled to a paid leave/absence from the District, not to exceed three days ... If out of state travel is required and requested, an additional two days (2) shall be granted.
    now An employee is entitled to a paid leave/absence from the District, not to exceed five (5) days, on account of the death of an qualified family member as defined below ... If out of state travel is required and requested, an additional two days (2) shall be granted.

changed rule bereavement_window_missed   [XII 9.0]
  quoted text:
    was if acceptable proof of death and relationship is provided and the leave/absence commences within ten calendar days of the death
    now Bereavement leave may be taken consecutively or intermittently so long as the leave commences and is completed within (3) months from the qualifying family members' date of death.

changed term parental_sick_leave_required   [XII 10.4 a]
  value:
    was false
    now true
  quoted text:
    was For the following eight (8) weeks, the employee will receive 50% of their salary and may use all his/her accumulated illness/sick leave to be compensated for the remaining 50%.
    now For the following eight (8) weeks, the employee will receive 50% of their salary and may must use all their accumulated illness/sick leave to be compensated for the remaining 50%.

added term secondary_prep_average   [IX 6.0]
  type: minutes per school day
  value: 90 minutes per school day

added rule secondary_prep_below_average   [IX 6.0]
  for each: p in PrepWeek where p.rules is Secondary and p.school_days > 0 school days
  let average: p.prep_minutes / p.school_days
  outcome 1: violation when average < secondary_prep_average: "{average} of preparation in the week of {p.week}; the proposal gives an average of {secondary_prep_average}"

added term elementary_weekly_prep   [IX 7.0]
  type: minutes
  value: 120 minutes

added rule elementary_prep_below_minimum   [IX 7.0]
  for each: p in PrepWeek where p.rules is Elementary and p.school_days is 5 school days
  outcome 1: violation when p.prep_minutes < elementary_weekly_prep: "{p.prep_minutes} of preparation in the week of {p.week}; the proposal gives at least {elementary_weekly_prep}"

added rule unequal_preparation   [IX 7.0]
  for each: p in PrepWeek where p.rules is Elementary
  let most: max(x.prep_minutes for each x in PrepWeek where x.rules is Elementary and x.week is p.week and x.teacher.school is p.teacher.school)
  outcome 1: notice when p.prep_minutes < most: "{p.prep_minutes} of preparation in the week of {p.week}, while another teacher at the site has {most}"

added term dual_language_coordinators   [XI-B 1.3]
  type: (n: regions) positions
  value: n * (1 position / 1 region)

added term asl_specialists   [XI-B 1.4]
  type: (n: regions) positions
  value: n * (1 position / 1 region)

added term advisory_group_meetings   [XI-B 5.0]
  type: meetings
  value: 4 meetings

added term newcomer_funding_share   [XI-B 8.0]
  type: percent
  value: 5%

added term newcomer_funding_eligible   [XI-B 8.0]
  type: (newcomers: students, enrolled: students) bool
  value: newcomers >= newcomer_funding_share of enrolled

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

added term college_counselor_from   [XVIII 6.4 b]
  type: date
  value: 2024-07-01

added reading psw_allocation   [XVIII 9.0 a; XVIII 9.0 b]
  choice ratio_400: (default) 1:400 is the proposal's new text caught in the strike; the 600 and 1,200 thresholds are struck
  choice thresholds: the strike is a formatting slip: the 600 and 1,200 thresholds stay and there is no 1:400 ratio
  choice none: everything struck is struck: no school allocation of PSWs remains in 9.0 a

added reading support_ratio_rounding   [XVIII 9.0 a; XVIII 10.0 a]
  choice prorated: (default) the students divided by the ratio, fractions of a position included: 600 students fund 1.5 positions
  choice whole: one position for each full ratio of students; for PSAs a school under 400 still gets its share (students / 400)

added term psw_ratio   [XVIII 9.0 a]
  type: students per position
  value: 400 students per position

added term psw_ratio_required   [XVIII 9.0 a]
  type: (n: students) positions
  value: if support_ratio_rounding is prorated then n / psw_ratio else floor(n / psw_ratio)

added term psw_allocation_for   [XVIII 9.0 a]
  type: (n: students) positions
  value: if psw_allocation is ratio_400 then psw_ratio_required(n) else if psw_allocation is thresholds then psw_thresholds_required(n) else 0 positions

added term psw_facilitator_ratio   [XVIII 9.0 d]
  type: number
  value: 5

added term psw_facilitators_required   [XVIII 9.0 d]
  type: (clinic_psws: positions) positions
  value: if support_ratio_rounding is prorated then clinic_psws / psw_facilitator_ratio else floor(clinic_psws / psw_facilitator_ratio)

added term psw_erics_ratio   [XVIII 9.0 d]
  type: students per position
  value: 25 students per position

added term psw_consultant_ratio   [XVIII 9.0 e]
  type: schools per position
  value: 20 schools per position

added term psw_crisis_ratio   [XVIII 9.0 f]
  type: number
  value: 20

added term psa_ratio   [XVIII 10.0 a]
  type: students per position
  value: 400 students per position

added term psa_base_required   [XVIII 10.0 a]
  type: (n: students) positions
  value: if n < 1 position * psa_ratio or support_ratio_rounding is prorated then n / psa_ratio else floor(n / psa_ratio)

added term psa_additional_threshold   [XVIII 10.0 b]
  type: percent
  value: 20%

added term psa_additional_allocation   [XVIII 10.0 b]
  type: positions
  value: 0.5 FTE

added reading psa_chronic_stacking   [XVIII 10.0; XVIII 10.0 b]
  choice stacks: (default) both apply: .5 FTE at 20% or more, and another .5 FTE at 35% or more
  choice replaces: the 20% rule replaces the 35% rule: .5 FTE at 20% or more

added term campus_psa_required   [XVIII 10.0; XVIII 13.0]
  type: (k: Campus) positions
  value: psa_base_required(campus_enrollment(k)) + sum(psa_chronic_required(f.chronic_absence) for each f in SchoolFacts where f.school.campus is k)

added term psa_immigrant_per_region   [XVIII 10.0 c]
  type: positions
  value: 5 positions

added rule psa_immigrant_staffing   [XVIII 10.0 c]
  for each: r in Region
  outcome 1: requires psa_immigrant_per_region, has r.immigrant_psas: "PSAs serving immigrant students in {r.name}"

added term psa_specialized_services   [XVIII 10.0 d]
  type: positions
  value: 300 FTE

added reading psychologist_date   [XVIII 11.0]
  choice from_2025: (default) the allocation of a and b starts on July 1, 2025; 2024 is the existing date
  choice from_2024: old before new: the allocation of a and b starts on July 1, 2024

added term psychologist_start   [XVIII 11.0]
  type: date
  value: if psychologist_date is from_2025 then 2025-07-01 else 2024-07-01

added term psychologist_large_secondary   [XVIII 11.0 b]
  type: students
  value: 1000 students

added term psychologist_school_allocation   [XVIII 11.0 a; XVIII 11.0 b]
  type: (level: Level, n: students) positions
  value: if as_of >= psychologist_start then 1 position + (if level is not Elementary and n >= psychologist_large_secondary then 1 position else 0 positions) else psychologist_base(level)

added term campus_psychologists_required   [XVIII 11.0 b; XVIII 13.0]
  type: (k: Campus) positions
  value: sum(psychologists_required(s) for each s in k.schools) + (if as_of >= psychologist_start and count(each s in k.schools where is_secondary(s)) > 1 school and campus_secondary_enrollment(k) >= psychologist_large_secondary and not any(each s in k.schools where is_secondary(s) and s.enrollment >= psychologist_large_secondary) then 1 position else 0 positions)

added term bereavement_complete_months   [XII 9.0]
  type: months
  value: 3 months

added term bereavement_complete_by   [XII 9.0]
  type: (death: date) date
  value: death + bereavement_complete_months

added reading bereavement_window   [XII 9.0]
  choice three_months: (default) the leave commences and is completed within three months of the death; the ten-day clause is the old text the proposal replaces
  choice both: both windows bind: the leave commences within ten calendar days of the death and is completed within three months

added unit designated person   []
  unit: designated person, designated persons

added term designated_person_limit   [XII 9.0 h]
  type: designated persons
  value: 1 designated person

added term traumatic_leave_days   [XII 9.1]
  type: working days
  value: 5 working days

added term traumatic_request_months   [XII 9.1]
  type: months
  value: 3 months

added term traumatic_request_by   [XII 9.1]
  type: (incident: date) date
  value: incident + traumatic_request_months

added rule traumatic_leave_over   [XII 9.1]
  for each: l in LeaveRequest where l.kind is Traumatic
  let request_by: traumatic_request_by(l.event)
  outcome 1: violation when l.days > traumatic_leave_days: "{l.days} of traumatic-incident leave; up to {traumatic_leave_days} are allowed"
  outcome 2: violation when l.applied > request_by: "leave for an incident on {l.event} requested on {l.applied}; the request was due by {request_by}"

added term pn_days_available   [XII 14.0; XII 14.1 b]
  type: (full_pay: working days) working days
  value: full_pay

added term dace_pd_weekly_hours   [XXI 5.2]
  type: hours
  value: 20 hours

added term dace_pd_hour   [XXI 5.2]
  type: hours
  value: 1 hour

added term dace_pd_paid_hours   [XXI 5.2]
  type: (weekly: hours) hours
  value: if weekly >= dace_pd_weekly_hours then dace_pd_hour else 0 hours

added term dace_pd_agenda_notice   [XXI 5.2]
  type: hours
  value: 24 hours

added rule dace_pd_hour_paid   [XXI 5.2]
  for each: a in DaceAssignment where a.weekly_hours >= dace_pd_weekly_hours
  outcome 1: requires dace_pd_paid_hours(a.weekly_hours), has a.pd_hours: "a paid professional development hour for a {a.weekly_hours} weekly assignment"

removed term secondary_prep_periods   [IX 6.0]
  type: periods
  value: 5 periods

removed rule secondary_prep_short   [IX 6.0]
  for each: p in PrepWeek where p.rules is Secondary and p.school_days is 5 school days
  outcome 1: violation when p.prep_periods < secondary_prep_periods: "{p.prep_periods} of preparation in the week of {p.week}; the agreement gives {secondary_prep_periods} weekly"

removed term college_counselor_start   [XVIII 5.4 a; XVIII 5.4 b]
  type: (appendix_x: bool) date
  value: if appendix_x then 2023-07-01 else 2024-07-01

removed term in_appendix_x   [XVIII 5.4 a]
  type: (s: School) bool
  value: any(each f in SchoolFacts where f.school is s and f.appendix_x)

removed term bereavement_documentation_days   [XII 9.0]
  type: calendar days
  value: 30 calendar days

removed term bereavement_documentation_due   [XII 9.0]
  type: (first_day: date) date
  value: first_day + bereavement_documentation_days

removed term pn_days_per_year   [XII 14.1 a]
  type: working days
  value: 6 working days

removed term pn_substitute_days_per_year   [XII 14.1 a]
  type: working days
  value: 3 working days

removed term pn_family_illness_days   [XII 14.1 a (1)]
  type: working days
  value: 6 working days

removed term pn_days_left   [XII 14.1 a; XII 14.1 a (1); XII 14.1 b]
  type: (used: working days, family_used: working days, full_pay: working days, substitute: bool) working days
  value: min(max(0 working days, (if substitute then pn_substitute_days_per_year else pn_days_per_year) - (used - family_used)) + (if substitute then 0 working days else max(0 working days, pn_family_illness_days - family_used)), full_pay)

removed rule pn_over_annual_cap   [XII 14.1 a]
  for each: b in IllnessBalance
  let cap: if b.substitute then pn_substitute_days_per_year else pn_days_per_year
  let other_days: b.pn_days_used - b.pn_family_illness_days
  outcome 1: violation when other_days > cap or b.pn_family_illness_days > pn_family_illness_days: "{b.pn_days_used} of personal necessity this year ({b.pn_family_illness_days} for family illness); the limits are {cap} and {pn_family_illness_days} more for family illness"

removed term school_activities_pn_hours   [XII 14.0 m]
  type: hours
  value: 4 hours

removed term school_activities_other_hours   [XII 14.0 m]
  type: hours
  value: 36 hours

removed term school_activities_month_hours   [XII 14.0 m]
  type: hours
  value: 8 hours

removed term school_activities_year_hours   [XII 14.0 m]
  type: hours
  value: 40 hours

removed term school_activities_notice   [XII 14.0 m]
  type: working days
  value: 5 working days

removed term school_activities_notice_by   [XII 14.0 m]
  type: (absence: date) date
  value: absence - school_activities_notice

removed term pn_verification_notice   [XII 14.1 d]
  type: working days
  value: 5 working days

removed term pn_verification_by   [XII 14.1 d]
  type: (absence: date) date
  value: absence - pn_verification_notice

82 changed, 55 added, 19 removed
[exit 1]
