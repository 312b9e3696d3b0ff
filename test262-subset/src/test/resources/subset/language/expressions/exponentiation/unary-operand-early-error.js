/*---
description: A unary expression may not be the base of ** without parentheses
negative:
  phase: parse
  type: SyntaxError
---*/

$DONOTEVALUATE();
-2 ** 2;
