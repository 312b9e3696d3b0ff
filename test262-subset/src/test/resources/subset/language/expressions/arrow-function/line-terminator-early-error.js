/*---
description: No line terminator is allowed before =>
negative:
  phase: parse
  type: SyntaxError
---*/

$DONOTEVALUATE();
var f = ()
  => 1;
