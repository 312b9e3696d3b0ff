/*---
description: Redeclaring a let binding in the same scope is an early error
features: [let]
negative:
  phase: parse
  type: SyntaxError
---*/

$DONOTEVALUATE();
let a;
let a;
