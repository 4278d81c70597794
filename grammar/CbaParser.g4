// Parser for cba specs. No actions, no predicates: the AstBuilder turns this parse tree into
// the project's own AST (org.cba.syntax.ast). See docs/language.md for the meaning of each rule.
parser grammar CbaParser;

options { tokenVocab = CbaLexer; }

// A spec file: an optional agreement header, its imports, then declarations.
spec
    : header? importDecl* decl* EOF
    ;

// REPL input: one declaration or one expression.
replInput
    : decl EOF
    | expr EOF
    ;

// agreement "LAUSD-UTLA" version "..." effective 2025-07-01 to 2028-06-30 amends "../existing"
header
    : AGREEMENT name=string (VERSION version=string)? (EFFECTIVE start=DATE TO end=DATE)? (AMENDS base=string)?
    ;

// import "article-18-class-size.cba": another file of the same contract folder.
importDecl
    : IMPORT path=string
    ;

decl
    : unitDecl
    | enumDecl
    | readingDecl
    | termDecl
    | tableDecl
    | entityDecl
    | ruleDecl
    | amendDecl
    | removeDecl
    ;

// In a version that amends another: replace one of the base's declarations (same name).
amendDecl
    : AMEND (enumDecl | readingDecl | termDecl | tableDecl | entityDecl | ruleDecl)
    ;

// In a version that amends another: strike one of the base's declarations, citing the struck text.
removeDecl
    : REMOVE name=IDENT citation*
    ;

// unit adult, adults: a thing the built-in units do not cover. `counted` makes it whole:
// unit teacher, teachers counted (no 6.5 teachers in data; a table keyed ..6 / 7..15 has no gap).
unitDecl
    : UNIT singular=words COMMA plural=words COUNTED?
    ;

// enum SchoolType { PHBAO "PHBAO (Predominantly Hispanic, Black, Asian, & Other Non-Anglo)", ... }
enumDecl
    : ENUM name=IDENT ORDERED? citation* LBRACE enumMember (COMMA enumMember)* COMMA? RBRACE
    ;

enumMember
    : (IDENT | NUMBER) label=string?
    ;

// reading counselor_overload cites "XVIII 6.0" { default allocation: "...", caseload: "..." }
// Where the text is ambiguous, the spec names the readings; a run picks one.
readingDecl
    : READING name=IDENT citation* LBRACE readingChoice (COMMA readingChoice)* COMMA? RBRACE
    ;

readingChoice
    : DEFAULT? name=IDENT COLON description=string
    ;

// cites "XVIII 6.0": "the quoted words of the clause"
citation
    : CITES cite=string (COLON quote=string)?
    ;

// term counselor_ratio: students per position cites "XVIII 6.0" = 350 students per position during 2025-2026, ...
termDecl
    : TERM name=IDENT params? COLON type=typeExpr citation* ASSIGN datedValue (COMMA datedValue)* example*
    ;

params
    : LPAREN param (COMMA param)* RPAREN
    ;

param
    : name=IDENT COLON typeExpr
    ;

// One value of a term and, for values that change over time (XVIII 2.3, 6.0), when it applies.
datedValue
    : expr period?
    ;

period
    : DURING year=SCHOOL_YEAR             # DuringYear
    | FROM start=DATE (UNTIL end=DATE)?   # FromDate
    | UNTIL end=DATE                      # UntilDate
    | BEFORE end=DATE                     # BeforeDate
    | OTHERWISE                           # OtherwisePeriod
    ;

// example counselors_required(526 students) on 2025-10-01 = 2 positions
example
    : EXAMPLE subject=expr (ON asOf=DATE)? (WITH readingSetting (COMMA readingSetting)*)? ASSIGN expected=expr
    ;

readingSetting
    : reading=IDENT IS choice=IDENT
    ;

// table class_size(type: SchoolType, grades: Grade) -> (average: students, maximum: students)
//   | PHBAO | TK..3 | 22 | 25 |
tableDecl
    : TABLE name=IDENT LPAREN keys+=column (COMMA keys+=column)* RPAREN
      ARROW LPAREN values+=column (COMMA values+=column)* RPAREN
      citation* tableRow+ example*
    ;

column
    : name=IDENT COLON typeExpr
    ;

tableRow
    : PIPE cell (PIPE cell)* PIPE
    ;

cell
    : STAR                                   # WildcardCell
    | OTHERWISE                              # OtherwiseCell
    | MINUS                                  # EmptyCell
    | lo=postfix RANGE hi=postfix?           # RangeCell
    | RANGE hi=postfix                       # UpToCell
    | op=(LT | LE | GT | GE) bound=postfix   # BoundCell
    | LBRACE expr (COMMA expr)* RBRACE       # SetCell
    | expr                                   # ValueCell
    ;

// entity School from "schools" counted as schools { key id: text, name: text, sections: many Section by school }
// site entity School ...: the entity findings are filed under (reports group by it; --school picks one).
// optional entity Meeting { ... }: the data may leave its table out (then it has no rows).
entityDecl
    : OPTIONAL? SITE? ENTITY name=IDENT (FROM source=string)? (COUNTED AS counted=words)? citation*
      LBRACE field (COMMA field)* COMMA? RBRACE
    ;

field
    : KEY? name=IDENT COLON typeExpr                      # PlainField
    | name=IDENT COLON MANY target=IDENT BY via=IDENT     # ManyField
    ;

// rule class_over_maximum cites "XVIII 2.0" for each c in Section where ... let ... violation when ...
// rule seniority_list cites "XXIII 6.0" when any(each p in EecPayPeriod) deadline ...: once, if the guard holds.
ruleDecl
    : RULE name=IDENT citation* (forEach | guard)? letClause* outcome+ (example | ruleTest)*
    ;

