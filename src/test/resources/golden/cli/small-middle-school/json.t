# The same district as run.t, as JSON (the schema is documented in docs/run-json.md).
$ ./cba run contracts/lausd-utla/utla-2025-06-17 --data src/test/resources/golden/cli/small-middle-school --as-of 2025-10-15 --rule counselor_allocation --format json --explain
{
  "contract" : {
    "name" : "LAUSD-UTLA",
    "version" : "UTLA proposal 2025-06-17",
    "entry" : "contracts/lausd-utla/utla-2025-06-17/agreement.cba"
  },
  "asOf" : "2025-10-15",
  "data" : "src/test/resources/golden/cli/small-middle-school (CSV folder)",
  "missingTables" : [ ],
  "incompleteRules" : { },
  "readings" : { },
  "findings" : [ {
    "rule" : "counselor_allocation",
    "cite" : "XVIII 6.0",
    "kind" : "requirement",
    "subject" : {
      "entity" : "Campus",
      "id" : "K1",
      "description" : "Campus K1 (Adams Campus)"
    },
    "site" : null,
    "group" : "Campus K1 (Adams Campus)",
    "message" : "secondary counselors for 526 students at 350 students per position",
    "met" : false,
    "required" : {
      "value" : "2",
      "unit" : "positions",
      "text" : "2 positions"
    },
    "present" : {
      "value" : "1",
      "unit" : "positions",
      "text" : "1 position"
    },
    "shortfall" : {
      "value" : "1",
      "unit" : "positions",
      "text" : "1 position"
    },
    "explain" : [ {
      "step" : "School S1 (Adams Middle).level",
      "value" : "Middle",
      "source" : "schools.csv, row 2, column level"
    }, {
      "step" : "School S1 (Adams Middle).enrollment",
      "value" : "526 students",
      "source" : "schools.csv, row 2, column enrollment"
    }, {
      "step" : "campus_secondary_enrollment(Campus K1 (Adams Campus))",
      "value" : "526 students",
      "source" : "XVIII 13.0"
    }, {
      "step" : "counselor_ratio",
      "value" : "350 students per position",
      "source" : "XVIII 6.0, school year 2025-2026"
    }, {
      "step" : "counselor_extra_share",
      "value" : "0.5",
      "source" : "XVIII 6.0"
    }, {
      "step" : "counselors_required(526 students)",
      "value" : "2 positions",
      "source" : "XVIII 5.0"
    }, {
      "step" : "Staff T1 (Ana Ruiz).position",
      "value" : "Teacher",
      "source" : "staff.csv, row 2, column position"
    }, {
      "step" : "Staff T2 (Ben Cho).position",
      "value" : "Teacher",
      "source" : "staff.csv, row 3, column position"
    }, {
      "step" : "Staff T3 (Cy Diaz).position",
      "value" : "Teacher",
      "source" : "staff.csv, row 4, column position"
    }, {
      "step" : "Staff C1 (Dee Fox).position",
      "value" : "Counselor",
      "source" : "staff.csv, row 5, column position"
    }, {
      "step" : "Staff C1 (Dee Fox).fte",
      "value" : "1 position",
      "source" : "staff.csv, row 5, column fte"
    }, {
      "step" : "campus_counselors(Campus K1 (Adams Campus))",
      "value" : "1 position",
      "source" : "XVIII 5.0"
    } ]
  } ],
  "summary" : {
    "counts" : {
      "violation" : 0,
      "requirement" : 1,
      "payment" : 0,
      "deadline" : 0,
      "notice" : 0
    },
    "violations" : 0,
    "unmetRequirements" : 1,
    "moneyOwed" : [ ],
    "requirements" : {
      "counselor_allocation" : {
        "required" : [ {
          "value" : "2",
          "unit" : "positions",
          "text" : "2 positions"
        } ],
        "present" : [ {
          "value" : "1",
          "unit" : "positions",
          "text" : "1 position"
        } ],
        "shortfall" : [ {
          "value" : "1",
          "unit" : "positions",
          "text" : "1 position"
        } ]
      }
    }
  }
}
