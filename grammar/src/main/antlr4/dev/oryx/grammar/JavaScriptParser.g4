/*
 * ECMAScript 2022 syntactic grammar (scripts and modules).
 *
 * Built for SLL prediction with decisions that resolve in one or two tokens:
 *  - statements are told apart by their first token. Where the spec uses a lookahead
 *    restriction ({, function, async function, class, let [ cannot start an expression
 *    statement) the parser retypes the token in Java just before the decision
 *    (JavaScriptParserBase.prepareStatement), so declarations and blocks have tokens of their own;
 *    other contextual keywords (let, async, get, set, static, import) are retyped the same way;
 *  - ASI inserts virtual semicolons at the end of statements and in restricted productions, so
 *    no decision needs to look past the end of a statement;
 *  - binary operators are a flat list (precedence and associativity are applied when the AST is
 *    built), and the [~In] variants used in for heads have rules of their own;
 *  - cover grammars: arrow parameters are parsed as a binary expression (a parenthesized
 *    list, an identifier or an `async(...)` call) followed by `=>`, destructuring assignment
 *    targets as object and array literals; the AST builder reinterprets and validates them.
 * Static semantics (early errors) are checked on the AST, not here.
 * The parse tree is kept shallow (docs/architecture.md, Parsing): some levels of the
 * specification's grammar are written out inline rather than as rules of their own.
 */
parser grammar JavaScriptParser;

options { tokenVocab = JavaScriptLexer; superClass = JavaScriptParserBase; contextSuperClass = JsRuleContext; }

program
    : statementListItem* EOF
    ;

// The alternatives of `statement` are written out again here rather than nested: one parse-tree
// level less for every statement in a list.
statementListItem
    @init { prepareStatement(true); }
    : block
    | variableStatement
    | emptyStatement
    | expressionStatement
    | ifStatement
    | doWhileStatement
    | whileStatement
    | forStatement
    | continueStatement
    | breakStatement
    | returnStatement
    | withStatement
    | labelledStatement
    | switchStatement
    | throwStatement
    | tryStatement
    | debuggerStatement
    | functionDeclaration
    | classDeclaration
    | lexicalDeclaration
    | importDeclaration
    | exportDeclaration
    ;

// Function declarations are statements (Annex B allows them in some statement positions);
// the AST builder records where each one stands.
declaration
    : classDeclaration
    | lexicalDeclaration
    ;

statement
    @init { prepareStatement(false); }
    : block
    | variableStatement
    | emptyStatement
    | expressionStatement
    | ifStatement
    | doWhileStatement
    | whileStatement
    | forStatement
    | continueStatement
    | breakStatement
    | returnStatement
    | withStatement
    | labelledStatement
    | switchStatement
    | throwStatement
    | tryStatement
    | debuggerStatement
    | functionDeclaration
    ;

block
    : BlockBrace statementListItem* CloseBrace
    ;

// the `{ ... }` of try, catch and finally
braceBlock
    : OpenBrace statementListItem* CloseBrace
    ;

variableStatement
    : Var variableDeclarationList { automaticSemicolon(); } SemiColon
    ;

lexicalDeclaration
    : (LetKw | Const) variableDeclarationList { automaticSemicolon(); } SemiColon
    ;

variableDeclarationList
    : variableDeclaration (Comma variableDeclaration)*
    ;

variableDeclaration
    : bindingTarget (Assign assignmentExpression)?
    ;

variableDeclarationListNoIn
    : variableDeclarationNoIn (Comma variableDeclarationNoIn)*
    ;

variableDeclarationNoIn
    : bindingTarget (Assign assignmentExpressionNoIn)?
    ;

emptyStatement
    : SemiColon
    ;

// The expression of an expression or return statement is written out (as in `expression`):
// one level less for the most common statements.
expressionStatement
    : assignmentExpression (Comma assignmentExpression)* { automaticSemicolon(); } SemiColon
    ;

ifStatement
    : If OpenParen expression { regexAfterNext(); } CloseParen statement (Else statement)?
    ;

