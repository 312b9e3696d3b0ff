/*---
description: No line terminator is allowed between throw and its expression
negative:
  phase: parse
  type: SyntaxError
---*/

$DONOTEVALUATE();
throw
new Error("x");
