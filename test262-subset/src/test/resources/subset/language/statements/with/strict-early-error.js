/*---
description: with is an early error in strict code
flags: [onlyStrict]
negative:
  phase: parse
  type: SyntaxError
---*/

$DONOTEVALUATE();
with ({}) {}
