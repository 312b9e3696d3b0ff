/*---
description: Duplicate exported names are an early error in a module
flags: [module]
negative:
  phase: parse
  type: SyntaxError
---*/

$DONOTEVALUATE();
var a, b;
export { a as x, b as x };
