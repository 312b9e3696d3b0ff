/*---
description: A const declaration without initializer is an early error
features: [const]
negative:
  phase: parse
  type: SyntaxError
---*/

$DONOTEVALUATE();
const c;
