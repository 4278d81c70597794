# Rule tests beside examples: three tests fail, each with where it is written and what was
# expected and given (hand-checked: grade 2's maximum is 25; grade 4's 28 < 29; -2 students is
# refused as sections.csv would refuse it).
$ ./cba test src/test/resources/golden/cli/rule-tests/wrong.cba
src/test/resources/golden/cli/rule-tests/wrong.cba
  FAILED XVIII 2.0 class_over_maximum, example
    at src/test/resources/golden/cli/rule-tests/wrong.cba:24:3
    src/test/resources/golden/cli/rule-tests/wrong.cba:26:5: expected violation for Section "A" with enrollment 26 students, limit 24 students
      but got violation for Section "A" with enrollment 26 students, limit 25 students
  FAILED XVIII 2.0 class_over_maximum, example
    at src/test/resources/golden/cli/rule-tests/wrong.cba:28:3
    src/test/resources/golden/cli/rule-tests/wrong.cba:33:5: expected violation for Section "B" with enrollment 25 students, limit 25 students, but the rule gave no such finding
    not expected: violation for Section "C" with enrollment 29 students, limit 28 students
  FAILED XVIII 2.0 class_over_maximum, example
    at src/test/resources/golden/cli/rule-tests/wrong.cba:35:3
    could not be evaluated: src/test/resources/golden/cli/rule-tests/wrong.cba:36:43: error[D006]: "-2" — a number of students cannot be negative
  Article XVIII     0 passed; rule tests 1 passed, 3 failed
0 passed, 0 failed; rule tests 1 passed, 3 failed
[exit 1]
# --coverage: what no example or rule test reaches. The tests look up grade 2 only (the K..3 row),
# give the violation but never the notice (27 >= 25 + 2 is never tested), so the notice's message,
# the only place rebalance_excess is computed, is never made; the payment is reached by its test.
$ ./cba test --coverage src/test/resources/golden/cli/rule-tests/coverage.cba
src/test/resources/golden/cli/rule-tests/coverage.cba
  Article XVIII     0 passed; rule tests 3 passed
  Reached: 1 of 2 terms, 1 of 2 table rows, 2 of 3 rule outcomes
    src/test/resources/golden/cli/rule-tests/coverage.cba:39:3: not reached: a row of table class_maximum (XVIII 2.0)
    src/test/resources/golden/cli/rule-tests/coverage.cba:46:3: not reached: the notice of rule class_over_maximum (XVIII 2.0)
    src/test/resources/golden/cli/rule-tests/coverage.cba:59:6: not reached: term rebalance_excess (XVIII 3.0)
0 passed, 0 failed; rule tests 3 passed, 0 failed
