/*---
description: Legacy octal literals are an early error in strict code
negative:
  phase: parse
  type: SyntaxError
---*/

$DONOTEVALUATE();
function f() { "use strict"; return 010; }
