/*---
description: continue with a label that is not an enclosing iteration is an early error
negative:
  phase: parse
  type: SyntaxError
---*/

$DONOTEVALUATE();
label: { for (;;) { continue label; } }
