# The small district with three mistakes: a count that is not a number (schools.csv),
# a section of a school that does not exist (sections.csv), staff.csv without its fte column,
# and a second count for section X1 on 2025-09-22 (section_days.csv, row 9).
# All are reported at once, with file, row, column and value; exit 3.
$ ./cba run contracts/lausd-utla/utla-2025-06-17 --data src/test/resources/golden/cli/bad-data --as-of 2025-10-15
cba: the data has 4 problems:
  staff.csv, column fte: error[D005]: the column "fte" is missing (Staff.fte, positions)
  section_days.csv, row 9, column section: error[D008]: "X1, 2025-09-22" — this section and date is already used on row 4; together they must be unique
  schools.csv, row 2, column enrollment: error[D006]: "5x6" — expected a number of students
  sections.csv, row 4, column school: error[D009]: "S9" — there is no School with this key in schools.csv
[exit 3]
