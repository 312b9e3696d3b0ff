/*---
description: return outside a function is an early error
negative:
  phase: parse
  type: SyntaxError
---*/

$DONOTEVALUATE();
return 1;
