/*
 * ECMAScript 2022 lexical grammar (scripts and modules, plus the ES2023 hashbang).
 *
 * No semantic predicates: everything context-dependent is decided in Java by
 * JavaScriptLexerBase.nextToken() -- regular expression vs division (from the previous
 * significant token, corrected by the parser where only it knows), template literal pieces
 * (a brace stack), HTML-like comments (Annex B, scripts only), `yield`/`await` as keywords
 * (from the parser's function context), validation of identifiers against the Unicode tables,
 * numeric literal rules and the "newline before" flag used by ASI.
 * Keeping predicates out keeps ANTLR's lexer DFA cache working (see research/antlr-parsing.md).
 *
 * These rules define the tokens, but most tokens are scanned by FastScanner (Java) before ANTLR's
 * lexer simulation is asked; it leaves everything unusual to these rules, and FastScannerTest
 * checks that both give the same tokens. A change here may need the same change there.
 */
lexer grammar JavaScriptLexer;

options { superClass = JavaScriptLexerBase; }

// Token types produced only by Java code: scanned by hand (regex, template pieces) or
// retyped by the parser just before the decision that needs them.
tokens {
    RegularExpressionLiteral,
    NoSubstitutionTemplate, TemplateHead, TemplateMiddle, TemplateTail,
    BlockBrace, LabelName, FunctionDeclKw, ClassDeclKw, LetKw, AsyncKw, GetKw, SetKw, StaticKw, ImportDeclKw, AsKw, OfKw,
    NewTargetKw, AsyncArrowKw, AsyncFunctionKw,
    Yield, Await, EscapedKeyword, Invalid
}

MultiLineComment             : '/*' .*? '*/' -> skip ;
UnterminatedComment          : '/*' (~[*] | '*'+ ~[*/])* '*'* EOF ;
SingleLineComment            : '//' ~[\r\n\u2028\u2029]* -> skip ;
LineTerminator               : [\r\n\u2028\u2029] -> skip ;
WhiteSpaces                  : [\t\u000B\u000C\u0020\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\uFEFF]+ -> skip ;

OpenBracket                  : '[' ;
CloseBracket                 : ']' ;
OpenParen                    : '(' ;
CloseParen                   : ')' ;
OpenBrace                    : '{' ;
CloseBrace                   : '}' ;
SemiColon                    : ';' ;
Comma                        : ',' ;
Assign                       : '=' ;
QuestionMark                 : '?' ;
QuestionDot                  : '?.' ;
Colon                        : ':' ;
Ellipsis                     : '...' ;
Dot                          : '.' ;
PlusPlus                     : '++' ;
MinusMinus                   : '--' ;
Plus                         : '+' ;
Minus                        : '-' ;
BitNot                       : '~' ;
Not                          : '!' ;
Multiply                     : '*' ;
Divide                       : '/' ;
Modulus                      : '%' ;
Power                        : '**' ;
NullCoalesce                 : '??' ;
RightShiftArithmetic         : '>>' ;
LeftShiftArithmetic          : '<<' ;
RightShiftLogical            : '>>>' ;
LessThan                     : '<' ;
MoreThan                     : '>' ;
LessThanEquals               : '<=' ;
GreaterThanEquals            : '>=' ;
Equals_                      : '==' ;
NotEquals                    : '!=' ;
IdentityEquals               : '===' ;
IdentityNotEquals            : '!==' ;
BitAnd                       : '&' ;
BitXOr                       : '^' ;
BitOr                        : '|' ;
And                          : '&&' ;
Or                           : '||' ;
MultiplyAssign               : '*=' ;
DivideAssign                 : '/=' ;
ModulusAssign                : '%=' ;
PlusAssign                   : '+=' ;
MinusAssign                  : '-=' ;
LeftShiftArithmeticAssign    : '<<=' ;
RightShiftArithmeticAssign   : '>>=' ;
RightShiftLogicalAssign      : '>>>=' ;
BitAndAssign                 : '&=' ;
BitXorAssign                 : '^=' ;
BitOrAssign                  : '|=' ;
PowerAssign                  : '**=' ;
NullishCoalescingAssign      : '??=' ;
AndAssign                    : '&&=' ;
OrAssign                     : '||=' ;
Arrow                        : '=>' ;
BackTick                     : '`' ;

// Reserved words. Contextual keywords (let, static, yield, await, async, get, set, of, as,
// from, target, meta) are Identifiers; the parser retypes them where they act as keywords.
Break                        : 'break' ;
Case                         : 'case' ;
Catch                        : 'catch' ;
Class                        : 'class' ;
Const                        : 'const' ;
Continue                     : 'continue' ;
Debugger                     : 'debugger' ;
Default                      : 'default' ;
Delete                       : 'delete' ;
Do                           : 'do' ;
Else                         : 'else' ;
Enum                         : 'enum' ;
Export                       : 'export' ;
Extends                      : 'extends' ;
False                        : 'false' ;
Finally                      : 'finally' ;
For                          : 'for' ;
Function                     : 'function' ;
If                           : 'if' ;
Import                       : 'import' ;
In                           : 'in' ;
Instanceof                   : 'instanceof' ;
New                          : 'new' ;
Null                         : 'null' ;
Return                       : 'return' ;
Super                        : 'super' ;
Switch                       : 'switch' ;
This                         : 'this' ;
Throw                        : 'throw' ;
True                         : 'true' ;
Try                          : 'try' ;
Typeof                       : 'typeof' ;
Var                          : 'var' ;
Void                         : 'void' ;
While                        : 'while' ;
With                         : 'with' ;

// Permissive forms: separators, legacy octal, BigInt suffix and the character after the literal
// are checked in Java, which gives precise messages.
NumericLiteral
    : '0' [xX] [0-9a-fA-F_]* 'n'?
    | '0' [oO] [0-9_]* 'n'?
    | '0' [bB] [0-9_]* 'n'?
    | [0-9] [0-9_]* ('.' [0-9_]*)? ExponentPart? 'n'?
    | '.' [0-9] [0-9_]* ExponentPart?
    ;

// Escapes are checked (and cooked) when the AST is built.
StringLiteral
    : '"' (~["\\\r\n] | '\\' '\r' '\n' | '\\' .)* '"'
    | '\'' (~['\\\r\n] | '\\' '\r' '\n' | '\\' .)* '\''
    ;
UnterminatedString
    : '"' (~["\\\r\n] | '\\' '\r' '\n' | '\\' .)*
    | '\'' (~['\\\r\n] | '\\' '\r' '\n' | '\\' .)*
    ;

PrivateIdentifier            : '#' IdentifierStart IdentifierPart* ;
Identifier                   : IdentifierStart IdentifierPart* ;

fragment ExponentPart        : [eE] [+-]? [0-9_]+ ;
fragment HexDigit            : [0-9a-fA-F] ;
fragment UnicodeEscape       : '\\u' HexDigit HexDigit HexDigit HexDigit | '\\u{' HexDigit+ '}' ;
// Any character outside ASCII that is not white space or a line terminator; whether it may
// start or continue an identifier is checked in Java against the Unicode ID_Start/ID_Continue
// tables (surrogate pairs arrive here as two UTF-16 units).
fragment NonAscii            : ~[\u0000-\u007F\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF] ;
fragment IdentifierStart     : [a-zA-Z$_] | UnicodeEscape | NonAscii ;
fragment IdentifierPart      : IdentifierStart | [0-9] ;
