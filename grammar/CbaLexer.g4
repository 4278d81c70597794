// Lexer for cba specs: the numeric terms of a collective bargaining agreement.
// No actions: every token is plain data; comments and white space go to hidden channels.
lexer grammar CbaLexer;

channels { COMMENTS }

// ---- keywords (a spec's vocabulary; unit words are NOT keywords, see docs/language.md) ----
AGREEMENT : 'agreement' ;
VERSION   : 'version' ;
EFFECTIVE : 'effective' ;
AMENDS    : 'amends' ;
AMEND     : 'amend' ;
REMOVE    : 'remove' ;
IMPORT    : 'import' ;
UNIT      : 'unit' ;
ENUM      : 'enum' ;
ORDERED   : 'ordered' ;
TERM      : 'term' ;
TABLE     : 'table' ;
ENTITY    : 'entity' ;
SITE      : 'site' ;
OPTIONAL  : 'optional' ;
KEY       : 'key' ;
MANY      : 'many' ;
BY        : 'by' ;
COUNTED   : 'counted' ;
AS        : 'as' ;
RULE      : 'rule' ;
READING   : 'reading' ;
DEFAULT   : 'default' ;
CITES     : 'cites' ;
EXAMPLE   : 'example' ;
EXPECT    : 'expect' ;
NO        : 'no' ;
FINDINGS  : 'findings' ;
ON        : 'on' ;
WITH      : 'with' ;
LET       : 'let' ;
FOR       : 'for' ;
EACH      : 'each' ;
IN        : 'in' ;
WHERE     : 'where' ;
IF        : 'if' ;
THEN      : 'then' ;
ELSE      : 'else' ;
AND       : 'and' ;
OR        : 'or' ;
NOT       : 'not' ;
IS        : 'is' ;
OF        : 'of' ;
PER       : 'per' ;
LIST      : 'list' ;
TRUE      : 'true' ;
FALSE     : 'false' ;
DURING    : 'during' ;
FROM      : 'from' ;
UNTIL     : 'until' ;
BEFORE    : 'before' ;
OTHERWISE : 'otherwise' ;
VIOLATION : 'violation' ;
NOTICE    : 'notice' ;
WHEN      : 'when' ;
REQUIRES  : 'requires' ;
HAS       : 'has' ;
PAY       : 'pay' ;
TO        : 'to' ;
DEADLINE  : 'deadline' ;
AT        : 'at' ;

// ---- literals ----
// 2025-07-01
DATE        : DIGIT DIGIT DIGIT DIGIT '-' DIGIT DIGIT '-' DIGIT DIGIT ;
// 2:50 pm, 8:00 a.m., 14:50: a time of day (VA 4.0 A "8:00 am to 2:50 pm"); the builder checks the clock
TIME        : DIGIT DIGIT? ':' DIGIT DIGIT ([ \t]+ MERIDIEM)? ;
// 2025-2026: a school year (July 1 to June 30)
SCHOOL_YEAR : DIGIT DIGIT DIGIT DIGIT '-' DIGIT DIGIT DIGIT DIGIT ;
// $100, $4,300, $1,350.00
MONEY       : '$' DIGIT+ (',' DIGIT DIGIT DIGIT)* ('.' DIGIT+)? ;
// 50%, 1.375%
PERCENT     : DIGIT+ ('.' DIGIT+)? '%' ;
NUMBER      : DIGIT+ ('.' DIGIT+)? | '.' DIGIT+ ;
TRIPLE_STRING : '"""' .*? '"""' ;
STRING      : '"' (~["\\\r\n] | '\\' .)* '"' ;

// ---- punctuation ----
RANGE    : '..' ;
ARROW    : '->' ;
EQ       : '==' ;
NE       : '!=' ;
LE       : '<=' ;
GE       : '>=' ;
LT       : '<' ;
GT       : '>' ;
ASSIGN   : '=' ;
PLUS     : '+' ;
MINUS    : '-' ;
STAR     : '*' ;
SLASH    : '/' ;
LPAREN   : '(' ;
RPAREN   : ')' ;
LBRACE   : '{' ;
RBRACE   : '}' ;
COMMA    : ',' ;
COLON    : ':' ;
PIPE     : '|' ;
DOT      : '.' ;

IDENT    : LETTER (LETTER | DIGIT | '_')* ;

LINE_COMMENT  : '//' ~[\r\n]* -> channel(COMMENTS) ;
BLOCK_COMMENT : '/*' .*? '*/' -> channel(COMMENTS) ;
WS            : [ \t\r\n\f]+ -> channel(HIDDEN) ;

// Anything else is a lexical error; the token keeps it so the parser reports it with a location.
ERROR_CHAR : . ;

fragment DIGIT  : [0-9] ;
fragment MERIDIEM : [aApP] ([mM] | '.' [mM] '.') ;
fragment LETTER : [a-zA-Z_] ;