// when any(each p in EecPayPeriod): a rule without for each, evaluated once, yields findings only if this holds.
guard
    : WHEN cond=expr
    ;

// A rule test: the rule run on a few rows stated here, and the findings it must give, exactly.
// example on 2025-10-01
//   with Section "2041-011": school "S1", grade 2, category Academic, enrollment 26 students
//   expect violation for Section "2041-011" with enrollment 26 students, maximum 25 students
ruleTest
    : EXAMPLE (ON asOf=DATE)? given* expectation+
    ;

// What the test is run with: a choice of reading, one row (its key first), or rows in a grid
// whose first line names the fields. "with calendar: instructional 2025-09-22..2025-10-03" is
// the school calendar.
given
    : WITH readingSetting (COMMA readingSetting)*                             # GivenReadings
    | WITH entity=IDENT key=string? (COLON givenValue (COMMA givenValue)*)?   # GivenRow
    | WITH entity=IDENT names=givenCells rows+=givenCells+                  # GivenGrid
    ;

// enrollment 26 students; in the calendar, instructional 2025-09-22..2025-10-03
givenValue
    : name=IDENT value=expr (RANGE upTo=expr)?
    ;

givenCells
    : PIPE expr (PIPE expr)* PIPE
    ;

// One finding the rule must give, or none at all.
expectation
    : EXPECT NO FINDINGS                                                                  # ExpectNone
    | EXPECT kind=(VIOLATION | NOTICE) findingSubject? (WITH compared (COMMA compared)*)?  # ExpectCondition
    | EXPECT REQUIRES required=expr COMMA HAS present=expr findingSubject?                 # ExpectRequirement
    | EXPECT PAY amount=expr TO payee=subjectPart findingSubject?                          # ExpectPayment
    | EXPECT DEADLINE due=expr findingSubject?                                             # ExpectDeadline
    ;

// for Section "2041-011"; for School "S1", G7to8, Academic (one part per "each" of the rule)
findingSubject
    : FOR subjectPart (COMMA subjectPart)*
    ;

subjectPart
    : entity=IDENT key=string     # RowPart
    | member=(IDENT | NUMBER)     # MemberPart
    ;

// enrollment 26 students: a value the finding's condition compared, by the name the spec gives it
compared
    : (name=IDENT | quoted=string) value=expr
    ;

// for each s in School, each b in Band where ...: every combination, in order.
forEach
    : FOR EACH vars+=IDENT IN sources+=expr (COMMA EACH vars+=IDENT IN sources+=expr)* (WHERE cond=expr)?
    ;

letClause
    : LET name=IDENT ASSIGN expr
    ;

outcome
    : VIOLATION WHEN cond=expr message?                                   # ViolationOutcome
    | NOTICE WHEN cond=expr message?                                      # NoticeOutcome
    | REQUIRES required=expr COMMA HAS present=expr message?              # RequirementOutcome
    | PAY amount=expr (FOR EACH day=IDENT IN days=expr (WHERE cond=expr)?)? TO payee=expr (BY due=expr)? message?  # PaymentOutcome
    | DEADLINE due=expr (FOR subject=expr)? message?                      # DeadlineOutcome
    ;

message
    : COLON string
    ;

// students, students per position, calendar days, dollars per school day, SchoolType, list of Section
typeExpr
    : LIST OF typeExpr                    # ListTypeExpr
    | num=words (PER den=words)?          # NamedTypeExpr
    ;

words
    : IDENT+
    ;

expr
    : postfix                                                   # PostfixExpr
    | MINUS expr                                                # Negate
    | left=expr op=(STAR | SLASH | OF) right=expr               # Multiplicative
    | left=expr AT right=expr                                   # At
    | left=expr op=(PLUS | MINUS) right=expr                    # Additive
    | left=expr op=(LT | LE | GT | GE | EQ | NE) right=expr     # Comparison
    | left=expr IS NOT? right=expr                              # IsComparison
    | left=expr NOT? IN target=inTarget                         # Membership
    | NOT expr                                                  # Not
    | left=expr AND right=expr                                  # And
    | left=expr OR right=expr                                   # Or
    | IF cond=expr THEN yes=expr ELSE no=expr                   # If
    ;

// The right side of `in`: a set {middle, high}, a range 9..12, or a collection.
inTarget
    : LBRACE expr (COMMA expr)* RBRACE    # SetTarget
    | lo=postfix? RANGE hi=postfix?       # RangeTarget
    | postfix                             # CollectionTarget
    ;

postfix
    : primary (DOT IDENT)*
    ;

primary
    : NUMBER unit?                                           # NumberLit
    | MONEY (PER per=words)?                                 # MoneyLit
    | PERCENT                                                # PercentLit
    | DATE                                                   # DateLit
    | TIME                                                   # TimeLit
    | SCHOOL_YEAR                                            # SchoolYearLit
    | string                                                 # StringLit
    | (TRUE | FALSE)                                         # BoolLit
    | name=(IDENT | LIST) LPAREN aggregate RPAREN            # AggregateCall
    | name=IDENT LPAREN (expr (COMMA expr)*)? RPAREN         # Call
    | name=IDENT                                             # NameRef
    | LPAREN expr RPAREN                                     # Parens
    ;

unit
    : num=words (PER den=words)?
    ;

// sum(c.enrollment for each c in s.sections where ...), count(each c in s.sections where ...)
aggregate
    : value=expr FOR EACH var=IDENT IN source=expr (WHERE cond=expr)?
    | EACH var=IDENT IN source=expr (WHERE cond=expr)?
    ;

string
    : STRING
    | TRIPLE_STRING
    ;
