/*---
description: ?? cannot be mixed with || without parentheses
features: [coalesce-expression]
negative:
  phase: parse
  type: SyntaxError
---*/

$DONOTEVALUATE();
var x = a ?? b || c;
