/*---
description: Assigning to a call expression result is an early error
negative:
  phase: parse
  type: SyntaxError
---*/

$DONOTEVALUATE();
1 = 2;
