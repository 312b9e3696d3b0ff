/*---
description: A duplicate nested label is an early error
negative:
  phase: parse
  type: SyntaxError
---*/

$DONOTEVALUATE();
a: a: ;
