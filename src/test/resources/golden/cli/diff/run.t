# The union's proposal against the agreement as it stands: the class-size chart's new UTK rows and
# phased 11-12 and non-academic reductions (XVIII 2.0, 2.3), the counselor ratio 500:1 -> 350:1 then
# 275:1 with the 40% -> 50% rule (XVIII 5.0 -> 6.0), the new $100-a-day class-size payment (4.0).
$ ./cba diff contracts/lausd-utla/existing contracts/lausd-utla/utla-2025-06-17
contracts/lausd-utla/existing -> contracts/lausd-utla/utla-2025-06-17

changed term document_review_time   [IV 8.2 a]
  quoted text:
    was Written disclosure to the faculty of the proposed plan or change, with at least seven (7) days of review time provided prior to the documents being submitted to the Local District ... or central District offices, except in emergencies
    now Written disclosure to the faculty of the proposed plan or change, with at least seven (7) days of review time provided prior to the documents being submitted to the Region or central District offices, except in emergencies

changed enum ItinerantCategory   [IV 8.3 a]
  members:
    was Psychologist "School Psychologists", PSA "PSA Counselors", PSW "Psychiatric Social Workers", Nurse "Nurses", SLP "Speech and Language Pathologists", OTPT "Occupational & Physical Therapists", VAPA "Visual and Performing Arts (VAPA) educators"
    now Psychologist "School Psychologists", PSA "PSA Counselors", PSW "Psychiatric Social Workers", Nurse "Nurses", SLP "Speech and Language Pathologists", OTPT "Occupational & Physical Therapists"
  quoted text:
    was one Chapter Chair for each Local District ... , or similar governance structure, for each of the following
    now one Chapter Chair for each Region, or similar governance structure, for each of the following: School Psychologists, PSA Counselors, Psychiatric Social Workers, Nurses, Speech and Language Pathologists, and Occupational & Physical Therapists, ~~and Visual and Performing Arts (VAPA) educators.~~

changed term itinerant_chapter_chairs   [IV 8.3 a]
  quoted text:
    was The District shall recognize one Chapter Chair for each Local District ... , or similar governance structure, for each of the following
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
    now Class Size Averages & Maximums ... (The chart below has been edited to reflect full implementation of the UTLA 2025 proposal.)

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
    was The District shall maintain a secondary school counseling services ratio of 500-1 ... per secondary school.
    now School year 2025-2026: 350:1 School year 2026-2027: 275:1

changed term counselor_extra_share   [XVIII 5.0 -> XVIII 6.0]
  value:
    was 40%
    now 50%
  quoted text:
    was Once a school has exceeded 40% ... of the ratio, an additional secondary counselor shall be provided to the school by the District
    now Once a school has exceeded 50% of the ratio, an additional secondary counselor shall be provided to the school by the District.

changed rule counselor_allocation   [XVIII 5.0; XVIII 13.0 -> XVIII 6.0; XVIII 13.0]
  quoted text:
    was The District shall maintain a secondary school counseling services ratio of 500-1 ... per secondary school. / will have their total student population combined
    now The District shall maintain a secondary counselor ratio as follows: School year 2025-2026: 350:1 School year 2026-2027: 275:1 / will have their total student population combined

changed rule counselor_penalty_owed   [XVIII 5.0 -> XVIII 6.0]

changed entity Region   []
  field immigrant_psas:
    was (none)
    now positions

changed term serves_high_grades   [XVIII 5.4 -> XVIII 6.4]

changed term is_secondary   [XVIII 5.1 a -> XVIII 6.1 a]

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
    was In the event that the District is not able to meet the obligations of Sections 5.0-5.2 ... of this Article by October 1st of each school year
    now In the event that the District is not able to meet the obligations of Sections ... 6.0-6.2 of this Article by October 1st of each school year

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

changed rule college_counselor_staffing   [XVIII 5.4; XVIII 13.0 -> XVIII 6.4; XVIII 13.0]

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

changed term psw_required   [XVIII 9.0 b -> XVIII 9.0 b; XVIII 13.0]
  value:
    was psw_thresholds_required(campus_enrollment(k))
    now psw_allocation_for(campus_enrollment(k))
  quoted text:
    was Campuses that house multiple schools shall have the student population counted collectively towards the ratio in subsection a above.
    now Campuses that house multiple schools shall have the student population counted collectively towards the ratio in subsection a above. / campuses that house multiple schools will have their total student population combined

changed rule psw_staffing   [XVIII 9.0 a; XVIII 9.0 b]
  quoted text:
    was ~~Schools with an enrollment of 600 or more shall be provided with a centrally District Funded PSW position.~~ / Campuses that house multiple schools shall have the student population counted collectively towards the ratio in subsection a above.
    now ~~LAUSD will provide centrally funded positions to schools at a ratio of 1:400 students.~~ / Campuses that house multiple schools shall have the student population counted collectively towards the ratio in subsection a above.

changed term psa_chronic_required   [XVIII 10.0 -> XVIII 10.0; XVIII 10.0 b]
  value:
    was if as_of >= 2024-07-01 and rate >= psa_chronic_threshold then psa_chronic_allocation else 0 positions
    now (if rate >= psa_additional_threshold then psa_additional_allocation else 0 positions) + (if psa_chronic_stacking is stacks and rate >= psa_chronic_threshold then psa_chronic_allocation else 0 positions)
  quoted text:
    was Beginning July 1, 2024, the District will allocate a .5 FTE of a PSA to schools with chronic absence rates of 35% or higher.
    now Beginning July 1, 2024, the District will allocate a .5 FTE of a PSA to schools with chronic absence rates of 35% or higher. / For schools with chronic absence rates of 20% or higher will receive an additional 0.5 full time equivalent position (FTE) will be centrally funded.

changed rule psa_staffing   [XVIII 10.0 -> XVIII 10.0; XVIII 13.0]
  for each:
    was f in SchoolFacts where psa_chronic_required(f.chronic_absence) > 0 positions
    now k in Campus where has_school_facts(k)
  outcome 1:
    was requires psa_chronic_required(f.chronic_absence), has school_position_fte(f.school, PSA): "a PSA for a chronic absence rate of 35% or more"
    now requires campus_psa_required(k), has campus_position_fte(k, PSA): "PSA counselors for {campus_enrollment(k)} and the schools' chronic absence"
  quoted text:
    was Beginning July 1, 2024, the District will allocate a .5 FTE of a PSA to schools with chronic absence rates of 35% or higher.
    now Beginning July 1, 2024, the District will allocate a .5 FTE of a PSA to schools with chronic absence rates of 35% or higher. LAUSD shall provide centrally funded PSA positions in the following manner / campuses that house multiple schools will have their total student population combined

changed term psychologists_required   [XVIII 11.0 -> XVIII 11.0 a; XVIII 11.0 b]
  value:
    was psychologist_base(psychologist_level(s))
    now psychologist_school_allocation(psychologist_level(s), s.enrollment)
  quoted text:
    was the base allocation of School Psychologist at schools shall be increased
    now One (1) centrally-funded School Psychologist at every elementary and secondary school / One (1) additional centrally-funded School Psychologist at every secondary school with 1000 or more students

changed rule psychologist_staffing   [XVIII 11.0 -> XVIII 11.0; XVIII 13.0]
  for each:
    was f in SchoolFacts
    now k in Campus where has_school_facts(k)
  outcome 1:
    was requires psychologists_required(f.school), has school_position_fte(f.school, Psychologist): "school psychologist allocation for a {psychologist_level(f.school)} school"
    now requires campus_psychologists_required(k), has campus_position_fte(k, Psychologist): "school psychologists for the campus's schools"
  quoted text:
    was On July 1, ... 2024, the base allocation of School Psychologist at schools shall be increased as follows ... Elementary Schools - From .25 to .35 full-time equivalent ... Middle Schools - From .4 to .5 full-time equivalent ... High Schools - From .5 to .6 full-time equivalent
    now the base allocation of School Psychologist at schools shall be increased as follows: a. One (1) centrally-funded School Psychologist at every elementary and secondary school b. One (1) additional centrally-funded School Psychologist at every secondary school with 1000 or more students / campuses that house multiple schools will have their total student population combined

