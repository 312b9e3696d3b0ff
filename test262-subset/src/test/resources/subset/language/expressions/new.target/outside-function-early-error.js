/*---
description: new.target outside a function is an early error
features: [new.target]
negative:
  phase: parse
  type: SyntaxError
---*/

$DONOTEVALUATE();
new.target;
