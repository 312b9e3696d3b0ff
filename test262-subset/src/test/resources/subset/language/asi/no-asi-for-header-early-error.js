/*---
description: No semicolon is inserted inside a for header
negative:
  phase: parse
  type: SyntaxError
---*/

$DONOTEVALUATE();
for (var i = 0
  i < 3
  i++) {}
