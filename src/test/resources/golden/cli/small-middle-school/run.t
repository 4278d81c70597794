# A one-school district checked against the UTLA 2025-06-17 proposal, as of 2025-10-15.
# Hand computations from the text:
# - X1: grade 7 academic at a PHBAO middle school: band (6) 7-8, maximum 28 (XVIII 2.0). 30 > 28: violation.
#   Post norm day (norm day 2025-09-19, not counted) it was over 28 on 09-22 (29) and 09-24 (30),
#   not on 09-23 (28): 2 days x $100 = $200 to Ana Ruiz (XVIII 4.0).
# - X2: grade 8 non-academic: 39 - 2 = 37 in 2025-26 (XVIII 2.3 b). 36 <= 37: no violation today;
#   over on 09-22 (38): 1 day x $100 = $100 to Ben Cho.
# - X3: a non-elective PE class of 56 > 55 (XVIII 2.5): violation.
# - Counselors: 526 students = 350 + 176 and 176 > 175, so 2 counselors (XVIII 6.0); there is 1: short 1.
#   Overloaded, so Dee Fox is owed $100 for each school day after norm day to 2025-10-15:
#   Sept 22-26, Sept 29-Oct 3, Oct 6-10 (5 each) and Oct 13-15 (3) = 18 days = $1,800.
# - Tentative assignments (IX-A 2.0a): 2026-06-11 less 21 calendar days = 2026-05-21, for each teacher.
$ ./cba run contracts/lausd-utla/utla-2025-06-17 --data src/test/resources/golden/cli/small-middle-school --as-of 2025-10-15
LAUSD-UTLA — UTLA proposal 2025-06-17
as of 2025-10-15 (Wed), data: src/test/resources/golden/cli/small-middle-school (CSV folder)

School S1 (Adams Middle)
  VIOLATION (6) 7-8 academic classes average 30 students; the average may be at most 25 students   [XVIII 2.0]
            for School S1 (Adams Middle), (6) 7-8, academic
  VIOLATION (6) 7-8 non-academic classes average 36 students; the average may be at most 34.25 students   [XVIII 2.0]
            for School S1 (Adams Middle), (6) 7-8, non-academic
  VIOLATION 30 students in a grade 7 academic class; the maximum is 28 students   [XVIII 2.0]
            for Section X1
  VIOLATION 56 students in a PE class; the maximum is 55 students   [XVIII 2.5]
            for Section X3
  OWED      $200.00 to Staff T1 (Ana Ruiz): grade 7 academic class over its maximum of 28 students after norm day   [XVIII 4.0]
            for Section X1: 2 school days from 2025-09-22 (Mon) to 2025-09-24 (Wed) at $100.00 per school day
  OWED      $100.00 to Staff T2 (Ben Cho): grade 8 non-academic class over its maximum of 37 students after norm day   [XVIII 4.0]
            for Section X2: 1 school day from 2025-09-22 (Mon) to 2025-09-22 (Mon) at $100.00 per school day
  OWED      $1,800.00 to Staff C1 (Dee Fox): counselor workload over the maximum after norm day   [XVIII 6.0]
            for Staff C1 (Dee Fox): 18 school days from 2025-09-22 (Mon) to 2025-10-15 (Wed) at $100.00 per school day
  NOTICE    30 students in a class with a maximum of 28 students: students are to be evenly distributed among classes where possible   [XVIII 3.0]
            for Section X1
  DEADLINE  due 2026-05-14 (Thu): post the matrix of tentative classes for next year (about four weeks before teachers finish service)   [IX-A 2.0a]
            for School S1 (Adams Middle)
  DEADLINE  due 2026-05-21 (Thu): notify the teacher of the tentative assignment   [IX-A 2.0a]
            for 3 Staff (Staff T1 (Ana Ruiz), ...)
  totals: 4 violations, 0 unmet requirements, $2,100.00 owed, 4 deadlines

Campus K1 (Adams Campus)
  SHORT     secondary counselors for 526 students at 350 students per position: requires 2 positions, has 1 position   [XVIII 6.0]
            for Campus K1 (Adams Campus), short 1 position
  totals: 0 violations, 1 unmet requirement, $0.00 owed, 0 deadlines

