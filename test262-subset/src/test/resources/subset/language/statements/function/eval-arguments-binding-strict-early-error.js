/*---
description: Binding eval in strict code is an early error
flags: [onlyStrict]
negative:
  phase: parse
  type: SyntaxError
---*/

$DONOTEVALUATE();
var eval = 1;