changed term class_size_penalty   [XVIII 13.0 -> XVIII 4.0]
  quoted text:
    was the staff member (s) who take on additional work as a result shall be paid an additional one hundred dollars ($100) per day for every day the workload exceeds the maximum
    now the affected teacher shall be paid an additional one hundred dollars ($100) per day for every day the workload exceeds the maximum

changed rule class_size_penalty_owed   [XVIII 13.0 -> XVIII 4.0]
  quoted text:
    was For all positions for which a class size maximum, caseload maximum, central funding commitment or ratio exists in this contract, post norm day, in those instances in which any of those maximums, ratios or central funding commitments are violated the staff member (s) who take on additional work as a result shall be paid an additional one hundred dollars ($100) per day for every day the workload exceeds the maximum.
    now Post norm day, in those instances in which class size exceeds the maximum dictated by this article, the affected teacher shall be paid an additional one hundred dollars ($100) per day for every day the workload exceeds the maximum.

changed term support_short   [XVIII 13.0]
  value:
    was if p is PSW then campus_position_fte(f.school.campus, PSW) < psw_required(f.school.campus) else if p is PSA then school_position_fte(f.school, PSA) < psa_chronic_required(f.chronic_absence) else if p is Psychologist then school_position_fte(f.school, Psychologist) < psychologists_required(f.school) else if p is Librarian then is_secondary(f.school) and campus_position_fte(f.school.campus, Librarian) < librarians_per_facility * campus_library_facilities(f.school.campus) else if p is Arts then school_position_fte(f.school, Arts) < arts_required(f.homeroom_classes) else if p is PE then school_position_fte(f.school, PE) < elementary_pe_required(elementary_classrooms(f.school)) else false
    now if p is PSW then campus_position_fte(f.school.campus, PSW) < psw_required(f.school.campus) else if p is PSA then campus_position_fte(f.school.campus, PSA) < campus_psa_required(f.school.campus) else if p is Psychologist then campus_position_fte(f.school.campus, Psychologist) < campus_psychologists_required(f.school.campus) else if p is Librarian then is_secondary(f.school) and campus_position_fte(f.school.campus, Librarian) < librarians_per_facility * campus_library_facilities(f.school.campus) else if p is Arts then school_position_fte(f.school, Arts) < arts_required(f.homeroom_classes) else if p is PE then school_position_fte(f.school, PE) < elementary_pe_required(elementary_classrooms(f.school)) else false

changed term bereavement_days   [XII 9.0]
  value:
    was 3 working days
    now 5 working days
  quoted text:
    was An employee is entitled to a paid leave/absence from the District, not to exceed three ... days, on account of the death of an member of the employee's immediate ... family
    now An employee is entitled to a paid leave/absence from the District, not to exceed five (5) days, on account of the death of an qualified family member as defined below.

changed term bereavement_window_ok   [XII 9.0 -> XII 9.0; XII 9.0]
  value:
    was starts <= bereavement_start_by(death) and starts <= ends
    now starts <= ends and ends <= bereavement_complete_by(death) and (bereavement_window is three_months or starts <= bereavement_start_by(death))
  quoted text:
    was the leave/absence commences within ten calendar days of the death
    now Bereavement leave may be taken consecutively or intermittently so long as the leave commences and is completed within (3) months from the qualifying family members' date of death. / the leave/absence commences within ten calendar days of the death

changed rule bereavement_days_over   [XII 9.0]
  quoted text:
    was An employee is entitled to a paid leave/absence from the District, not to exceed three ... days ... If out of state travel is required and requested, an additional two days (2) shall be granted.
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
    was For the following eight (8) weeks, the employee will receive 50% of their salary and may ... use all his/her ... accumulated illness/sick leave to be compensated for the remaining 50%.
    now For the following eight (8) weeks, the employee will receive 50% of their salary and may must use all ... their accumulated illness/sick leave to be compensated for the remaining 50%.

changed term lslc_classified_election_by   [XXVII 2.8 d -> XXVII 2.9 d]
  value:
    was y.start + 4 months - 1 calendar day
    now y.start + 3 months - 1 calendar day
  quoted text:
    was The non-certificated employee elections are to be no later than the first school month of the school year (July/August for Year-round, September/October for Traditional ... ).
    now The non-certificated employee elections are to be no later than the first school month of the school year (August/September for Traditional).

changed term lslc_term_of_office_start   [XXVII 2.8 d -> XXVII 2.9 d]
  quoted text:
    was The term of office for Council members is to be ... September 15 to September 14 in traditional calendar schools
    now The term of office for Council members is to be September 15 to September 14

changed rule lslc_nomination_late   [XXVII 2.9 b -> XXVII 3.0 b]

changed rule lslc_employee_parent_once   [XXVII 2.9 b -> XXVII 3.0 b]

changed term wc_private_workspace_conditional   [XXXI 2.0]
  value:
    was true
    now false
  quoted text:
    was For Counselors, PSAs, PSWs, Community School Coordinators, School Nurses, Speech-Language Pathologists, and School Psychologists, this workspace shall be private and confidential when necessitated by the nature of the work.
    now For Counselors, PSAs, PSWs, Community School Coordinators, School Nurses, Speech-Language Pathologists, and School Psychologists, this workspace shall be private and confidential ~~when necessitated by the nature of the work~~.

changed term agreement_term_length   [XXXII 1.0]
  value:
    was 3 years
    now 2 years
  quoted text:
    was This Agreement shall be for a term of three (3) ... years (20225 through 20257).
    now This Agreement shall be for a term of ~~three (3)~~ two (2) years (20225 through 20257).

changed term agreement_full_force_until   [XXXII 1.0]
  value:
    was 2025-06-30
    now 2027-06-30

changed term successor_negotiations_after   [XXXII 3.0]
  value:
    was 2022-04-01
    now 2027-01-01
  quoted text:
    was Negotiations for a successor agreement shall commence at the request of either party at any time after April 1, 2022.
    now Negotiations for a successor agreement shall commence at the request of either party at any time after ~~April 1, 2022.~~ January 1, 2027.

changed enum SdcProgram   [XXII 15.0; XXII 7.1]
  members:
    was AUT_C "AUT C", AUT_A "AUT A", DHH "Deaf / Hard of Hearing", VI "VI", PALs "PALs", PCC "PCC", UTK_PCC "UTK/PCC", PSC "PSC", ED "ED", IDM "IDM", IDS "IDS", MD "MD", SLD "SLD", CoreCurriculum "Core Curriculum", AlternateCurriculum "Alternate Curriculum"
    now AUT_C "AUT C", AUT_A "AUT A", DHH "Deaf Education / Hard of Hearing", VI "VI", PALs "PALs", PCC "PCC", UTK_PCC "UTK/PCC", PSC "PSC", ED "ED", IDM "IDM", IDS "IDS", MD "MDO", SLD "SLD", CoreCurriculum "Core Curriculum", AlternateCurriculum "Alternate Curriculum"