Summary
  violations:          4
  counselor_allocation: short 1 position where short; 2 positions required and 1 position present in all
  money owed:          $2,100.00 in 3 payments
  deadlines:           4
  notices:             1
$ ./cba run contracts/lausd-utla/utla-2025-06-17 --data src/test/resources/golden/cli/small-middle-school --as-of 2025-10-15 --rule class_size_penalty_owed --explain
LAUSD-UTLA — UTLA proposal 2025-06-17
as of 2025-10-15 (Wed), data: src/test/resources/golden/cli/small-middle-school (CSV folder)

School S1 (Adams Middle)
  OWED      $200.00 to Staff T1 (Ana Ruiz): grade 7 academic class over its maximum of 28 students after norm day   [XVIII 4.0]
            for Section X1: 2 school days from 2025-09-22 (Mon) to 2025-09-24 (Wed) at $100.00 per school day
              Section X1.category = academic   (sections.csv, row 2, column category)
              Section X1.school = School S1 (Adams Middle)   (sections.csv, row 2, column school)
              School S1 (Adams Middle).type = PHBAO   (schools.csv, row 2, column type)
              class_type(Section X1) = PHBAO   (XVIII 2.0)
              School S1 (Adams Middle).level = Middle   (schools.csv, row 2, column level)
              Section X1.grade = 7   (sections.csv, row 2, column grade)
              grade_band(Middle, 7) = band (6) 7-8   (XVIII 2.0, the row on line 24)
              class_size(PHBAO, (6) 7-8, academic) = average 25 students, maximum 28 students, adult_ratio -   (XVIII 2.0, the row on line 81)
              class_limits(Section X1) = average 25 students, maximum 28 students, adult_ratio -   (XVIII 2.0)
              limits = average 25 students, maximum 28 students, adult_ratio -   (let in rule class_size_penalty_owed)
              SectionDay X1, 2025-09-18 (Thu).date = 2025-09-18 (Thu)   (section_days.csv, row 2, column date)
              School S1 (Adams Middle).calendar = Calendar C2526   (schools.csv, row 2, column calendar)
              Calendar C2526.norm_day = 2025-09-19 (Fri)   (calendars.csv, row 2, column norm_day)
              SectionDay X1, 2025-09-19 (Fri).date = 2025-09-19 (Fri)   (section_days.csv, row 3, column date)
              SectionDay X1, 2025-09-22 (Mon).date = 2025-09-22 (Mon)   (section_days.csv, row 4, column date)
              SectionDay X1, 2025-09-22 (Mon).enrollment = 29 students   (section_days.csv, row 4, column enrollment)
              class_size_penalty = $100.00 per school day   (XVIII 4.0)
              SectionDay X1, 2025-09-23 (Tue).date = 2025-09-23 (Tue)   (section_days.csv, row 5, column date)
              SectionDay X1, 2025-09-23 (Tue).enrollment = 28 students   (section_days.csv, row 5, column enrollment)
              SectionDay X1, 2025-09-24 (Wed).date = 2025-09-24 (Wed)   (section_days.csv, row 6, column date)
              SectionDay X1, 2025-09-24 (Wed).enrollment = 30 students   (section_days.csv, row 6, column enrollment)
              Section X1.teacher = Staff T1 (Ana Ruiz)   (sections.csv, row 2, column teacher)
  OWED      $100.00 to Staff T2 (Ben Cho): grade 8 non-academic class over its maximum of 37 students after norm day   [XVIII 4.0]
            for Section X2: 1 school day from 2025-09-22 (Mon) to 2025-09-22 (Mon) at $100.00 per school day
              Section X2.category = non-academic   (sections.csv, row 3, column category)
              Section X2.school = School S1 (Adams Middle)   (sections.csv, row 3, column school)
              School S1 (Adams Middle).type = PHBAO   (schools.csv, row 2, column type)
              class_type(Section X2) = PHBAO   (XVIII 2.0)
              School S1 (Adams Middle).level = Middle   (schools.csv, row 2, column level)
              Section X2.grade = 8   (sections.csv, row 3, column grade)
              grade_band(Middle, 8) = band (6) 7-8   (XVIII 2.0, the row on line 24)
              reading nonacademic_7_8_average = chart   (the default: 31.5 from July 1, 2026, as the 2.0 chart prints it)
              reduction_non_academic = 2 students   (XVIII 2.3 b, from 2025-07-01 through 2026-06-30)
              nonacademic_7_8_average_limit = 34.25 students   (XVIII 2.0)
              class_size(PHBAO, (6) 7-8, non-academic) = average 34.25 students, maximum 37 students, adult_ratio -   (XVIII 2.0, the row on line 84)
              class_limits(Section X2) = average 34.25 students, maximum 37 students, adult_ratio -   (XVIII 2.0)
              limits = average 34.25 students, maximum 37 students, adult_ratio -   (let in rule class_size_penalty_owed)
              SectionDay X2, 2025-09-22 (Mon).date = 2025-09-22 (Mon)   (section_days.csv, row 7, column date)
              School S1 (Adams Middle).calendar = Calendar C2526   (schools.csv, row 2, column calendar)
              Calendar C2526.norm_day = 2025-09-19 (Fri)   (calendars.csv, row 2, column norm_day)
              SectionDay X2, 2025-09-22 (Mon).enrollment = 38 students   (section_days.csv, row 7, column enrollment)
              class_size_penalty = $100.00 per school day   (XVIII 4.0)
              SectionDay X2, 2025-09-23 (Tue).date = 2025-09-23 (Tue)   (section_days.csv, row 8, column date)
              SectionDay X2, 2025-09-23 (Tue).enrollment = 36 students   (section_days.csv, row 8, column enrollment)
              Section X2.teacher = Staff T2 (Ben Cho)   (sections.csv, row 3, column teacher)
  totals: 0 violations, 0 unmet requirements, $300.00 owed, 0 deadlines

