/*---
description: A reserved word cannot be a binding identifier
negative:
  phase: parse
  type: SyntaxError
---*/

$DONOTEVALUATE();
var if = 1;