changed enum DisService   [XXII 15.0; XXII 3.0 -> XXII 15.0]
  members:
    was AdaptivePE "Adaptive PE", Audiology "Audiology", DHH_DIS "Deaf / Hard of Hearing", LanguageSpeech "Language/Speech", OrientationMobility "Orientation and Mobility", VI_DIS "Visually Impaired", RST "Resource Specialist", RT "Recreational Therapy"
    now AdaptivePE "Adaptive PE", Audiology "Audiology", DHH_DIS "Deaf Education / Hard of Hearing", LanguageSpeech "Language/Speech", OrientationMobility "Orientation and Mobility", VI_DIS "Visually Impaired", RST "Resource Specialist Teacher", RT "Recreational Therapy (RT)"
  quoted text:
    was Designated Instruction and Services / the maximum class caseload for an RSP teacher
    now Designated Instruction and Services

changed term sped_caps_binding   [XXII 1.0]
  value:
    was false
    now true
  quoted text:
    was The District shall ~~make every reasonable effort to~~ adhere to the Special Education class size caps in section 15.0 of this article.
    now The District shall adhere to the Special Education class size caps in section 15.0 of this article.

changed term sdc_curriculum_caps_apply   [XXII 15.0]
  value:
    was false
    now true
  quoted text:
    was Type of Special Day Class
    now For classes that are curriculum based programs the caps will be as follows: ... Core Curriculum 12 Alternate Curriculum 9-6

changed table sdc_class_size   [XXII 15.0 -> XXII 15.0; XXII 15.0]
  row IDM | *:
    was cap 12
    now cap 9
  row IDS | *:
    was cap 10
    now cap 6
  row CoreCurriculum | *:
    was (none)
    now cap 12
  row AlternateCurriculum | *:
    was (none)
    now cap sdc_alternate_curriculum_cap
  row {CoreCurriculum, AlternateCurriculum} | *:
    was cap -
    now (none)
  quoted text:
    was Autism – General Education Curriculum (AUT C) 10 (9 beginning July 1, 2024)
            Autism – Alternate Curriculum (AUT A) 6 Deaf / Hard of Hearing 6 (thru 8 years) 8 (9 years and up)
            Visually Impaired (VI) 6 (thru 8 years) 8 (9 years and up) Preschool for All Learners (PALs)* 10
            Preschool Collaborative Classroom (PCC) Early Education Centers* 10
            Preschool Collaborative Class with Universal Transitional Kindergarten (UTK/PCC)* 8
            Preschool Comprehensive Program (PSC)* 8 Emotional Disturbance (ED) 8
            Intellectual Disability Moderate (IDM) 12 Intellectual Disability Severe (IDS) 10
            Multiple Disabilities (MD) 8 Specific Learning Disability (SLD) 12
    now Autism – General Education Curriculum (AUT C) 10 (9 beginning July 1, 2024)
            Autism – Alternate Curriculum (AUT A) 6 Deaf <u>Education</u> / Hard of Hearing 6 (thru 8 years) 8 (9 years and up)
            Visually Impaired (VI) 6 (thru 8 years) 8 (9 years and up) Preschool for All Learners (PALs)* 10
            Preschool Collaborative Classroom (PCC) Early Education Centers* 10
            Preschool Collaborative Class with Universal Transitional Kindergarten (UTK/PCC)* 8
            Preschool Comprehensive Program (PSC)* 8 Emotional Disturbance (ED) 8
            Intellectual Disability Moderate (IDM) 12 <u>9</u> Intellectual Disability Severe (IDS) 10 <u>6</u>
            Multiple Disabilities (MD) <u>Multiple Disabilities/Orthopedic (MDO)</u> 8 Specific Learning Disability (SLD) 12 / For classes that are curriculum based programs the caps will be as follows: ... Core Curriculum 12 Alternate Curriculum 9-6

changed table sped_para_minimum   [XXII 7.1 -> XXII 7.1; MOU-SDP 2.0 a]
  row {AUT_C, AUT_A, ED, AlternateCurriculum}:
    was (none)
    now paras 2
  row {AUT_C, AUT_A, ED}:
    was paras 2
    now (none)
  quoted text:
    was Special Day Programs, including curriculum based programs, shall have a minimum of one (1) paraprofessional during the instructional day without encroachment, with the exception of programs who primarily service students with autism and emotional ... disturbance who shall have two (2) paraprofessionals.
    now Special Day Programs, including curriculum based programs, shall have a minimum of one (1) paraprofessional during the instructional day without encroachment, with the exception of programs who primarily service students with autism and emotional disability or alternate curriculum based programs, ... who shall have two (2) paraprofessionals. / Core curriculum programs shall have a minimum of one (1) paraprofessional during the instructional day without encroachment. Alternate curriculum based programs shall have two (two) paraprofessionals during the instructional day without encroachment.

changed rule sped_paras_short   [XXII 7.1; XXII 7.1 -> XXII 7.1; MOU-SDP 2.0 a]
  outcome 1:
    was notice when c.paraprofessionals < minimum: "{c.program} class has {c.paraprofessionals}; all efforts are to be made to give it {minimum}"
    now violation when c.paraprofessionals < minimum: "the {c.program} class has {c.paraprofessionals}; it shall have {minimum}"
  quoted text:
    was All efforts shall be made to ensure that Special Day Programs, including curriculum based programs, shall have a minimum of one (1) paraprofessional during the instructional day without encroachment / These minimums apply to Special Day Programs at Early Education Centers, Virtual Academy programs, Special Education Centers and Career and Transition Centers.
    now Special Day Programs, including curriculum based programs, shall have a minimum of one (1) paraprofessional during the instructional day without encroachment / At no time shall health assistants be counted as a paraprofessional in either if these settings.

changed table dis_caseload   [XXII 15.0; XXII 3.0 -> XXII 15.0]
  row AdaptivePE | true:
    was (none)
    now cap 40
  row AdaptivePE | false:
    was (none)
    now cap 55
  row DHH_DIS | *:
    was cap -
    now cap 35
  row LanguageSpeech | true:
    was (none)
    now cap 40
  row LanguageSpeech | false:
    was (none)
    now cap 50
  row RST | *:
    was cap rsp_caseload_max
    now cap 28
  row RT | *:
    was cap -
    now cap 30
  row AdaptivePE | *:
    was cap 60
    now (none)
  row LanguageSpeech | *:
    was cap 55
    now (none)
  quoted text:
    was Adaptive PE** 60 Audiology 80 students Deaf / Hard of Hearing students or 10 service hours per week
            Language/Speech** 55 Orientation and Mobility 15 students Visually Impaired 30 students / the maximum class caseload for an RSP teacher shall be 28
    now Adaptive PE** 60 <u>40 students in Early Education programs*</u> <u>55 students in all other programs</u>
            Audiology 80 students Deaf <u>Education</u> / Hard of Hearing <u>35</u> students or 10 service hours per week
            Language/Speech** 55 <u>40 students in Early Education programs*</u> <u>50 students in all other programs</u>
            Orientation and Mobility 15 students Visually Impaired 30 students <u>Resource Specialist Teacher</u> <u>28 Students</u>
            <u>Recreational Therapy (RT)</u> <u>30</u>

changed term dis_counts_students   [XXII 15.0]
  value:
    was service not in {DHH_DIS, RT}
    now service is not DHH_DIS
  quoted text:
    was Designated Instruction and Services Caseload
    now Designated Instruction and Services Caseload ... Recreational Therapy (RT) 30

changed rule dis_dhh_over_cap   [XXII 15.0 -> XXII 15.0; XXII 2.1]
  let served:
    was (none)
    now dis_others_on(p, as_of) + dis_early_on(p, as_of)
  outcome 1:
    was notice when p.weekly_service_hours > dis_dhh_hours_cap: "{p.weekly_service_hours} of service a week; the caseload is 10 service hours per week"
    now violation when dis_dhh_over(served, p.weekly_service_hours): "{served} and {p.weekly_service_hours} of service a week; the caseload is 35 students or 10 service hours per week"
  outcome 2:
    was (none)
    now pay sped_penalty for each d in school_days(sped_penalty_from(p.staff.school), as_of) where dis_dhh_over(dis_others_on(p, d) + dis_early_on(p, d), p.weekly_service_hours) to p.staff: "Deaf Education / Hard of Hearing caseload over its cap"
  quoted text:
    was Deaf <u>Education</u> / Hard of Hearing <u>35</u> students or 10 service hours per week
    now Deaf Education / Hard of Hearing 35 students or 10 service hours per week / per day for every day the workload exceeds the maximum