doWhileStatement
    : Do statement While OpenParen expression { regexAfterNext(); } CloseParen { doWhileSemicolon(); } SemiColon
    ;

whileStatement
    : While OpenParen expression { regexAfterNext(); } CloseParen statement
    ;

forStatement
    : For Await? OpenParen { prepareForHead(); } forFirst? forRest { regexAfterNext(); } CloseParen statement
    ;

forFirst
    : (Var | LetKw | Const) variableDeclarationListNoIn
    | expressionNoIn
    ;

// `of` is retyped to OfKw by prepareForRest(), so that `forFirst?` is decided by one token
forRest
    @init { prepareForRest(); }
    : SemiColon expression? SemiColon expression?
    | In expression
    | OfKw assignmentExpression
    ;

continueStatement
    : Continue { restrictedProduction(); } identifier? { automaticSemicolon(); } SemiColon
    ;

breakStatement
    : Break { restrictedProduction(); } identifier? { automaticSemicolon(); } SemiColon
    ;

returnStatement
    : Return { restrictedProduction(); } (assignmentExpression (Comma assignmentExpression)*)? { automaticSemicolon(); } SemiColon
    ;

withStatement
    : With OpenParen expression { regexAfterNext(); } CloseParen statement
    ;

switchStatement
    : Switch OpenParen expression CloseParen OpenBrace switchClause* CloseBrace
    ;

switchClause
    : Case expression Colon statementListItem*
    | Default Colon statementListItem*
    ;

labelledStatement
    : LabelName Colon statement
    ;

throwStatement
    : Throw { noNewlineAfterThrow(); } expression { automaticSemicolon(); } SemiColon
    ;

tryStatement
    : Try braceBlock catchClause? finallyClause?
    ;

catchClause
    : Catch (OpenParen bindingTarget CloseParen)? braceBlock
    ;

finallyClause
    : Finally braceBlock
    ;

debuggerStatement
    : Debugger { automaticSemicolon(); } SemiColon
    ;

// ASI: automaticSemicolon() inserts a virtual `;` where the spec allows one. It is written out
// before each `SemiColon` that ends a statement (no `eos` rule: one parse-tree level less per statement).

// ---- Functions and classes ----

functionDeclaration
    : AsyncKw? FunctionDeclKw Multiply? identifier? { beginFunction(); } OpenParen formalParameterList? CloseParen functionBody
    ;

functionExpression
    : AsyncFunctionKw? Function Multiply? { beginFunction(); } identifier? OpenParen formalParameterList? CloseParen functionBody { divisionAfterLast(); }
    ;

// `(Comma x?)*` with an action instead of `(Comma x)* Comma?`: ANTLR decides each comma on one
// token instead of calling adaptivePredict for two (see noElision() and the actions after it).
formalParameterList
    : formalParameter (Comma { noElision(); } (formalParameter | restParameter { lastElement(CloseParen); })?)*
    | restParameter
    ;

formalParameter
    : bindingTarget (Assign assignmentExpression)?
    ;

restParameter
    : Ellipsis bindingTarget
    ;

functionBody
    : OpenBrace statementListItem* { endFunction(); } CloseBrace
    ;

arrowBody
    @init { prepareArrowBody(); }
    : BlockBrace statementListItem* { endFunction(); } CloseBrace
    | assignmentExpression { endFunction(); }
    ;

arrowBodyNoIn
    @init { prepareArrowBody(); }
    : BlockBrace statementListItem* { endFunction(); } CloseBrace
    | assignmentExpressionNoIn { endFunction(); }
    ;

classDeclaration
    : ClassDeclKw identifier? classTail
    ;

classExpression
    : Class identifier? classTail { divisionAfterLast(); }
    ;

classTail
    : (Extends leftHandSideExpression)? OpenBrace classElement* CloseBrace
    ;

