/*---
description: Duplicate parameter names are an early error in strict code
flags: [onlyStrict]
negative:
  phase: parse
  type: SyntaxError
---*/

$DONOTEVALUATE();
function f(a, a) {}