changed rule sdc_referral_available   [XXII 15.0 (a)]
  outcome 1:
    was notice when any(each d in window) and all(each d in window where sdc_enrolled(c, d) >= cap + sped_referral_excess): "{c.program} class at two or more over its cap of {cap} for more than a month: a referral may be made"
    now notice when any(each d in window) and all(each d in window where sdc_enrolled(c, d) >= cap + sped_referral_excess): "the {c.program} class has been two or more over its cap of {cap} for more than a month: a referral may be made to the Region Special Education Administrator"
  quoted text:
    was If optimum class norm size is exceeded by two for a temporary period of time which exceeds one month, a referral may be made to the Area Coordinator ... , Special Education, who may contact the Executive Director of ... Special Education, for assistance.
    now If optimum class size is exceeded by two for a temporary period of time which exceeds one month, a referral may be made to the Region Special Education Administrator, ... who may contact the ... Associate Superintendent, Special Education, for assistance.

changed rule sped_class_grade_span   [XXII 15.6 -> XXII 15.6; MOU-SDP 2.1]
  outcome 1:
    was violation when levels > sped_grade_levels_max: "{c.program} class holds {levels} grade levels; the limit is two"
    now violation when levels > sped_grade_levels_max: "the {c.program} class holds {levels} grade levels; the limit is two"
  quoted text:
    was Special Education classes shall be limited to two grade levels.
    now Special Education classes shall be limited to two grade levels. / Special Education curriculum based programs shall be limited to two grade levels per class.

changed term sped_recruit_members_each   [XXII 16.0 -> XXII 18.0]

changed term sped_recruit_meetings_per_year   [XXII 16.0 -> XXII 18.0]

changed term guest_speaker_request_lead   [XXV 4.1 -> XXV 1.2]

changed term guest_speaker_decision_lead   [XXV 4.1 -> XXV 1.2]

changed term bsap_appointment_date   [XXV-B 2.0 a]
  quoted text:
    was The appointment /re-appointment date shall be June 1 of each year, starting June 1, 2023.
    now The appointment /re-appointment date shall be June 1 of each year

changed term community_school_allocation   [XXV-C 8.0 A; XXV-C 8.0 B]
  value:
    was $250000
    now $250000 before 2025-07-01,
        $300000 from 2025-07-01
  quoted text:
    was Effective July 1, ... all schools selected to participate in the Community Schools Transformation Process shall receive $250,000 allocation from LAUSD for their first year of implementation. / Effective July 1, ... Community Schools shall receive an annual allocation of $250,000
    now Effective July 1, ... 2025, all schools selected to participate in the Community Schools Transformation Process shall receive $300,000 allocation from LAUSD for their first year of implementation. / Effective July 1, ... 2025, Community Schools shall receive an annual allocation of $300,000

changed term community_school_coordinator_fte   [XXV-C 8.0 C]
  quoted text:
    was Each Community School shall use part of their centrally allocated funds to purchase a full time Community School Coordinator.
    now ~~The District will centrally fund the Community School Coordinator and Community~~ School Parent Representative positions, separate from the annual $300,000 allocation.

changed term community_school_expansion_talks_from   [XXV-C 8.0 H]
  quoted text:
    was After one year of the implementation of this agreement and upon the request of either party
    now After one year of the implementation of this agreement and upon the request of either party the parties will begin discussions of expanding the number of participating schools further beyond the current number of 70.

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

added term lslc_training_review_by   [XXVII 2.4 a]
  type: (y: school year) date
  value: y.start + 3 months - 1 calendar day

added term lslc_budget_reports_per_month   [XXVII 2.4 b (7)]
  type: number
  value: 1

added term lslc_communication_period   [XXVII 2.8]
  type: weeks
  value: 2 weeks

added term lslc_communication_due   [XXVII 2.8]
  type: (decided: date) date
  value: decided + lslc_communication_period

added rule lslc_training_review   [XXVII 2.4 a]
  for each: k in Council
  outcome 1: deadline lslc_training_review_by(school_year(as_of)) for k.school: "the co-chairs review the joint LSLC training with the council"

added rule lslc_decisions_communicated   [XXVII 2.8]
  for each: m in CouncilMeeting where m.date <= as_of
  let due: lslc_communication_due(m.date)
  outcome 1: violation when m.decisions_communicated > due: "decisions of the {m.date} meeting communicated {m.decisions_communicated}; due by {due}"

added unit local region   []
  unit: local region, local regions

added term cc_centers_per_region   [MOU-CC 1.0]
  type: schools per local region
  value: 2 schools per local region

added term cc_youngest_age   [MOU-CC 2.0]
  type: months
  value: 6 months

added term cc_oldest_age   [MOU-CC 2.0]
  type: years
  value: 2 years

added term cc_accepting_students_by   [MOU-CC 2.0]
  type: (ratified: date) date
  value: ratified + 1 year

added term cc_work_group_utla_max   [MOU-CC 3.0]
  type: committee members
  value: 3 committee members

added term cc_work_group_meetings_per_semester   [MOU-CC 3.0]
  type: committee meetings
  value: 2 committee meetings

added term cc_mou_in_effect_until   [MOU-CC]
  type: date
  value: 2028-06-30

added term previous_semester_day   [MOU-CC 3.0]
  type: (d: date) date
  value: semester_of(d) - 1 school day

added term cc_previous_semester_checked   [MOU-CC 3.0]
  type: (d: date) bool
  value: any(each x in school_days(agreement_first_year.start, semester_of(d) - 1 calendar day) where agreement_in_full_force(x))

added term cc_meetings_in_semester   [MOU-CC 3.0]
  type: (d: date) committee meetings
  value: committee_meetings_held("childcare-work-group", semester_of(d), end_of_semester(d))

added rule cc_work_group_meetings   [MOU-CC 3.0]
  when: any(each m in CommitteeMeeting) and in_semester(as_of)
  let held_now: committee_meetings_held("childcare-work-group", semester_of(as_of), as_of)
  outcome 1: violation when cc_previous_semester_checked(as_of) and cc_meetings_in_semester(previous_semester_day(as_of)) < cc_work_group_meetings_per_semester: "the childcare work group held {cc_meetings_in_semester(previous_semester_day(as_of))} from {semester_of(previous_semester_day(as_of))} to {end_of_semester(previous_semester_day(as_of))}; at least {cc_work_group_meetings_per_semester}"
  outcome 2: deadline end_of_semester(as_of) for "childcare work group": "held {held_now} so far this semester; at least {cc_work_group_meetings_per_semester}"

added term pg_task_force_meetings_per_semester   [MOU-PG 3.0]
  type: committee meetings
  value: 1 committee meeting

added term pg_task_force_balanced   [MOU-PG 1.0]
  type: (district: committee members, utla: committee members) bool
  value: district is utla

added term pg_recommendations_due   [MOU-PG 3.0]
  type: date
  value: 2028-06-30

added term pg_mou_in_effect_until   [MOU-PG]
  type: date
  value: 2028-06-30