classElement
    @init { prepareClassElement(); }
    : StaticKw? methodPrefix propertyName methodTail
    | StaticKw? propertyName { classFieldSemicolon(); } (methodTail | fieldTail)
    | StaticKw { beginFunction(); } OpenBrace statementListItem* { endFunction(); } CloseBrace
    | SemiColon
    ;

methodPrefix
    : AsyncKw Multiply?
    | Multiply
    | GetKw
    | SetKw
    ;

methodTail
    : { beginFunction(); } OpenParen formalParameterList? CloseParen functionBody
    ;

fieldTail
    : ({ beginFunction(); } Assign assignmentExpression { endFunction(); })? { automaticSemicolon(); } SemiColon
    ;

propertyName
    : identifierName
    | StringLiteral
    | NumericLiteral
    | PrivateIdentifier
    | OpenBracket assignmentExpression CloseBracket
    ;

// ---- Binding patterns (declarations and parameters) ----

bindingTarget
    : identifier
    | arrayBindingPattern
    | objectBindingPattern
    ;

// Holes are the commas; the AST builder checks that a rest element comes last.
arrayBindingPattern
    : OpenBracket Comma* (arrayBindingElement (Comma+ arrayBindingElement)* Comma*)? CloseBracket
    ;

arrayBindingElement
    : bindingElement
    | Ellipsis bindingTarget
    ;

objectBindingPattern
    : OpenBrace (bindingProperty (Comma { noElision(); } bindingProperty?)*)? CloseBrace
    ;

bindingProperty
    : Ellipsis bindingTarget
    | propertyName (Colon bindingElement | Assign assignmentExpression)?
    ;

bindingElement
    : bindingTarget (Assign assignmentExpression)?
    ;

// ---- Expressions ----

expression
    : assignmentExpression (Comma assignmentExpression)*
    ;

expressionNoIn
    : assignmentExpressionNoIn (Comma assignmentExpressionNoIn)*
    ;

// A binary expression is written out here as its operands and operators in source order (the
// AST builder applies precedence and associativity), followed by at most one of the conditional,
// assignment and arrow tails. The operators are token sets, not rules, and the binary expression
// and the conditional are not rules of their own: every operand is two parse-tree levels less deep.
// The first operand is written out too (the alternatives of unaryExpression): most assignment
// expressions are a single operand, which is then one context instead of two.
// The tails exclude each other, so that nothing that continues an assignment expression can
// follow one (`a ? b : c = d` is `a ? b : (c = d)`): each choice here is made on one token.
assignmentExpression
    @init { prepareNewTarget(); }
    : yieldExpression
    | ( (Delete | Void | Typeof | Plus | Minus | BitNot | Not | Await) unaryExpression
      | (PlusPlus | MinusMinus) { regexAfterLast(); } unaryExpression
      | New* { preparePrimary(); } (Identifier | primaryExpression)
        ( Dot (Identifier | PrivateIdentifier)
        | OpenBracket expression CloseBracket
        | arguments
        | templateLiteral
        | QuestionDot (Identifier | PrivateIdentifier | OpenBracket expression CloseBracket | arguments | templateLiteral)
        )*
        { postfixOperator(); } (PlusPlus | MinusMinus)?
      )
      ( ( Or | And | NullCoalesce
        | BitOr | BitXOr | BitAnd
        | Equals_ | NotEquals | IdentityEquals | IdentityNotEquals
        | LessThan | MoreThan | LessThanEquals | GreaterThanEquals | Instanceof | In
        | LeftShiftArithmetic | RightShiftArithmetic | RightShiftLogical
        | Plus | Minus
        | Multiply | Divide | Modulus
        | Power
        ) unaryExpression
      )*
      ( QuestionMark assignmentExpression Colon assignmentExpression
      | ( Assign | MultiplyAssign | DivideAssign | ModulusAssign | PlusAssign | MinusAssign
        | LeftShiftArithmeticAssign | RightShiftArithmeticAssign | RightShiftLogicalAssign
        | BitAndAssign | BitXorAssign | BitOrAssign | PowerAssign
        | NullishCoalescingAssign | AndAssign | OrAssign
        ) assignmentExpression
      | { beginArrow(); } Arrow arrowBody
      )?
    ;

