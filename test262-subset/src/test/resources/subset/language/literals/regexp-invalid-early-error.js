/*---
description: An invalid regular expression literal is an early error
negative:
  phase: parse
  type: SyntaxError
---*/

$DONOTEVALUATE();
var re = /(/;