Summary
  violations:          0
  money owed:          $300.00 in 2 payments
  deadlines:           0
  notices:             0
$ ./cba run contracts/lausd-utla/utla-2025-06-17 --data src/test/resources/golden/cli/small-middle-school --as-of 2025-10-15 --format csv
site,rule,cite,kind,subject_entity,subject_id,subject,message,met,amount,payee_id,payee,first_day,last_day,days,values,site_id,site_name,required,present,shortfall,unit,rate,rate_unit,due
School S1 (Adams Middle),class_average_over,XVIII 2.0,violation,School,"S1, G7to8, Academic","School S1 (Adams Middle), (6) 7-8, academic",(6) 7-8 academic classes average 30 students; the average may be at most 25 students,,,,,,,,avg = 30 students; limit = 25 students,S1,Adams Middle,,,,,,,
School S1 (Adams Middle),class_average_over,XVIII 2.0,violation,School,"S1, G7to8, NonAcademic","School S1 (Adams Middle), (6) 7-8, non-academic",(6) 7-8 non-academic classes average 36 students; the average may be at most 34.25 students,,,,,,,,avg = 36 students; limit = 34.25 students,S1,Adams Middle,,,,,,,
School S1 (Adams Middle),class_over_maximum,XVIII 2.0,violation,Section,X1,Section X1,30 students in a grade 7 academic class; the maximum is 28 students,,,,,,,,enrollment = 30 students; maximum = 28 students,S1,Adams Middle,,,,,,,
School S1 (Adams Middle),pe_over_maximum,XVIII 2.5,violation,Section,X3,Section X3,56 students in a PE class; the maximum is 55 students,,,,,,,,enrollment = 56 students; pe_class_maximum = 55 students,S1,Adams Middle,,,,,,,
School S1 (Adams Middle),class_size_penalty_owed,XVIII 4.0,payment,Section,X1,Section X1,grade 7 academic class over its maximum of 28 students after norm day,,200,T1,Staff T1 (Ana Ruiz),2025-09-22,2025-09-24,2,rate = $100.00 per school day; days = 2 school days; first day = 2025-09-22 (Mon); last day = 2025-09-24 (Wed); amount = $200.00,S1,Adams Middle,,,,,100,dollars per school day,
School S1 (Adams Middle),class_size_penalty_owed,XVIII 4.0,payment,Section,X2,Section X2,grade 8 non-academic class over its maximum of 37 students after norm day,,100,T2,Staff T2 (Ben Cho),2025-09-22,2025-09-22,1,rate = $100.00 per school day; days = 1 school day; first day = 2025-09-22 (Mon); last day = 2025-09-22 (Mon); amount = $100.00,S1,Adams Middle,,,,,100,dollars per school day,
School S1 (Adams Middle),counselor_penalty_owed,XVIII 6.0,payment,Staff,C1,Staff C1 (Dee Fox),counselor workload over the maximum after norm day,,1800,C1,Staff C1 (Dee Fox),2025-09-22,2025-10-15,18,"rate = $100.00 per school day; days = 18 school days; first day = 2025-09-22 (Mon); last day = 2025-10-15 (Wed); amount = $1,800.00",S1,Adams Middle,,,,,100,dollars per school day,
School S1 (Adams Middle),matrix_posting,IX-A 2.0a,deadline,School,S1,School S1 (Adams Middle),post the matrix of tentative classes for next year (about four weeks before teachers finish service),,,,,,,,due = 2026-05-14 (Thu),S1,Adams Middle,,,,,,,2026-05-14
School S1 (Adams Middle),tentative_assignment_notice_due,IX-A 2.0a,deadline,Staff,T1,Staff T1 (Ana Ruiz),notify the teacher of the tentative assignment,,,,,,,,due = 2026-05-21 (Thu),S1,Adams Middle,,,,,,,2026-05-21
School S1 (Adams Middle),tentative_assignment_notice_due,IX-A 2.0a,deadline,Staff,T2,Staff T2 (Ben Cho),notify the teacher of the tentative assignment,,,,,,,,due = 2026-05-21 (Thu),S1,Adams Middle,,,,,,,2026-05-21
School S1 (Adams Middle),tentative_assignment_notice_due,IX-A 2.0a,deadline,Staff,T3,Staff T3 (Cy Diaz),notify the teacher of the tentative assignment,,,,,,,,due = 2026-05-21 (Thu),S1,Adams Middle,,,,,,,2026-05-21
School S1 (Adams Middle),rebalancing_due,XVIII 3.0,notice,Section,X1,Section X1,30 students in a class with a maximum of 28 students: students are to be evenly distributed among classes where possible,,,,,,,,enrollment = 30 students; limits.maximum + rebalance_excess = 30 students,S1,Adams Middle,,,,,,,
Campus K1 (Adams Campus),counselor_allocation,XVIII 6.0,requirement,Campus,K1,Campus K1 (Adams Campus),secondary counselors for 526 students at 350 students per position,false,,,,,,,required = 2 positions; present = 1 position; shortfall = 1 position,,,2,1,1,positions,,,
$ ./cba run contracts/lausd-utla/utla-2025-06-17 --data src/test/resources/golden/cli/small-middle-school --as-of 2025-10-15 --rule pe_over_maximum --fail-on violation
LAUSD-UTLA — UTLA proposal 2025-06-17
as of 2025-10-15 (Wed), data: src/test/resources/golden/cli/small-middle-school (CSV folder)

School S1 (Adams Middle)
  VIOLATION 56 students in a PE class; the maximum is 55 students   [XVIII 2.5]
            for Section X3
  totals: 1 violation, 0 unmet requirements, $0.00 owed, 0 deadlines

Summary
  violations:          1
  money owed:          $0.00 in 0 payments
  deadlines:           0
  notices:             0
[exit 4]
$ ./cba run contracts/lausd-utla/utla-2025-06-17 --data src/test/resources/golden/cli/small-middle-school --as-of 2025-10-15 --reading counselor_overload=sometimes
cba run: error[U004]: the reading "counselor_overload" has no choice "sometimes"; its choices are allocation, caseload
[exit 2]