// the [~In] form: the same without the `in` operator
assignmentExpressionNoIn
    @init { prepareNewTarget(); }
    : yieldExpressionNoIn
    | ( (Delete | Void | Typeof | Plus | Minus | BitNot | Not | Await) unaryExpression
      | (PlusPlus | MinusMinus) { regexAfterLast(); } unaryExpression
      | New* { preparePrimary(); } (Identifier | primaryExpression)
        ( Dot (Identifier | PrivateIdentifier)
        | OpenBracket expression CloseBracket
        | arguments
        | templateLiteral
        | QuestionDot (Identifier | PrivateIdentifier | OpenBracket expression CloseBracket | arguments | templateLiteral)
        )*
        { postfixOperator(); } (PlusPlus | MinusMinus)?
      )
      ( ( Or | And | NullCoalesce
        | BitOr | BitXOr | BitAnd
        | Equals_ | NotEquals | IdentityEquals | IdentityNotEquals
        | LessThan | MoreThan | LessThanEquals | GreaterThanEquals | Instanceof
        | LeftShiftArithmetic | RightShiftArithmetic | RightShiftLogical
        | Plus | Minus
        | Multiply | Divide | Modulus
        | Power
        ) unaryExpression
      )*
      ( QuestionMark assignmentExpression Colon assignmentExpressionNoIn
      | ( Assign | MultiplyAssign | DivideAssign | ModulusAssign | PlusAssign | MinusAssign
        | LeftShiftArithmeticAssign | RightShiftArithmeticAssign | RightShiftLogicalAssign
        | BitAndAssign | BitXorAssign | BitOrAssign | PowerAssign
        | NullishCoalescingAssign | AndAssign | OrAssign
        ) assignmentExpressionNoIn
      | { beginArrow(); } Arrow arrowBodyNoIn
      )?
    ;

yieldExpression
    : Yield { yieldOperand(); } (Multiply? assignmentExpression)?
    ;

yieldExpressionNoIn
    : Yield { yieldOperand(); } (Multiply? assignmentExpressionNoIn)?
    ;

unaryExpression
    @init { prepareNewTarget(); }
    : (Delete | Void | Typeof | Plus | Minus | BitNot | Not) unaryExpression
    | Await unaryExpression
    | (PlusPlus | MinusMinus) { regexAfterLast(); } unaryExpression
    // a LeftHandSideExpression, then an optional postfix update; both written out here rather than
    // as rules of their own: two parse-tree levels less for every operand. A plain identifier, the
    // most common primary expression, is the token itself here: one level less again. The
    // suffixes are those of the `suffix` rule, written out: one level less per member access and call.
    | New* { preparePrimary(); } (Identifier | primaryExpression)
      ( Dot (Identifier | PrivateIdentifier)
      | OpenBracket expression CloseBracket
      | arguments
      | templateLiteral
      | QuestionDot (Identifier | PrivateIdentifier | OpenBracket expression CloseBracket | arguments | templateLiteral)
      )*
      { postfixOperator(); } (PlusPlus | MinusMinus)?
    ;

// `new` prefixes, a primary and its suffixes in source order; the AST builder pairs each
// `new` with its arguments (new MemberExpression Arguments) and builds optional chains.
// Operands have the same sequence written out in unaryExpression; this rule is for `extends`.
leftHandSideExpression
    @init { prepareNewTarget(); }
    : New* { preparePrimary(); } (Identifier | primaryExpression) suffix*
    ;

// After `.` and `?.` the lexer makes any name an Identifier (reserved words are property names
// there), so a member name is Identifier or PrivateIdentifier.
suffix
    : Dot (Identifier | PrivateIdentifier)
    | OpenBracket expression CloseBracket
    | arguments
    | templateLiteral
    | QuestionDot (Identifier | PrivateIdentifier | OpenBracket expression CloseBracket | arguments | templateLiteral)
    ;