added rule pg_task_force_meetings   [MOU-PG 3.0]
  when: any(each m in CommitteeMeeting) and in_semester(as_of)
  let held: committee_meetings_held("professional-growth", semester_of(as_of), as_of)
  outcome 1: notice when held < pg_task_force_meetings_per_semester: "no professional-growth task force meeting yet this semester (from {semester_of(as_of)})"
  outcome 2: deadline end_of_semester(as_of) for "professional growth task force": "held {held} so far this semester; at least {pg_task_force_meetings_per_semester}"

added rule pg_task_force_recommendations   [MOU-PG 3.0]
  when: any(each m in CommitteeMeeting)
  outcome 1: deadline pg_recommendations_due for "professional growth task force": "recommendations to the District"

added unit weekend   []
  unit: weekend, weekends

added term ai_task_force_size   [AI 4.0]
  type: committee members
  value: 4 committee members + 4 committee members

added term ai_task_force_meetings_per_year   [AI 4.0]
  type: committee meetings
  value: 4 committee meetings

added term ai_internet_report_due   [AI 7.0]
  type: date
  value: 2026-06-30

added term ai_dropin_weekends   [AI 8.0]
  type: weekends per month
  value: 1 weekend per month

added rule ai_task_force_meetings   [AI 4.0]
  when: any(each m in CommitteeMeeting)
  let y: school_year(as_of)
  let held: committee_meetings_held("ai-task-force", y.start, as_of)
  outcome 1: deadline y.end for "AI task force": "held {held} so far this school year; at least {ai_task_force_meetings_per_year} by its end"

added unit ppb lead   []
  unit: ppb lead, ppb lead

added unit square foot   []
  unit: square foot, square feet

added reading green_by_year   [GREEN 1.0; GREEN 3.0 a; GREEN 4.0 e]
  choice end_of_year: (default) by the last day of that year (2030-12-31)
  choice start_of_year: by the first day of that year (2030-01-01)

added term green_by   [GREEN 1.0]
  type: (year_start: date) date
  value: if green_by_year is end_of_year then year_start + 1 year - 1 calendar day else year_start

added term green_lead_goal   [GREEN 1.0]
  type: ppb lead
  value: 0 ppb lead

added term green_lead_limit   [GREEN 1.0]
  type: ppb lead
  value: 5 ppb lead

added term green_elementary_lead_deadline   [GREEN 1.0]
  type: date
  value: 2026-2027.start

added term green_secondary_lead_deadline   [GREEN 1.0]
  type: date
  value: green_by(2030-01-01)

added term green_lead_ok   [GREEN 1.0]
  type: (lead: ppb lead) bool
  value: lead < green_lead_limit

added term green_testing_interval   [GREEN 1.0]
  type: years
  value: 1 year

added term green_aqi_threshold   [GREEN 2.0]
  type: number
  value: 150

added term green_aqi_sensitive_threshold   [GREEN 2.0]
  type: number
  value: 100

added term green_extra_filtration   [GREEN 2.0]
  type: (aqi: number, sensitive_request: bool) bool
  value: aqi > green_aqi_threshold or sensitive_request and aqi > green_aqi_sensitive_threshold

added term green_hvac_inspection_interval   [GREEN 2.0]
  type: years
  value: 1 year

added term green_progress_reports_per_year   [GREEN 2.0]
  type: number
  value: 2

added term green_electrification_deadline   [GREEN 2.0]
  type: date
  value: green_by(2040-01-01)

added term green_space_target   [GREEN 3.0 a]
  type: percent
  value: 30%

added term green_space_deadline   [GREEN 3.0 a]
  type: date
  value: green_by(2035-01-01)

added term green_space_shortfall   [GREEN 3.0 a]
  type: (green: square feet, campus_area: square feet) square feet
  value: max(0 square feet, green_space_target of campus_area - green)

added term green_clean_energy_deadline   [GREEN 4.0 e]
  type: date
  value: green_by(2030-01-01)

added term green_fleet_deadline   [GREEN 4.0 f]
  type: date
  value: green_by(2040-01-01)

added term green_psa_effective   [GREEN 5.0]
  type: date
  value: 2024-01-01

added term green_report_interval   [GREEN 6.0]
  type: years
  value: 1 year

added term green_facilities_task_force_max   [GREEN 7.0]
  type: committee members
  value: 3 * 4 committee members

added term green_cltf_max   [GREEN 8.0]
  type: committee members
  value: 3 * 4 committee members

added term green_cltf_meetings_per_year   [GREEN 8.0]
  type: committee meetings
  value: 4 committee meetings

added term green_champion_stipend   [GREEN 9.0]
  type: dollars per year
  value: $1800 per year

added term green_champion_rate   [GREEN 9.0]
  type: (atb: percent) dollars per year
  value: green_champion_stipend * (1 + atb)

added term green_champion_semester_payment   [GREEN 9.0]
  type: dollars
  value: green_champion_stipend * 1 year / 2

added term green_champion_pd_sessions   [GREEN 9.0 a]
  type: number
  value: 4

added term green_champion_site_sessions_min   [GREEN 9.0 b]
  type: number
  value: 1

added term green_cltf_convenings_per_year   [GREEN 9.0 g]
  type: number
  value: 4

added term green_nutrition_task_force_max   [GREEN 10.0]
  type: committee members
  value: 3 committee members + 3 committee members + 2 committee members + 2 committee members

added term green_nutrition_meetings_per_semester   [GREEN 10.0]
  type: committee meetings
  value: 1 committee meeting

added term green_nutrition_recommendations_due   [GREEN 10.0]
  type: date
  value: 2028-06-30

added entity WaterSource   []
  field id: key text
  field school: School
  field lead: ppb lead
  field tested: date

added entity ClimateChampion   []
  field school: key School
  field champion: Staff

added rule green_elementary_water_upgrade   [GREEN 1.0]
  for each: w in WaterSource where w.school.level is Elementary and not green_lead_ok(w.lead)
  outcome 1: violation when as_of >= green_elementary_lead_deadline: "{w.lead}; elementary sources must be below {green_lead_limit}"
  outcome 2: deadline green_elementary_lead_deadline for w.school: "upgrade source {w.id} ({w.lead}) below {green_lead_limit}"

added rule green_water_testing   [GREEN 1.0]
  for each: w in WaterSource
  outcome 1: violation when as_of > w.tested + green_testing_interval: "source {w.id} last tested for lead {w.tested}"

added rule green_climate_champion   [GREEN 9.0]
  for each: s in School where any(each c in ClimateChampion)
  outcome 1: violation when not any(each c in ClimateChampion where c.school is s): "the school has no Climate Champion"

added rule green_champion_stipend_owed   [GREEN 9.0]
  for each: c in ClimateChampion
  outcome 1: pay green_champion_semester_payment to c.champion: "Climate Champion stipend, this semester's payment"

added rule green_cltf_meetings   [GREEN 8.0]
  when: any(each m in CommitteeMeeting)
  let y: school_year(as_of)
  let held: committee_meetings_held("cltf", y.start, as_of)
  outcome 1: deadline y.end for "Climate Literacy Task Force": "held {held} so far this school year; at least {green_cltf_meetings_per_year} by its end"

added rule green_nutrition_meetings   [GREEN 10.0]
  when: any(each m in CommitteeMeeting)
  outcome 1: notice when in_semester(as_of) and committee_meetings_held("nutrition-task-force", semester_of(as_of), as_of) < green_nutrition_meetings_per_semester: "no Health and Nutrition Task Force meeting yet this semester (from {semester_of(as_of)})"
  outcome 2: deadline green_nutrition_recommendations_due for "Health and Nutrition Task Force": "recommendations to the District"

added unit dwelling   []
  unit: dwelling, dwellings

added term hous_90021_support   [HOUS 2.0 i]
  type: positions
  value: 3 * 1 position

added term hous_task_force_size   [HOUS 2.0 (second)]
  type: committee members
  value: 4 committee members + 4 committee members + 4 committee members

