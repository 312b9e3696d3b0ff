/*---
description: A string literal cannot contain a raw line terminator
negative:
  phase: parse
  type: SyntaxError
---*/

$DONOTEVALUATE();
var s = "abc
def";
