/*---
description: break outside a loop or switch is an early error
negative:
  phase: parse
  type: SyntaxError
---*/

$DONOTEVALUATE();
break;