added term hous_task_force_years   [HOUS 2.0 (second)]
  type: school year
  value: 2025-2026 during 2025-2026,
        2026-2027 during 2026-2027

added term hous_recommendations_due   [HOUS 2.0 (second) a]
  type: date
  value: 2027-06-30

added term hous_rfp_notice   [HOUS 2.0 (second) d]
  type: calendar days
  value: 30 calendar days

added term hous_rfp_notice_due   [HOUS 2.0 (second) d]
  type: (announced: date) date
  value: announced - hous_rfp_notice

added term hous_low_income_share_min   [HOUS 3.0]
  type: percent
  value: 50%

added term hous_unrestricted_share_max   [HOUS 3.0]
  type: percent
  value: 20%

added term hous_project_ok   [HOUS 3.0]
  type: (total: dwellings, low_income: dwellings, unrestricted: dwellings) bool
  value: low_income >= hous_low_income_share_min of total and unrestricted <= hous_unrestricted_share_max of total

added enum HousingPriorityZip   [HOUS 4.0]
  members: Z90012 "90012", Z90021 "90021", Z90031 "90031", Z90032 "90032", Z90044 "90044", Z90059 "90059", Z91340 "91340", Z91405 "91405"

added term hous_priority_zip_count   [HOUS 4.0]
  type: number
  value: count(each z in HousingPriorityZip)

added term hous_liaison_days   [HOUS 6.0]
  type: school days
  value: 5 school days

added term hous_liaison_threshold   [HOUS 6.1]
  type: percent
  value: 3%

added term hous_liaison_stipend   [HOUS 6.1]
  type: dollars
  value: $1800

added term hous_liaison_eligible   [HOUS 6.1]
  type: (houseless: students, enrollment: students) bool
  value: houseless >= hous_liaison_threshold of enrollment

added entity HomelessLiaison   []
  field school: key School
  field liaison: Staff
  field houseless_students: students

added rule hous_homeless_liaison   [HOUS 6.0]
  for each: s in School where any(each h in HomelessLiaison)
  outcome 1: violation when not any(each h in HomelessLiaison where h.school is s): "no homeless liaison identified"

added rule hous_liaison_stipend_owed   [HOUS 6.1]
  for each: h in HomelessLiaison where hous_liaison_eligible(h.houseless_students, h.school.enrollment)
  outcome 1: pay hous_liaison_stipend to h.liaison: "homeless liaison stipend: {h.houseless_students} houseless of {h.school.enrollment}, 3% or more"

added unit clinic   []
  unit: clinic, clinics

added unit resource center   []
  unit: resource center, resource centers

added term imm_committee_size   [IMM 2.0]
  type: committee members
  value: 3 committee members + 3 committee members + 2 committee members

added reading imm_committee_frequency   [IMM 2.0]
  choice six_a_year: (default) at least six meetings a year
  choice quarterly: at least once a quarter, four meetings a year

added term imm_committee_meetings_per_year   [IMM 2.0]
  type: committee meetings
  value: if imm_committee_frequency is six_a_year then 6 committee meetings else 4 committee meetings

added reading imm_clinics_basis   [IMM 8.0]
  choice per_region: (default) 4 citizenship clinics in each local region
  choice district_wide: 4 citizenship clinics in all; the workshops and trainings are in each local region

added term imm_citizenship_clinics   [IMM 8.0]
  type: (regions: local regions) clinics
  value: if imm_clinics_basis is per_region then 4 clinics per local region * regions else 4 clinics

added term imm_psa_per_region   [IMM 10.0]
  type: positions per local region
  value: 5 positions per local region

added term imm_dream_centers   [IMM 11.0]
  type: resource centers
  value: 8 resource centers

added term imm_leave_max   [IMM 15.0]
  type: years
  value: 5 years

added term imm_leave_latest_end   [IMM 15.0]
  type: (starts: date) date
  value: starts + imm_leave_max - 1 calendar day

added term imm_unpaid_release_max   [IMM 17.0]
  type: working days
  value: 10 working days

added term imm_unpaid_release_left   [IMM 17.0]
  type: (used: working days) working days
  value: max(0 working days, imm_unpaid_release_max - used)

added term imm_reinstatement_window   [IMM 20.0]
  type: years
  value: 5 years

added term imm_reinstatement_eligible   [IMM 20.0]
  type: (separated: date, returned: date) bool
  value: returned <= separated + imm_reinstatement_window

added term imm_fund_minimum   [IMM 21.0]
  type: dollars
  value: $500000

added rule imm_committee_meetings   [IMM 2.0]
  when: any(each m in CommitteeMeeting)
  let y: school_year(as_of)
  let held: committee_meetings_held("immigrant-support", y.start, as_of)
  outcome 1: deadline y.end for "District Immigrant Support Committee": "held {held} so far this school year; at least {imm_committee_meetings_per_year} by its end"

added term lgbtq_task_force_size   [LGBTQ 1.0]
  type: committee members
  value: 4 committee members + 4 committee members

added term lgbtq_community_members_min   [LGBTQ 1.0]
  type: committee members
  value: 2 committee members

added term lgbtq_task_force_meetings_per_semester   [LGBTQ 1.0]
  type: committee meetings
  value: 1 committee meeting

added term lgbtq_reports_per_year   [LGBTQ 1.0 e]
  type: number
  value: 1

added term lgbtq_restroom_share   [LGBTQ 3.0 b]
  type: percent
  value: 100%

added entity GenderNeutralRestroom   []
  field school: key School
  field designated: bool

added rule lgbtq_task_force_meetings   [LGBTQ 1.0]
  when: any(each m in CommitteeMeeting) and in_semester(as_of)
  let held: committee_meetings_held("lgbtq-task-force", semester_of(as_of), as_of)
  outcome 1: notice when held < lgbtq_task_force_meetings_per_semester: "no LGBTQIA+ task force meeting yet this semester (from {semester_of(as_of)})"
  outcome 2: deadline end_of_semester(as_of) for "LGBTQIA+ task force": "held {held} so far this semester; at least {lgbtq_task_force_meetings_per_semester}"

added rule lgbtq_gender_neutral_restrooms   [LGBTQ 3.0 b]
  let with_restroom: count(each s in School where any(each r in GenderNeutralRestroom where r.school is s and r.designated))
  let share: with_restroom / count(each s in School)
  outcome 1: notice when any(each r in GenderNeutralRestroom) and share < lgbtq_restroom_share: "{with_restroom} of {count(each s in School)} have a designated gender-neutral restroom (a share of {share}); the goal is all by {agreement_full_force_until}"

added term opt_advisory_max_per_side   [OPT 1.0]
  type: committee members
  value: 5 committee members

added term opt_advisory_meetings_per_year   [OPT 1.0]
  type: committee meetings
  value: 4 committee meetings

added term opt_support_per_region   [OPT 4.0]
  type: positions per local region
  value: 1 position per local region

added reading opt_childcare_funding_basis   [OPT 5.0]
  choice total: (default) $30,000 in all, shared among the sites
  choice per_site: up to $30,000 for each site that serves parenting students

added term opt_childcare_funding_cap   [OPT 5.0]
  type: dollars
  value: $30000

added term opt_childcare_funding_max   [OPT 5.0]
  type: (sites: number) dollars
  value: if opt_childcare_funding_basis is per_site then opt_childcare_funding_cap * sites else opt_childcare_funding_cap

added entity OptionsStaffing   []
  field school: key School
  field positions_last_year: positions
  field positions_now: positions

added rule opt_advisory_meetings   [OPT 1.0]
  when: any(each m in CommitteeMeeting)
  let y: school_year(as_of)
  let held: committee_meetings_held("options-advisory", y.start, as_of)
  outcome 1: deadline y.end for "Educational Options advisory": "held {held} so far this school year; at least {opt_advisory_meetings_per_year} by its end"

