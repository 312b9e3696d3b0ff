/*---
description: implements is reserved in strict code
flags: [onlyStrict]
negative:
  phase: parse
  type: SyntaxError
---*/

$DONOTEVALUATE();
var implements = 1;
