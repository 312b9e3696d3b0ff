/*---
description: Two __proto__ properties in one object literal are an early error
negative:
  phase: parse
  type: SyntaxError
---*/

$DONOTEVALUATE();
({ __proto__: null, __proto__: null });
