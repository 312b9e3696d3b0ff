/*---
description: Module code is strict: with is an early error
flags: [module]
negative:
  phase: parse
  type: SyntaxError
---*/

$DONOTEVALUATE();
with ({}) {}