added rule opt_no_attrition   [OPT 2.0]
  for each: o in OptionsStaffing
  outcome 1: requires o.positions_last_year, has o.positions_now: "positions kept from last year at an Educational Options school"

added term va_professional_day_min   [VA 1.0]
  type: hours
  value: 8 hours

added term va_onsite_max   [VA 1.0]
  type: hours
  value: 6 hours

added term va_lunch_min   [VA 1.0]
  type: minutes
  value: 30 minutes

added term va_onsite_start   [VA 4.0 A]
  type: time
  value: 8:00 am

added term va_onsite_end   [VA 4.0 A]
  type: time
  value: 2:50 pm

added term va_meeting_end   [VA 4.0 A]
  type: time
  value: 3:50 pm

added term va_onsite_day   [VA 4.0 A]
  type: minutes
  value: va_onsite_end - va_onsite_start

added term va_meeting_day   [VA 4.0 A]
  type: minutes
  value: va_meeting_end - va_onsite_start

added reading va_onsite_obligation   [VA 1.0; VA 4.0 A]
  choice six_hours: (default) 1.0 governs: at most 6 hours on site plus the lunch period, 390 minutes with a 30-minute lunch
  choice schedule: 4.0 A governs: on site from 8:00 to 2:50, 410 minutes, which leaves a 50-minute lunch within 6 hours of work

added term va_onsite_limit   [VA 1.0; VA 4.0 A]
  type: minutes
  value: if va_onsite_obligation is six_hours then va_onsite_max + va_lunch_min else va_onsite_day

added term va_roa_cycle   [VA 3.0]
  type: weeks
  value: 2 weeks

added term va_roa_day_sync   [VA 3.0]
  type: minutes
  value: 30 minutes

added term va_elementary_sync   [VA 4.0 B (1)]
  type: hours
  value: 3 hours

added term va_secondary_live_support   [VA 4.0 B (2)]
  type: hours
  value: 3 hours

added term va_advisory   [VA 4.0 B (2) a]
  type: minutes
  value: 30 minutes

added term va_period_length   [VA 4.0 B (2) b]
  type: minutes
  value: 50 minutes

added term va_period_sync_min   [VA 4.0 B (2) b]
  type: minutes
  value: 40 minutes

added term va_pd_meeting_max   [VA 4.0 C (1)]
  type: hours
  value: 1 hour

added term va_meetings_per_week_max   [VA 4.0 C (2)]
  type: committee meetings
  value: 1 committee meeting

added term va_meetings_per_year_max   [VA 4.0 C (2)]
  type: committee meetings
  value: 30 committee meetings

added term va_meetings_per_month_max   [VA 4.0 C (2)]
  type: committee meetings
  value: 4 committee meetings

added term va_meeting_length_max   [VA 4.0 C (2)]
  type: hours
  value: 1 hour

added term va_courses_per_rotation_max   [VA 6.0 A (1)]
  type: number
  value: 2

added term va_courses_per_semester_max   [VA 6.0 B (1)]
  type: number
  value: 12

added term va_extra_course_stipend   [VA 6.0 B (1)]
  type: dollars per semester
  value: $1200 per semester

added term va_extra_course_pay   [VA 6.0 B (1)]
  type: (courses: number) dollars
  value: max(0, courses - va_courses_per_semester_max) * va_extra_course_stipend * 1 semester

added term va_resource_caseload_max   [VA 7.0 B (2)]
  type: students
  value: 24 students

added table va_roster_average   [VA 8.0]
  columns: (grade: Grade) -> (average: students)

added term va_secondary_multigrade_max   [VA 8.0 (2)]
  type: number
  value: 2

added term va_reassignment_xtime   [VA 12.0]
  type: hours
  value: 12 hours

added term va_reassignment_release   [VA 12.0]
  type: working days
  value: 2 working days

added term va_optional_pd_days   [VA 13.0]
  type: working days
  value: 2 working days

added term va_chapter_chair_release   [VA 17.0]
  type: hours
  value: 1 hour

added term va_teachers_per_classroom_max   [VA 19.0]
  type: number
  value: 1

added term va_drill_notice   [VA 22.0]
  type: hours
  value: 24 hours

added term va_relocation_return   [VA 25.0]
  type: (ended: date) date
  value: ended + 1 school day

added term va_committee_size   [VA 30.0]
  type: committee members
  value: 3 committee members + 3 committee members

added term va_committee_meetings_per_semester   [VA 30.0]
  type: committee meetings
  value: 2 committee meetings

added enum VaBand   []
  members: K3 "K-3", G4to12 "4-12"

added entity VaRoster   []
  field teacher: key Staff
  field band: VaBand
  field roster: students
  field courses: number
  field extra_courses_agreed: bool

added entity VaMeeting   []
  field id: key text
  field school: School
  field date: date
  field length: minutes

added term va_band_average   [VA 8.0]
  type: (b: VaBand) students
  value: if b is K3 then va_roster_average(K).average else va_roster_average(4).average

added rule va_roster_average_over   [VA 8.0]
  for each: s in School, b in VaBand where any(each r in VaRoster where r.teacher.school is s and r.band is b)
  let avg: average(r.roster for each r in VaRoster where r.teacher.school is s and r.band is b)
  outcome 1: violation when avg > va_band_average(b): "{b} Virtual Academy rosters average {avg}; the average is {va_band_average(b)}"

added rule va_extra_courses   [VA 6.0 B (1)]
  for each: r in VaRoster where r.courses > va_courses_per_semester_max
  outcome 1: violation when not r.extra_courses_agreed: "{r.courses} courses this semester without the teacher's agreement; at most {va_courses_per_semester_max}"
  outcome 2: pay va_extra_course_pay(r.courses) to r.teacher: "{r.courses} courses this semester: $1,200 for each course over 12"

added rule va_meeting_length   [VA 4.0 C (2)]
  for each: m in VaMeeting
  outcome 1: violation when m.length > va_meeting_length_max: "the {m.date} meeting lasted {m.length}; at most one hour"

added rule va_meetings_per_year   [VA 4.0 C (2)]
  for each: s in School where any(each m in VaMeeting where m.school is s)
  let y: school_year(as_of)
  let held: count(each m in VaMeeting where m.school is s and m.date >= y.start and m.date <= y.end)
  outcome 1: violation when held * 1 committee meeting > va_meetings_per_year_max: "{held} faculty, grade level, staff development or committee meetings in {y}; at most 30"

added term va_same_week   [VA 4.0 C (2)]
  type: (a: date, b: date) bool
  value: week_of(a) is week_of(b)

added rule va_meetings_per_week   [VA 4.0 C (2)]
  for each: m in VaMeeting where school_year(m.date) is school_year(as_of) and m.date is max(x.date for each x in VaMeeting where x.school is m.school and va_same_week(x.date, m.date))
  let held: count(each x in VaMeeting where x.school is m.school and va_same_week(x.date, m.date))
  outcome 1: violation when held * 1 committee meeting > va_meetings_per_week_max: "{held} meetings in the week from {week_of(m.date)} to {end_of_week(m.date)}; at most {va_meetings_per_week_max} a week"

added rule va_meetings_per_month   [VA 4.0 C (2)]
  for each: m in VaMeeting where school_year(m.date) is school_year(as_of) and m.date is max(x.date for each x in VaMeeting where x.school is m.school and month_of(x.date) is month_of(m.date))
  let held: count(each x in VaMeeting where x.school is m.school and month_of(x.date) is month_of(m.date))
  outcome 1: violation when held * 1 committee meeting > va_meetings_per_month_max: "{held} meetings from {month_of(m.date)} to {end_of_month(m.date)}; at most {va_meetings_per_month_max} in any month"

