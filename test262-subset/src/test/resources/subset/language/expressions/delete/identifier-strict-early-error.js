/*---
description: delete of an unqualified identifier is an early error in strict code
flags: [onlyStrict]
negative:
  phase: parse
  type: SyntaxError
---*/

$DONOTEVALUATE();
var x;
delete x;