// The elements of argument lists and array literals are written out (no rule per element).
arguments
    : OpenParen (Ellipsis? assignmentExpression (Comma { noElision(); } (Ellipsis? assignmentExpression)?)*)? CloseParen
    ;

// Identifiers are not here but beside this rule, where it is used; `async` is retyped before.
primaryExpression
    : This
    | AsyncArrowKw (identifier | arguments) // async arrow head `async x` or `async (...)`, retyped only when `=>` follows
    | Null
    | True
    | False
    | StringLiteral
    | NumericLiteral
    | arrayLiteral
    | objectLiteral
    | functionExpression
    | classExpression
    | templateLiteral
    | RegularExpressionLiteral
    | OpenParen parenthesizedItems? CloseParen
    | Super
    | NewTargetKw Dot identifierName // `new` retyped when `.` follows, so that `New*` is decided on one token
    | Import (Dot identifierName | OpenParen assignmentExpression CloseParen)
    | PrivateIdentifier
    ;

// Cover for parenthesized expressions and arrow parameters: `(a, b)`, `(a, ...b)`, `(a,)`, `()`
parenthesizedItems
    : parenthesizedItem (Comma { noElision(); } parenthesizedItem?)*
    ;

parenthesizedItem
    : Ellipsis? assignmentExpression
    ;

templateLiteral
    : NoSubstitutionTemplate
    | TemplateHead expression (TemplateMiddle expression)* TemplateTail
    ;

// Holes are the commas between elements.
arrayLiteral
    : OpenBracket Comma* (Ellipsis? assignmentExpression (Comma+ Ellipsis? assignmentExpression)* Comma*)? CloseBracket
    ;

objectLiteral
    : OpenBrace (propertyDefinition (Comma { noElision(); } propertyDefinition?)*)? { divisionAfterNext(); } CloseBrace
    ;

propertyDefinition
    @init { prepareProperty(); }
    : Ellipsis assignmentExpression
    | methodPrefix propertyName methodTail
    | propertyName (Colon assignmentExpression | Assign assignmentExpression | methodTail)?
    ;

// ---- Modules ----

importDeclaration
    : ImportDeclKw (importClause fromClause | StringLiteral) { automaticSemicolon(); } SemiColon
    ;

importClause
    : identifier (Comma (namespaceImport | namedImports))?
    | namespaceImport
    | namedImports
    ;

namespaceImport
    : Multiply Identifier identifier        // `* as x`; the AST builder checks `as`
    ;

namedImports
    : OpenBrace (importSpecifier (Comma { noElision(); } importSpecifier?)*)? CloseBrace
    ;

importSpecifier
    : moduleExportName (Identifier identifier)?
    ;

fromClause
    : Identifier StringLiteral              // `from`
    ;

moduleExportName
    : identifierName
    | StringLiteral
    ;

exportDeclaration
    @init { prepareExport(); }
    : Export Multiply (AsKw moduleExportName)? fromClause { automaticSemicolon(); } SemiColon
    | Export namedExports fromClause? { automaticSemicolon(); } SemiColon
    | Export (variableStatement | functionDeclaration | declaration)
    | Export Default (functionDeclaration | classDeclaration | assignmentExpression { automaticSemicolon(); } SemiColon)
    ;

namedExports
    : OpenBrace (exportSpecifier (Comma { noElision(); } exportSpecifier?)*)? CloseBrace
    ;

exportSpecifier
    : moduleExportName (Identifier moduleExportName)?
    ;

// ---- Names ----

identifier
    : Identifier
    ;

identifierName
    : Identifier | EscapedKeyword | Yield | Await
    | Break | Case | Catch | Class | Const | Continue | Debugger | Default | Delete | Do | Else
    | Enum | Export | Extends | False | Finally | For | Function | If | Import | In | Instanceof
    | New | Null | Return | Super | Switch | This | Throw | True | Try | Typeof | Var | Void
    | While | With
    ;
