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
  not in the data:     semesters, utla_releases, records_requests, site_documents, meetings, prep_weeks, assignment_changes, vacancies, out_of_classroom, itinerant_programs, evaluations, observations, evaluation_conferences, par_participants, consulting_teachers, master_plan_assignments, regions, school_facts, staffing_grievances, eec_classes, nonregister_teachers, section_subjects, leave_requests, illness_balances, dace_assignments, dace_shifts, adult_classes, adult_meetings, lslc_nominations, councils, council_meetings, committee_meetings, closures, co_locations, workspace_changes, school_parking, vermin_reports, sped_classes, sped_students, dis_providers, dis_caseload_groups, inclusion_schools, eec_pay_periods, eec_extra_service, eec_after_hours, cspp_classes, property_claims, harm_incidents, bsap_schools, community_schools, community_schools_program, water_sources, climate_champions, homeless_liaisons, gender_neutral_restrooms, options_staffing, va_rosters, va_meetings (taken as empty)
