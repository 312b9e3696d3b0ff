/*---
description: A var and a let of the same name in one scope are an early error
features: [let]
negative:
  phase: parse
  type: SyntaxError
---*/

$DONOTEVALUATE();
{ let b; var b; }