added rule va_implementation_meetings   [VA 30.0]
  when: any(each m in CommitteeMeeting) and in_semester(as_of)
  let held: committee_meetings_held("va-implementation", semester_of(as_of), as_of)
  outcome 1: deadline end_of_semester(as_of) for "Virtual Academy Implementation Committee": "held {held} so far this semester; at least {va_committee_meetings_per_semester}"

added rule sped_remedy_required   [XXII 2.0]
  for each: c in SpedClass where sdc_capped(c.program) and any(each s in c.students)
  let cap: sdc_cap(c)
  let enrolled: sdc_enrolled(c, as_of)
  outcome 1: notice when enrolled >= cap + sped_remedy_excess: "{enrolled} in the {c.program} class, two or more over its cap of {cap}: transfer students, open a class, or add an aide"

added term sped_penalty   [XXII 2.1]
  type: dollars per school day
  value: $100 per school day

added reading sped_penalty_start   [XXII 2.1]
  choice after_norm_day: (default) the school days after norm day, as XVIII 4.0 and the struck 2.1 count them
  choice first_day: every school day from the first day of school; the new 2.1 names no start

added term sped_penalty_from   [XXII 2.1]
  type: (s: School) date
  value: if sped_penalty_start is after_norm_day then s.calendar.norm_day + 1 calendar day else s.calendar.first_day

added rule sdc_penalty_owed   [XXII 2.1; MOU-SDP 2.0 b]
  for each: c in SpedClass where sdc_capped(c.program) and any(each s in c.students)
  let cap: sdc_cap(c)
  outcome 1: pay sped_penalty for each d in school_days(sped_penalty_from(c.school), as_of) where sdc_enrolled(c, d) > cap to c.teacher: "{c.program} class over its cap of {cap}"

added rule dis_penalty_owed   [XXII 2.1]
  for each: p in DisProvider where dis_counts_students(p.service)
  outcome 1: pay sped_penalty for each d in school_days(sped_penalty_from(p.staff.school), as_of) where dis_load_on(p, d) > dis_cap_on(p, d) to p.staff: "{p.service} caseload over its cap (weighted as the footnote ** says)"

added reading sdc_alternate_curriculum   [XXII 15.0; MOU-SDP 2.0]
  choice six: (default) 6: the earlier proposal's 9 is replaced by 6
  choice nine: 9: the first figure printed

added term sdc_alternate_curriculum_cap   [XXII 15.0; MOU-SDP 2.0]
  type: students
  value: if sdc_alternate_curriculum is six then 6 students else 9 students

added term dis_speech_cap_ratio   [XXII 15.0]
  type: number
  value: dis_caseload(LanguageSpeech, false).cap / dis_caseload(LanguageSpeech, true).cap

added term dis_speech_example_over   [XXII 15.0 footnote]
  type: (early: students, others: students) bool
  value: dis_weighted(LanguageSpeech, early, others) > dis_cap(LanguageSpeech, early, others)

added reading dis_dhh_measure   [XXII 15.0]
  choice first_reached: (default) over the cap when more than 35 students or more than 10 service hours a week
  choice either_within: within the cap while either measure is met: over only when both are exceeded

added term dis_dhh_over   [XXII 15.0]
  type: (students_served: students, weekly_hours: hours) bool
  value: if dis_dhh_measure is first_reached then students_served > dis_caseload(DHH_DIS, false).cap or weekly_hours > dis_dhh_hours_cap else students_served > dis_caseload(DHH_DIS, false).cap and weekly_hours > dis_dhh_hours_cap

added term mou_sdp_advisory_members   [MOU-SDP 1.0]
  type: number
  value: 4 + 4 + 4

added term mou_sdp_advisory_meetings_per_year   [MOU-SDP 1.0]
  type: number
  value: 4

added term mou_sdp_ends   [MOU-SDP]
  type: date
  value: 2028-06-30

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

removed enum SchoolWideGroup   []
  members: ElementaryK3 "elementary grades K-3", Elementary4to6 "elementary grades 4-6", MiddleSchool "middle school", SeniorHigh "senior high school", NotAveraged "not averaged by 2.4"

removed table school_wide_group   [XVIII 2.4 a; XVIII 2.4 b; XVIII 2.4 c]
  columns: (level: Level, grade: Grade) -> (group: SchoolWideGroup)

removed table school_wide_average   [XVIII 2.4 a; XVIII 2.4 b; XVIII 2.4 c]
  columns: (group: SchoolWideGroup) -> (average: students)

removed rule school_wide_average_over   [XVIII 2.4; XVIII 2.4 a; XVIII 2.4 b; XVIII 2.4 c]
  for each: s in School, w in SchoolWideGroup where w is not NotAveraged and any(each c in s.sections where school_wide_group(s.level, c.grade).group is w)
  let limit: school_wide_average(w).average
  let avg: average(c.enrollment for each c in s.sections where school_wide_group(s.level, c.grade).group is w)
  outcome 1: violation when avg > limit: "all {w} classes taken together average {avg}; the school-wide average may be at most {limit}"

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

removed term lslc_year_round_classified_election_by   [XXVII 2.8 d]
  type: (y: school year) date
  value: y.start + 2 months - 1 calendar day

removed term lslc_year_round_term_start   [XXVII 2.8 d]
  type: (y: school year) date
  value: y.start + 1 month

removed term lslc_multitrack_election_by   [XXVII 2.8 d]
  type: (y: school year) date
  value: y.start + 29 calendar days

removed term sped_remedy_period   [XXII 2.0]
  type: working days
  value: 10 working days

removed entity SpedOverNotice   [XXII 2.0]
  field id: key text
  field class: SpedClass
  field notified: date

removed rule sped_remedy_deadline   [XXII 2.0]
  for each: n in SpedOverNotice where sdc_capped(n.class.program) and any(each s in n.class.students) and sdc_enrolled(n.class, as_of) >= sdc_cap(n.class) + sped_remedy_excess
  outcome 1: deadline n.notified + sped_remedy_period for n.class.teacher: "remedy the class over its cap by two or more: transfer students, open a class, or add an aide"

removed term sped_over_2_comp   [XXII 2.1]
  type: dollars per semester
  value: $625 per semester

removed term sped_over_3_comp   [XXII 2.1]
  type: dollars per semester
  value: $1250 per semester

removed term sped_semester_comp   [XXII 2.1]
  type: (excess: students) dollars
  value: if excess >= 3 students then sped_over_3_comp * 1 semester else if excess >= 2 students then sped_over_2_comp * 1 semester else $0

removed rule sped_semester_comp_owed   [XXII 2.1]
  for each: c in SpedClass where sdc_capped(c.program) and any(each s in c.students) and any(each x in c.school.calendar.semesters where as_of in x.first_day..x.last_day)
  let cap: sdc_cap(c)
  let norm_day: max(x.norm_day for each x in c.school.calendar.semesters where as_of in x.first_day..x.last_day)
  let days: school_days(norm_day + 1 calendar day, as_of)
  let excess: max(0 students, max(sdc_enrolled(c, d) for each d in days) - cap)
  outcome 1: pay sped_semester_comp(excess) to c.teacher: "{c.program} class over its cap of {cap} by {excess} after norm day: compensation for this semester"

removed term rsp_caseload_max   [XXII 3.0]
  type: students
  value: 28 students

removed term sped_para_reassign_notice   [XXII 7.0]
  type: hours
  value: 24 hours

removed term bsap_community_org_minimum   [XXV-B 2.0 a]
  type: number
  value: 3

removed term bsap_first_term_start   [XXV-B 2.0 a]
  type: date
  value: 2023-07-01

93 changed, 246 added, 37 removed
[exit 1]
