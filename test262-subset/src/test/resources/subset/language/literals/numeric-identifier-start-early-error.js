/*---
description: A numeric literal may not be followed directly by an identifier
negative:
  phase: parse
  type: SyntaxError
---*/

$DONOTEVALUATE();
3in [];
