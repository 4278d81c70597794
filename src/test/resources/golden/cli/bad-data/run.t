# The small district with three mistakes: a count that is not a number (schools.csv),
# a section of a school that does not exist (sections.csv), and staff.csv without its fte column.
# All are reported at once, with file, row, column and value; exit 3.
$ ./cba run contracts/lausd-utla/utla-2025-06-17 --data src/test/resources/golden/cli/bad-data --as-of 2025-10-15
cba: the data has 3 problems:
  staff.csv, column fte: the column "fte" is missing (Staff.fte, positions)
  schools.csv, row 2, column enrollment: "5x6" — expected a number of students
  sections.csv, row 4, column school: "S9" — there is no School with this key in schools.csv
[exit 3]
